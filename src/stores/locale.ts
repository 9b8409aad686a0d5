import { atom } from "nanostores";

/**
 * The reader's locale for numbers, money and dates. "en-US" on the server and
 * in the first client render, so hydration matches; a tool's start action sets
 * it with {@link adoptReaderLocale}.
 */
export const $locale = atom("en-US");

/** Switches to the browser's locale (call from a tool's start action). */
export function adoptReaderLocale(): string {
  const locale = (typeof navigator !== "undefined" && navigator.language) || "en-US";
  $locale.set(locale);
  return locale;
}
