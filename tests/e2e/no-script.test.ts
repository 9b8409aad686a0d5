// A reader whose browser runs no script (turned off, blocked, or failed) is
// told so on each tool's page, and sees no controls that could do nothing.
import { afterEach, describe, expect, it } from "vitest";
import { openContext } from "./browser";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** Each page and words of its notice. */
const CASES: readonly (readonly [path: string, notice: string])[] = [
  ["/tools/break-even/", "The interactive calculator needs JavaScript"],
  ["/tools/scorecard/", "The interactive scorecard needs JavaScript"],
  ["/tools/onboarding/", "The interactive checklist needs JavaScript"],
  ["/embed/break-even/", "The calculator needs JavaScript to run."],
  ["/embed/scorecard/", "The scorecard needs JavaScript to run."],
  ["/embed/onboarding/", "The checklist needs JavaScript to run."],
];

describe("tool and embed pages without JavaScript", () => {
  it.each(CASES)("%s says what it needs and hides the tool", async (path, notice) => {
    const session = await openContext({ javaScriptEnabled: false });
    close = session.close;
    await session.page.goto(path);
    expect(await session.page.getByText(notice).isVisible()).toBe(true);
    expect(await session.page.locator(".tool").first().isVisible()).toBe(false);
  });
});
