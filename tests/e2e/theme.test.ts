// Dark mode: follows the system, the toggle overrides it and is remembered,
// and the saved choice applies before the first paint (no flash).
import { afterEach, describe, expect, it } from "vitest";
import { openContext } from "./browser";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
});

const background = () => getComputedStyle(document.body).backgroundColor;

describe("the theme", () => {
  it("follows the system's dark preference without any choice saved", async () => {
    const session = await openContext({ colorScheme: "dark" });
    close = session.close;
    await session.page.goto("/");
    expect(await session.page.evaluate(background)).toBe("rgb(18, 20, 22)");
    expect(await session.page.getAttribute("[data-theme-toggle]", "aria-pressed")).toBe(
      "true",
    );
  });

  it("switches with the toggle, remembers it, and applies it before first paint", async () => {
    const session = await openContext({ colorScheme: "light" });
    close = session.close;
    const { page } = session;
    await page.goto("/guide/");
    expect(await page.evaluate(background)).toBe("rgb(251, 250, 247)");
    await page.getByRole("button", { name: "Dark theme" }).click();
    expect(await page.evaluate(background)).toBe("rgb(18, 20, 22)");
    expect(await page.getAttribute("[data-theme-toggle]", "aria-pressed")).toBe("true");

    // Record the theme the moment <body> starts, before any deferred script.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string }).themeAtBody =
          document.documentElement.dataset["theme"] ?? "none";
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto("/mistakes/");
    expect(
      await page.evaluate(
        () => (window as unknown as { themeAtBody: string }).themeAtBody,
      ),
    ).toBe("dark");
    expect(await page.evaluate(background)).toBe("rgb(18, 20, 22)");
  });

  it("hides the toggle when JavaScript is off, since it could do nothing", async () => {
    const session = await openContext({ javaScriptEnabled: false });
    close = session.close;
    await session.page.goto("/");
    expect(await session.page.locator("[data-theme-toggle]").isVisible()).toBe(false);
  });
});
