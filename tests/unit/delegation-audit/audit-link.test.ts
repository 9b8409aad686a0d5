import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakEvenCodec } from "~/lib/break-even/url-codec";
import { computeAudit } from "~/lib/delegation-audit/audit-result";
import {
  auditLink,
  clearAuditLink,
  COACH_NOTE_KEY,
  readAuditLink,
} from "~/lib/delegation-audit/audit-link";
import { calculatorLink } from "~/lib/delegation-audit/calculator-link";
import { exampleAudit, newAudit } from "~/lib/delegation-audit/new-audit";
import { validateAudit } from "~/lib/delegation-audit/validate-audit";
import { NOTE_KEY } from "~/lib/coaches/coach-note";
import { HOSTILE_INPUTS } from "../kit/hostile-inputs";
import { arbitraryAudit } from "./arbitrary-audit";

const PAGE = new URL("https://handoff.example/tools/delegation-audit/");

describe("auditLink and readAuditLink", () => {
  it("round-trips any audit the tool can make, without notices", () => {
    fc.assert(
      fc.property(arbitraryAudit(8), (audit) => {
        const read = readAuditLink(auditLink(audit, PAGE), newAudit());
        expect(read?.notices).toEqual([]);
        expect(read?.state).toEqual({ ...audit, value: audit.value ?? 60 });
      }),
      { numRuns: 150 },
    );
  });

  it("puts task names in the fragment only", () => {
    const url = auditLink(exampleAudit(), PAGE);
    expect(url.search).not.toContain("Bookkeeping");
    expect(decodeURIComponent(url.hash.replaceAll("+", " "))).toContain(
      "Bookkeeping and chasing invoices",
    );
  });

  it("writes an empty list so that it reads back empty", () => {
    const url = auditLink(newAudit(), PAGE);
    expect(url.hash).toBe("#notasks");
    expect(readAuditLink(url, exampleAudit())?.state.tasks).toEqual([]);
  });

  it("returns null for an ordinary visit or a link to a heading", () => {
    expect(readAuditLink(PAGE, newAudit())).toBeNull();
    expect(readAuditLink(new URL("#method", PAGE), newAudit())).toBeNull();
  });

  it("ignores bad values with a notice each and keeps the rest", () => {
    const url = new URL(
      "?v=1&value=abc&cur=XXX#t=a&n=Email&h=500&s=9&k=2&j=maybe&x=none&f=admin&r=20&zz=1",
      PAGE,
    );
    const read = readAuditLink(url, newAudit());
    expect(read?.state.tasks).toHaveLength(1);
    expect(read?.state.tasks[0]).toMatchObject({
      name: "Email",
      hours: null,
      skill: 3,
      core: 2,
      rate: 20,
    });
    expect(read?.notices.length).toBe(6);
  });

  it("never throws on hostile fragments and shows names only as plain text", () => {
    for (const hostile of HOSTILE_INPUTS) {
      const url = new URL(PAGE);
      url.hash = `t=a&n=${encodeURIComponent(hostile)}&h=${encodeURIComponent(hostile)}`;
      const read = readAuditLink(url, newAudit());
      expect(read?.state.tasks[0]?.name.length ?? 0).toBeLessThanOrEqual(60);
    }
  });

  it("skips the coach's note, which uses the same key as the note's own code", () => {
    expect(COACH_NOTE_KEY).toBe(NOTE_KEY);
    const url = new URL("#note=Hello&t=a&n=Email", PAGE);
    expect(readAuditLink(url, newAudit())?.notices).toEqual([]);
  });

  it("clears its keys and task fragment, leaving others", () => {
    const url = new URL(`${auditLink(exampleAudit(), PAGE).href}`);
    url.searchParams.set("utm_source", "x");
    const cleared = clearAuditLink(url);
    expect(cleared.search).toBe("?utm_source=x");
    expect(cleared.hash).toBe("");
  });
});

describe("calculatorLink", () => {
  it("opens the calculator with the task's weekly minutes, price, hourly value and currency", () => {
    const audit = exampleAudit();
    const [email] = computeAudit(audit).groups.first;
    const href = calculatorLink(email!, audit);
    const decoded = breakEvenCodec.decode(new URL(href!, PAGE).searchParams);
    expect(decoded.notices).toEqual([]);
    expect(decoded.values).toEqual({
      do: 300,
      freq: 1,
      per: "week",
      price: 100,
      value: 60,
      cur: "USD",
    });
  });

  it("writes links the calculator accepts without notices, for any task with hours and a rate", () => {
    fc.assert(
      fc.property(arbitraryAudit(6), (audit) => {
        const result = computeAudit(audit);
        for (const placed of Object.values(result.groups).flat()) {
          const href = calculatorLink(placed, audit);
          if (href === null) continue;
          const decoded = breakEvenCodec.decode(new URL(href, PAGE).searchParams);
          expect(decoded.notices).toEqual([]);
          expect(decoded.values.do).toBeCloseTo(placed.hoursPerWeek * 60, 1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives no link for a task without hours or rate", () => {
    const audit = {
      ...newAudit(),
      tasks: [{ ...exampleAudit().tasks[0]!, hours: null }],
    };
    const [placed] = computeAudit(audit).groups.first;
    expect(calculatorLink(placed!, audit)).toBeNull();
  });
});

describe("validateAudit", () => {
  it("accepts what the tool saves", () => {
    fc.assert(
      fc.property(arbitraryAudit(8), (audit) => {
        expect(validateAudit(JSON.parse(JSON.stringify(audit)))).toEqual(audit);
      }),
      { numRuns: 150 },
    );
  });

  it("repairs bad fields and ignores prototype keys", () => {
    const data = JSON.parse(
      '{"tasks":[{"id":"a","name":"x\\u202ey","hours":-1,"skill":7,"__proto__":{"core":5}},{"id":"a"},3],"value":"60","currency":"XYZ"}',
    );
    const audit = validateAudit(data);
    expect(audit?.tasks.map((t) => t.id)).toEqual(["a", "b"]);
    expect(audit?.tasks[0]).toMatchObject({ name: "xy", hours: null, skill: 3, core: 3 });
    expect(audit?.value).toBeNull();
    expect(audit?.currency).toBe("USD");
    expect(validateAudit([])).toBeNull();
    expect(validateAudit({ tasks: "no" })).toBeNull();
  });
});
