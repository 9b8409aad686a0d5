import { describe, expect, it } from "vitest";
import {
  contractorInFragment,
  hasContractorKey,
  withContractor,
} from "~/lib/onboarding/contractor-fragment";

describe("contractorInFragment", () => {
  it("reads the name next to a coach's note, with or without the #", () => {
    expect(contractorInFragment("#note=Hi&to=Priya")).toBe("Priya");
    expect(contractorInFragment("to=Jo%20Ann")).toBe("Jo Ann");
  });

  it("has no name for a plain anchor or an empty fragment", () => {
    expect(contractorInFragment("#ob-exports")).toBeNull();
    expect(contractorInFragment("")).toBeNull();
  });

  it("never throws on malformed escapes", () => {
    expect(() => contractorInFragment("#to=%E0%A4%A")).not.toThrow();
  });
});

describe("withContractor", () => {
  it("sets the name and keeps the rest of the fragment", () => {
    const hash = withContractor("#note=Read%20this", "Priya & Co");
    expect(contractorInFragment(hash)).toBe("Priya & Co");
    expect(new URLSearchParams(hash.slice(1)).get("note")).toBe("Read this");
  });

  it("takes the name out for a blank one, leaving no bare #", () => {
    expect(withContractor("#to=Priya", "  ")).toBe("");
    expect(hasContractorKey(withContractor("#to=Priya&note=x", ""))).toBe(false);
  });
});
