// @ts-check
// compact: a number in the locale's compact notation ("1.2K", "1.2 thousand", "1,2 Mio.", "123万"),
// as Intl.NumberFormat writes it (notation "compact": two significant digits, or none after the
// point when the integer part already has more). The Python twin is dashclient/_format/compact.py.
import { defineFunction } from "../core/define.js";
import { intl } from "./intl-cache.js";
import { FALLBACK, LOCALE, RETURNS, VALUE_TO_TEXT, invalid } from "./options.js";
import { numericCompiler } from "./value.js";

export const compact = defineFunction({
  doc: "A number in the locale's compact notation: '1.2K', '1.2 thousand', '1,2 Mio.', '123万'.",
  signature: VALUE_TO_TEXT,
  returns: RETURNS,
  options: {
    locale: LOCALE,
    display: { type: "enum", enum: ["short", "long"], default: "short", doc: "short 1.2K, long 1.2 thousand" },
    fallback: FALLBACK,
  },
  invalid,
  compile: numericCompiler(({ locale, display }) => {
    const formatter = intl(Intl.NumberFormat, locale, { notation: "compact", compactDisplay: /** @type {any} */ (display) });
    return (n) => formatter.format(n);
  }),
});
