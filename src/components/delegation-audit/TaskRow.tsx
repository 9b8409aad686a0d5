// One task of the reader's list: its name, hours, ratings and contractor's
// rate, and buttons to move or remove it. Everything is a plain form control,
// labelled, so it works from the keyboard and reads well to a screen reader.
import { useStore } from "~/components/ui/use-store";
import {
  CONTACT_VALUES,
  JUDGE_VALUES,
  LIMITS,
  NAME_MAX_LENGTH,
  SKILL_FAMILIES,
  WEEKS_PER_MONTH,
  taskDisplayName,
  type AuditTask,
  type HoursPer,
  type Score,
} from "~/lib/delegation-audit/audit";
import type { AuditLabels } from "~/lib/delegation-audit/labels";
import {
  $currency,
  moveTask,
  removeTask,
  renameTask,
  setFamily,
  setTaskField,
} from "~/stores/delegation-audit";
import { FigureField } from "./FigureField";

interface Props {
  task: AuditTask;
  index: number;
  count: number;
  labels: AuditLabels;
}

const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

/** A labelled select whose options are `values` with `labels`. */
function Choice<T extends string | number>({
  id,
  label,
  value,
  values,
  labels,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  values: readonly T[];
  labels: (value: T) => string;
  onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {values.map((v) => (
          <option key={v} value={String(v)}>
            {labels(v)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TaskRow({ task, index, count, labels }: Props) {
  const currency = useStore($currency);
  const id = `da-${task.id}`;
  const name = taskDisplayName(task, index);
  const set = <K extends Exclude<keyof AuditTask, "id" | "name">>(
    field: K,
    value: AuditTask[K],
  ) => setTaskField(task.id, field, value);
  const maxHours =
    task.per === "week" ? LIMITS.hours : Math.floor(LIMITS.hours * WEEKS_PER_MONTH);
  return (
    <li class="task-row">
      <fieldset>
        <legend>{name}</legend>
        <div class="field task-name">
          <label for={`${id}-name`}>Task</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            maxLength={NAME_MAX_LENGTH}
            placeholder={`Task ${index + 1}`}
            value={task.name}
            onInput={(e) => renameTask(task.id, e.currentTarget.value)}
          />
        </div>
        <div class="task-fields">
          <div class="hours">
            <FigureField
              id={`${id}-hours`}
              label="Hours"
              name="Hours"
              max={maxHours}
              value={task.hours}
              onChange={(v) => set("hours", v)}
            />
            <Choice<HoursPer>
              id={`${id}-per`}
              label="Per"
              value={task.per}
              values={["week", "month"]}
              labels={(v) => v}
              onChange={(v) => set("per", v as HoursPer)}
            />
          </div>
          <Choice
            id={`${id}-skill`}
            label="How good are you at it?"
            value={task.skill}
            values={SCORES}
            labels={(v) => `${v}: ${labels.skill[v]}`}
            onChange={(v) => set("skill", Number(v) as Score)}
          />
          <Choice
            id={`${id}-core`}
            label="How core is it to your business?"
            value={task.core}
            values={SCORES}
            labels={(v) => `${v}: ${labels.core[v]}`}
            onChange={(v) => set("core", Number(v) as Score)}
          />
          <Choice
            id={`${id}-judge`}
            label="Could you judge a contractor's result?"
            value={task.judge}
            values={JUDGE_VALUES}
            labels={(v) => labels.judge[v]}
            onChange={(v) => set("judge", v as AuditTask["judge"])}
          />
          <Choice
            id={`${id}-contact`}
            label="Direct contact with customers?"
            value={task.contact}
            values={CONTACT_VALUES}
            labels={(v) => labels.contact[v]}
            onChange={(v) => set("contact", v as AuditTask["contact"])}
          />
          <Choice
            id={`${id}-family`}
            label="Kind of specialist"
            value={task.family}
            values={SKILL_FAMILIES}
            labels={(v) => labels.family[v]}
            onChange={(v) => setFamily(task.id, v as AuditTask["family"])}
          />
          <FigureField
            id={`${id}-rate`}
            label="Contractor's rate"
            name="The rate"
            max={LIMITS.rate}
            unit={`${currency} per hour`}
            value={task.rate}
            onChange={(v) => set("rate", v)}
          />
        </div>
        <p class="row-actions">
          <button
            type="button"
            class="secondary"
            disabled={index === 0}
            aria-label={`Move ${name} up`}
            onClick={() => moveTask(task.id, -1)}
          >
            Up
          </button>
          <button
            type="button"
            class="secondary"
            disabled={index === count - 1}
            aria-label={`Move ${name} down`}
            onClick={() => moveTask(task.id, 1)}
          >
            Down
          </button>
          <button
            type="button"
            class="secondary"
            aria-label={`Remove ${name}`}
            onClick={() => removeTask(task.id)}
          >
            Remove
          </button>
        </p>
      </fieldset>
    </li>
  );
}
