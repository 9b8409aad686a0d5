import { describe, expect, it } from "vitest";
import { DEFAULT_CURRENCY, SUPPORTED_CURRENCIES } from "~/lib/format/default-currency";

describe("DEFAULT_CURRENCY", () => {
  it("is the dollar the defaults' amounts are sized in, and one the pickers offer", () => {
    expect(DEFAULT_CURRENCY).toBe("USD");
    expect(SUPPORTED_CURRENCIES).toContain(DEFAULT_CURRENCY);
  });
});
