// A scorecard as a link. The role, weights, rate range and currency are settings of the
// tool and go in the query string, through the kit's allow-list codec.
// Candidates are personal data (names, notes), so they go in the fragment,
// after "#", which browsers never send to a server: it cannot end up in a
// server's or a proxy's logs. The fragment is a URLSearchParams string in
// which each "c" starts a candidate and the keys after it describe them:
//
//   #c=a&n=Ana+Silva&r=34-2-----4---&d=missed-deadline&q=400&h=10&t=Good+call
//
// c id, n name, r one rating per criterion in CRITERION_IDS order ("0"-"4",
// "-" not assessed), d a dealbreaker (repeatable), q quote, h hours, t note.
import { DEFAULT_CURRENCY, SUPPORTED_CURRENCIES } from "~/lib/format/default-currency";
import { formatNumber } from "~/lib/format/format-number";
import { fromCanonicalNumber, toCanonicalNumber } from "~/lib/url/canonical-number";
import { defineCodec, MAX_NOTICES, type FieldDef } from "~/lib/url/define-codec";
import { quoteFromUrl } from "~/lib/url/quote-from-url";
import { AMOUNT_LIMITS, validAmount, type AmountKind } from "./amount-limits";
import {
  MAX_CANDIDATES,
  NAME_MAX_LENGTH,
  newCandidate,
  NOTE_MAX_LENGTH,
  type Candidate,
  type Rating,
  type Scorecard,
} from "./candidate";
import { cleanText } from "~/lib/text/clean-text";
import { CRITERIA, CRITERION_IDS } from "./criteria";
import { isDealbreakerId } from "./dealbreakers";
import {
  DEFAULT_PRESET,
  MAX_WEIGHT,
  presetById,
  presetWeights,
  PRESET_IDS,
} from "./presets";
import { CANDIDATE_ID, freeCandidateId } from "./candidate-id";
import { dealbreakersFrom } from "./validate-scorecard";

/** The query-string key of a criterion's weight: "w-skill". */
export const weightKey = (criterion: string) => `w-${criterion}`;

const defaultWeights = presetById(DEFAULT_PRESET).weights;

const weightFields: Record<string, FieldDef> = {};
for (const criterion of CRITERIA) {
  weightFields[weightKey(criterion.id)] = {
    kind: "number",
    label: `Weight of ${criterion.name.toLowerCase()}`,
    unit: `0 (ignore) to ${MAX_WEIGHT}`,
    min: 0,
    max: MAX_WEIGHT,
    integer: true,
    default: defaultWeights[criterion.id],
  };
}

const rateField = (label: string): FieldDef => ({
  kind: "number",
  label,
  unit: "your currency per hour",
  min: 0,
  max: AMOUNT_LIMITS.rate,
  default: 0,
});

/** The query-string settings: role, one weight per criterion, the rate range, the currency. */
export const scorecardQuery = defineCodec({
  version: 1,
  fields: {
    role: { kind: "enum", label: "Role", values: PRESET_IDS, default: DEFAULT_PRESET },
    ...weightFields,
    rmin: rateField("Lowest hourly rate you expect"),
    rmax: rateField("Highest hourly rate you expect"),
    cur: {
      kind: "enum",
      label: "Currency of quotes and rates",
      values: SUPPORTED_CURRENCIES,
      default: DEFAULT_CURRENCY,
    },
  } as Record<string, FieldDef>,
});

/**
 * The fragment key of a coach's note (NOTE_KEY in lib/coaches/coach-note.ts,
 * repeated here so the link reader does not share a chunk with the note's code;
 * a unit test keeps the two equal).
 */
export const COACH_NOTE_KEY = "note";

/** What a rating the reader has not given is written as, in "r". */
export const NOT_ASSESSED = "-";

/** The fragment key that starts a candidate. */
export const CANDIDATE_KEY = "c";

/**
 * The fragment keys that describe the candidate started by the last "c"
 * (the coaches' page documents each; see coach-parameters.ts).
 */
export const CANDIDATE_KEYS: ReadonlySet<string> = new Set([
  "n",
  "r",
  "d",
  "q",
  "h",
  "t",
]);
const AMOUNT_KEYS: Record<string, { kind: AmountKind; name: string }> = {
  q: { kind: "quote", name: "a quote" },
  h: { kind: "hours", name: "hours" },
};

/** A rating as one character of the "r" value. */
const ratingChar = (rating: Rating) => (rating === null ? NOT_ASSESSED : String(rating));

/**
 * A link to `page` that reproduces `scorecard`: settings in the query string,
 * candidates in the fragment. Other query keys and any fragment of `page`
 * are dropped; the path is kept, so a link made in an article opens there.
 */
