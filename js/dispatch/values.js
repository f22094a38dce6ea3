// @ts-check
// What a route gives one output: a JSON constant, or an operation written as data. The Python
// twin is dashclient/_dispatch/values.py; the Python classes (dc.dispatch.Toggle, ...) write
// exactly these objects.
//
//   {"$op": "no_update"}                                leave the output as it is
//   {"$op": "constant", "value": v}                     v itself, even a dict holding "$op"
//   {"$op": "toggle", "of": {"id": ..., "property": p}} the opposite of that Input/State's value
//   {"$op": "trigger_value"}                            the triggering property's value
//   {"$op": "trigger_id", "key": null | "index"}        the trigger's id, or one field of it
//   {"$op": "lookup", "table": [...] | {...}, "key": "index", "missing": v | no_update}
//                                                       the table entry at the trigger id's field
//   {"$op": "action", "action": "format.number", "options": {...}}
//                                                       another dashclient function (actions.js)
//
// Results are fresh copies: Dash and user code may mutate what a callback returns (dash #1819),
// and the table must stay as it was bound.
import { clone } from "../core/context.js";
import { NO_UPDATE } from "../core/sentinels.js";
import { isIdScalar, isPlainObject, readDependency, show, wildcardOf } from "./ids.js";
import { compileAction } from "./actions.js";
import { isFalsy } from "./trigger.js";

/**
 * What one call of the dispatcher knows: the deciding trigger (null on a call nothing triggered),
 * the context snapshot and the callback's values (Inputs then States).
 * @typedef {{trigger: {id: unknown, property: string, value: unknown} | null, context: any, values: unknown[]}} Call
 * @typedef {(call: Call) => unknown} Evaluate
 */

const ABSENT = Symbol("absent");

/** @param {unknown} value */
export const isOperation = (value) => isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, "$op");

/**
 * Why a value is not JSON data, or null when it is.
 * @param {unknown} value @returns {string | null}
 */
function notJson(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : String(value);
  if (Array.isArray(value)) return value.reduce((found, item) => found ?? notJson(item), /** @type {string | null} */ (null));
  if (isPlainObject(value)) return Object.values(/** @type {object} */ (value)).reduce((found, item) => found ?? notJson(item), null);
  return typeof value === "function" ? "a function" : String(typeof value);
}

/** @param {unknown} value @param {string} label */
function checkConstant(value, label) {
  const bad = notJson(value);
  if (bad !== null) throw new Error(`${label}: a constant must be JSON data, got ${bad}`);
  return value;
}

/**
 * @param {Record<string, unknown>} op @param {string} label @param {string[]} fields @param {string[]} required
 */
function checkFields(op, label, fields, required) {
  const name = op.$op;
  for (const field of Object.keys(op)) {
    if (field !== "$op" && !fields.includes(field)) {
      throw new Error(`${label}: operation '${name}' has no field '${field}' (it takes: ${fields.join(", ") || "none"})`);
    }
  }
  for (const field of required) {
    if (!Object.prototype.hasOwnProperty.call(op, field)) throw new Error(`${label}: operation '${name}' needs the field '${field}'`);
  }
}

/**
 * toggle's reference: {"id": "modal" | {...}, "property": "opened"}; one value, so no ALL/ALLSMALLER.
 * @param {unknown} of @param {string} label
 * @returns {{id: string | Record<string, unknown>, property: string}}
 */
function checkReference(of, label) {
  const ref = /** @type {any} */ (of);
  const idOk = (typeof ref?.id === "string" && ref.id !== "") || isPlainObject(ref?.id);
  if (!isPlainObject(ref) || !idOk || typeof ref.property !== "string" || Object.keys(ref).length !== 2) {
    throw new Error(`${label}: toggle's 'of' must be {"id": ..., "property": ...}, got ${show(of)}`);
  }
  if (isPlainObject(ref.id)) {
    for (const [field, value] of Object.entries(ref.id)) {
      const wildcard = wildcardOf(value);
      if (wildcard === "ALL" || wildcard === "ALLSMALLER") throw new Error(`${label}: toggle reads one value; its id cannot use ${wildcard}`);
      if (wildcard === null && !isIdScalar(value)) throw new Error(`${label}: toggle's id field '${field}' must be a string, a number or a boolean`);
    }
  }
  return ref;
}

