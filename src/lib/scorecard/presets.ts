import { CRITERION_IDS, type CriterionId } from "./criteria";

/** Stable ids of the role presets, used in links and storage; never renamed. */
export const PRESET_IDS = [
  "general",
  "writing",
  "technical",
  "admin",
  "design",
  "one-off",
] as const;

/** One of {@link PRESET_IDS}. */
export type PresetId = (typeof PRESET_IDS)[number];

/** Weights run from 0 (ignore this criterion) to this value (matters most). */
export const MAX_WEIGHT = 5;

/** A kind of role, with how much each criterion counts for it. */
export interface Preset {
  /** Stable id, used in links and storage. */
  readonly id: PresetId;
  /** Name shown in the role picker. */
  readonly label: string;
  /** One line on what the preset stresses. */
  readonly description: string;
  /** Weight 0..{@link MAX_WEIGHT} of every criterion. */
  readonly weights: Readonly<Record<CriterionId, number>>;
}

/** The role presets, in the order the picker lists them. */
export const PRESETS: readonly Preset[] = [
  {
    id: "general",
    label: "Any role",
    description: "Even weights for when none of the other roles fits.",
    weights: {
      skill: 4,
      trial: 5,
      clarity: 3,
      thoroughness: 3,
      honesty: 3,
      business: 2,
      reliability: 4,
      specialist: 3,
      overlap: 2,
      values: 2,
      price: 2,
      "track-record": 3,
    },
  },
  {
    id: "writing",
    label: "Writing and customer-facing work",
    description:
      "Words your customers read or hear: clear language, tone and care come first.",
    weights: {
      skill: 4,
      trial: 5,
      clarity: 5,
      thoroughness: 4,
      honesty: 3,
      business: 2,
      reliability: 4,
      specialist: 2,
      overlap: 3,
      values: 3,
      price: 2,
      "track-record": 3,
    },
  },
  {
    id: "technical",
    label: "Technical work",
    description:
      "Code, data or systems: proven skill, a true specialist and careful work count most.",
    weights: {
      skill: 5,
      trial: 5,
      clarity: 3,
      thoroughness: 4,
      honesty: 4,
      business: 2,
      reliability: 4,
      specialist: 5,
      overlap: 2,
      values: 2,
      price: 2,
      "track-record": 4,
    },
  },
  {
    id: "admin",
    label: "Admin assistant",
    description:
      "Ongoing support: reliability, clear messages and shared hours matter most.",
    weights: {
      skill: 3,
      trial: 5,
      clarity: 4,
      thoroughness: 4,
      honesty: 3,
      business: 2,
      reliability: 5,
      specialist: 1,
      overlap: 4,
      values: 3,
      price: 2,
      "track-record": 2,
    },
  },
  {
    id: "design",
    label: "Design",
    description:
      "Visual work: the portfolio and the trial say the most; shared hours matter less.",
    weights: {
      skill: 5,
      trial: 4,
      clarity: 3,
      thoroughness: 3,
      honesty: 3,
      business: 3,
      reliability: 3,
      specialist: 4,
      overlap: 1,
      values: 2,
      price: 2,
      "track-record": 3,
    },
  },
  {
    id: "one-off",
    label: "One-off gig",
    description:
      "A small, fixed job: proven skill, reviews and on-time delivery; long-term fit hardly counts.",
    weights: {
      // The gig itself is the trial, so a separate trial task counts for little.
      skill: 5,
      trial: 1,
      clarity: 3,
      thoroughness: 2,
      honesty: 2,
      business: 1,
      reliability: 4,
      specialist: 3,
      overlap: 0,
      values: 0,
      price: 3,
      "track-record": 4,
    },
  },
];

/** The preset a new scorecard starts with. */
export const DEFAULT_PRESET: PresetId = "general";

const byId = new Map<string, Preset>(PRESETS.map((p) => [p.id, p]));

/** True when `value` is one of the preset ids (for checking links and storage). */
export function isPresetId(value: unknown): value is PresetId {
  return typeof value === "string" && byId.has(value);
}

/** The preset with this id. */
export function presetById(id: PresetId): Preset {
  // The map is built from PRESETS, which the tests hold to PRESET_IDS.
  return byId.get(id) as Preset;
}

/**
 * A fresh, editable copy of a preset's weights: what "Reset to preset" puts back.
 */
export function presetWeights(id: PresetId): Record<CriterionId, number> {
  return { ...presetById(id).weights };
}

/**
 * True when every weight equals the preset's, so a view can show that the
 * weights are untouched and grey out "Reset to preset".
 */
export function weightsMatchPreset(
  weights: Readonly<Record<CriterionId, number>>,
  id: PresetId,
): boolean {
  const preset = presetById(id).weights;
  return CRITERION_IDS.every((c) => weights[c] === preset[c]);
}
