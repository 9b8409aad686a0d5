import { describe, expect, it } from "vitest";
import { auditCsv, auditMarkdown } from "~/lib/delegation-audit/audit-export";
import { computeAudit } from "~/lib/delegation-audit/audit-result";
import { exampleAudit } from "~/lib/delegation-audit/new-audit";
import { auditSummary } from "~/lib/delegation-audit/summary";
import { writeEnvelope } from "~/lib/storage/envelope";
import { parseCsv } from "../export/parse-csv";

const audit = exampleAudit();
const result = computeAudit(audit);

describe("auditCsv", () => {
  it("writes a row per task in the results' order, then the plan's totals", () => {
    const rows = parseCsv(auditCsv(audit, result).replace(/^\uFEFF/, ""));
    expect(rows[0]?.[0]).toBe("Task");
    expect(rows.slice(1, 6).map((row) => [row[0], row[1], row[3], row[10]])).toEqual([
      ["Sorting and answering routine email", "Hand over first", "5", "433.33"],
      ["Bookkeeping and chasing invoices", "Hand over first", "3", "585"],
      ["Scheduling social media posts", "Hand over first", "4", "693.33"],
      ["Website updates and search tweaks", "Learn enough to steer first", "2", "476.67"],
      ["Client design work", "Keep", "25", "4875"],
    ]);
    expect(rows.find((row) => row[0] === "Plan: hours back per week")?.[1]).toBe("12");
    expect(rows.find((row) => row[0]?.startsWith("Plan: cost per month"))?.[1]).toBe(
      "1711.67",
    );
  });

  it("keeps a formula-like task name as text", () => {
    const hostile = { ...audit, tasks: [{ ...audit.tasks[0]!, name: "=HYPERLINK(1)" }] };
    expect(auditCsv(hostile, computeAudit(hostile))).toContain("'=HYPERLINK(1)");
  });
});

describe("auditMarkdown", () => {
  it("gives the plan's totals, the share of revenue, the specialists and each group", () => {
    const text = auditMarkdown(audit, result);
    expect(text).toContain("- Hours back: 12 h a week, 52 h a month");
    expect(text).toContain(
      "- Cost: $1,712 a month; those hours are worth $3,120; net $1,408",
    );
    expect(text).toContain("- Set aside about 29% of monthly revenue");
    expect(text).toContain("- Specialists needed: 3 (admin, bookkeeping, marketing)");
    expect(text).toContain("## Learn enough to steer first");
    expect(text.indexOf("## Hand over first")).toBeLessThan(text.indexOf("## Keep"));
  });

  it("escapes Markdown in task names", () => {
    const named = { ...audit, tasks: [{ ...audit.tasks[0]!, name: "**bold** [x](y)" }] };
    expect(auditMarkdown(named, computeAudit(named))).toContain(
      "\\*\\*bold\\*\\* \\[x\\](y)",
    );
  });
});

describe("auditSummary", () => {
  it("reads the saved audit through the model", () => {
    const summary = auditSummary(writeEnvelope(audit, 1));
    expect(summary?.groups.map((g) => g.title)).toEqual([
      "Hand over first",
      "Learn enough to steer first",
      "Keep",
    ]);
    expect(summary?.totals.hoursPerWeek).toBe(12);
    expect(summary?.specialists).toEqual(["admin", "bookkeeping", "marketing"]);
  });

  it("is null for nothing saved, junk, or an empty list", () => {
    expect(auditSummary(undefined)).toBeNull();
    expect(auditSummary("{oops")).toBeNull();
    expect(auditSummary(writeEnvelope({ ...audit, tasks: [] }, 1))).toBeNull();
  });
});
