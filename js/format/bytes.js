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
import { intl } from "./intl-cache.js";
import { numericFormatter } from "./value.js";

/** units: "si" | "binary". digits: maximum fraction digits (0-20). */
export const BYTES_DEFAULTS = { locale: "en-US", units: "si", digits: 1, fallback: "" };

/** Intl's sanctioned byte units: formatted with style "unit". */
const INTL_UNITS = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte"];

/** Each system: its step and its units from step^0 up (an Intl unit, or an IEC symbol to append). */
export const BYTE_UNITS = {
  si: { step: 1000, units: INTL_UNITS },
  binary: { step: 1024, units: ["byte", "KiB", "MiB", "GiB", "TiB", "PiB"] },
};

/**
 * |x| rounded half-expand to `digits` fraction digits, as Intl rounds it.
 * @param {number} x @param {number} digits
 */
function roundedMagnitude(x, digits) {
  const plain = intl(Intl.NumberFormat, "en-US", { maximumFractionDigits: digits, useGrouping: false });
  return Number(plain.format(Math.abs(x)));
}

/**
 * The unit index for `n` and `n` in that unit.
 * @param {number} n @param {number} step @param {number} count number of units @param {number} digits
 * @returns {[number, number]}
 */
export function scaleBytes(n, step, count, digits) {
  const size = Math.abs(n);
  let power = 0;
  while (power < count - 1 && size >= step ** (power + 1)) power += 1;
  if (power < count - 1 && roundedMagnitude(n / step ** power, digits) >= step) power += 1;
  return [power, n / step ** power];
}

/**
 * @param {unknown} value a size in bytes: a number or numeric string
 * @param {Partial<typeof BYTES_DEFAULTS>} [options]
 * @returns {string}
 */
export const bytes = numericFormatter(BYTES_DEFAULTS, (n, { locale, units, digits }) => {
  const system = BYTE_UNITS[/** @type {keyof typeof BYTE_UNITS} */ (units)];
  const [power, scaled] = scaleBytes(n, system.step, system.units.length, digits);
  const unit = system.units[power];
  if (INTL_UNITS.includes(unit)) {
    const style = { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: digits };
    return intl(Intl.NumberFormat, locale, style).format(scaled);
  }
  return `${intl(Intl.NumberFormat, locale, { maximumFractionDigits: digits }).format(scaled)} ${unit}`;
});
