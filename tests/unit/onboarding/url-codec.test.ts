import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateAnswers, type Answers } from "~/lib/onboarding/answers";
import { EXAMPLE_ANSWERS } from "~/lib/onboarding/example-answers";
import {
  decodeOnboardingLink,
  encodeOnboardingLink,
  NO_ACCESS,
  ONBOARDING_LINK_KEYS,
  onboardingCodec,
} from "~/lib/onboarding/url-codec";
import { KNOWN_TICK_IDS } from "~/lib/onboarding/known-ticks";
import { validateTicks } from "~/lib/onboarding/tick-state";
import { HOSTILE_INPUTS } from "../kit/hostile-inputs";
import { answersArb } from "./arbitraries";

const base: Answers = EXAMPLE_ANSWERS;
const decode = (query: string) =>
  decodeOnboardingLink(new URLSearchParams(query), base, "en-US");

const bookkeeping: Answers = {
  workKind: "bookkeeping",
  engagement: "ongoing",
  sharedLanguage: false,
  timeZoneGap: "7+",
  access: ["files", "accounts"],
  docs: "none",
  start: "2027-03-01",
  rhythm: "biweekly",
};

/** Ids that items of some checklist have (links only carry those). */
const knownTickArb = fc.constantFrom(...KNOWN_TICK_IDS);

describe("encodeOnboardingLink", () => {
  it("writes every answer under a short key, the version first", () => {
    expect(encodeOnboardingLink(bookkeeping).toString()).toBe(
      "v=1&work=bookkeeping&eng=ongoing&lang=0&tz=7%2B&access=files.accounts&docs=none&start=2027-03-01&every=biweekly",
    );
  });

  it("writes no access as access=none", () => {
    expect(encodeOnboardingLink({ ...bookkeeping, access: [] }).get("access")).toBe(
      NO_ACCESS,
    );
  });

  it("adds the ticks, joined by dots, only when there are some", () => {
    expect(encodeOnboardingLink(bookkeeping, []).has("ticks")).toBe(false);
    expect(
      encodeOnboardingLink(bookkeeping, ["write-the-brief", "check-in-2"]).get("ticks"),
    ).toBe("write-the-brief.check-in-2");
  });

  it("leaves out a tick of the wrong shape rather than writing it", () => {
    expect(encodeOnboardingLink(bookkeeping, ["ok-1", "<b>"]).get("ticks")).toBe("ok-1");
  });
});

