// @ts-check
// percent: a ratio as a percentage in a locale (0.25 -> "25%", "25 %", "٢٥٪؜"), as
// Intl.NumberFormat writes it (style "percent", half-expand rounding).
// The Python twin is dashclient/_format/percent.py.
import { defineFunction } from "../core/define.js";
import { intl } from "./intl-cache.js";
import { FALLBACK, LOCALE, MAX_DIGITS, RETURNS, VALUE_TO_TEXT, invalid } from "./options.js";
import { numericCompiler } from "./value.js";

export const percent = defineFunction({
  doc: "A ratio as a percentage in a locale: 0.25 -> '25%' (de-DE '25 %').",
  signature: VALUE_TO_TEXT,
  returns: RETURNS,
  options: {
    locale: LOCALE,
    digits: { type: "integer", min: 0, max: MAX_DIGITS, default: 0, doc: "fraction digits of the percentage" },
    fallback: FALLBACK,
  },
  invalid,
  compile: numericCompiler(({ locale, digits }) => {
    const style = { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits };
    const formatter = intl(Intl.NumberFormat, locale, /** @type {Intl.NumberFormatOptions} */ (style));
    return (n) => formatter.format(n);
  }),
});
