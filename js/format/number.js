// @ts-check
// number: a d3-format specifier, the grammar Plotly users write in tickformat and hoverformat,
// in any locale:
//   [[fill]align][sign][symbol][0][width][,][.precision][~][type]
// ("$" uses the locale's affixes for the `currency` option).
import { formatLocale } from "d3-format";
import { d3LocaleDefinition } from "./d3-locale.js";
import { intl } from "./intl-cache.js";
import { numericFormatter } from "./value.js";

export const NUMBER_DEFAULTS = { specifier: ",", locale: "en-US", currency: "USD", fallback: "" };

/** @type {Map<string, (n: number) => string>} */
const formatters = new Map();

/** @param {string} specifier @param {string} locale @param {string} currency */
function d3Formatter(specifier, locale, currency) {
  const key = `${locale}|${currency}|${specifier}`;
  let format = formatters.get(key);
  if (!format) {
    format = formatLocale(d3LocaleDefinition(locale, currency)).format(specifier);
    formatters.set(key, format);
  }
  return format;
}

/**
 * @param {unknown} value a number or numeric string
 * @param {Partial<typeof NUMBER_DEFAULTS>} [options]
 * @returns {string}
 */
export const number = numericFormatter(NUMBER_DEFAULTS, (n, { specifier, locale, currency }) => {
  // d3 writes "Infinity"; Intl writes the locale's own sign and symbol.
  if (!Number.isFinite(n)) return intl(Intl.NumberFormat, locale).format(n);
  return d3Formatter(specifier, locale, currency)(n);
});
