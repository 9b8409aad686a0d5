// A reader whose browser runs no script (turned off, blocked, or failed) is
// told so on each tool's page, and sees no controls that could do nothing.
import { afterEach, describe, expect, it } from "vitest";
import { TOOLS } from "../../src/lib/tools/tool-catalogue";
import { openContext } from "./browser";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** Each registered tool's page and embed, and the words of its notice. */
const CASES: readonly (readonly [path: string, notice: string])[] = TOOLS.flatMap(
  (tool) => [
    [tool.path, tool.page.noScript] as const,
    [tool.embedPath, tool.embed.noScript] as const,
  ],
);

describe("tool and embed pages without JavaScript", () => {
  it.each(CASES)("%s says what it needs and hides the tool", async (path, notice) => {
    const session = await openContext({ javaScriptEnabled: false });
    close = session.close;
    await session.page.goto(path);
    expect(await session.page.getByText(notice).isVisible()).toBe(true);
    expect(await session.page.locator(".tool").first().isVisible()).toBe(false);
  });
});
