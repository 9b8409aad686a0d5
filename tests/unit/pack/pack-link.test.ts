import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanCoachNote, COACH_NOTE_MAX_LENGTH } from "~/lib/coaches/coach-note";
import {
  MAX_PACK_LENGTH,
  packFragment,
  readPack,
  toolLinkHref,
  type Pack,
} from "~/lib/pack/pack-link";
import { TOOL_IDS } from "~/lib/tools/tool-catalogue";

const read = (hash: string) => readPack(hash, TOOL_IDS, cleanCoachNote);

const problemOf = (hash: string) => {
  const reading = read(hash);
  return reading.ok ? null : reading.problem;
};

describe("the pack link", () => {
  it("reads back what it wrote, for any note and any tools' links", () => {
    const link = fc.string({ maxLength: 200 }).map((text) => `?${text}`);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.subarray([...TOOL_IDS], { minLength: 1 }),
        fc.array(link, { minLength: TOOL_IDS.length, maxLength: TOOL_IDS.length }),
        (rawNote, ids, links) => {
          const pack: Pack = {
            note: cleanCoachNote(rawNote),
            links: ids.map((id, i) => ({ id, link: links[i]! })),
          };
          const reading = read(`#${packFragment(pack)}`);
          expect(reading).toEqual({ ok: true, pack, notices: [] });
        },
      ),
    );
  });

  it("puts the tools in the registry's order, whatever the link's order", () => {
    const [first, second] = TOOL_IDS;
    const reading = read(`#pack=1&${second}=%3Fv%3D1&${first}=%3Fv%3D1`);
    expect(reading.ok && reading.pack.links.map((l) => l.id)).toEqual([first, second]);
  });

  it("refuses a newer version, a damaged or missing one, and says what to do", () => {
    expect(problemOf("#pack=2&note=Hi")).toMatch(/newer version of Handoff\. Reload/);
    expect(problemOf("#pack=0&note=Hi")).toMatch(/damaged.*Ask your coach/);
    expect(problemOf("#pack=1.5&note=Hi")).toMatch(/damaged/);
    expect(problemOf("#note=Hi")).toMatch(/no pack in it/);
    expect(problemOf("")).toMatch(/no pack here yet/);
  });

  it("refuses a link too long to be one Handoff made, without reading it", () => {
    const huge = `#pack=1&note=${"a".repeat(MAX_PACK_LENGTH)}`;
    expect(problemOf(huge)).toMatch(/too long/);
    expect(problemOf(`#pack=1&${"x".repeat(50 * 1024 * 1024)}`)).toMatch(/too long/);
  });

  it("refuses a pack with nothing in it", () => {
    expect(problemOf("#pack=1")).toMatch(/empty/);
    expect(problemOf("#pack=1&note=%20%0A")).toMatch(/empty/);
  });

  it("keeps markup in a note as text, and strips what could hide text", () => {
    const reading = read(
      `#pack=1&note=${encodeURIComponent("<b>Hi</b>\u202e\u0000 there")}`,
    );
    expect(reading.ok && reading.pack.note).toBe("<b>Hi</b> there");
  });

  it("cuts a long note, and says so", () => {
    const reading = read(`#pack=1&note=${"a".repeat(COACH_NOTE_MAX_LENGTH + 5)}`);
    expect(reading.ok && reading.pack.note.length).toBe(COACH_NOTE_MAX_LENGTH);
    expect(reading.ok && reading.notices).toEqual([
      `The note was cut to ${COACH_NOTE_MAX_LENGTH} characters`,
    ]);
  });

  it("ignores unknown keys, repeats and values that are not a link's settings, with a notice each", () => {
    const [first] = TOOL_IDS;
    const reading = read(
      `#pack=1&__proto__=x&constructor=%3F&${first}=%3Fv%3D1&${first}=%3Fv%3D2&calendar=%3F&${encodeURIComponent("<b>")}=1`,
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.pack.links).toEqual([{ id: first, link: "?v=1" }]);
    expect(reading.notices).toEqual([
      "Ignored a part with an unusual name: not a tool on this site",
      "Ignored “constructor”: not a tool on this site",
      `Ignored a second “${first}” in the link: the first counts`,
      "Ignored “calendar”: not a tool on this site",
      "Ignored a part with an unusual name: not a tool on this site",
    ]);
    const bad = read(`#pack=1&${first}=javascript:alert(1)`);
    expect(bad.ok).toBe(false);
  });

  it("opens a tool's link on the tool's own page only", () => {
    expect(toolLinkHref("/tools/break-even/", "?v=1&do=30#note=x")).toBe(
      "/tools/break-even/?v=1&do=30#note=x",
    );
    expect(toolLinkHref("/tools/break-even/", "?//evil.example/x")).toBe(
      "/tools/break-even/?//evil.example/x",
    );
    expect(toolLinkHref("/tools/break-even/", "#//evil.example")).toBe(
      "/tools/break-even/#//evil.example",
    );
  });
});