describe("decodeOnboardingLink", () => {
  it("reads back exactly what encodeOnboardingLink wrote, without notices", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.uniqueArray(knownTickArb, { maxLength: 40 }),
        (answers, ticks) => {
          const link = decodeOnboardingLink(encodeOnboardingLink(answers, ticks), base);
          expect(link).toEqual({ answers, ticks, notices: [], hasParams: true });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("survives the trip through a real address, as a pasted link does", () => {
    const url = new URL("https://handoff.example/tools/onboarding/");
    url.search = encodeOnboardingLink(bookkeeping, ["trial-review"]).toString();
    const pasted = new URL(url.href);
    expect(decodeOnboardingLink(pasted.searchParams, base).answers).toEqual(bookkeeping);
  });

  it("says a URL without the tool's keys has no link, even with other parameters", () => {
    const link = decode("utm_source=newsletter");
    expect(link.hasParams).toBe(false);
    expect(link.answers).toEqual(base);
  });

  it("fills answers the link lacks from the base", () => {
    const link = decode("work=design");
    expect(link.answers).toEqual({ ...base, workKind: "design" });
    expect(link.notices).toEqual([]);
  });

  it("reads access=none as no access, and sorts access into the question's order", () => {
    expect(decode("access=none").answers.access).toEqual([]);
    expect(decode("access=payments.files.files").answers.access).toEqual([
      "files",
      "payments",
    ]);
  });

  it("ignores an unknown kind of access with a notice and keeps the base's", () => {
    const link = decode("access=files.root");
    expect(link.answers.access).toEqual(base.access);
    expect(link.notices).toEqual([
      "Ignored “access=files.root”: must be none, or some of files, accounts, customer-data, payments joined by dots",
    ]);
  });

  it("ignores a start date that is not a real day, or out of range, with a notice", () => {
    for (const start of ["2027-02-30", "1999-12-31", "27-1-5", "tomorrow", ""]) {
      const link = decode(`start=${start}`);
      expect(link.answers.start).toBe(base.start);
      expect(link.notices).toHaveLength(1);
      expect(link.notices[0]).toContain("start=");
    }
  });

  it("drops tick ids of the wrong shape one by one, with one notice", () => {
    const link = decode("ticks=write-the-brief.<script>.Bad Id.check-in-2");
    expect(link.ticks).toEqual(["write-the-brief", "check-in-2"]);
    expect(link.notices).toEqual([
      "Ignored 2 ticks that are not checklist items, such as “<script>”",
    ]);
    expect(decode("ticks=define-done.%3Cb%3E").notices).toEqual([
      "Ignored a tick that is not a checklist item: “<b>”",
    ]);
  });

  it("keeps each tick once", () => {
    expect(decode("ticks=define-done.define-done.check-in-1").ticks).toEqual([
      "define-done",
      "check-in-1",
    ]);
  });

  it("drops ids no checklist item has, with a notice, so 303 ticks keep the 3 real ones", () => {
    const junk = Array.from({ length: 300 }, (_, i) => `junk-${i}`);
    const link = decode(
      `ticks=${["decide-the-result", "write-the-brief", "define-done", ...junk].join(".")}`,
    );
    expect(link.ticks).toEqual(["decide-the-result", "write-the-brief", "define-done"]);
    expect(link.notices).toEqual([
      "Ignored 300 ticks that are not checklist items, such as “junk-0”",
    ]);
    // What Keep would store is what a reload accepts.
    expect(validateTicks(link.ticks)).toEqual(link.ticks);
  });

  it("ignores unknown options, unknown keys and prototype keys with notices", () => {
    const link = decode(
      "work=spying&tz=7&lang=yes&__proto__=x&constructor=y&every=hourly&docs=all",
    );
    expect(link.answers).toEqual(base);
    // One each: work, tz, lang, __proto__, constructor, every, docs.
    expect(link.notices).toHaveLength(7);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
  });

  it("ignores hostile values in every key with a notice, and never throws", () => {
    for (const key of ONBOARDING_LINK_KEYS.filter((k) => k !== "v" && k !== "ticks")) {
      for (const text of HOSTILE_INPUTS) {
        const params = new URLSearchParams();
        params.set(key, text);
        const link = decodeOnboardingLink(params, base);
        expect(validateAnswers(link.answers)).toEqual(link.answers);
        expect(link.answers).toEqual(base);
        expect(link.notices.length, `${key}=${text.slice(0, 20)}`).toBe(1);
        for (const notice of link.notices) expect(notice.length).toBeLessThan(300);
      }
    }
  });

  it("always gives valid answers and well-formed ticks for any query string", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...ONBOARDING_LINK_KEYS, "x", "__proto__"),
            fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_INPUTS.slice(0, 30))),
          ),
        ),
        (pairs) => {
          const link = decodeOnboardingLink(new URLSearchParams(pairs), base);
          expect(validateAnswers(link.answers)).toEqual(link.answers);
          expect(link.ticks.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
        },
      ),
    );
  });
});

describe("onboardingCodec", () => {
  it("has defaults that are the default answers, so a bare v=1 changes nothing", () => {
    expect(decode("v=1")).toEqual({
      answers: base,
      ticks: [],
      notices: [],
      hasParams: true,
    });
    expect(onboardingCodec.defaults.work).toBe(base.workKind);
  });
});

describe("ONBOARDING_LINK_KEYS", () => {
  it("lists the version and every field, so a page can remove them all", () => {
    expect(ONBOARDING_LINK_KEYS).toEqual([
      "v",
      "work",
      "eng",
      "lang",
      "tz",
      "access",
      "docs",
      "start",
      "every",
      "ticks",
    ]);
  });
});
