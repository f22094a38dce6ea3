// @ts-check
// dashclient_patch: partial updates that return a Patch, never the whole value — the JSON
// `new dash_clientside.Patch()...build()` gives, built without a page (patch/builder.js).
// Each function takes the triggering value and an options object; `current`, the prop's value
// bound to a State, lets it check paths, indices and types first, and enables toggle and the
// rolling windows. Bad input gives no_update and one console warning, never a broken prop.
import { append, insert, prepend, remove } from "./patch/lists.js";
import { assign, delete_, merge } from "./patch/keys.js";
import { increment, toggle } from "./patch/scalars.js";
import { extendTraces } from "./patch/traces.js";
import { TYPES } from "./patch/options.js";
import { callables, defaultsOfAll } from "./core/namespace.js";

/** Definitions of the namespace's functions, by their public (snake_case) names. */
export const DEFINITIONS = {
  append, prepend, insert, remove, assign, delete: delete_, toggle, increment, merge, extend_traces: extendTraces,
};

/** The domain types of their options (schema.js). */
export { TYPES };

/** The functions as users call them: fn(value, options). */
export const FUNCTIONS = callables("patch", DEFINITIONS, TYPES);

/** Default options of each function, read from the schemas. */
export const DEFAULTS = defaultsOfAll(DEFINITIONS);
