// How good you are at each task (across) against how core it is (up), one
// mark per task sized by its hours, the four quadrants named. Loaded when it
// scrolls near. The table under it says the same in words, for screen
// readers and for anyone who prefers it; both print.
import { useStore } from "~/components/ui/use-store";
import { taskDisplayName } from "~/lib/delegation-audit/audit";
import { placedTasks } from "~/lib/delegation-audit/audit-result";
import { formatNumber } from "~/lib/format/format-number";
import { $locale, $result } from "~/stores/delegation-audit";
import { GROUP_TITLES } from "./group-titles";

const SIZE = 360;
// The frame: room on the left for the axis title, above and below for the
// quadrants' names, and below them for the other axis title.
const X0 = 24;
const X1 = SIZE - 8;
const Y0 = 20;
const Y1 = SIZE - 40;
/** Room inside the frame so the largest mark at a rating of 1 or 5 stays inside. */
const INSET = 26;
/** Where rating `r` (1-5) sits across. */
const atX = (r: number) => X0 + INSET + ((r - 1) * (X1 - X0 - 2 * INSET)) / 4;
/** Where rating `r` (1-5) sits up, 5 at the top. */
const atY = (r: number) => Y1 - INSET - ((r - 1) * (Y1 - Y0 - 2 * INSET)) / 4;
/** A mark's radius: its area grows with the hours, within readable bounds. */
const radius = (hours: number) => Math.min(22, 5 + 4 * Math.sqrt(hours));

// Each quadrant's name, outside its outer corner so no mark covers it.
const QUADRANTS = [
  { x: X0, y: Y1 + 13, anchor: "start", text: "Hand over first" },
  { x: X1, y: Y1 + 13, anchor: "end", text: "When short of time" },
  { x: X0, y: Y0 - 6, anchor: "start", text: "Expert help, your decisions" },
  { x: X1, y: Y0 - 6, anchor: "end", text: "Keep" },
] as const;

export function AuditChart() {
  const result = useStore($result);
  const locale = useStore($locale);
  const placed = placedTasks(result);
  if (placed.length === 0) return null;
  // Tasks with the same two ratings share a spot: spread them round it.
  const spot = new Map<string, number>();
  const same = new Map<string, number>();
  for (const p of placed) {
    const key = `${p.task.skill}-${p.task.core}`;
    same.set(key, (same.get(key) ?? 0) + 1);
  }
  const midX = atX(3.5);
  const midY = atY(3.5);
  return (
    <figure class="audit-chart">
      <figcaption id="da-chart-title">
        How good you are at each task against how core it is; bigger marks take more
        hours. The table below lists the same.
      </figcaption>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby="da-chart-title">
        <rect class="q-first" x={X0} y={midY} width={midX - X0} height={Y1 - midY} />
        <rect class="q-keep" x={midX} y={Y0} width={X1 - midX} height={midY - Y0} />
        <line x1={midX} y1={Y0} x2={midX} y2={Y1} />
        <line x1={X0} y1={midY} x2={X1} y2={midY} />
        <rect class="frame" x={X0} y={Y0} width={X1 - X0} height={Y1 - Y0} />
        {QUADRANTS.map((q) => (
          <text key={q.text} class="quadrant" x={q.x} y={q.y} text-anchor={q.anchor}>
            {q.text}
          </text>
        ))}
        <text class="axis" x={(X0 + X1) / 2} y={SIZE - 4} text-anchor="middle">
          How good you are at it →
        </text>
        <text
          class="axis"
          x={12}
          y={(Y0 + Y1) / 2}
          text-anchor="middle"
          transform={`rotate(-90 12 ${(Y0 + Y1) / 2})`}
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
          const x = atX(p.task.skill) + shift * Math.cos(angle);
          const y = atY(p.task.core) + shift * Math.sin(angle);
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