export function scorecardLink(scorecard: Readonly<Scorecard>, page: URL): URL {
  const url = new URL(page.pathname, page);
  const values: Record<string, string | number> = { role: scorecard.role };
  for (const criterion of CRITERION_IDS) {
    values[weightKey(criterion)] = scorecard.weights[criterion];
  }
  // The range goes lowest first (the score reads it either way round), as a
  // link with the ends swapped is read as a mistake.
  const { min, max } = scorecard.rateRange;
  const [low, high] = min !== null && max !== null && min > max ? [max, min] : [min, max];
  values.rmin = low ?? 0;
  values.rmax = high ?? 0;
  values.cur = scorecard.currency;
  const query = scorecardQuery.encode(values as typeof scorecardQuery.defaults);
  // An end the reader left empty stays out of the link rather than becoming 0.
  if (low === null) query.delete("rmin");
  if (high === null) query.delete("rmax");
  url.search = query.toString();

  const fragment = new URLSearchParams();
  for (const candidate of scorecard.candidates) {
    fragment.append(CANDIDATE_KEY, candidate.id);
    fragment.append("n", candidate.name);
    fragment.append(
      "r",
      CRITERION_IDS.map((c) => ratingChar(candidate.ratings[c])).join(""),
    );
    for (const id of candidate.dealbreakers) fragment.append("d", id);
    if (candidate.quote !== null)
      fragment.append("q", toCanonicalNumber(candidate.quote));
    if (candidate.hours !== null)
      fragment.append("h", toCanonicalNumber(candidate.hours));
    if (candidate.note !== "") fragment.append("t", candidate.note);
  }
  url.hash = fragment.toString();
  return url;
}

/** The fragment as candidate data, or null when it is not the scorecard's (say, "#check-proven-skill"). */
function fragmentParams(url: URL): URLSearchParams | null {
  const params = new URLSearchParams(url.hash.slice(1));
  return params.has(CANDIDATE_KEY) ? params : null;
}

/** Collects notices, listing {@link MAX_NOTICES} and counting the rest. */
class Notices {
  readonly list: string[] = [];
  private more = 0;
  add(text: string): void {
    if (this.list.length < MAX_NOTICES) this.list.push(text);
    else this.more += 1;
  }
  /** Adds a notice that matters more than the rest, at the top. */
  addFirst(text: string): void {
    this.list.unshift(text);
    if (this.list.length > MAX_NOTICES) {
      this.list.pop();
      this.more += 1;
    }
  }
  done(locale: string): string[] {
    if (this.more === 0) return this.list;
    const count = formatNumber(this.more, locale, 0);
    return [
      ...this.list,
      `Ignored ${count} more ${this.more === 1 ? "problem" : "problems"} in the candidates`,
    ];
  }
}

/** Reads the fragment's candidates; see the module comment for the format. */
function readCandidates(
  params: URLSearchParams,
  notices: Notices,
  locale: string,
): Candidate[] {
  const candidates: Candidate[] = [];
  const taken = new Set<string>();
  let current: Candidate | null = null;
  let seen = new Set<string>();
  let extra = 0;
  const label = () => `candidate ${candidates.length}`;

  for (const [key, value] of params) {
    // A coach's note shares the fragment; it is shown above the tool, not read here.
    if (key === COACH_NOTE_KEY) continue;
    // Quoted only when a notice needs it: a hostile link can hold thousands of keys.
    const quoted = () => quoteFromUrl(`${key}=${value}`);
    if (key === CANDIDATE_KEY) {
      if (candidates.length >= MAX_CANDIDATES) {
        extra += 1;
        current = null;
        continue;
      }
      const index = candidates.length;
      const id =
        CANDIDATE_ID.test(value) && !taken.has(value)
          ? value
          : freeCandidateId(taken, index);
      taken.add(id);
      current = { ...newCandidate(index, id), name: "" };
      candidates.push(current);
      seen = new Set();
      continue;
    }
    // Keys of a candidate past the limit are dropped with it.
    if (current === null && extra > 0 && CANDIDATE_KEYS.has(key)) continue;
    if (current === null) {
      notices.add(`Ignored ${quoted()}: it comes before the first candidate`);
      continue;
    }
    if (!CANDIDATE_KEYS.has(key)) {
      notices.add(`Ignored ${quoted()}: not part of a candidate`);
      continue;
    }
    if (key !== "d" && seen.has(key)) {
      notices.add(`Ignored ${quoted()}: given twice for ${label()}, the first counts`);
      continue;
    }
    seen.add(key);
    readField(current, key, value, quoted);
  }
  if (extra > 0) {
    notices.addFirst(
      `Ignored ${formatNumber(extra, locale, 0)} ${extra === 1 ? "candidate" : "candidates"}: a scorecard holds at most ${MAX_CANDIDATES}`,
    );
  }
  return candidates;

  function readField(
    candidate: Candidate,
    key: string,
    value: string,
    quoted: () => string,
  ): void {
    switch (key) {
      case "n":
      case "t": {
        const name = key === "n";
        const clean = cleanText(value, name ? NAME_MAX_LENGTH : NOTE_MAX_LENGTH, !name);
        if (name) candidate.name = clean.text;
        else candidate.note = clean.text;
        if (clean.changed) {
          notices.add(
            `Shortened the ${name ? "name" : "note"} of ${label()} to ${name ? NAME_MAX_LENGTH : NOTE_MAX_LENGTH} characters of plain text`,
          );
        }
        return;
      }
      case "r": {
        // A link's ratings are 12 characters; more than a few dozen is junk.
        const characters = Array.from(value.slice(0, 64));
        CRITERION_IDS.forEach((criterion, i) => {
          const character = characters[i] ?? NOT_ASSESSED;
          const digit = "01234".indexOf(character);
          if (digit >= 0) candidate.ratings[criterion] = digit as Rating;
          else if (character !== NOT_ASSESSED) {
            const name = (CRITERIA[i]?.name ?? criterion).toLowerCase();
            notices.add(
              `Ignored the rating ${quoteFromUrl(character)} for ${name} of ${label()}: ratings run from 0 to 4; left it not assessed`,
            );
          }
        });
        if (characters.length > CRITERION_IDS.length) {
          notices.add(
            `Ignored the extra ratings for ${label()}: there are ${CRITERION_IDS.length} criteria`,
          );
        } else if (characters.length < CRITERION_IDS.length) {
          notices.add(
            `Found fewer ratings than criteria for ${label()}: left the rest not assessed`,
          );
        }
        return;
      }
      case "d":
        if (!isDealbreakerId(value))
          notices.add(`Ignored ${quoted()}: not a dealbreaker`);
        // Kept in catalogue order, whatever order the link lists them in.
        else
          candidate.dealbreakers = dealbreakersFrom([...candidate.dealbreakers, value]);
        return;
      default: {
        const { kind, name } = AMOUNT_KEYS[key] as { kind: AmountKind; name: string };
        const number = fromCanonicalNumber(value);
        const amount = number === null ? null : validAmount(number, kind);
        if (amount === null) {
          const most = formatNumber(AMOUNT_LIMITS[kind], locale, 0);
          notices.add(
            `Ignored ${quoted()}: ${name} must be a number above 0, up to ${most}`,
          );
        } else if (kind === "quote") candidate.quote = amount;
        else candidate.hours = amount;
      }
    }
  }
}

