// @ts-check
// The namespaces dashclient adds to window.dash_clientside, one per pattern module, and every
// option type they use. scripts/build.js writes this table (kinds, signatures, option schemas)
// to the Python package's spec.json, so Python never copies a name, a default or a range by hand.
import * as format from "./format.js";
import * as patch from "./patch.js";
import * as dispatch from "./dispatch.js";
import * as keys from "./keys.js";
import * as fetch from "./fetch.js";
import * as figure from "./figure.js";
import * as internal from "./internal.js";
import { GENERIC_TYPES } from "./core/schema.js";

const MODULES = { format, patch, dispatch, keys, fetch, figure };

/** @type {Record<string, {pattern: string, definitions: Record<string, any>}>} */
export const NAMESPACES = Object.fromEntries(
  Object.entries(MODULES).map(([pattern, module]) => [`dashclient_${pattern}`, { pattern, definitions: module.DEFINITIONS }]),
);

/** The binding layer's own functions (debounce gates, ...): kind "internal", namespace "dashclient". */
export const INTERNAL = { pattern: "internal", namespace: "dashclient", definitions: internal.DEFINITIONS };

/**
 * Layout components of pattern modules (a module's optional COMPONENTS: name -> make(window)),
 * which js/index.js registers as window.dashclient.<name>: Dash's renderer finds a component whose
 * Python class says namespace "dashclient" there.
 * @param {Record<string, any>} modules
 * @returns {Record<string, (window: any) => unknown>}
 */
export function componentsOf(modules) {
  /** @type {Record<string, (window: any) => unknown>} */
  const components = {};
  for (const module of Object.values(modules)) {
    for (const [name, make] of Object.entries(module.COMPONENTS || {})) {
      if (name in components) throw new Error(`component ${name} is defined twice`);
      components[name] = /** @type {any} */ (make);
    }
  }
  return components;
}

/**
 * Data pattern modules share with Python (a module's optional DATA), which scripts/build.js writes
 * to spec.json as data.<pattern>.
 * @param {Record<string, any>} modules
 */
export function dataOf(modules) {
  const data = Object.fromEntries(Object.entries(modules).filter(([, m]) => m.DATA !== undefined).map(([p, m]) => [p, m.DATA]));
  if ("currencies" in data) throw new Error("data.currencies is js/data/currencies.js's");
  return data;
}

export const COMPONENTS = componentsOf(MODULES);

export const DATA = dataOf(MODULES);

/** Every option type: the generic ones and each pattern's domain types (a name is defined once). */
export const TYPES = (() => {
  /** @type {Record<string, any>} */
  const types = { ...GENERIC_TYPES };
  /** @type {Record<string, any>} */
  const checks = {};
  for (const module of [...Object.values(MODULES), internal]) {
    for (const [name, type] of Object.entries(module.TYPES)) {
      if (name in types) throw new Error(`option type ${name} is defined twice`);
      types[name] = type;
    }
    for (const [name, check] of Object.entries(/** @type {any} */ (module).CHECKS || {})) {
      if (name in checks) throw new Error(`option check ${name} is defined twice`);
      checks[name] = check;
    }
  }
  // Cross-option checks travel with the types (schema.js reads them as `types.$checks`).
  Object.defineProperty(types, "$checks", { value: Object.freeze(checks), enumerable: true });
  return types;
})();
