// @ts-check
// Building an Intl formatter costs far more than using one: keep one per (kind, locale, options).
// Disabling the cache exists for the benchmark that measures what it saves.

/** @type {Map<string, any>} */
const cache = new Map();
let enabled = true;

/**
 * @template T
 * @param {new (locale: string, options: object) => T} Kind e.g. Intl.NumberFormat
 * @param {string} locale
 * @param {object} [options]
 * @returns {T}
 */
export function intl(Kind, locale, options = {}) {
  if (!enabled) return new Kind(locale, options);
  const key = `${Kind.name}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = new Kind(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}

/** @param {boolean} on */
export function setEnabled(on) {
  enabled = Boolean(on);
  if (!enabled) cache.clear();
}

export function clear() {
  cache.clear();
}

export function size() {
  return cache.size;
}
