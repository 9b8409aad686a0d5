import { useStore } from "~/components/ui/use-store";
import { formatHours } from "~/lib/format/format-hours";
import { formatNumber } from "~/lib/format/format-number";
import { $locale } from "~/stores/break-even";
import { $worthTable } from "~/stores/break-even-charts";

/** "Is it worth the time": the most hand-over time that pays back, by frequency and minutes saved. */
export function WorthTable() {
  const table = useStore($worthTable, { defer: true });
  const locale = useStore($locale, { defer: true });
  return (
    // The caption sits outside the box that scrolls sideways, so on a phone it
    // wraps within the screen instead of running off with the table's width.
    <figure class="worth">
      <figcaption id="be-worth-caption">
        Is it worth the time? The most time worth spending on handing a task over, if it
        then saves you so many minutes each time, over{" "}
        {formatNumber(table.months, locale, 0)} months.
      </figcaption>
      {/* Focusable, so a keyboard can scroll it when it is wider than the screen. */}
      <div
        class="worth-scroll"
        role="region"
        aria-labelledby="be-worth-caption"
        tabIndex={0}
      >
        <table aria-labelledby="be-worth-caption">
          <thead>
            <tr>
              <th scope="col">How often</th>
              {table.minutesSaved.map((m) => (
                <th key={m} scope="col">
                  saves {formatHours(m, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.frequency.id}>
                <th scope="row">{row.frequency.label}</th>
                {row.setupMinutes.map((minutes, i) => (
                  <td key={i}>{formatHours(minutes, locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
