import { FALLBACK_LOCALE } from "./cached-number-format";

// Same reasoning as cachedNumberFormat: construction is slow, use is cheap.
const MAX_ENTRIES = 32;
const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * Returns a shared `Intl.DateTimeFormat` for `locale` and `options`, falling
 * back to {@link FALLBACK_LOCALE} when the locale is malformed.
 */
export function cachedDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat(FALLBACK_LOCALE, options);
    }
    if (cache.size >= MAX_ENTRIES) {
      const oldest = cache.keys().next();
      if (oldest.done !== true) cache.delete(oldest.value);
    }
    cache.set(key, format);
  }
  return format;
}
