// @ts-check
// date: a moment in a locale's own words, through Intl.DateTimeFormat's dateStyle and timeStyle
// ("full" | "long" | "medium" | "short" | null; at least one of them set), in an IANA time zone.
// Values: epoch ms, numeric strings, ISO 8601 strings (no offset = UTC). The Python twin is
// dashclient/_format/dates.py.
import { intl } from "./intl-cache.js";
import { fallbackOf, toEpochMs } from "./value.js";

export const DATE_DEFAULTS = {
  locale: "en-US",
  date_style: /** @type {string | null} */ ("medium"),
  time_style: /** @type {string | null} */ (null),
  time_zone: "UTC",
  fallback: "",
};

/**
 * @param {unknown} value
 * @param {Partial<typeof DATE_DEFAULTS>} [options]
 * @returns {string}
 */
export function date(value, options = {}) {
  const { locale, date_style, time_style, time_zone } = { ...DATE_DEFAULTS, ...options };
  const time = toEpochMs(value);
  if (time === null || (!date_style && !time_style)) return fallbackOf(options);
  /** @type {Intl.DateTimeFormatOptions} */
  const intlOptions = { timeZone: time_zone };
  if (date_style) intlOptions.dateStyle = /** @type {any} */ (date_style);
  if (time_style) intlOptions.timeStyle = /** @type {any} */ (time_style);
  try {
    return intl(Intl.DateTimeFormat, locale, intlOptions).format(time);
  } catch (_) {
    return fallbackOf(options);
  }
}
