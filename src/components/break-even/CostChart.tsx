import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useStore } from "~/components/ui/use-store";
import type { CostPoint } from "~/lib/break-even/cost-series";
import { niceTicks } from "~/lib/chart/nice-ticks";
import { formatHours } from "~/lib/format/format-hours";
import { formatMoney } from "~/lib/format/format-money";
import { formatNumber } from "~/lib/format/format-number";
import { $currency, $locale } from "~/stores/break-even";
import { $series } from "~/stores/break-even-charts";

/** The widest the chart is drawn (its CSS max-width, 44rem), and the narrowest. */
const MAX_W = 704;
const MIN_W = 280;
const H = 280;
/** Roughly how wide a character of the 13 px axis text is, to leave room for the labels. */
const CHAR_W = 7.5;

/**
 * The figure's width in CSS pixels, kept up to date. The chart is drawn at
 * exactly that width, one unit a pixel, so its 13 px text stays 13 px on a
 * phone instead of shrinking with a fixed-width drawing scaled to fit.
 */
function useWidth() {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(MAX_W);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () =>
      setWidth(Math.round(Math.min(MAX_W, Math.max(MIN_W, element.clientWidth))));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** Rows of the table alternative: about ten evenly spaced points plus the crossover. */
function tableRows(
  points: readonly CostPoint[],
  crossover: CostPoint | null,
): CostPoint[] {
  const every = Math.max(1, Math.ceil(points.length / 10));
  const rows = points.filter((_, i) => i % every === 0 || i === points.length - 1);
  if (crossover && !rows.some((p) => p.k === crossover.k)) rows.push(crossover);
  return rows.sort((a, b) => a.k - b.k);
}

/** Cumulative cost of both options over occurrences, crossover marked, with a table alternative. */
export function CostChart() {
  const series = useStore($series, { defer: true });
  const currency = useStore($currency, { defer: true });
  const locale = useStore($locale, { defer: true });
  const [ref, W] = useWidth();
  if (!series || series.points.length < 2) return null;
  const { points, crossover, horizon } = series;
  const fmt = (v: number) =>
    series.unit === "money" ? formatMoney(v, currency, locale) : formatHours(v, locale);
  const lastK = points.at(-1)!.k;
  const yTicks = niceTicks(
    Math.max(...points.map((p) => Math.max(p.yourself, p.delegated))),
  );
  const yMax = yTicks.at(-1)!;
  // Room on the left for the longest y label, so none is cut off.
  const M = {
    left: 12 + CHAR_W * Math.max(...yTicks.map((t) => fmt(t).length)),
    right: 12,
    top: 16,
    bottom: 44,
  };
  const x = (k: number) => M.left + (k / lastK) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / yMax) * (H - M.top - M.bottom);
  const line = (key: "yourself" | "delegated") =>
    points.map((p) => `${x(p.k).toFixed(1)},${y(p[key]).toFixed(1)}`).join(" ");
  // Whole counts only (a one-off's axis runs 0 to 1), fewer on a narrow screen.
  const xTicks = niceTicks(lastK, W < 480 ? 3 : 5).filter(
    (k) => k <= lastK && Number.isInteger(k),
  );
  // A label beside a point goes on whichever side has room, so it is never cut at an edge.
  const beside = (px: number, gap: number) =>
    px > W / 2
      ? { x: px - gap, "text-anchor": "end" as const }
      : { x: px + gap, "text-anchor": "start" as const };
  const captionId = "be-chart-caption";
  const summary = crossover
    ? `Delegating starts higher, because of the hand-over, and catches up with doing it yourself after ${formatNumber(crossover.k, locale, 0)} times.`
    : "Delegating starts higher, because of the hand-over, and does not catch up with doing it yourself on this chart.";
  return (
    <figure class="chart" ref={ref}>
      <figcaption id={captionId}>
        <strong>Cumulative cost{series.unit === "minutes" ? " in your time" : ""}</strong>
        : {summary}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={captionId}>
        {yTicks.map((t) => (
          <g key={`y${t}`} class="tick">
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text x={M.left - 8} y={y(t) + 4} text-anchor="end">
              {fmt(t)}
            </text>
          </g>
        ))}
        {xTicks.map((k) => (
          <text
            key={`x${k}`}
            class="tick"
            x={x(k)}
            y={H - M.bottom + 18}
            text-anchor="middle"
          >
            {formatNumber(k, locale, 0)}
          </text>
        ))}
        <text
          class="axis-label"
          x={(M.left + W - M.right) / 2}
          y={H - 6}
          text-anchor="middle"
        >
          Times the task is done
        </text>
        {horizon.k < lastK && (
          <g class="horizon">
            <line x1={x(horizon.k)} x2={x(horizon.k)} y1={M.top} y2={H - M.bottom} />
            <text {...beside(x(horizon.k), 4)} y={M.top + 12}>
              your horizon
            </text>
          </g>
        )}
        <polyline class="line yourself" points={line("yourself")} />
        <polyline class="line delegated" points={line("delegated")} />
        {crossover && (
          <g class="crossover">
            <circle cx={x(crossover.k)} cy={y(crossover.delegated)} r="6" />
            <text
              {...beside(x(crossover.k), 10)}
              y={y(crossover.delegated) + (y(crossover.delegated) > H / 2 ? -14 : 24)}
            >
              pays back here
            </text>
          </g>
        )}
      </svg>
      <p class="legend" aria-hidden="true">
        <span class="key yourself">Doing it yourself</span>
        <span class="key delegated">Delegating</span>
      </p>
      <details>
        <summary>Show the chart's numbers as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Times done</th>
              <th scope="col">Doing it yourself</th>
              <th scope="col">Delegating</th>
            </tr>
          </thead>
          <tbody>
            {tableRows(points, crossover).map((p) => (
              <tr key={p.k}>
                <th scope="row">{formatNumber(p.k, locale, 0)}</th>
                <td>{fmt(p.yourself)}</td>
                <td>{fmt(p.delegated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
