// @ts-check
// Option schemas the formatters share, and the domain types they use. Each type's Python twin is
// in dashclient/_types.py; spec.json carries the schemas, so a name, a default or a range is
// written here once.
import { formatSpecifier } from "d3-format";
import { CURRENCIES } from "../data/currencies.js";
import { fallbackOf, toEpochMs } from "./value.js";

/** Intl accepts up to 100 fraction digits; a double carries at most 17 significant ones. */
export const MAX_DIGITS = 20;

export const LOCALE = { type: "locale", default: "en-US", doc: "BCP 47 tag, Unicode extensions allowed (de-DE-u-nu-arab)" };
export const FALLBACK = { type: "string", default: "", doc: "shown for values that cannot be formatted" };

/** A formatter whose options are invalid shows its fallback (or "" when the fallback is the problem). */
export const invalid = (/** @type {Record<string, unknown>} */ options) => fallbackOf(options);

/** One value in, one string out. */
export const VALUE_TO_TEXT = { values: 1, outputs: 1, context: false };

/** What every formatter returns. */
export const RETURNS = "string";

const CURRENCY_SET = new Set(CURRENCIES);
// d3-format's type letters (formatTypes.js), plus "n" (",g") and none.
const D3_TYPES = new Set(["", "%", "b", "c", "d", "e", "f", "g", "n", "o", "p", "r", "s", "x", "X"]);

const fail = () => {
  throw new TypeError();
};

/** The domain types of the format options; each checker returns the normalised value or throws. */
export const TYPES = {
  locale: {
    ts: "string",
    expected: "a BCP 47 language tag such as 'en-US' or 'de-DE' with CLDR data",
    check: (/** @type {unknown} */ value) => {
      if (typeof value !== "string" || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value)) fail();
      const tag = /** @type {string} */ (value);
      // Throws RangeError for a malformed tag; an unknown language has no supported locale.
      if (Intl.NumberFormat.supportedLocalesOf(Intl.getCanonicalLocales(tag)).length === 0) fail();
      return tag;
    },
  },
  currency: {
    ts: "string",
    expected: "an ISO 4217 currency code such as 'USD' or 'EUR'",
    check: (/** @type {unknown} */ value) => {
      const code = typeof value === "string" ? value.toUpperCase() : "";
      if (!CURRENCY_SET.has(code)) fail();
      return code;
    },
  },
  time_zone: {
    ts: "string",
    expected: "an IANA time zone such as 'UTC' or 'America/New_York'",
    check: (/** @type {unknown} */ value) => {
      if (typeof value !== "string" || value === "") fail();
      new Intl.DateTimeFormat("en-US", { timeZone: /** @type {string} */ (value) }); // RangeError when unknown
      return value;
    },
  },
  d3_specifier: {
    ts: "string",
    expected: "a d3-format specifier such as ',.2f' or '$.3s'",
    check: (/** @type {unknown} */ value) => {
      if (typeof value !== "string") fail();
      const parsed = formatSpecifier(/** @type {string} */ (value)); // throws "invalid format"
      if (!D3_TYPES.has(parsed.type ?? "")) fail();
      return value;
    },
  },
  moment: {
    ts: "number | string",
    expected: "epoch milliseconds or an ISO 8601 string",
    check: (/** @type {unknown} */ value) => {
      if (toEpochMs(value) === null) fail();
      return value;
    },
  },
};
