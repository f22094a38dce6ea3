// @ts-check
/**
 * The formatters where other libraries look for functions by name, without eval:
 *
 * - dash-mantine-components 2.x: a prop `{"function": "dashclient_format.currency", "options": {...}}`
 *   resolves the dotted name under `window.dashMantineFunctions` and calls it as
 *   `fn(...libraryArgs, options, context)`: the value first, our options second to last.
 * - dcc.Slider / dcc.RangeSlider: `tooltip.transform` is a dotted name under `window.dccFunctions`,
 *   called with the value only. The bound name travels in the last segment with its dots escaped
 *   (`%2E`, and `%` as `%25`), since dcc splits the whole name on ".":
 *   `dashclient_format.currency:{"locale":"de-DE","specifier":",%2E2f"}`.
 *
 * (AG Grid needs nothing here: its expressions see `dash_clientside` itself.)
 *
 * Nothing here touches `window`: js/index.js installs the tables with `installLibraryTable`.
 */

/** @typedef {(namespace: string, name: string) => unknown} Lookup a function of dash_clientside, read at call time */

/** @param {unknown} value */
const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Our options among the arguments DMC passes. DMC 2.x appends `options, context` after a
 * prop-specific number of library arguments (a tooltip's valueFormatter gets the value; an axis
 * tickFormatter the value and the tick's index): so counting from the end. A DMC that appends
 * no context leaves the options last.
 * @param {unknown[]} args
 * @returns {Record<string, unknown>}
 */
export function mantineOptions(args) {
  const n = args.length;
  if (n >= 3 && isObject(args[n - 2]) && isObject(args[n - 1])) return /** @type {any} */ (args[n - 2]);
  if (n >= 2 && isObject(args[n - 1])) return /** @type {any} */ (args[n - 1]);
  return {};
}

/**
 * `window.dashMantineFunctions[namespace]`: one adapter per function name, each calling the
 * namespace's public function (read at call time) with the value and the prop's options.
 * @param {Lookup} lookup @param {string} namespace @param {string[]} names
 * @returns {Record<string, Function>}
 */
export function mantineTable(lookup, namespace, names) {
  return Object.fromEntries(
    names.map((name) => [
      name,
      (/** @type {unknown[]} */ ...args) => {
        const fn = lookup(namespace, name);
        return typeof fn === "function" ? fn(args[0], mantineOptions(args)) : undefined;
      },
    ]),
  );
}

const ESCAPED = /%(2E|25)/gi;

/** A bound name without dots, for a dotted-name resolver (dcc's `tooltip.transform`). @param {string} name */
export const escapeDots = (name) => name.replace(/%/g, "%25").replace(/\./g, "%2E");

/** @param {string} name */
export const unescapeDots = (name) => name.replace(ESCAPED, (_, code) => (code === "25" ? "%" : "."));

/**
 * `window.dccFunctions[namespace]`: any property name is a function name or an escaped bound name
 * of the namespace, resolved through `dash_clientside[namespace]` at the time dcc asks.
 * @param {Lookup} lookup @param {string} namespace
 * @returns {Record<string, Function>}
 */
export function dccTable(lookup, namespace) {
  return new Proxy(/** @type {Record<string, Function>} */ ({}), {
    get(target, prop) {
      if (typeof prop !== "string") return Reflect.get(target, prop);
      const fn = lookup(namespace, unescapeDots(prop));
      return typeof fn === "function" ? fn : undefined;
    },
    has(_target, prop) {
      return typeof prop === "string" && typeof lookup(namespace, unescapeDots(prop)) === "function";
    },
  });
}

/**
 * The tables js/index.js installs on `window`.
 * @param {Lookup} lookup @param {string} namespace @param {string[]} names
 * @returns {Record<string, Record<string, unknown>>}
 */
export function libraryTables(lookup, namespace, names) {
  return {
    dashMantineFunctions: { [namespace]: mantineTable(lookup, namespace, names) },
    dccFunctions: { [namespace]: dccTable(lookup, namespace) },
  };
}

/**
 * Add `entries` to `root[key]` in place, and keep them there if the app later assigns a new
 * object (`window.dccFunctions = {...}` in an asset loaded after the bundle): the property becomes
 * an accessor whose setter copies our entries into the object assigned. A name the app defines
 * itself wins. If the property cannot be redefined (a `var` of a classic script), the entries
 * are only added in place.
 * @param {any} root @param {string} key @param {Record<string, unknown>} entries
 * @param {(message: string) => void} warn
 */
export function installLibraryTable(root, key, entries, warn) {
  const adopt = (/** @type {unknown} */ table) => {
    if (table === null || typeof table !== "object") return table;
    for (const [name, value] of Object.entries(entries)) {
      if (Object.prototype.hasOwnProperty.call(table, name)) continue;
      try {
        /** @type {any} */ (table)[name] = value;
      } catch (_) {
        warn(`dashclient: window.${key} is frozen; ${name} is not available there`);
      }
    }
    return table;
  };
  let current = adopt(root[key] === undefined || root[key] === null ? {} : root[key]);
  try {
    Object.defineProperty(root, key, {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (value) => {
        current = adopt(value);
      },
    });
  } catch (_) {
    root[key] = current;
  }
  return current;
}
