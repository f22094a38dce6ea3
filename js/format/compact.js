// @ts-check
// compact: a number in the locale's compact notation ("1.2K", "1.2 thousand", "1,2 Mio.", "123万"),
// as Intl.NumberFormat writes it (notation "compact": two significant digits, or none after the
// point when the integer part already has more). The Python twin is dashclient/_format/compact.py.
import { intl } from "./intl-cache.js";
import { numericFormatter } from "./value.js";

/** display: "short" ("1.2K") | "long" ("1.2 thousand"). */
export const COMPACT_DEFAULTS = { locale: "en-US", display: "short", fallback: "" };

/**
 * @param {unknown} value a number or numeric string
 * @param {Partial<typeof COMPACT_DEFAULTS>} [options]
 * @returns {string}
 */
export const compact = numericFormatter(COMPACT_DEFAULTS, (n, { locale, display }) => {
  return intl(Intl.NumberFormat, locale, { notation: "compact", compactDisplay: display }).format(n);
});
