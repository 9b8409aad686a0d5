// Every registered tool has its part of the coach's pack
// (src/components/<id>/pack-part.ts), which reads the tool's own links, writes
// them back the same, and sums a state up as the summary page does.
import { describe, expect, it } from "vitest";
import { loadPackPart } from "~/components/pack/pack-parts";
import { checkToolLink } from "~/lib/pack/check-tool-link";
import { TOOLS } from "~/lib/tools/tool-catalogue";

const context = { locale: "en-US", today: "2027-01-04" };
const at = (path: string, link: string) =>
  new URL(`https://handoff.example${path}${link}`);

describe.each(TOOLS.map((tool) => [tool.id, tool] as const))(
  "the pack part of %s",
  (_, tool) => {
    it("exists, found by name", async () => {
      await expect(loadPackPart(tool.id)).resolves.toHaveProperty("read");
    });

    it("reads nothing from a link without the tool's settings", async () => {
      const part = await loadPackPart(tool.id);
      expect(part.read(at(tool.path, ""), context)).toBeNull();
      expect(part.read(at(tool.path, "?utm_source=news"), context)).toBeNull();
    });

    it("writes a link that it reads back to the same state and the same link", async () => {
      const part = await loadPackPart(tool.id);
      const first = part.read(at(tool.path, "?v=1"), context);
      expect(first).not.toBeNull();
      const link = part.write(first!.state, context);
      expect(link).toMatch(/^\?v=1&/);
      const again = part.read(at(tool.path, link), context);
      expect(again?.notices).toEqual([]);
      expect(again?.state).toEqual(first!.state);
      expect(part.write(again!.state, context)).toBe(link);
      // Summing up never throws; a starting state may have nothing to show.
      part.summarize(again!.state, context);
    });

    it("passes a link from the tool and names what is wrong with others", async () => {
      const part = await loadPackPart(tool.id);
      const link = part.write(part.read(at(tool.path, "?v=1"), context)!.state, context);
      const check = (text: string) => checkToolLink(text, tool, TOOLS, part, context);
      expect(check(at(tool.path, link).href)).toEqual({ ok: true, link });
      const noted = at(tool.path, link);
      noted.hash = noted.hash === "" ? "note=Hi" : `${noted.hash.slice(1)}&note=Hi`;
      expect(check(noted.href)).toEqual({ ok: true, link });
      expect(check("hello")).toMatchObject({
        ok: false,
        problem: /^This is not a link\./,
      });
      expect(check(at(tool.path, "").href)).toMatchObject({
        ok: false,
        problem: /has none of the .* values/,
      });
      expect(check(at("/tools/elsewhere/", link).href)).toMatchObject({
        ok: false,
        problem: new RegExp(`not a link to the ${tool.shortName}`),
      });
      const other = TOOLS.find((t) => t.id !== tool.id)!;
      expect(check(at(other.path, link).href)).toMatchObject({
        ok: false,
        problem: new RegExp(`^This is a link to the ${other.shortName}`),
      });
      const unknown = at(tool.path, link);
      unknown.searchParams.append("zz", "1");
      expect(check(unknown.href)).toMatchObject({
        ok: false,
        details: [expect.stringMatching(/zz/)],
      });
      expect(check(`${at(tool.path, link).href}${"&a=1".repeat(6000)}`)).toMatchObject({
        ok: false,
        problem: /too long/,
      });
    });
  },
);

describe("the pack parts' summaries", () => {
  it("give each tool's headline from a filled-in link", async () => {
    const summaries: Record<string, unknown> = {};
    const links: Record<string, string> = {
      "break-even": "?v=1&do=47&price=19",
      scorecard: "?v=1&role=admin#c=1&n=Ana+Silva&r-trial=4",
      "delegation-audit": "?v=1&value=60#t=1&n=Inbox&h=3&p=2&s=1&k=1",
      onboarding: "?v=1&start=2027-02-01",
    };
    for (const tool of TOOLS) {
      const part = await loadPackPart(tool.id);
      const read = part.read(at(tool.path, links[tool.id] ?? "?v=1"), context);
      summaries[tool.id] = read && part.summarize(read.state, context);
    }
    expect(summaries["break-even"]).toMatchObject({ kind: "verdict" });
    expect(summaries["onboarding"]).toMatchObject({ next: { length: 3 } });
  });
});
