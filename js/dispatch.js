// @ts-check
// dashclient_dispatch: route one callback by what triggered it (by_trigger). Route tables are
// data: keys are component ids, values constants or operations ({"$op": ...}, dispatch/values.js).
import { byTrigger } from "./dispatch/by-trigger.js";
import { isPlainObject } from "./dispatch/ids.js";

/** Definitions of the namespace's functions, by their public (snake_case) names. */
export const DEFINITIONS = { by_trigger: byTrigger };

const fail = () => {
  throw new TypeError();
};

/**
 * The domain types of their options. The checks here are only the shape; the binding compiles
 * the table (dispatch/table.js), whose messages name the route at fault.
 */
export const TYPES = {
  dispatch_routes: {
    ts: "Array<[string | Record<string, unknown>, unknown]> | Record<string, unknown>",
    expected: "a route table: a list of (key, value) pairs or a dict of component ids",
    check: (/** @type {unknown} */ value) => (Array.isArray(value) || isPlainObject(value) ? value : fail()),
  },
  dispatch_value: {
    ts: "unknown",
    expected: "a route value: JSON data, an operation such as dc.dispatch.Toggle, an action or no_update",
    check: (/** @type {unknown} */ value) => (value === undefined || typeof value === "function" || typeof value === "symbol" ? fail() : value),
  },
};
