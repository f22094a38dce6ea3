// @ts-check
// relative_time: how far a moment is from `now`, in the locale's words ("in 3 days", "2 hr. ago",
// "yesterday"), through Intl.RelativeTimeFormat. The Python twin is dashclient/_format/relative_time.py.
//
// Unit rule (the same on both sides): the magnitude of the difference value - now picks the unit
//   < 1 minute -> seconds, < 1 hour -> minutes, < 1 day -> hours, < 7 days -> days,
//   < 30 days -> weeks, < 365 days -> months (of 30 days), otherwise years (of 365 days),
// and the count is rounded half away from zero; when rounding reaches the unit's bound
// (59.5 s -> 60 s) the next unit is used instead ("1 minute").
// A negative difference reads as the past even when it rounds to 0 ("0 seconds ago").
import { intl } from "./intl-cache.js";
import { fallbackOf, toEpochMs } from "./value.js";

export const RELATIVE_TIME_DEFAULTS = {
  locale: "en-US",
  now: /** @type {number | string | null} */ (null),
  numeric: /** @type {string} */ ("always"),
  style: /** @type {string} */ ("long"),
  fallback: "",
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Units from the smallest: [unit, its length in ms, the magnitude from which the next unit takes over].
 * @type {ReadonlyArray<[Intl.RelativeTimeFormatUnit, number, number]>}
 */
export const UNITS = [
  ["second", SECOND, MINUTE],
  ["minute", MINUTE, HOUR],
  ["hour", HOUR, DAY],
  ["day", DAY, 7 * DAY],
  ["week", 7 * DAY, 30 * DAY],
  ["month", 30 * DAY, 365 * DAY],
  ["year", 365 * DAY, Infinity],
];

/**
 * The unit and signed count for a difference in ms: the first unit whose bound the magnitude is
 * below, moving up a unit when the count, rounded half away from zero, reaches that bound
 * (59.6 s is "1 minute", not "60 seconds"; 30 days is "1 month", 365 days "1 year").
 * @param {number} diff value - now, in ms
 * @returns {[Intl.RelativeTimeFormatUnit, number]}
 */
export function selectUnit(diff) {
  const magnitude = Math.abs(diff);
  for (const [unit, length, below] of UNITS) {
    if (magnitude >= below) continue;
    const exact = magnitude / length;
    const whole = Math.floor(exact);
    const count = exact - whole >= 0.5 ? whole + 1 : whole;
    // -0 when a past difference rounds to 0: "0 seconds ago".
    if (count * length < below) return [unit, diff < 0 ? -count : count];
  }
  throw new RangeError("unreachable: the last unit has no bound");
}

/**
 * @param {unknown} value
 * @param {Partial<typeof RELATIVE_TIME_DEFAULTS>} [options]
 * @returns {string}
 */
export function relativeTime(value, options = {}) {
  const { locale, now, numeric, style } = { ...RELATIVE_TIME_DEFAULTS, ...options };
  const time = toEpochMs(value);
  const origin = now === null || now === undefined ? Date.now() : toEpochMs(now);
  if (time === null || origin === null) return fallbackOf(options);
  try {
    const [unit, count] = selectUnit(time - origin);
    const intlOptions = /** @type {Intl.RelativeTimeFormatOptions} */ ({ numeric, style });
    return intl(Intl.RelativeTimeFormat, locale, intlOptions).format(count, unit);
  } catch (_) {
    return fallbackOf(options);
  }
}
