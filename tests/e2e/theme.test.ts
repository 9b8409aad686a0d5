// The theme: follows the system until the reader picks light or dark with the
// header's button (system → light → dark → system), which says the current one;
// a choice is remembered and applies before the first paint (no flash).
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
    await session.page.getByRole("button", { name: "Theme: System" }).waitFor();
  });

  it("switches with the toggle, remembers it, and applies it before first paint", async () => {
    const session = await openContext({ colorScheme: "light" });
    close = session.close;
    const { page } = session;
    await page.goto("/guide/");
    expect(await page.evaluate(background)).toBe("rgb(251, 250, 247)");
    await page.getByRole("button", { name: "Theme: System" }).click();
    await page.getByRole("button", { name: "Theme: Light" }).click();
    expect(await page.evaluate(background)).toBe("rgb(18, 20, 22)");
    expect(await page.getByRole("status").filter({ hasText: "Theme" }).innerText()).toBe(
      "Theme: Dark",
    );
    await page.getByRole("button", { name: "Theme: Dark" }).waitFor();

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

  it("goes back to following the system, and forgets the choice", async () => {
    const session = await openContext({ colorScheme: "dark" });
    close = session.close;
    const { page } = session;
    await page.goto("/");
    await page.getByRole("button", { name: "Theme: System" }).click();
    // Light, pinned over the system's dark.
    expect(await page.evaluate(background)).toBe("rgb(251, 250, 247)");
    await page.getByRole("button", { name: "Theme: Light" }).click();
    await page.getByRole("button", { name: "Theme: Dark" }).click();
    await page.getByRole("button", { name: "Theme: System" }).waitFor();
    expect(await page.getByRole("status").filter({ hasText: "Theme" }).innerText()).toBe(
      "Theme: System, as your device is set",
    );
    expect(await page.evaluate(() => localStorage.getItem("handoff-theme"))).toBeNull();
    await page.reload();
    await page.getByRole("button", { name: "Theme: System" }).waitFor();
    expect(await page.evaluate(background)).toBe("rgb(18, 20, 22)");
  });

  it("hides the toggle when JavaScript is off, since it could do nothing", async () => {
    const session = await openContext({ javaScriptEnabled: false });
    close = session.close;
    await session.page.goto("/");
    expect(await session.page.locator("[data-theme-toggle]").isVisible()).toBe(false);
  });
});
