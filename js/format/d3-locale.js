// @ts-check
// A d3-format locale definition read from Intl, so `number` speaks any BCP 47 locale without
// shipping CLDR tables. The Python twin builds the same definition from Babel
// (dashclient/_format/d3_locale.py).
import { intl } from "./intl-cache.js";

/**
 * @typedef {{decimal: string, thousands: string, grouping: number[], currency: [string, string],
 *   numerals?: string[], percent: string, minus: string, nan: string}} D3LocaleDefinition
 */

/** @param {Intl.NumberFormatPart[]} parts @param {string} type */
function partOf(parts, type) {
  const part = parts.find((p) => p.type === type);
  return part ? part.value : "";
}

// Enough secondary groups for the 309 integer digits of Number.MAX_VALUE.
export const SECONDARY_GROUPS = 160;

/**
 * Group sizes from the right, as d3 wants them: en-US [3], en-IN [3, 2, 2, ...].
 * @param {Intl.NumberFormatPart[]} parts of a long integer formatted with grouping
 */
function groupingOf(parts) {
  // Count code points: some numbering systems (ccp, adlm) have digits outside the BMP.
  const sizes = parts.filter((p) => p.type === "integer").map((p) => [...p.value].length).reverse();
  // The leftmost group is partial; the pattern repeats its last full size.
  const full = sizes.slice(0, -1);
  if (full.length === 0) return [3];
  if (full[1] === undefined || full[1] === full[0]) return [full[0]];
  // d3 cycles through the list, so "3 then 2s" (en-IN) must spell out every group a double has.
  return [full[0], ...Array(SECONDARY_GROUPS).fill(full[1])];
}

/**
 * The locale's ten digits, or undefined for 0-9: d3 then skips its per-call digit replacement.
 * @param {Intl.NumberFormat} digits a formatter without grouping
 */
function localDigits(digits) {
  const numerals = Array.from({ length: 10 }, (_, n) => digits.format(n));
  return numerals.join("") === "0123456789" ? undefined : numerals;
}

/**
 * Text around the number in the locale's currency pattern: ["$", ""] or ["", "\u00a0€"].
 * @param {string} locale @param {string} currency ISO 4217 code
 * @returns {[string, string]}
 */
function currencyAffixes(locale, currency) {
  const parts = intl(Intl.NumberFormat, locale, { style: "currency", currency }).formatToParts(1);
  const first = parts.findIndex((p) => p.type === "integer");
  let last = parts.length - 1;
  while (last >= 0 && !["integer", "decimal", "fraction"].includes(parts[last].type)) last -= 1;
  const text = (/** @type {Intl.NumberFormatPart[]} */ ps) => ps.map((p) => p.value).join("");
  return [text(parts.slice(0, first)), text(parts.slice(last + 1))];
}

/**
 * @param {string} locale BCP 47 tag
 * @param {string} currency ISO 4217 code used for d3's `$` symbol
 * @returns {D3LocaleDefinition}
 */
export function d3LocaleDefinition(locale, currency) {
  const decimalParts = intl(Intl.NumberFormat, locale, { useGrouping: "always" }).formatToParts(-1234567890.5);
  const percentParts = intl(Intl.NumberFormat, locale, { style: "percent" }).formatToParts(1);
  const digits = intl(Intl.NumberFormat, locale, { useGrouping: false });
  return {
    decimal: partOf(decimalParts, "decimal"),
    thousands: partOf(decimalParts, "group"),
    grouping: groupingOf(decimalParts),
    currency: currencyAffixes(locale, currency),
    numerals: localDigits(digits),
    percent: partOf(percentParts, "percentSign"),
    minus: partOf(decimalParts, "minusSign"),
    nan: "NaN",
  };
}
