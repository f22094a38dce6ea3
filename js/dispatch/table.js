// @ts-check
// The route table: read once per binding, checked with messages that name the route, and turned
// into evaluators (values.js). The Python twin is dashclient/_dispatch/table.py (same messages).
//
//   routes   [[key, value], ...]  or, with component ids only, {id: value, ...}
//   key      "component-id" | {"type": "btn", "index": 3} | {"type": "btn"} (any index)
//   value    one value per output: a slot, or with outputs=N a list of N slots, or no_update
//   slot     a JSON constant, or an operation {"$op": ...} (values.js)
//
// The first route whose key matches the trigger wins; a route an earlier one always pre-empts is
// refused, so the order never hides a route silently.
import { canonical, isIdScalar, isPlainObject, keyMatches, show, wildcardOf } from "./ids.js";
import { NO_UPDATE } from "../core/sentinels.js";
import { compileSlot, isOperation } from "./values.js";

/** @typedef {import("./values.js").Evaluate} Evaluate */
/** @typedef {{key: string | Record<string, unknown>, label: string, evaluate: Evaluate}} Route */

/**
 * A route key in its normal form: a string, or a dict without its wildcard fields (a wildcard
 * field matches any value, as leaving it out does).
 * @param {unknown} key @param {number} position
 * @returns {string | Record<string, unknown>}
 */
export function normalKey(key, position) {
  if (typeof key === "string" && key !== "") return key;
  if (!isPlainObject(key)) {
    throw new Error(`route #${position + 1}: a route key is a component id (a string) or a dict id, got ${show(key)}`);
  }
  /** @type {Record<string, unknown>} */
  const fields = {};
  for (const [name, value] of Object.entries(/** @type {Record<string, unknown>} */ (key))) {
    if (wildcardOf(value) !== null) continue;
    if (!isIdScalar(value)) {
      throw new Error(`route ${canonical(key)}: field '${name}' must be a string, a number or a boolean, got ${show(value)}`);
    }
    fields[name] = value;
  }
  if (Object.keys(fields).length === 0) {
    throw new Error(`route ${canonical(key)}: a dict key needs at least one field that is not a wildcard`);
  }
  return fields;
}

/** How messages name a route: 'open' or {"type":"btn"}. @param {string | Record<string, unknown>} key */
export const labelOf = (key) => (typeof key === "string" ? `route ${show(key)}` : `route ${canonical(key)}`);

/**
 * Whether route `earlier` matches every trigger route `later` matches.
 * @param {string | Record<string, unknown>} earlier @param {string | Record<string, unknown>} later
 */
function preempts(earlier, later) {
  if (typeof earlier === "string" || typeof later === "string") return earlier === later;
  return keyMatches(earlier, later);
}

/**
 * [[key, value], ...] from either form.
 * @param {unknown} routes
 * @returns {unknown[]}
 */
function pairsOf(routes) {
  if (Array.isArray(routes)) return routes;
  if (isPlainObject(routes)) return Object.entries(/** @type {Record<string, unknown>} */ (routes));
  throw new Error(`option 'routes' must be a list of [key, value] pairs or a dict of component ids, got ${show(routes)}`);
}

/**
 * A route value for `outputs` outputs, as an evaluator of the whole result.
 * @param {unknown} value @param {number} outputs @param {string} label
 * @returns {Evaluate}
 */
export function compileValue(value, outputs, label) {
  if (isOperation(value) && /** @type {any} */ (value).$op === "no_update") return () => NO_UPDATE;
  if (outputs === 1) {
    if (Array.isArray(value) && value.some(isOperation)) {
      throw new Error(
        `${label}: a list holding operations is one value per output; set outputs=${value.length} ` +
          "for that many Outputs, or wrap a literal list in a constant",
      );
    }
    return compileSlot(value, label);
  }
  if (!Array.isArray(value) || value.length !== outputs) {
    throw new Error(`${label}: with outputs=${outputs} a value is a list of ${outputs} values (one per Output) or no_update, got ${show(value)}`);
  }
  const slots = value.map((slot, i) => compileSlot(slot, `${label}, output ${i + 1}`));
  return (call) => {
    const results = slots.map((slot) => slot(call));
    return results.some((r) => r && typeof (/** @type {any} */ (r).then) === "function") ? Promise.all(results) : results;
  };
}

/**
 * Check the whole table and compile it.
 * @param {{routes: unknown, default: unknown, initial: unknown, outputs: number}} options
 * @returns {{routes: Route[], otherwise: Evaluate, initial: Evaluate}}
 */
export function compileTable(options) {
  const { outputs } = options;
  /** @type {Route[]} */
  const routes = [];
  pairsOf(options.routes).forEach((pair, position) => {
    if (!Array.isArray(pair) || pair.length !== 2) {
      throw new Error(`route #${position + 1}: a route is a [key, value] pair, got ${show(pair)}`);
    }
    const key = normalKey(pair[0], position);
    const label = labelOf(key);
    const before = routes.find((route) => preempts(route.key, key));
    if (before && canonical(before.key) === canonical(key)) throw new Error(`${label} appears twice`);
    if (before) throw new Error(`${label} is never chosen: ${before.label} before it matches every trigger it matches`);
    routes.push({ key, label, evaluate: compileValue(pair[1], outputs, label) });
  });
  return {
    routes,
    otherwise: compileValue(options.default, outputs, "option 'default'"),
    initial: compileValue(options.initial, outputs, "option 'initial'"),
  };
}
