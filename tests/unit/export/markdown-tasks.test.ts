import fc from "fast-check";
import { anyText } from "../support/any-text";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, toMarkdownTasks } from "~/lib/export/markdown-tasks";

describe("escapeMarkdown", () => {
  it("backslash-escapes characters that start emphasis, code, links, HTML and headings", () => {
    expect(escapeMarkdown("*a* _b_ `c` [d](e) <f> #g")).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\#g",
    );
  });

  it("escapes backslashes, ampersands, pipes, tildes and dollars", () => {
    expect(escapeMarkdown("a\\b &amp; c|d ~~e~~ $f$")).toBe(
      "a\\\\b \\&amp; c\\|d \\~\\~e\\~\\~ \\$f\\$",
    );
  });

  it("leaves ordinary punctuation alone, so text stays readable as plain text", () => {
    const text = "Don't wait: check it, then pay (on time) - 100%!";
    expect(escapeMarkdown(text)).toBe(text);
  });

  it("turns line breaks and runs of spaces into one space and trims the ends", () => {
    expect(escapeMarkdown("  one\r\ntwo\n\n- three\tfour  ")).toBe(
      "one two - three four",
    );
  });

  it("drops control characters", () => {
    expect(escapeMarkdown("a\u0000b\u001bc\u007fd")).toBe("abcd");
  });

  it("never lets text break out of its line", () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        expect(escapeMarkdown(text)).not.toMatch(/[\r\n]/);
      }),
    );
  });
});

describe("toMarkdownTasks", () => {
  it("writes the title, the summary, headings and ticked and unticked tasks", () => {
    const text = toMarkdownTasks({
      title: "Plan",
      summary: [{ label: "Start", value: "Jan 5, 2027" }],
      sections: [
        {
          heading: "First",
          tasks: [
            { text: "Do it", done: true, due: "Jan 5, 2027" },
            { text: "Then this", done: false },
          ],
        },
      ],
    });
    expect(text).toBe(
      [
        "# Plan",
        "",
        "- **Start:** Jan 5, 2027",
        "",
        "## First",
        "",
        "- [x] Do it (due Jan 5, 2027)",
        "- [ ] Then this",
        "",
      ].join("\n"),
    );
  });

  it("nests notes and the link under their task, the link as an autolink", () => {
    const text = toMarkdownTasks({
      title: "T",
      sections: [
        {
          heading: "S",
          tasks: [
            {
              text: "Task",
              done: false,
              notes: ["Why: it *matters*"],
              link: { label: "Guide", url: "https://a.test/g/#x_y" },
            },
          ],
        },
      ],
    });
    expect(text.split("\n").slice(4, 7)).toEqual([
      "- [ ] Task",
      "  - Why: it \\*matters\\*",
      "  - Guide: <https://a.test/g/#x_y>",
    ]);
  });

  it("shows a link that could not be an autolink as escaped text", () => {
    const text = toMarkdownTasks({
      title: "T",
      sections: [
        {
          heading: "S",
          tasks: [
            { text: "x", done: false, link: { label: "Guide", url: "no scheme <b>" } },
          ],
        },
      ],
    });
    expect(text).toContain("  - Guide: no scheme \\<b\\>\n");
  });

  it("escapes the title, headings and summary too", () => {
    const text = toMarkdownTasks({
      title: "# Not a *title*",
      summary: [{ label: "A_b", value: "<script>" }],
      sections: [{ heading: "Step #2", tasks: [] }],
    });
    expect(text).toBe(
      "# \\# Not a \\*title\\*\n\n- **A\\_b:** \\<script\\>\n\n## Step \\#2\n",
    );
  });

  it("writes one task line per task, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string(), done: fc.boolean() })),
        (tasks) => {
          const text = toMarkdownTasks({
            title: "T",
            sections: [{ heading: "S", tasks }],
          });
          expect(text.split("\n").filter((l) => /^- \[[ x]\] /.test(l))).toHaveLength(
            tasks.length,
          );
          expect(text.split("\n").filter((l) => l.startsWith("- [x] "))).toHaveLength(
            tasks.filter((t) => t.done).length,
          );
        },
      ),
    );
  });
});
