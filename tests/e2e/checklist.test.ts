// The contract checklist is meant for paper: printed on A4 or Letter it fits
// one page, shows where the guide lives, and leaves the on-screen hints out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openContext } from "./browser";

let session: Awaited<ReturnType<typeof openContext>>;
beforeAll(async () => {
  session = await openContext();
});
afterAll(() => session.close());

/** Pages in a PDF: each page object has /Type /Page (the tree itself is /Pages). */
const pageCount = (pdf: Buffer) =>
  pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;

describe("the printable contract checklist", () => {
  it.each(["A4", "Letter"] as const)("prints on one %s page", async (format) => {
    const { page } = session;
    await page.goto("/checklists/contract/");
    const pdf = await page.pdf({ format });
    expect(pageCount(pdf)).toBe(1);
  });

  it("prints every tick box and the guide's address, without the screen-only hint", async () => {
    const { page } = session;
    await page.goto("/checklists/contract/");
    await page.emulateMedia({ media: "print" });
    const boxes = page.locator(".ticks li");
    expect(await boxes.count()).toBeGreaterThan(15);
    await expect
      .poll(() => page.getByText("/guide/contracts-payment-and-the-law/").isVisible())
      .toBe(true);
    expect(await page.getByText("Print it from your browser").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
  });

  it("comes with a guide whose collapsed boxes print open", async () => {
    const { page } = session;
    await page.goto("/guide/contracts-payment-and-the-law/");
    const boxText = page.getByText("Several states are stricter.");
    expect(await boxText.isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    await expect.poll(() => boxText.isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
  });
});
