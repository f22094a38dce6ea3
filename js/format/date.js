// @ts-check
// date: a moment in a locale's own words, through Intl.DateTimeFormat's dateStyle and timeStyle
// ("full" | "long" | "medium" | "short" | null; at least one of them set), in an IANA time zone.
// Values: epoch ms, numeric strings, ISO 8601 strings (no offset = UTC). The Python twin is
// dashclient/_format/dates.py.
import { defineFunction } from "../core/define.js";
import { intl } from "./intl-cache.js";
import { FALLBACK, LOCALE, RETURNS, VALUE_TO_TEXT, invalid } from "./options.js";
import { toEpochMs } from "./value.js";

const STYLES = ["full", "long", "medium", "short"];

export const date = defineFunction({
  doc: "A moment as Intl.DateTimeFormat writes it with dateStyle/timeStyle, in an IANA time zone.",
  signature: VALUE_TO_TEXT,
  returns: RETURNS,
  options: {
    locale: LOCALE,
    date_style: { type: "enum", enum: STYLES, nullable: true, default: "medium", doc: "None: no date" },
    time_style: { type: "enum", enum: STYLES, nullable: true, default: null, doc: "None: no time" },
    time_zone: { type: "time_zone", default: "UTC", doc: "IANA name" },
    fallback: FALLBACK,
  },
  constraints: [{ not_all_null: ["date_style", "time_style"] }, { check: "twin_calendar" }, { check: "zone_names" }],
  invalid,
  compile: ({ locale, date_style, time_style, time_zone, fallback }) => {
    /** @type {Intl.DateTimeFormatOptions} */
    const intlOptions = { timeZone: time_zone };
    if (date_style) intlOptions.dateStyle = date_style;
    if (time_style) intlOptions.timeStyle = time_style;
    const formatter = intl(Intl.DateTimeFormat, locale, intlOptions);
    return (/** @type {unknown} */ value) => {
      const time = toEpochMs(value);
      if (time === null) return fallback;
      try {
        return formatter.format(time);
      } catch (_) {
        return fallback;
      }
    };
  },
});
