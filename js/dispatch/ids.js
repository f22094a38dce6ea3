// @ts-check
// Component ids as the dispatcher sees them: which trigger decides, which route key matches it,
// which context entry a reference names. The Python twin is dashclient/_dispatch/ids.py.
//
// Dash writes a triggered prop as "btn.n_clicks" or, for a dict id, as sorted-key JSON followed by
// the property: '{"index":3,"type":"btn"}.n_clicks'. A dict id's values are strings, numbers or
// booleans; in a pattern, a wildcard is written as Dash serialises it: ["ALL"], ["MATCH"],
// ["ALLSMALLER"].

export const WILDCARDS = ["ALL", "MATCH", "ALLSMALLER"];

/**
 * The wildcard a pattern value stands for, or null for a plain value.
 * @param {unknown} value
 * @returns {string | null}
 */
export function wildcardOf(value) {
  return Array.isArray(value) && value.length === 1 && WILDCARDS.includes(value[0]) ? value[0] : null;
}

/** @param {unknown} value */
export const isPlainObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** @param {unknown} value a value a dict id may hold */
export const isIdScalar = (value) =>
  typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));

/**
 * Two id values are the same: same kind and equal (true is not 1, as in Dash's matching).
 * @param {unknown} a @param {unknown} b
 */
export const same = (a, b) => typeof a === typeof b && a === b;

/**
 * "btn.n_clicks" -> {id: "btn", property: "n_clicks"}; a dict id is parsed from its JSON.
 * @param {unknown} propId
 * @returns {{id: string | Record<string, unknown>, property: string} | null} null when it names nothing
 */
export function parsePropId(propId) {
  if (typeof propId !== "string" || propId === "" || propId === ".") return null;
  if (propId.startsWith("{")) {
    const end = propId.lastIndexOf("}");
    try {
      const id = JSON.parse(propId.slice(0, end + 1));
      return isPlainObject(id) ? { id, property: propId.slice(end + 2) } : null;
    } catch (_) {
      return null;
    }
  }
  const dot = propId.indexOf(".");
  return dot > 0 ? { id: propId.slice(0, dot), property: propId.slice(dot + 1) } : null;
}

/**
 * A route key matches a trigger id: a string key equals a string id; a dict key's every field is
 * in the dict id with the same value (other fields of the id may be anything).
 * @param {string | Record<string, unknown>} key @param {unknown} id
 */
export function keyMatches(key, id) {
  if (typeof key === "string") return id === key;
  if (!isPlainObject(id)) return false;
  const fields = /** @type {Record<string, unknown>} */ (id);
  return Object.entries(key).every(([name, value]) => Object.prototype.hasOwnProperty.call(fields, name) && same(fields[name], value));
}

/**
 * A dependency's id (possibly with wildcards) matches a concrete id: same fields, each equal or a
 * wildcard.
 * @param {string | Record<string, unknown>} pattern @param {unknown} id
 */
export function patternMatches(pattern, id) {
  if (typeof pattern === "string") return id === pattern;
  if (!isPlainObject(id)) return false;
  const fields = /** @type {Record<string, unknown>} */ (id);
  const names = Object.keys(pattern);
  return (
    names.length === Object.keys(fields).length &&
    names.every((name) => Object.prototype.hasOwnProperty.call(fields, name) && (wildcardOf(pattern[name]) !== null || same(fields[name], pattern[name])))
  );
}

/**
 * The current value of an Input or State the callback reads, from the context snapshot (Inputs
 * first, then States): `{value}`, or null when the context has no such entry. The reference's id
 * may hold MATCH (it matches the one concrete id of the call).
 * @param {any} context @param {{id: string | Record<string, unknown>, property: string}} ref
 * @returns {{value: unknown} | null}
 */
export function readDependency(context, ref) {
  for (const group of [context && context.inputs, context && context.states]) {
    if (!isPlainObject(group)) continue;
    for (const [propId, value] of Object.entries(group)) {
      const parsed = parsePropId(propId);
      if (parsed && parsed.property === ref.property && patternMatches(ref.id, parsed.id)) return { value };
    }
  }
  return null;
}

/**
 * A JSON-like value as messages show it (the Python twin writes the same): strings quoted as
 * Python's repr does, anything else as compact JSON with sorted keys.
 * @param {unknown} value
 * @returns {string}
 */
export function show(value) {
  if (typeof value === "string") return `'${value}'`;
  return canonical(value);
}

/** @param {unknown} value @returns {string} */
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isPlainObject(value)) {
    const record = /** @type {Record<string, unknown>} */ (value);
    return `{${Object.keys(record).sort().map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(",")}}`;
  }
  if (value === undefined) return "undefined";
  return JSON.stringify(value) ?? String(value);
}
