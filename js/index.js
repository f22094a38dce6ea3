// @ts-check
// The only module that touches `window`: it merges the dashclient namespaces into
// `window.dash_clientside` in place (the renderer and other packs hold references to that object).
import { COMPONENTS, NAMESPACES, INTERNAL, TYPES } from "./namespaces.js";
import { namespaceTable } from "./core/namespace.js";
import { NO_UPDATE, PREVENT_UPDATE } from "./core/sentinels.js";
import * as intlCache from "./format/intl-cache.js";
import { installLibraryTable, libraryTables } from "./format/adapters.js";

/* global __DASHCLIENT_VERSION__ */
const root = /** @type {any} */ (window);
const dc = (root.dash_clientside = root.dash_clientside || {});

/**
 * Dash's sentinels and context, read at call time from whatever object `window.dash_clientside`
 * is then: `no_update` appears only once a clientside callback ran, and a framework may replace
 * the object with a copy (Vizro's scripts do `window.dash_clientside = {...window.dash_clientside,
 * ...}`): the renderer then writes `callback_context` and `no_update` on the copy.
 */
const live = () => root.dash_clientside || dc;
const host = {
  noUpdate: () => live().no_update || NO_UPDATE,
  preventUpdate: () => live().PreventUpdate || PREVENT_UPDATE,
  warn: (/** @type {string} */ message) => console.warn(message),
  liveContext: () => live().callback_context,
  lookup: (/** @type {string} */ namespace, /** @type {string} */ name) => {
    const table = live()[namespace];
    return table && typeof table === "object" ? table[name] : undefined;
  },
};

/**
 * Register one namespace; loading the bundle twice (the hook and a drop-in copy) keeps the first
 * registration and a user's own functions in it.
 * @param {string} namespace @param {string} pattern @param {Record<string, any>} definitions
 */
function register(namespace, pattern, definitions) {
  const existing = dc[namespace];
  if (existing && existing.__dashclientBindable) return;
  const { table, proxy } = namespaceTable(pattern, definitions, TYPES, host, existing && typeof existing === "object" ? existing : {});
  Object.defineProperty(table, "__dashclientBindable", { value: true, configurable: true });
  dc[namespace] = proxy;
}

for (const [namespace, { pattern, definitions }] of Object.entries(NAMESPACES)) register(namespace, pattern, definitions);

// Layout components live beside dash_clientside, as window.dashclient.<name>: Dash's renderer
// resolves a component {namespace: "dashclient", type: name} there. A second load keeps the first.
const components = (root.dashclient = root.dashclient || {});
for (const [name, make] of Object.entries(COMPONENTS)) if (!components[name]) components[name] = make(root);

// The formatters where dash-mantine-components and dcc look functions up by name
// (window.dashMantineFunctions, window.dccFunctions), kept there if the app assigns a new object.
const FORMAT = "dashclient_format";
for (const [key, entries] of Object.entries(libraryTables(host.lookup, FORMAT, Object.keys(NAMESPACES[FORMAT].definitions)))) {
  installLibraryTable(root, key, entries, host.warn);
}

// The internal namespace also carries introspection for tests, benchmarks and bug reports.
register(INTERNAL.namespace, INTERNAL.pattern, INTERNAL.definitions);
Object.assign(dc[INTERNAL.namespace], { version: __DASHCLIENT_VERSION__, intlCache });