/**
 * An entry of a lookup table: a list by integer position, a dict by string key (an integer key
 * is written in decimal, as JSON writes a Python dict's integer keys).
 * @param {unknown[] | Record<string, unknown>} table @param {unknown} key
 */
function entryOf(table, key) {
  if (typeof key === "boolean") return ABSENT;
  if (Array.isArray(table)) {
    return Number.isInteger(key) && /** @type {number} */ (key) >= 0 && /** @type {number} */ (key) < table.length ? table[/** @type {number} */ (key)] : ABSENT;
  }
  const name = typeof key === "string" ? key : Number.isSafeInteger(key) ? String(key) : null;
  return name !== null && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : ABSENT;
}

/** @type {Record<string, {fields: string[], required: string[], compile: (op: any, label: string) => Evaluate}>} */
const OPERATIONS = {
  no_update: { fields: [], required: [], compile: () => () => NO_UPDATE },
  constant: {
    fields: ["value"],
    required: ["value"],
    compile: (op, label) => {
      const value = checkConstant(op.value, label);
      return () => clone(value);
    },
  },
  toggle: {
    fields: ["of"],
    required: ["of"],
    compile: (op, label) => {
      const ref = checkReference(op.of, label);
      return (call) => {
        const found = readDependency(call.context, ref);
        return found ? isFalsy(found.value) : NO_UPDATE;
      };
    },
  },
  trigger_value: { fields: [], required: [], compile: () => (call) => (call.trigger ? clone(call.trigger.value) : null) },
  trigger_id: {
    fields: ["key"],
    required: [],
    compile: (op, label) => {
      const key = op.key ?? null;
      if (key !== null && typeof key !== "string") throw new Error(`${label}: trigger_id's 'key' must be a string or None, got ${show(key)}`);
      return (call) => {
        if (!call.trigger) return null;
        const id = call.trigger.id;
        if (key === null) return clone(id);
        return isPlainObject(id) && Object.prototype.hasOwnProperty.call(id, key) ? /** @type {any} */ (id)[key] : null;
      };
    },
  },
  lookup: {
    fields: ["table", "key", "missing"],
    required: ["table"],
    compile: (op, label) => {
      const table = op.table;
      if (!Array.isArray(table) && !isPlainObject(table)) throw new Error(`${label}: lookup's 'table' must be a list or a dict, got ${show(table)}`);
      checkConstant(table, label);
      const key = Object.prototype.hasOwnProperty.call(op, "key") ? op.key : "index";
      if (typeof key !== "string") throw new Error(`${label}: lookup's 'key' must be a string, got ${show(key)}`);
      const missingValue = Object.prototype.hasOwnProperty.call(op, "missing") ? op.missing : { $op: "no_update" };
      if (isOperation(missingValue) && missingValue.$op !== "no_update" && missingValue.$op !== "constant") {
        throw new Error(`${label}: lookup's 'missing' must be a constant or no_update, got ${show(missingValue)}`);
      }
      const missing = compileSlot(missingValue, label);
      return (call) => {
        if (!call.trigger) return missing(call);
        const id = /** @type {any} */ (call.trigger.id);
        const at = typeof id === "string" ? id : isPlainObject(id) && Object.prototype.hasOwnProperty.call(id, key) ? id[key] : ABSENT;
        const entry = at === ABSENT ? ABSENT : entryOf(table, at);
        return entry === ABSENT ? missing(call) : clone(entry);
      };
    },
  },
  action: {
    fields: ["action", "options"],
    required: ["action"],
    compile: (op, label) => compileAction(op.action, op.options ?? {}, label),
  },
};

/**
 * One output's value, checked and compiled.
 * @param {unknown} slot @param {string} label
 * @returns {Evaluate}
 */
export function compileSlot(slot, label) {
  if (!isOperation(slot)) {
    const value = checkConstant(slot, label);
    return () => clone(value);
  }
  const op = /** @type {Record<string, unknown>} */ (slot);
  const operation = typeof op.$op === "string" && Object.prototype.hasOwnProperty.call(OPERATIONS, op.$op) ? OPERATIONS[op.$op] : null;
  if (!operation) {
    throw new Error(`${label}: unknown operation ${show(op.$op)}; operations are ${Object.keys(OPERATIONS).sort().join(", ")}`);
  }
  checkFields(op, label, operation.fields, operation.required);
  return operation.compile(op, label);
}
