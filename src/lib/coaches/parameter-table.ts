// The coaches' page documents every key a tool's link accepts. The rows are
// built from the codecs themselves (and, for keys a codec reads as free text,
// from notes kept next to the codec), so the page cannot drift from the code:
// a new field shows up as a new row at the next build.
import type { Codec, FieldDef } from "~/lib/url/define-codec";
import { toCanonicalNumber } from "~/lib/url/canonical-number";
import { COACH_NOTE_MAX_LENGTH, NOTE_KEY } from "./coach-note";

/** One parameter of a tool's link, in words for the docs table. */
export interface ParameterRow {
  /** The key as it appears in the link: "do", "w-skill", "c". */
  readonly key: string;
  /** Before the "?" part (query) or after the "#" (fragment, never sent to a server). */
  readonly part: "query" | "fragment";
  readonly meaning: string;
  /** Unit of a number; "" when the value has none. */
  readonly unit: string;
  /** The values accepted, in words. */
  readonly allowed: string;
  /** What the tool uses when the link leaves the key out. */
  readonly default: string;
  /** A complete "key=value" pair that the tool accepts. */
  readonly example: string;
}

/** Words a codec cannot know about some of its keys (a list packed into text, a default that depends on the reader). */
export type ParameterNotes = Readonly<
  Record<
    string,
    Partial<Pick<ParameterRow, "meaning" | "unit" | "allowed" | "default" | "example">>
  >
>;

/** Any codec, whatever its fields. */
type AnyCodec = Pick<Codec<Record<string, FieldDef>>, "version" | "fields">;

/** A value as the link writes it (percent-encoded where needed). */
const pair = (key: string, value: string) =>
  new URLSearchParams([[key, value]]).toString();

function rowFor(key: string, field: FieldDef): Omit<ParameterRow, "part"> {
  switch (field.kind) {
    case "number": {
      const min = toCanonicalNumber(field.min);
      const max = toCanonicalNumber(field.max);
      const value = toCanonicalNumber(field.default);
      return {
        key,
        meaning: field.label,
        unit: field.unit,
        allowed: `${min} to ${max}${field.integer === true ? ", whole numbers" : ""}`,
        default: value,
        example: pair(key, value),
      };
    }
    case "enum":
      return {
        key,
        meaning: field.label,
        unit: "",
        allowed: `One of: ${field.values.join(", ")}`,
        default: field.default,
        // The second value, so the example shows something other than the default.
        example: pair(key, field.values[1] ?? field.default),
      };
    case "flag":
      return {
        key,
        meaning: field.label,
        unit: "",
        allowed: "1 (yes) or 0 (no)",
        default: field.default ? "1" : "0",
        example: pair(key, field.default ? "0" : "1"),
      };
    case "text":
      return {
        key,
        meaning: field.label,
        unit: "",
        allowed: `Text, up to ${field.maxLength} characters`,
        default: field.default === "" ? "(empty)" : field.default,
        example: pair(key, field.default),
      };
  }
}

/**
 * One row per key the codec accepts: "v" (the link's format version) first,
 * then every field in definition order, each in the query part. `notes`
 * replace the generated words of a key; a note for a key the codec does not
 * have throws, so notes cannot outlive the field they describe.
 */
export function codecParameterRows(
  codec: AnyCodec,
  notes: ParameterNotes = {},
): ParameterRow[] {
  for (const key of Object.keys(notes)) {
    if (!Object.hasOwn(codec.fields, key))
      throw new Error(`Parameter note for "${key}", which the codec does not have`);
  }
  const version = String(codec.version);
  const rows: ParameterRow[] = [
    {
      key: "v",
      part: "query",
      meaning: "Version of the link format",
      unit: "",
      allowed: `A whole number; links made today carry ${version}`,
      default: `${version} (the current format)`,
      example: pair("v", version),
    },
  ];
  for (const [key, field] of Object.entries(codec.fields)) {
    rows.push({ ...rowFor(key, field), ...notes[key], part: "query" });
  }
  return rows;
}

/** The row of a coach's note, which every tool accepts after the "#". */
export function coachNoteRow(example: string): ParameterRow {
  return {
    key: NOTE_KEY,
    part: "fragment",
    meaning: "A note from the coach, shown above the tool as plain text",
    unit: "",
    allowed: `Text, up to ${COACH_NOTE_MAX_LENGTH} characters; line breaks and hidden characters are removed`,
    default: "(no note)",
    example: pair(NOTE_KEY, example),
  };
}
