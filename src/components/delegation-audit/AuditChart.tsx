// How good you are at each task (across) against how core it is (up), one
// mark per task sized by its hours, the four quadrants named. Loaded when it
// scrolls near. The table under it says the same in words, for screen
// readers and for anyone who prefers it; both print.
import { useStore } from "~/components/ui/use-store";
import { taskDisplayName } from "~/lib/delegation-audit/audit";
import { GROUPS } from "~/lib/delegation-audit/place-task";
import { formatNumber } from "~/lib/format/format-number";
import { $locale, $result } from "~/stores/delegation-audit";
import { GROUP_TITLES } from "./group-titles";

const SIZE = 320;
const PAD = 36;
const STEP = (SIZE - 2 * PAD) / 4;
/** Where rating `r` (1-5) sits on an axis; `up` puts 5 at the top. */
const at = (r: number, up = false) =>
  up ? SIZE - PAD - (r - 1) * STEP : PAD + (r - 1) * STEP;
/** A mark's radius: its area grows with the hours, within readable bounds. */
const radius = (hours: number) => Math.min(22, 5 + 4 * Math.sqrt(hours));

// Each quadrant's name, in its outer corner inside the frame.
const QUADRANTS = [
  { x: PAD + 4, y: SIZE - PAD - 6, anchor: "start", text: "Hand over first" },
  { x: SIZE - PAD - 4, y: SIZE - PAD - 6, anchor: "end", text: "When short of time" },
  { x: PAD + 4, y: PAD + 14, anchor: "start", text: "Expert help, your decisions" },
  { x: SIZE - PAD - 4, y: PAD + 14, anchor: "end", text: "Keep" },
] as const;

export function AuditChart() {
  const result = useStore($result);
  const locale = useStore($locale);
  const placed = GROUPS.flatMap((g) => result.groups[g]).sort(
    (a, b) => a.index - b.index,
  );
  if (placed.length === 0) return null;
  // Tasks with the same two ratings share a spot: spread them round it.
  const spot = new Map<string, number>();
  const same = new Map<string, number>();
  for (const p of placed) {
    const key = `${p.task.skill}-${p.task.core}`;
    same.set(key, (same.get(key) ?? 0) + 1);
  }
  const mid = at(3.5);
  return (
    <figure class="audit-chart">
      <figcaption id="da-chart-title">
        How good you are at each task against how core it is; bigger marks take more
        hours.
      </figcaption>
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-labelledby="da-chart-title"
        aria-describedby="da-chart-table"
      >
        <rect
          class="q-first"
          x={PAD}
          y={mid}
          width={mid - PAD}
          height={SIZE - PAD - mid}
        />
        <rect
          class="q-keep"
          x={mid}
          y={PAD}
          width={SIZE - PAD - mid}
          height={mid - PAD}
        />
        <line x1={mid} y1={PAD} x2={mid} y2={SIZE - PAD} />
        <line x1={PAD} y1={mid} x2={SIZE - PAD} y2={mid} />
        <rect
          class="frame"
          x={PAD}
          y={PAD}
          width={SIZE - 2 * PAD}
          height={SIZE - 2 * PAD}
        />
        {QUADRANTS.map((q) => (
          <text key={q.text} class="quadrant" x={q.x} y={q.y} text-anchor={q.anchor}>
            {q.text}
          </text>
        ))}
        <text class="axis" x={SIZE / 2} y={SIZE - 4} text-anchor="middle">
          How good you are at it →
        </text>
        <text
          class="axis"
          x={12}
          y={SIZE / 2}
          text-anchor="middle"
          transform={`rotate(-90 12 ${SIZE / 2})`}
        >
          How core it is →
        </text>
        {placed.map((p) => {
          const key = `${p.task.skill}-${p.task.core}`;
          const n = spot.get(key) ?? 0;
          spot.set(key, n + 1);
          const count = same.get(key) ?? 1;
          const angle = (2 * Math.PI * n) / count;
          const shift = count > 1 ? 14 : 0;
          const x = at(p.task.skill) + shift * Math.cos(angle);
          const y = at(p.task.core, true) + shift * Math.sin(angle);
          return (
            <g key={p.task.id} class={`mark ${p.group}`}>
              <circle cx={x} cy={y} r={radius(p.hoursPerWeek)} />
              <text x={x} y={y + 4} text-anchor="middle">
                {p.index + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <section class="table-scroll" tabIndex={0} aria-labelledby="da-chart-table-title">
        <table id="da-chart-table" class="chart-table">
          <caption id="da-chart-table-title">The chart as a table</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Task</th>
              <th scope="col">Good at (1-5)</th>
              <th scope="col">Core (1-5)</th>
              <th scope="col">Hours a week</th>
              <th scope="col">Group</th>
            </tr>
          </thead>
          <tbody>
            {placed.map((p) => (
              <tr key={p.task.id}>
                <td>{p.index + 1}</td>
                <th scope="row">{taskDisplayName(p.task, p.index)}</th>
                <td>{p.task.skill}</td>
                <td>{p.task.core}</td>
                <td>{formatNumber(p.hoursPerWeek, locale, 1)}</td>
                <td>{GROUP_TITLES[p.group]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </figure>
  );
}
