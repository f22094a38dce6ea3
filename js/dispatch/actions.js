// @ts-check
// A route may run another dashclient function, written as data (Python's action.to_json()):
// {"$op": "action", "action": "format.number", "options": {"specifier": ",.0f"}}. The name is
// looked up in the pattern modules below — an allow-list, never code from the string — and the
// options are validated and compiled once, like any binding's. The Python twin resolves the same
// name with dc.Action.from_json.
//
// What the function reads: no value, the trigger's value (a function of one value), or every
// value of the callback (a function of "any" number, or of exactly as many as the callback has),
// and the context snapshot when its signature asks for it. An option bound to an Input or State
// ({"$state": {"id": ..., "property": ...}}, a patch reading the current value) is read from the
// context: the dependency must be one of the callback's (dc.callback checks it).
import * as format from "../format.js";
import * as patch from "../patch.js";
import * as keys from "../keys.js";
import * as fetch from "../fetch.js";
import * as figure from "../figure.js";
import * as dispatch from "../dispatch.js"; // a cycle, harmless: read only when a route is compiled
import { compileOptions } from "../core/binding.js";
import { GENERIC_TYPES, validateOptions } from "../core/schema.js";
import { NO_UPDATE } from "../core/sentinels.js";
import { isPlainObject, readDependency, show, wildcardOf } from "./ids.js";

/** @typedef {import("./values.js").Evaluate} Evaluate */

/**
 * The patterns whose functions a route may run (the binding layer's internal ones are not).
 * tests/js/dispatch.test.js checks that it lists every pattern of js/namespaces.js.
 * @type {Record<string, {DEFINITIONS: Record<string, any>, TYPES: Record<string, any>}>}
 */
export const ROUTABLE = { format, patch, dispatch, keys, fetch, figure };

/** Distinct sets of options read from the page kept compiled per routed action (as the binding does). */
const MAX_CACHED = 256;

/** How Python's to_json names a user's own action (dc.action): its JS half needs the page to be found. */
const USER_PREFIX = "user:";

/**
 * Every option type of the routable patterns, with their cross-option checks under `$checks`, as
 * js/namespaces.js gathers them (a routed function validates its options with them; a node test
 * checks both agree).
 */
export function allTypes() {
  /** @type {Record<string, any>} */
  const types = { ...GENERIC_TYPES };
  /** @type {Record<string, any>} */
  const checks = {};
  for (const module of Object.values(ROUTABLE)) {
    Object.assign(types, module.TYPES);
    Object.assign(checks, /** @type {any} */ (module).CHECKS || {});
  }
  Object.defineProperty(types, "$checks", { value: Object.freeze(checks), enumerable: true });
  return types;
}

/**
 * An option read from the page, as Python's to_json writes it: {"$input"|"$state": {id, property}}.
 * @param {unknown} value @returns {{id: string | Record<string, unknown>, property: string} | null}
 */
function pageReference(value) {
  if (!isPlainObject(value)) return null;
  const record = /** @type {Record<string, any>} */ (value);
  const names = Object.keys(record);
  if (names.length !== 1 || (names[0] !== "$input" && names[0] !== "$state")) return null;
  return record[names[0]];
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
  // Only actions: a component's own functions (keys.parse) are not route values.
  if (!module || !fn || !Object.prototype.hasOwnProperty.call(module.DEFINITIONS, fn) || module.DEFINITIONS[fn].kind !== "action") {
    throw new Error(`${label}: no dashclient action ${show(name)}`);
  }
  if (!isPlainObject(options)) throw new Error(`${label}: an action's 'options' must be a dict, got ${show(options)}`);
  const def = { ...module.DEFINITIONS[fn], where: `dc.${pattern}.${fn}` };
  const types = allTypes();
  /** @type {Record<string, unknown>} */
  const constants = {};
  /** @type {[string, {id: string | Record<string, unknown>, property: string}][]} */
  const fromPage = [];
  for (const [option, value] of Object.entries(/** @type {Record<string, unknown>} */ (options))) {
    const ref = pageReference(value);
    if (!ref) constants[option] = value;
    else if (isPlainObject(ref) && (typeof ref.id === "string" || isPlainObject(ref.id)) && typeof ref.property === "string") {
      const wildcard = isPlainObject(ref.id) ? Object.values(ref.id).map(wildcardOf).find((w) => w === "ALL" || w === "ALLSMALLER") : undefined;
      if (wildcard) throw new Error(`${label}: option '${option}' reads one value; its id cannot use ${wildcard}`);
      fromPage.push([option, ref]);
    } else throw new Error(`${label}: option '${option}' reads the page from ${show(ref)}; give {"id": ..., "property": ...}`);
  }
  // Constants are checked now, as Python checks them when the action is bound; options read from
  // the page, on every call (each distinct set compiled once).
  const fixed = compileOptions(def, types, constants);
  if (fixed.error !== null && !fromPage.length) throw new Error(`${label}: ${fixed.error}`);
  for (const [option, value] of Object.entries(constants)) {
    try {
      validateOptions(types, def.where, def.options, [], { [option]: value });
    } catch (error) {
      throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  /** @type {Map<string, import("../core/binding.js").Compiled>} */
  const perPage = new Map();
  // An option whose schema says cache: false (a prop's current value: large, new on every call)
  // is never a cache key, as in the binding layer: such options are compiled on every call.
  const everyCall = fromPage.some(([option]) => def.options[option] && def.options[option].cache === false);
  const compiledFor = (/** @type {any} */ context) => {
    if (!fromPage.length) return fixed;
    const page = Object.fromEntries(fromPage.map(([option, ref]) => [option, readDependency(context, ref)?.value ?? null]));
    if (everyCall) return compileOptions(def, types, { ...constants, ...page });
    const key = JSON.stringify(fromPage.map(([option]) => page[option]));
    let compiled = perPage.get(key);
    if (!compiled) {
      if (perPage.size >= MAX_CACHED) perPage.delete(/** @type {string} */ (perPage.keys().next().value));
      compiled = compileOptions(def, types, { ...constants, ...page });
      perPage.set(key, compiled);
    }
    return compiled;
  };
  const { values: count, context: wantsContext } = def.signature;
  let warned = false;
  const warnOnce = (/** @type {string} */ message) => {
    if (!warned) {
      warned = true;
      console.warn(`dashclient: ${message}`);
    }
  };

  return (call) => {
    const values = count === 0 ? [] : count === 1 ? [call.trigger ? call.trigger.value : null] : call.values;
    if (count !== "any" && values.length !== count) {
      throw new Error(`${def.where} takes ${count} value(s), got ${values.length}`);
    }
    const compiled = compiledFor(call.context);
    // As the binding layer does for a function of its own: invalid options from the page, or a
    // failure, give the function's invalid result (a formatter's fallback) and one warning.
    const invalid = () => (def.invalid ? def.invalid(compiled.options) : NO_UPDATE);
    if (compiled.error !== null) {
      warnOnce(compiled.error);
      return invalid();
    }
    const fail = (/** @type {unknown} */ error) => {
      warnOnce(`${def.where} failed: ${error instanceof Error ? error.message : String(error)}`);
      return invalid();
    };
    const args = wantsContext ? [...values, call.context] : values;
    try {
      const result = compiled.run(...args);
      return result && typeof result.then === "function" ? result.catch(fail) : result;
    } catch (error) {
      return fail(error);
    }
  };
}
