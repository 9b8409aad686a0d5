import { describe, expect, it, vi } from "vitest";
import { formatWith } from "~/lib/format/cached-number-format";
import { formatMoney } from "~/lib/format/format-money";
import { formatHours } from "~/lib/format/format-hours";
import { formatNumber } from "~/lib/format/format-number";
import { plantSeeds, recordSeeds } from "~/lib/format/format-seeds";
import { localeNumberSymbols } from "~/lib/number/locale-number-symbols";
import { parseNumber } from "~/lib/number/parse-number";

// Each test uses its own locale: seeds and formatters are module-wide.

describe("format seeds", () => {
  it("records every text a render formats, cached formatters or not", () => {
    const render = () => {
      formatNumber(1234.5, "en-AU");
      formatMoney(920, "AUD", "en-AU");
      formatHours(14, "en-AU");
      localeNumberSymbols("en-AU");
    };
    const first = recordSeeds(render);
    // A second render formats the same texts through warm caches; it must
    // record them all again, or a page built second would get no seeds.
    const second = recordSeeds(render);
    expect(second).toEqual(first);
    expect(Object.values(first)).toEqual(
      expect.arrayContaining(["1,234.5", "$920", "14 minutes"]),
    );
    expect(Object.keys(first).some((key) => key.startsWith("symbols|en-AU"))).toBe(true);
  });

  it("records nothing outside a recording", () => {
    formatNumber(7, "en-IE");
    expect(recordSeeds(() => {})).toEqual({});
  });

  it("serves planted texts without making any Intl object", () => {
    const seeds = recordSeeds(() => {
      formatNumber(30, "en-NZ");
      formatMoney(23.84, "NZD", "en-NZ");
      formatHours(41.3 * 60, "en-NZ");
      localeNumberSymbols("en-NZ");
    });
    plantSeeds(seeds);
    const made = vi.spyOn(Intl, "NumberFormat");
    try {
      expect(formatNumber(30, "en-NZ")).toBe("30");
      expect(formatMoney(23.84, "NZD", "en-NZ")).toBe("$23.84");
      expect(formatHours(41.3 * 60, "en-NZ")).toBe("41.3 hours");
      expect(parseNumber("1,200.5", "en-NZ")).toMatchObject({ ok: true, value: 1200.5 });
      expect(made).not.toHaveBeenCalled();
      // Anything not recorded is formatted as usual.
      expect(formatNumber(31, "en-NZ")).toBe("31");
    } finally {
      made.mockRestore();
    }
  });

  it("keeps -0 and 0 apart, which print differently with signDisplay auto", () => {
    const options = { signDisplay: "auto" } as const;
    plantSeeds(recordSeeds(() => formatWith("en-ZA", options, -0)));
    expect(formatWith("en-ZA", options, 0)).toBe("0");
    expect(formatWith("en-ZA", options, -0)).toBe("-0");
  });
});
