// @ts-check
// Option schemas the formatters share, and the domain types they use. Each type's Python twin is
// in dashclient/_types.py; spec.json carries the schemas, so a name, a default or a range is
// written here once.
import { formatSpecifier } from "d3-format";
import { CURRENCIES } from "../data/currencies.js";
import { TWIN_CALENDARS, UNRELIABLE } from "../data/twin-locales.js";
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

/**
 * The locale as Intl resolves it for a service, without its extensions ("az-AZ" -> "az-AZ" or
 * "az", as the browser's data has it).
 * @param {typeof Intl.NumberFormat | typeof Intl.DateTimeFormat} Kind @param {unknown} tag
 */
const resolvedLocale = (Kind, tag) => new Kind(/** @type {string} */ (tag)).resolvedOptions().locale.split("-u-")[0];

/** @param {string} section @param {string} locale */
const reliable = (section, locale) => !(UNRELIABLE[section] || []).includes(locale);

/**
 * Cross-option checks (schema.js `{check: name}`): refusals the Python twin makes from its CLDR
 * snapshot (dashclient/_types.py), with the data of js/data/twin-locales.js generated from it. The
 * browser writes these locales' names from its own language, which no server can know.
 */
export const CHECKS = {
  currency_names: {
    option: "locale",
    expected: "a locale whose currency names and symbols the browser writes from its own data (for this one it takes them from its default language, which the server cannot know)",
    /** Currency text appears for currency(), and for number() with a "$" in its specifier. */
    check: (/** @type {Record<string, any>} */ o) =>
      (typeof o.specifier === "string" && !o.specifier.includes("$")) || reliable("currencies", resolvedLocale(Intl.NumberFormat, o.locale)),
  },
  zone_names: {
    option: "locale",
    expected: "a locale whose time-zone names the browser writes from its own data (for this one it takes them from its default language, which the server cannot know)",
    check: (/** @type {Record<string, any>} */ o) =>
      !["long", "full"].includes(o.time_style) || reliable("zones", resolvedLocale(Intl.DateTimeFormat, o.locale)),
  },
  twin_calendar: {
    option: "locale",
    expected: `a tag whose calendar the Python twin computes (${TWIN_CALENDARS.join(", ")}) and whose dates the browser writes from its own data`,
    check: (/** @type {Record<string, any>} */ o) => {
      const resolved = new Intl.DateTimeFormat(o.locale).resolvedOptions();
      return TWIN_CALENDARS.includes(resolved.calendar) && reliable("calendars", resolved.locale.split("-u-")[0]);
    },
  },
};
