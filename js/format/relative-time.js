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
import { defineFunction } from "../core/define.js";
import { intl } from "./intl-cache.js";
import { FALLBACK, LOCALE, RETURNS, VALUE_TO_TEXT, invalid } from "./options.js";
import { toEpochMs } from "./value.js";

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

export const relativeTime = defineFunction({
  doc: "How far a moment is from now, as Intl.RelativeTimeFormat writes it ('in 3 days', 'yesterday').",
  signature: VALUE_TO_TEXT,
  returns: RETURNS,
  options: {
    locale: LOCALE,
    now: { type: "moment", nullable: true, default: null, doc: "epoch ms or ISO 8601; None: the time of the call" },
    numeric: { type: "enum", enum: ["always", "auto"], default: "always", doc: "auto: 'yesterday' for -1 day" },
    style: { type: "enum", enum: ["long", "short", "narrow"], default: "long" },
    fallback: FALLBACK,
  },
  invalid,
  compile: ({ locale, now, numeric, style, fallback }) => {
    const formatter = intl(Intl.RelativeTimeFormat, locale, /** @type {Intl.RelativeTimeFormatOptions} */ ({ numeric, style }));
    const fixedOrigin = now === null ? null : toEpochMs(now);
    return (/** @type {unknown} */ value) => {
      const time = toEpochMs(value);
      if (time === null) return fallback;
      try {
        const [unit, count] = selectUnit(time - (fixedOrigin ?? Date.now()));
        return formatter.format(count, unit);
      } catch (_) {
        return fallback;
      }
    };
  },
});
