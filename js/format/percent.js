// @ts-check
// percent: a ratio as a percentage in a locale (0.25 -> "25%", "25 %", "٢٥٪؜"), as
// Intl.NumberFormat writes it (style "percent", half-expand rounding).
// The Python twin is dashclient/_format/percent.py.
import { intl } from "./intl-cache.js";
import { numericFormatter } from "./value.js";

/** digits: fraction digits of the percentage (minimum = maximum, 0-20). */
export const PERCENT_DEFAULTS = { locale: "en-US", digits: 0, fallback: "" };

/**
 * @param {unknown} value a ratio: a number or numeric string
 * @param {Partial<typeof PERCENT_DEFAULTS>} [options]
 * @returns {string}
 */
export const percent = numericFormatter(PERCENT_DEFAULTS, (n, { locale, digits }) => {
  const style = { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits };
  return intl(Intl.NumberFormat, locale, style).format(n);
});
