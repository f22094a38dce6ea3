// @ts-check
// dashclient_format: locale-aware formatters. Each takes one value and an options object and
// returns a string, never throwing: unformattable values give the `fallback` option ("").
import { number, NUMBER_DEFAULTS } from "./format/number.js";

/** Functions of the namespace, by their public (snake_case) names. */
export const FUNCTIONS = { number };

/** Default options of each function: the one source the Python side reads (via spec.json). */
export const DEFAULTS = { number: NUMBER_DEFAULTS };
