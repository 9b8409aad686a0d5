// Links that people have already sent must keep their meaning. Each URL below
// was produced by the site as it is today (version 1 of every tool's link
// format) and is frozen here with the state it opens. If a codec change makes
// one of these fail, the change would alter what an old link means: keep the
// old reading instead.
//
// How to change a link format safely:
// 1. Bump the codec's `version` (breakEvenCodec, onboardingCodec,
//    scorecardQuery); new links then carry the new v=.
// 2. In the tool's reader (break-even-link.ts fromUrl, decodeOnboardingLink,
//    readScorecardLink), read `v` first and, for an older version, translate
//    the old keys and values into the new ones before decoding (a small
//    `migrateV1(params): URLSearchParams` next to the codec). A link without v
//    counts as version 1.
// 3. Leave every test below untouched and add frozen links for the new
//    version beside them. These old links must still pass as they are.
import { describe, expect, it } from "vitest";
import { breakEvenCodec } from "~/lib/break-even/url-codec";
import { defaultAnswers } from "~/lib/onboarding/answers";
import { decodeOnboardingLink, encodeOnboardingLink } from "~/lib/onboarding/url-codec";
import { newScorecard } from "~/lib/scorecard/candidate";
import { readScorecardLink, scorecardLink } from "~/lib/scorecard/scorecard-link";
import { readCoachNote } from "~/lib/coaches/coach-note";

const SITE = "https://handoff.example";
const params = (link: string) => new URL(link, SITE).searchParams;

describe("frozen break-even links (v=1)", () => {
  it.each([
    [
      "/tools/break-even/?v=1&do=20&freq=1&per=once&months=12&setup=45&review=5&price=10&value=60&cur=EUR",
      {
        do: 20,
        freq: 1,
        per: "once",
        months: 12,
        setup: 45,
        review: 5,
        price: 10,
        value: 60,
        cur: "EUR",
      },
    ],
    [
      "/tools/break-even/?v=1&do=45&freq=3&per=month&months=24&setup=120&review=10&price=12.5&value=80.25&cur=GBP",
      {
        do: 45,
        freq: 3,
        per: "month",
        months: 24,
        setup: 120,
        review: 10,
        price: 12.5,
        value: 80.25,
        cur: "GBP",
      },
    ],
    ["/tools/break-even/?v=1&do=90&per=year", { do: 90, per: "year" }],
  ])("opens %s with the same values", (link, expected) => {
    const { values, notices, hasParams } = breakEvenCodec.decode(params(link));
    expect(hasParams).toBe(true);
    expect(notices).toEqual([]);
    expect(values).toEqual(expected);
  });

  it("still writes today's links in the same form", () => {
    const link = breakEvenCodec.encode({
      do: 45,
      freq: 3,
      per: "month",
      months: 24,
      setup: 120,
      review: 10,
      price: 12.5,
      value: 80.25,
      cur: "GBP",
    });
    expect(link.toString()).toBe(
      "v=1&do=45&freq=3&months=24&setup=120&review=10&price=12.5&value=80.25&per=month&cur=GBP",
    );
  });
});

describe("frozen onboarding links (v=1)", () => {
  const base = defaultAnswers("2030-01-07");

  it("opens a link with every answer and two ticks the same way", () => {
    const link = decodeOnboardingLink(
      params(
        "/tools/onboarding/?v=1&work=bookkeeping&eng=project&lang=0&tz=7%2B&access=accounts.payments&docs=none&start=2030-02-04&every=biweekly&ticks=decide-the-result.plan-the-trial",
      ),
      base,
    );
    expect(link.notices).toEqual([]);
    expect(link.answers).toEqual({
      workKind: "bookkeeping",
      engagement: "project",
      sharedLanguage: false,
      timeZoneGap: "7+",
      access: ["accounts", "payments"],
      docs: "none",
      start: "2030-02-04",
      rhythm: "biweekly",
    });
    expect(link.ticks).toEqual(["decide-the-result", "plan-the-trial"]);
  });

  it("carries the version in the links it writes", () => {
    expect(encodeOnboardingLink(base).toString()).toMatch(/^v=1&/);
  });

  it("opens access=none as no access, and fills what a link leaves out from the defaults", () => {
    const link = decodeOnboardingLink(
      params("/tools/onboarding/?v=1&work=design&access=none"),
      base,
    );
    expect(link.notices).toEqual([]);
    expect(link.answers).toEqual({ ...base, workKind: "design", access: [] });
    expect(link.ticks).toEqual([]);
  });
});

describe("frozen scorecard links (v=1)", () => {
  const read = (link: string) => readScorecardLink(new URL(link, SITE), newScorecard());

  it("opens a link with a role, weights, a rate range and two candidates the same way", () => {
    const result = read(
      "/tools/scorecard/?v=1&role=admin&w-skill=5&w-trial=4&w-clarity=3&w-thoroughness=2&w-honesty=1&w-business=0&w-reliability=5&w-specialist=4&w-overlap=3&w-values=2&w-price=1&w-track-record=0&rmin=20&rmax=45.5" +
        "#c=a&n=Ana+Silva&r=34-2-----4--&d=missed-deadline&q=400&h=10&t=Good+call&c=b&n=Ben&r=012340123401",
    );
    expect(result?.notices).toEqual([]);
    expect(result?.state.role).toBe("admin");
    expect(result?.state.weights).toEqual({
      skill: 5,
      trial: 4,
      clarity: 3,
      thoroughness: 2,
      honesty: 1,
      business: 0,
      reliability: 5,
      specialist: 4,
      overlap: 3,
      values: 2,
      price: 1,
      "track-record": 0,
    });
    expect(result?.state.rateRange).toEqual({ min: 20, max: 45.5 });
    const [ana, ben] = result?.state.candidates ?? [];
    expect(ana).toMatchObject({
      id: "a",
      name: "Ana Silva",
      dealbreakers: ["missed-deadline"],
      quote: 400,
      hours: 10,
      note: "Good call",
    });
    expect(ana?.ratings).toMatchObject({
      skill: 3,
      trial: 4,
      clarity: null,
      thoroughness: 2,
      reliability: null,
      values: 4,
    });
    expect(ben).toMatchObject({
      id: "b",
      name: "Ben",
      quote: null,
      hours: null,
      note: "",
    });
    expect(Object.values(ben?.ratings ?? {})).toEqual([
      0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1,
    ]);
  });

  it("opens a link with only a role with that role's weights and no rate range", () => {
    const result = read("/tools/scorecard/?v=1&role=design");
    expect(result?.notices).toEqual([]);
    expect(result?.state.role).toBe("design");
    expect(result?.state.rateRange).toEqual({ min: null, max: null });
    // Made before the currency was a setting: the dollars it was shown in.
    expect(result?.state.currency).toBe("USD");
    expect(read("/tools/scorecard/?v=1&role=design&cur=EUR")?.state.currency).toBe("EUR");
  });

  it("carries the version in the links it writes", () => {
    const link = scorecardLink(newScorecard(), new URL("/tools/scorecard/", SITE));
    expect(link.searchParams.get("v")).toBe("1");
    expect(link.search.startsWith("?v=1&")).toBe(true);
  });
});

describe("frozen coach notes", () => {
  it("reads today's note next to a scorecard's candidates and on its own", () => {
    expect(readCoachNote("#c=a&n=Ana&note=Compare+these+two+first")).toBe(
      "Compare these two first",
    );
    expect(readCoachNote("#note=Look+at+the+setup+time%2C+then+call+me")).toBe(
      "Look at the setup time, then call me",
    );
  });
});
