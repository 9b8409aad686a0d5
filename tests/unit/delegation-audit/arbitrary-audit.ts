// fast-check arbitraries for audits the tool itself can produce, so a link or
// a save of any of them must come back unchanged.
import fc from "fast-check";
import { SUPPORTED_CURRENCIES } from "~/lib/format/default-currency";
import {
  CONTACT_VALUES,
  JUDGE_VALUES,
  LIMITS,
  MAX_TASKS,
  NAME_MAX_LENGTH,
  SKILL_FAMILIES,
  type Audit,
  type AuditTask,
  type Score,
} from "~/lib/delegation-audit/audit";
import { cleanText } from "~/lib/text/clean-text";
import { freeTaskId } from "~/lib/delegation-audit/task-id";
import { maxHours } from "~/lib/delegation-audit/validate-audit";

const name = fc
  .oneof(
    fc.string({ unit: "grapheme", maxLength: NAME_MAX_LENGTH }),
    fc.constantFrom("<img src=x onerror=alert(1)>", "Zoë & Łukasz", "a+b=c#d&t=x", ""),
  )
  .filter((t) => !cleanText(t, NAME_MAX_LENGTH, false).changed);

const cents = (max: number) =>
  fc.option(
    fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100),
    { nil: null },
  );

const score = fc.constantFrom<Score>(1, 2, 3, 4, 5);

/** A task without its id. */
export const arbitraryTask: fc.Arbitrary<Omit<AuditTask, "id">> = fc
  .constantFrom("week" as const, "month" as const)
  .chain((per) =>
    fc.record({
      name,
      hours: cents(maxHours(per)),
      per: fc.constant(per),
      skill: score,
      core: score,
      judge: fc.constantFrom(...JUDGE_VALUES),
      contact: fc.constantFrom(...CONTACT_VALUES),
      family: fc.constantFrom(...SKILL_FAMILIES),
      rate: cents(LIMITS.rate),
    }),
  );

/** An audit with up to `maxTasks` tasks. */
export const arbitraryAudit = (maxTasks = MAX_TASKS): fc.Arbitrary<Audit> =>
  fc.record({
    tasks: fc.array(arbitraryTask, { maxLength: maxTasks }).map((tasks) => {
      const taken = new Set<string>();
      return tasks.map((task) => {
        const id = freeTaskId(taken);
        taken.add(id);
        return { id, ...task };
      });
    }),
    value: cents(LIMITS.value),
    revenue: cents(LIMITS.revenue).map((x) => (x === 0 ? null : x)),
    goal: cents(LIMITS.goal).map((x) => (x === 0 ? null : x)),
    currency: fc.constantFrom(...SUPPORTED_CURRENCIES),
  });
