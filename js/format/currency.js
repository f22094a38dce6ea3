// @ts-check
// currency: an amount of money in a locale, as Intl.NumberFormat writes it
// (style "currency"): "$1,234.50", "1.234,50 €", "JPY 1,235", "1,234.50 Indian rupees".
// The Python twin is dashclient/_format/currency.py.
import { defineFunction } from "../core/define.js";
import { intl } from "./intl-cache.js";
import { FALLBACK, LOCALE, MAX_DIGITS, RETURNS, VALUE_TO_TEXT, invalid } from "./options.js";
import { numericCompiler } from "./value.js";

export const currency = defineFunction({
  doc: "An amount of money as Intl.NumberFormat style 'currency' writes it ('$1,234.50').",
  signature: VALUE_TO_TEXT,
  returns: RETURNS,
  options: {
    currency: { type: "currency", default: "USD", doc: "ISO 4217 code" },
    locale: LOCALE,
    display: {
      type: "enum", enum: ["symbol", "narrowSymbol", "code", "name"], default: "symbol",
      doc: "symbol $, narrowSymbol, code USD, name US dollars",
    },
    digits: {
      type: "integer", min: 0, max: MAX_DIGITS, nullable: true, default: null,
      doc: "fraction digits (minimum = maximum); None keeps the currency's own (2 for USD, 0 for JPY)",
    },
    fallback: FALLBACK,
  },
  constraints: [{ check: "currency_names" }],
  invalid,
  compile: numericCompiler(({ currency, locale, display, digits }) => {
    /** @type {Intl.NumberFormatOptions} */
    const options = { style: "currency", currency, currencyDisplay: /** @type {any} */ (display) };
    if (digits !== null) {
      options.minimumFractionDigits = digits;
      options.maximumFractionDigits = digits;
    }
    const formatter = intl(Intl.NumberFormat, locale, options);
    return (n) => formatter.format(n);
  }),
});
