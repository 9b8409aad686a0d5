/**
 * Constructing an Intl formatter costs far more than using one, and the tools
 * re-render on every keystroke, so formatters are kept in a small map keyed by
 * locale and options. The map is capped because the key space (any locale
 * string a browser reports) is open-ended.
 */
const MAX_ENTRIES = 64;
const cache = new Map<string, Intl.NumberFormat>();

/** Locale used when the reader's locale is not a well-formed language tag. */
export const FALLBACK_LOCALE = "en-US";

const keyOf = (locale: string, options: Intl.NumberFormatOptions) =>
  `${locale}|${JSON.stringify(options)}`;

/**
 * Returns a shared `Intl.NumberFormat` for `locale` and `options`. A malformed
 * locale falls back to {@link FALLBACK_LOCALE} instead of throwing, so a
 * strange `navigator.language` can never break a page.
 */
export function cachedNumberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = keyOf(locale, options);
  let format = cache.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat(FALLBACK_LOCALE, options);
    }
    if (cache.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order, so this drops the oldest entry.
      const oldest = cache.keys().next();
      if (oldest.done !== true) cache.delete(oldest.value);
    }
    cache.set(key, format);
  }
  return format;
}

/** `value` formatted for `locale` with `options`. */
export function formatWith(
  locale: string,
  options: Intl.NumberFormatOptions,
  value: number,
): string {
  return cachedNumberFormat(locale, options).format(value);
}
