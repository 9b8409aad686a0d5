import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A fixture from tests/fixtures/onboarding/, read as UTF-8 with its bytes intact. */
export function readFixture(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../../fixtures/onboarding/${name}`, import.meta.url)),
    "utf8",
  );
}
