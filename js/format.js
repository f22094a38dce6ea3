// @ts-check
// dashclient_format: locale-aware formatters. Each takes one value and an options object and
// returns a string, never throwing: unformattable values, and invalid options, give the
// `fallback` option ("").
import { number } from "./format/number.js";
import { currency } from "./format/currency.js";
import { percent } from "./format/percent.js";
import { compact } from "./format/compact.js";
import { bytes } from "./format/bytes.js";
import { date } from "./format/date.js";
import { relativeTime } from "./format/relative-time.js";
import { CHECKS, TYPES } from "./format/options.js";
import { callables, defaultsOfAll } from "./core/namespace.js";

/** Definitions of the namespace's functions, by their public (snake_case) names. */
export const DEFINITIONS = { number, currency, percent, compact, bytes, date, relative_time: relativeTime };

/** The domain types of their options, and the checks across them (schema.js). */
export { CHECKS, TYPES };

/** The functions as users call them: fn(value, options). */
export const FUNCTIONS = callables("format", DEFINITIONS, { ...TYPES, $checks: CHECKS });

/** Default options of each function, read from the schemas. */
export const DEFAULTS = defaultsOfAll(DEFINITIONS);
