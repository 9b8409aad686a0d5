/**
 * Versioned, forgiving persistence for what a tool keeps in localStorage.
 *
 * Stored text is an envelope, `{"v":<version>,"data":<value>}`, written by
 * {@link writeEnvelope}. Reading it back with {@link readEnvelope} never throws
 * and reports one of these statuses:
 *
 * - "empty": nothing stored yet (null, undefined or ""). Use defaults.
 * - "ok": stored at the current version (or an older one that `migrate`
 *   brought up to date) and accepted by `validate`. Use the value. After a
 *   migration, writing it back saves the upgraded form.
 * - "corrupt": not JSON, not an envelope (arrays, null, missing "v" or "data",
 *   a "v" that is not a positive whole number) or longer than
 *   {@link MAX_ENVELOPE_LENGTH}. Use defaults; overwriting is fine, nothing
 *   readable is lost.
 * - "invalid": a real envelope whose data `validate` rejected, or an older
 *   version with no `migrate` (or whose migration threw or was rejected). Use
 *   defaults; overwriting is fine.
 * - "newer": written by a later version of the site (say, an open tab that
 *   has not reloaded yet). Use defaults for this visit, but the caller must NOT
 *   overwrite the stored data: the newer version can still read it, and this
 *   one cannot know what it would destroy.
 *
 * `validate` receives untrusted data straight from JSON.parse. It should build
 * a fresh object from the fields it knows rather than spread or
 * Object.assign the input: JSON can carry a "__proto__" key.
 */

/** How a stored envelope was read; see the module comment. */
export type ReadStatus = "empty" | "ok" | "corrupt" | "invalid" | "newer";

/**
 * Stored text longer than this is treated as corrupt without being parsed. No
 * tool stores anything near it; browsers cap a whole origin at about 5 MB.
 */
export const MAX_ENVELOPE_LENGTH = 1_000_000;

/**
 * Reads an envelope written by {@link writeEnvelope} at `version`. `validate`
 * turns the stored data into a value or returns null; `migrate`, when given,
 * turns data from an older version into data of the current one. Never
 * throws, whatever `raw`, `validate` or `migrate` do.
 */
export function readEnvelope<T>(
  raw: string | null | undefined,
  version: number,
  validate: (data: unknown) => T | null,
  migrate?: (data: unknown, fromVersion: number) => unknown,
): { status: ReadStatus; value: T | null } {
  if (raw === null || raw === undefined || raw === "")
    return { status: "empty", value: null };
  if (typeof raw !== "string" || raw.length > MAX_ENVELOPE_LENGTH) return corrupt();

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return corrupt();
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return corrupt();
  if (!Object.hasOwn(parsed, "v") || !Object.hasOwn(parsed, "data")) return corrupt();
  const { v: storedVersion, data } = parsed as { v: unknown; data: unknown };
  if (
    typeof storedVersion !== "number" ||
    !Number.isSafeInteger(storedVersion) ||
    storedVersion < 1
  ) {
    return corrupt();
  }

  if (storedVersion > version) return { status: "newer", value: null };
  try {
    let current = data;
    if (storedVersion < version) {
      if (migrate === undefined) return invalid();
      current = migrate(data, storedVersion);
    }
    const value = validate(current);
    return value === null || value === undefined ? invalid() : { status: "ok", value };
  } catch {
    return invalid();
  }
}

/**
 * Wraps `value` in a versioned envelope as JSON text: `{"v":version,"data":value}`.
 * Like JSON.stringify, it throws for values JSON cannot hold (cycles, BigInt);
 * the caller's storage write is in a try block anyway, for quota errors.
 */
export function writeEnvelope<T>(value: T, version: number): string {
  return JSON.stringify({ v: version, data: value });
}

function corrupt(): { status: "corrupt"; value: null } {
  return { status: "corrupt", value: null };
}

function invalid(): { status: "invalid"; value: null } {
  return { status: "invalid", value: null };
}
