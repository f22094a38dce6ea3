// @ts-check
// bytes: a size in bytes with the largest unit not above it, in a locale:
//   si      steps of 1000: B, kB, MB, GB, TB, PB   ("1.5 kB", "1,5 ko", "١٫٥ كيلوبايت")
//   binary  steps of 1024: B, KiB, MiB, GiB, TiB, PiB ("1.5 KiB", "1,5 KiB")
// SI units are Intl's sanctioned byte units (style "unit", unitDisplay "short"), so their names and
// spacing are the locale's. Intl sanctions no binary unit: below 1024 the locale's own byte unit is
// used (a byte is a byte), above it the number is formatted by Intl and followed by a space and the
// IEC symbol, the same in every locale. Rounding that reaches the next step moves up a unit
// (999,999 B is "1 MB", not "1,000 kB"); ±Infinity takes the largest unit.
// The Python twin is dashclient/_format/bytes.py.
import { defineFunction } from "../core/define.js";
import { intl } from "./intl-cache.js";
import { FALLBACK, LOCALE, MAX_DIGITS, RETURNS, VALUE_TO_TEXT, invalid } from "./options.js";
import { numericCompiler } from "./value.js";

/** Intl's sanctioned byte units: formatted with style "unit". */
const INTL_UNITS = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte"];

/** Each system: its step and its units from step^0 up (an Intl unit, or an IEC symbol to append). */
export const BYTE_UNITS = {
  si: { step: 1000, units: INTL_UNITS },
  binary: { step: 1024, units: ["byte", "KiB", "MiB", "GiB", "TiB", "PiB"] },
};

/**
 * The unit index for `n` and `n` in that unit.
 * @param {number} n @param {number} step @param {number} count number of units
 * @param {(x: number) => number} roundedMagnitude |x| rounded as the formatter will round it
 * @returns {[number, number]}
 */
export function scaleBytes(n, step, count, roundedMagnitude) {
  const size = Math.abs(n);
  let power = 0;
  while (power < count - 1 && size >= step ** (power + 1)) power += 1;
  if (power < count - 1 && roundedMagnitude(n / step ** power) >= step) power += 1;
  return [power, n / step ** power];
}

export const bytes = defineFunction({
  doc: "A size in bytes with the largest unit not above it: '1.5 kB', '1.5 KiB'.",
  signature: VALUE_TO_TEXT,
  returns: RETURNS,
  options: {
    locale: LOCALE,
    units: { type: "enum", enum: ["si", "binary"], default: "si", doc: "si: steps of 1000 (kB); binary: 1024 (KiB)" },
    digits: { type: "integer", min: 0, max: MAX_DIGITS, default: 1, doc: "maximum fraction digits" },
    fallback: FALLBACK,
  },
  invalid,
  compile: numericCompiler(({ locale, units, digits }) => {
    const system = BYTE_UNITS[/** @type {keyof typeof BYTE_UNITS} */ (units)];
    // |x| rounded half-expand to `digits` fraction digits, as Intl rounds it.
    const plain = intl(Intl.NumberFormat, "en-US", { maximumFractionDigits: digits, useGrouping: false });
    const roundedMagnitude = (/** @type {number} */ x) => Number(plain.format(Math.abs(x)));
    const number = intl(Intl.NumberFormat, locale, { maximumFractionDigits: digits });
    const perUnit = system.units.map((unit) =>
      INTL_UNITS.includes(unit)
        ? intl(Intl.NumberFormat, locale, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: digits })
        : null,
    );
    return (n) => {
      const [power, scaled] = scaleBytes(n, system.step, system.units.length, roundedMagnitude);
      const formatter = perUnit[power];
      return formatter ? formatter.format(scaled) : `${number.format(scaled)} ${system.units[power]}`;
    };
  }),
});
