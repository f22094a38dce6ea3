// @ts-check
// What a formatter accepts. Everything else formats as the `fallback` option (default ""),
// so bad input never throws in the browser. The Python twin is dashclient/_format/values.py.

// A numeric string: optional sign, digits with an optional point (or a leading point), optional exponent.
const NUMERIC_STRING = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Read a value as a number: finite or infinite numbers and numeric strings (surrounding
 * whitespace allowed). null, undefined, "", NaN, booleans, objects and other strings give null.
 * @param {unknown} value
 * @returns {number | null}
 */
export function toNumber(value) {
  if (typeof value === "number") return Number.isNaN(value) ? null : value;
  if (typeof value === "string") {
    const text = value.trim();
    return NUMERIC_STRING.test(text) ? Number(text) : null;
  }
  return null;
}

// ISO 8601 as Dash apps send it: a date, optionally a time, optionally an offset.
// A value without an offset is read as UTC on both sides, whatever the browser's time zone.
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Read a value as epoch milliseconds: finite numbers (epoch ms), numeric strings, and ISO 8601
 * strings. Anything else, and out-of-range dates, give null.
 * @param {unknown} value
 * @returns {number | null}
 */
export function toEpochMs(value) {
  const number = toNumber(value);
  if (number !== null) return Number.isFinite(number) && isValidTime(number) ? number : null;
  if (typeof value !== "string") return null;
  const match = ISO_DATETIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0", offset] = match;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const ms = Number(frac.padEnd(3, "0").slice(0, 3));
  let time = utc(Number(y), month - 1, day, Number(h), Number(mi), Number(s), ms);
  if (offset && offset.toUpperCase() !== "Z") {
    const sign = offset[0] === "-" ? -1 : 1;
    const digits = offset.slice(1).replace(":", "");
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
  }
  return isValidTime(time) ? time : null;
}

/**
 * Date.UTC that takes years 0-99 literally (Date.UTC maps them to 1900-1999).
 * @param {number} year @param {number} month0 @param {number} [day]
 * @param {number} [h] @param {number} [mi] @param {number} [s] @param {number} [ms]
 */
function utc(year, month0, day = 1, h = 0, mi = 0, s = 0, ms = 0) {
  const date = new Date(0);
  date.setUTCFullYear(year, month0, day);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

/** @param {number} year @param {number} month 1-12 */
function daysInMonth(year, month) {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

// ECMAScript's time range is ±8.64e15 ms; Python's datetime stops at years 1 and 9999:
// keep to what both can represent.
const MIN_TIME = utc(1, 0, 1);
const MAX_TIME = utc(9999, 11, 31, 23, 59, 59, 999);

/** @param {number} time */
function isValidTime(time) {
  return time >= MIN_TIME && time <= MAX_TIME;
}

/**
 * The string shown when a value cannot be formatted.
 * @param {{fallback?: unknown}} options
 */
export function fallbackOf(options) {
  return options && typeof options.fallback === "string" ? options.fallback : "";
}

/**
 * Compile a formatter of numbers that never throws, as its Python twin never raises
 * (numeric_formatter in values.py): `build(options)` runs once per binding and returns the
 * per-value `format(n)`; non-numbers, and any value `format` throws on, give the fallback.
 * @template {{fallback: string}} O
 * @param {(options: O) => (n: number) => string} build
 * @returns {(options: O) => (value: unknown) => string}
 */
export function numericCompiler(build) {
  return (options) => {
    const format = build(options);
    const fallback = options.fallback;
    return (value) => {
      const n = toNumber(value);
      if (n === null) return fallback;
      try {
        return format(n);
      } catch (_) {
        return fallback;
      }
    };
  };
}