/**
 * Reads a scorecard link. Returns null when the URL has neither the tool's
 * query keys nor candidates in its fragment (an ordinary visit, or a link to
 * a heading). Otherwise it returns exactly the link's scorecard, with `base`
 * filling what the link leaves out, and one plain-text notice per thing it
 * ignored or changed: unknown keys, bad or out-of-range values, ratings
 * outside 0-4, unknown dealbreakers, candidates beyond {@link MAX_CANDIDATES},
 * names and notes cut to length or stripped of hidden characters. Text from
 * the link is kept as plain text; the view never treats it as markup.
 */
export function readScorecardLink(
  url: URL,
  base: Readonly<Scorecard>,
  locale = "en-US",
): { state: Scorecard; notices: string[] } | null {
  const query = scorecardQuery.decode(url.searchParams, locale);
  const fragment = fragmentParams(url);
  if (!query.hasParams && fragment === null) return null;

  const values = query.values as Record<string, unknown>;
  const role =
    typeof values.role === "string" ? (values.role as Scorecard["role"]) : base.role;
  const weights =
    typeof values.role === "string" ? presetWeights(role) : { ...base.weights };
  for (const criterion of CRITERION_IDS) {
    const weight = values[weightKey(criterion)];
    if (typeof weight === "number") weights[criterion] = weight;
  }
  const rate = (key: string) =>
    typeof values[key] === "number" ? (values[key] as number) : null;
  let rateRange = query.hasParams
    ? { min: rate("rmin"), max: rate("rmax") }
    : { ...base.rateRange };
  const rangeNotices: string[] = [];
  if (rateRange.min !== null && rateRange.max !== null && rateRange.min > rateRange.max) {
    // A range the wrong way round is a mistake the coach should hear about,
    // like any other value the link cannot use; which end was meant is a guess.
    const quoted = (key: string) => quoteFromUrl(`${key}=${url.searchParams.get(key)}`);
    rangeNotices.push(
      `Ignored ${quoted("rmin")} and ${quoted("rmax")}: the lowest hourly rate is above the highest`,
    );
    rateRange = { min: null, max: null };
  }

  const notices = new Notices();
  const candidates =
    fragment === null ? base.candidates : readCandidates(fragment, notices, locale);
  return {
    state: {
      role,
      weights,
      rateRange,
      // Links made before the currency was a setting were in dollars.
      currency: query.hasParams
        ? ((values.cur as Scorecard["currency"] | undefined) ?? DEFAULT_CURRENCY)
        : base.currency,
      candidates: candidates.length > 0 ? candidates : [newCandidate(0)],
    },
    notices: [...query.notices, ...rangeNotices, ...notices.done(locale)],
  };
}

/** Removes the scorecard's query keys and, when it holds candidates, the fragment. */
export function clearScorecardLink(url: URL): URL {
  const cleared = new URL(url);
  for (const key of ["v", ...Object.keys(scorecardQuery.fields)])
    cleared.searchParams.delete(key);
  if (fragmentParams(cleared) !== null) cleared.hash = "";
  return cleared;
}
