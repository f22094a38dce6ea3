// @ts-check
// The namespaces dashclient adds to window.dash_clientside, one per pattern module, and every
// option type they use. scripts/build.js writes this table (kinds, signatures, option schemas)
// to the Python package's spec.json, so Python never copies a name, a default or a range by hand.
import * as format from "./format.js";
import * as patch from "./patch.js";
import * as dispatch from "./dispatch.js";
import * as keys from "./keys.js";
import * as fetch from "./fetch.js";
import * as internal from "./internal.js";
import { GENERIC_TYPES } from "./core/schema.js";

const MODULES = { format, patch, dispatch, keys, fetch };

/** @type {Record<string, {pattern: string, definitions: Record<string, any>}>} */
export const NAMESPACES = Object.fromEntries(
  Object.entries(MODULES).map(([pattern, module]) => [`dashclient_${pattern}`, { pattern, definitions: module.DEFINITIONS }]),
);

/** The binding layer's own functions (debounce gates, ...): kind "internal", namespace "dashclient". */
export const INTERNAL = { pattern: "internal", namespace: "dashclient", definitions: internal.DEFINITIONS };

/** Every option type: the generic ones and each pattern's domain types (a name is defined once). */
export const TYPES = (() => {
  /** @type {Record<string, any>} */
  const types = { ...GENERIC_TYPES };
  for (const module of [...Object.values(MODULES), internal]) {
    for (const [name, type] of Object.entries(module.TYPES)) {
      if (name in types) throw new Error(`option type ${name} is defined twice`);
      types[name] = type;
    }
  }
  return types;
})();
