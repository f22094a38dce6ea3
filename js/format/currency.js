// @ts-check
// currency: an amount of money in a locale, as Intl.NumberFormat writes it
// (style "currency"): "$1,234.50", "1.234,50 €", "JPY 1,235", "1,234.50 Indian rupees".
// The Python twin is dashclient/_format/currency.py.
import { intl } from "./intl-cache.js";
import { numericFormatter } from "./value.js";

/**
 * currency: ISO 4217 code. display: "symbol" | "narrowSymbol" | "code" | "name".
 * digits: fraction digits (minimum = maximum, 0-20); null keeps the currency's own (2 for USD, 0 for JPY).
 */
export const CURRENCY_DEFAULTS = { currency: "USD", locale: "en-US", display: "symbol", digits: null, fallback: "" };

/** @param {typeof CURRENCY_DEFAULTS} options */
function formatterOf({ currency, locale, display, digits }) {
  /** @type {Intl.NumberFormatOptions} */
  const options = { style: "currency", currency, currencyDisplay: display };
  if (digits !== null && digits !== undefined) {
    options.minimumFractionDigits = digits;
    options.maximumFractionDigits = digits;
  }
  return intl(Intl.NumberFormat, locale, options);
}

/**
 * @param {unknown} value a number or numeric string
 * @param {Partial<typeof CURRENCY_DEFAULTS>} [options]
 * @returns {string}
 */
export const currency = numericFormatter(CURRENCY_DEFAULTS, (n, options) => {
  return formatterOf(options).format(n);
});
