// @ts-check
// number: a d3-format specifier, the grammar Plotly users write in tickformat and hoverformat,
// in any locale:
//   [[fill]align][sign][symbol][0][width][,][.precision][~][type]
// ("$" uses the locale's affixes for the `currency` option).
import { formatLocale } from "d3-format";
import { defineFunction } from "../core/define.js";
import { intl } from "./intl-cache.js";
import { d3LocaleDefinition } from "./d3-locale.js";
import { FALLBACK, LOCALE, RETURNS, VALUE_TO_TEXT, invalid } from "./options.js";
import { numericCompiler } from "./value.js";

export const number = defineFunction({
  doc: "A d3-format specifier (',.2f', '$,.0f', '.1%', '~s', '+.3e', ...) in a locale.",
  signature: VALUE_TO_TEXT,
  returns: RETURNS,
  options: {
    specifier: { type: "d3_specifier", default: ",", doc: "[[fill]align][sign][symbol][0][width][,][.precision][~][type]" },
    locale: LOCALE,
    currency: { type: "currency", default: "USD", doc: "ISO 4217 code of d3's $ symbol" },
    fallback: FALLBACK,
  },
  constraints: [{ check: "currency_names" }],
  invalid,
  compile: numericCompiler(({ specifier, locale, currency }) => {
    const format = formatLocale(d3LocaleDefinition(locale, currency)).format(specifier);
    // d3 writes "Infinity"; Intl writes the locale's own sign and symbol.
    const infinite = intl(Intl.NumberFormat, locale);
    return (n) => (Number.isFinite(n) ? format(n) : infinite.format(n));
  }),
});
