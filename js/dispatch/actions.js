// @ts-check
// A route may run another dashclient function, written as data (Python's action.to_json()):
// {"$op": "action", "action": "format.number", "options": {"specifier": ",.0f"}}. The name is
// looked up in the pattern modules below — an allow-list, never code from the string — and the
// options are validated and compiled once, like any binding's. The Python twin resolves the same
// name with dc.Action.from_json.
//
// What the function reads: no value, the trigger's value (a function of one value), or every
// value of the callback (a function of "any" number, or of exactly as many as the callback has),
// and the context snapshot when its signature asks for it.
import * as format from "../format.js";
import * as patch from "../patch.js";
import * as keys from "../keys.js";
import * as fetch from "../fetch.js";
import * as dispatch from "../dispatch.js"; // a cycle, harmless: read only when a route is compiled
import { compileOptions } from "../core/binding.js";
import { GENERIC_TYPES } from "../core/schema.js";
import { NO_UPDATE } from "../core/sentinels.js";
import { isPlainObject, show } from "./ids.js";

/** @typedef {import("./values.js").Evaluate} Evaluate */

/**
 * The patterns whose functions a route may run (the binding layer's internal ones are not).
 * tests/js/dispatch.test.js checks that it lists every pattern of js/namespaces.js.
 * @type {Record<string, {DEFINITIONS: Record<string, any>, TYPES: Record<string, any>}>}
 */
export const ROUTABLE = { format, patch, dispatch, keys, fetch };

/** How Python's to_json names a user's own action (dc.action): its JS half needs the page to be found. */
const USER_PREFIX = "user:";

/** Every option type of the routable patterns (a nested function validates its options with them). */
function allTypes() {
  return Object.values(ROUTABLE).reduce((types, module) => Object.assign(types, module.TYPES), { ...GENERIC_TYPES });
}

/**
 * @param {unknown} name "pattern.function" @param {unknown} options @param {string} label
 * @returns {Evaluate}
 */
export function compileAction(name, options, label) {
  if (typeof name === "string" && name.startsWith(USER_PREFIX)) {
    throw new Error(`${label}: a user's own action (dc.action) cannot be a route value yet; give it a callback of its own`);
  }
  const [pattern, fn] = typeof name === "string" ? name.split(".") : [];
  const module = pattern && Object.prototype.hasOwnProperty.call(ROUTABLE, pattern) ? ROUTABLE[pattern] : null;
  if (!module || !fn || !Object.prototype.hasOwnProperty.call(module.DEFINITIONS, fn)) {
    throw new Error(`${label}: no dashclient action ${show(name)}`);
  }
  if (!isPlainObject(options)) throw new Error(`${label}: an action's 'options' must be a dict, got ${show(options)}`);
  for (const [option, value] of Object.entries(/** @type {Record<string, unknown>} */ (options))) {
    if (isPlainObject(value) && ("$input" in /** @type {object} */ (value) || "$state" in /** @type {object} */ (value))) {
      throw new Error(`${label}: a route's action takes constant options; '${option}' is bound to the page`);
    }
  }
  const def = { ...module.DEFINITIONS[fn], where: `dc.${pattern}.${fn}` };
  const compiled = compileOptions(def, allTypes(), /** @type {Record<string, unknown>} */ (options));
  if (compiled.error !== null) throw new Error(`${label}: ${compiled.error}`);
  const { values: count, context: wantsContext } = def.signature;
  const invalid = () => (def.invalid ? def.invalid(compiled.options) : NO_UPDATE);
  let warned = false;

  return (call) => {
    const values = count === 0 ? [] : count === 1 ? [call.trigger ? call.trigger.value : null] : call.values;
    if (count !== "any" && values.length !== count) {
      throw new Error(`${def.where} takes ${count} value(s), got ${values.length}`);
    }
    const args = wantsContext ? [...values, call.context] : values;
    // As the binding layer does for a function of its own: a failure gives the function's invalid
    // result (a formatter's fallback) and one warning, never an exception.
    const fail = (/** @type {unknown} */ error) => {
      if (!warned) {
        warned = true;
        console.warn(`dashclient: ${def.where} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return invalid();
    };
    try {
      const result = compiled.run(...args);
      return result && typeof result.then === "function" ? result.catch(fail) : result;
    } catch (error) {
      return fail(error);
    }
  };
}
