// @ts-check
// Templates and paths: '$value' filled with the triggering value, and a path walked through the
// prop's current value the way Dash will apply it, so a patch that would throw while Dash applies
// it, or corrupt the prop silently (an index out of range), is refused before it is built.
// Twin: dashclient/_patch/locate.py.
import { clone } from "../core/context.js";
import { UNBOUND, VALUE } from "./options.js";

/** Bad input: the binding turns it into no_update and one console warning. */
export class PatchInputError extends Error {}

/** @param {string} message @returns {never} */
export function bad(message) {
  throw new PatchInputError(message);
}

export const isList = (/** @type {unknown} */ value) => Array.isArray(value);
export const isDict = (/** @type {unknown} */ value) => value !== null && typeof value === "object" && !Array.isArray(value);
const isIndex = (/** @type {unknown} */ key) => typeof key === "number" && Number.isInteger(key);

/** What a value is, in the words both halves use. @param {unknown} value */
export function kind(value) {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "number") return "a number";
  if (typeof value === "string") return "a string";
  return Array.isArray(value) ? "a list" : "a dict";
}

/** A path as both halves write it in messages. @param {unknown} path */
export const json = (path) => JSON.stringify(path);

/** Whether a value was given: None/undefined means the trigger has not fired (an initial call). */
export const isMissing = (/** @type {unknown} */ value) => value === null || value === undefined;

/** Whether the prop's current value is known (bound to a State). */
export const isKnown = (/** @type {unknown} */ current) => current !== UNBOUND;

/**
 * A copy of `template` with every '$value' string (in lists and dict values, at any depth)
 * replaced by a copy of the triggering value.
 * @param {unknown} template @param {unknown} value @returns {unknown}
 */
export function fill(template, value) {
  if (template === VALUE) return clone(value);
  if (Array.isArray(template)) return template.map((item) => fill(item, value));
  if (isDict(template)) {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [key, item] of Object.entries(/** @type {object} */ (template))) out[key] = fill(item, value);
    return out;
  }
  return template;
}

/**
 * The path with '$value' filled in; the value must then be a key or an index.
 * @param {(string | number)[]} path @param {unknown} value @returns {(string | number)[]}
 */
export function fillPath(path, value) {
  return path.map((key) => {
    if (key !== VALUE) return key;
    if (typeof value === "string" || isIndex(value)) return /** @type {string | number} */ (value);
    return bad(`path ${json(path)}: '$value' is ${kind(value)}, not a key or an index`);
  });
}

/**
 * Walk `path` through `current` as Dash will: a string key into a dict, an integer index into a
 * list (negative from the end, within range). With `newKey`, the last key may be missing from its
 * dict (an assignment creates it).
 * @param {unknown} current @param {(string | number)[]} path @param {{newKey?: boolean}} [how]
 * @returns {{exists: boolean, value: unknown}}
 */
export function at(current, path, how = {}) {
  let node = current;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const last = i === path.length - 1;
    if (Array.isArray(node)) {
      if (!isIndex(key)) bad(`path ${json(path)}: ${json(key)} is not an index, but ${json(path.slice(0, i))} is a list`);
      const n = node.length;
      const index = /** @type {number} */ (key);
      if (index < -n || index >= n) bad(`path ${json(path)}: index ${index} is out of range for a list of ${n}`);
      node = node[index < 0 ? n + index : index];
    } else if (isDict(node)) {
      if (typeof key !== "string") bad(`path ${json(path)}: ${json(key)} is not a key, but ${json(path.slice(0, i))} is a dict`);
      const dict = /** @type {Record<string, unknown>} */ (node);
      if (!Object.prototype.hasOwnProperty.call(dict, key)) {
        if (last && how.newKey) return { exists: false, value: undefined };
        bad(`path ${json(path)}: key ${json(key)} is not there`);
      }
      node = dict[/** @type {string} */ (key)];
    } else {
      bad(`path ${json(path)}: ${json(path.slice(0, i))} is ${kind(node)}, not a list or a dict`);
    }
  }
  return { exists: true, value: node };
}

/**
 * The list at `path`; bad input when it is missing or not a list.
 * @param {unknown} current @param {(string | number)[]} path @returns {unknown[]}
 */
export function listAt(current, path) {
  const { value } = at(current, path);
  if (!Array.isArray(value)) bad(`path ${json(path)}: the target is ${kind(value)}, not a list`);
  return /** @type {unknown[]} */ (value);
}

/**
 * The dict at `path`; bad input when it is missing or not a dict.
 * @param {unknown} current @param {(string | number)[]} path @returns {Record<string, unknown>}
 */
export function dictAt(current, path) {
  const { value } = at(current, path);
  if (!isDict(value)) bad(`path ${json(path)}: the target is ${kind(value)}, not a dict`);
  return /** @type {Record<string, unknown>} */ (value);
}

/**
 * Refuse what cannot work without the current value (at bind time in Python, once per binding in JS).
 * @param {string} where @param {string} what e.g. "option 'max_length'" @param {unknown} current
 */
export function requireCurrent(where, what, current) {
  if (!isKnown(current)) {
    throw new Error(`${where}: ${what} needs option 'current', the prop's value (bind it to a State of the output)`);
  }
}
