// The tools in browsers set to other languages. The site is written in English,
// so every word (units, month names) stays English, while digits and decimal
// marks follow the reader's locale, as in the fields they type into (README,
// "Numbers and languages"). The currency stays the dollars the default amounts
// are sized in until the reader picks another.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { openContext } from "./browser";

const LOCALES = ["de-DE", "fr-FR", "ja-JP", "hi-IN", "ar-EG"] as const;

// The example: 52 weeks of a 60-minute task, setup 120, review 10,
// so 3,120 − 640 = 2,480 minutes, 41.3 hours, come back.
const CALCULATOR =
  "/tools/break-even/?v=1&do=60&freq=1&per=week&months=12&setup=120&review=10&price=25&value=60";

let sessions: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  sessions = [];
});

async function open(locale: string) {
  const session = await openContext({ locale });
  sessions.push(session);
  return session;
}

/** Letters that are not Latin script: any word in another language's writing. */
const foreignLetters = (text: string) =>
  [...text].filter((ch) => /\p{L}/u.test(ch) && !/\p{Script=Latin}/u.test(ch));

const FOREIGN_WORDS = /\b(Stunden?|Minuten?|heures?|minutes? et|janv|févr|mars 20)\b/;

const toolText = (page: Page, selector: string) =>
  page.locator(selector).first().innerText();

describe.each(LOCALES)("in a %s browser", (locale) => {
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);

  it("the calculator writes English units with the locale's digits, in dollars", async () => {
    const { page, problems } = await open(locale);
    await page.goto(CALCULATOR);
    await page.waitForSelector("astro-island:not([ssr])");
    // The island has adopted the locale once the hours read in its digits.
    const hours = `${number(41.3)} hours`;
    await page.getByText(hours).first().waitFor();
    const text = await toolText(page, ".tool");
    expect(foreignLetters(text)).toEqual([]);
    expect(text).not.toMatch(FOREIGN_WORDS);
    expect(await page.inputValue("#be-currency")).toBe("USD");
    expect(problems.consoleErrors).toEqual([]);
  });

  it("the calculator starts in dollars without a link, as its amounts are sized", async () => {
    const { page } = await open(locale);
    await page.goto("/tools/break-even/");
    await page.waitForSelector("astro-island:not([ssr])");
    await page.waitForSelector(".verdict");
    expect(await page.inputValue("#be-currency")).toBe("USD");
  });

  it("the checklist dates steps in English with the locale's digits", async () => {
    const { page } = await open(locale);
    await page.goto("/tools/onboarding/?v=1&start=2027-03-01&eng=project");
    const firstDay = page.locator('time[datetime="2027-03-01"]').first();
    await firstDay.waitFor();
    await expect
      .poll(() => firstDay.innerText())
      .toBe(
        new Intl.DateTimeFormat(
          `en-US-u-nu-${new Intl.NumberFormat(locale).resolvedOptions().numberingSystem}`,
          { dateStyle: "medium", timeZone: "UTC" },
        ).format(new Date("2027-03-01")),
      );
    const text = await toolText(page, ".tool");
    expect(foreignLetters(text)).toEqual([]);
    expect(text).not.toMatch(FOREIGN_WORDS);
  });
});
