// @ts-check
// The only module that touches `window`: it merges the dashclient namespaces into
// `window.dash_clientside` in place (the renderer and other packs hold references to that object).
import { NAMESPACES } from "./namespaces.js";
import { bindable } from "./bind.js";
import * as intlCache from "./format/intl-cache.js";

/* global __DASHCLIENT_VERSION__ */
const root = /** @type {any} */ (window);
const dc = (root.dash_clientside = root.dash_clientside || {});

for (const [namespace, { functions }] of Object.entries(NAMESPACES)) {
  const existing = dc[namespace];
  const table = Object.assign(existing && typeof existing === "object" ? existing : {}, functions);
  dc[namespace] = existing && existing.__dashclientBindable ? existing : bindable(table);
  Object.defineProperty(table, "__dashclientBindable", { value: true, configurable: true });
}

// Introspection for tests, benchmarks and bug reports; not part of any pattern.
dc.dashclient = Object.assign(dc.dashclient || {}, {
  version: __DASHCLIENT_VERSION__,
  intlCache,
});
