// @ts-check
// The only module that touches `window`: it merges the dashclient namespaces into
// `window.dash_clientside` in place (the renderer and other packs hold references to that object).
import { COMPONENTS, NAMESPACES, INTERNAL, TYPES } from "./namespaces.js";
import { namespaceTable } from "./core/namespace.js";
import { NO_UPDATE, PREVENT_UPDATE } from "./core/sentinels.js";
import * as intlCache from "./format/intl-cache.js";

/* global __DASHCLIENT_VERSION__ */
const root = /** @type {any} */ (window);
const dc = (root.dash_clientside = root.dash_clientside || {});

/** Dash's sentinels and context, read at call time: `no_update` appears only once a clientside callback ran. */
const host = {
  noUpdate: () => dc.no_update || NO_UPDATE,
  preventUpdate: () => dc.PreventUpdate || PREVENT_UPDATE,
  warn: (/** @type {string} */ message) => console.warn(message),
  liveContext: () => dc.callback_context,
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

// The internal namespace also carries introspection for tests, benchmarks and bug reports.
register(INTERNAL.namespace, INTERNAL.pattern, INTERNAL.definitions);
Object.assign(dc[INTERNAL.namespace], { version: __DASHCLIENT_VERSION__, intlCache });
