// @ts-check
// A pattern's definitions as callable functions: the plain ones users call, and the namespace
// table the entry module registers, where bound names resolve through the binding layer.
import { bindable } from "../bind.js";
import { boundFunction, publicFunction, PURE_HOST } from "./binding.js";
import { defaultsOf, GENERIC_TYPES } from "./schema.js";

/**
 * Each definition with the name its messages use ("dc.format.currency", as in Python).
 * @param {string} pattern @param {Record<string, any>} definitions
 * @returns {Record<string, any>}
 */
export function located(pattern, definitions) {
  return Object.fromEntries(
    Object.entries(definitions).map(([name, def]) => [name, { ...def, where: `dc.${pattern}.${name}` }]),
  );
}

/**
 * The public functions of a pattern: `fn(...values, options, context)`.
 * @param {string} pattern @param {Record<string, any>} definitions @param {Record<string, any>} types
 * @param {import("./binding.js").Host} [host]
 */
export function callables(pattern, definitions, types, host = PURE_HOST) {
  const all = { ...GENERIC_TYPES, ...types };
  return Object.fromEntries(
    Object.entries(located(pattern, definitions)).map(([name, def]) => [name, publicFunction(def, all, host)]),
  );
}

/**
 * The object registered as `dash_clientside.dashclient_<pattern>`: the public functions (merged
 * into `existing`, which keeps a user's own functions) behind a Proxy resolving bound names.
 * @param {string} pattern @param {Record<string, any>} definitions @param {Record<string, any>} types
 * @param {import("./binding.js").Host} host @param {Record<string, Function>} existing
 */
export function namespaceTable(pattern, definitions, types, host, existing) {
  const all = { ...GENERIC_TYPES, ...types };
  const defs = located(pattern, definitions);
  const table = Object.assign(existing, callables(pattern, definitions, types, host));
  const resolve = (/** @type {string} */ name, /** @type {Record<string, any>} */ options) => {
    if (!Object.prototype.hasOwnProperty.call(defs, name)) return undefined;
    // A definition described by its bound name (a user's own function): built from it, once.
    const def = defs[name].fromBound ? { where: defs[name].where, ...defs[name].fromBound(options, host) } : defs[name];
    return boundFunction(def, all, host, options);
  };
  return { table, proxy: bindable(table, resolve) };
}

/** @param {Record<string, any>} definitions */
export function defaultsOfAll(definitions) {
  return Object.fromEntries(Object.entries(definitions).map(([name, def]) => [name, defaultsOf(def.options)]));
}
