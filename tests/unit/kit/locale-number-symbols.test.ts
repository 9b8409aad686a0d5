import { describe, expect, it } from "vitest";
import { localeNumberSymbols } from "~/lib/number/locale-number-symbols";

describe("localeNumberSymbols", () => {
  it("reads a decimal point and comma groups in en-US", () => {
    const symbols = localeNumberSymbols("en-US");
    expect(symbols.decimal).toBe(".");
    expect(symbols.group).toEqual([","]);
    expect(symbols.indianGrouping).toBe(false);
  });

  it("reads a decimal comma and dot groups in de-DE", () => {
    const symbols = localeNumberSymbols("de-DE");
    expect(symbols.decimal).toBe(",");
    expect(symbols.group).toEqual(["."]);
  });

  it("accepts any kind of space as the group separator in fr-FR", () => {
    const { group } = localeNumberSymbols("fr-FR");
    expect(group).toEqual(expect.arrayContaining([" ", "\u00a0", "\u202f"]));
  });

  it("accepts both apostrophes as the group separator in de-CH", () => {
    expect(localeNumberSymbols("de-CH").group).toEqual(["'", "\u2019"]);
  });

  it("spots Indian grouping in en-IN", () => {
    expect(localeNumberSymbols("en-IN").indianGrouping).toBe(true);
  });

  it("lists the locale's own digits in ar-EG", () => {
    expect(localeNumberSymbols("ar-EG").digits.join("")).toBe("٠١٢٣٤٥٦٧٨٩");
    expect(localeNumberSymbols("en-US").digits.join("")).toBe("0123456789");
  });
});
