// @ts-check
// dashclient_format: locale-aware formatters. Each takes one value and an options object and
// returns a string, never throwing: unformattable values give the `fallback` option ("").
import { number, NUMBER_DEFAULTS } from "./format/number.js";
import { currency, CURRENCY_DEFAULTS } from "./format/currency.js";
import { percent, PERCENT_DEFAULTS } from "./format/percent.js";
import { compact, COMPACT_DEFAULTS } from "./format/compact.js";
import { bytes, BYTES_DEFAULTS } from "./format/bytes.js";
import { date, DATE_DEFAULTS } from "./format/date.js";
import { relativeTime, RELATIVE_TIME_DEFAULTS } from "./format/relative-time.js";

/** Functions of the namespace, by their public (snake_case) names. */
export const FUNCTIONS = { number, currency, percent, compact, bytes, date, relative_time: relativeTime };

/** Default options of each function: the one source the Python side reads (via spec.json). */
export const DEFAULTS = {
  number: NUMBER_DEFAULTS,
  currency: CURRENCY_DEFAULTS,
  percent: PERCENT_DEFAULTS,
  compact: COMPACT_DEFAULTS,
  bytes: BYTES_DEFAULTS,
  date: DATE_DEFAULTS,
  relative_time: RELATIVE_TIME_DEFAULTS,
};
