// @ts-check
/**
 * Bound names: how static options reach the browser without eval.
 *
 * Dash calls a clientside function as `dash_clientside[namespace][function_name](...values)`.
 * The Python side encodes an action's non-default options into the function name:
 *
 *     name ":" canonical-JSON-object        e.g.  currency:{"currency":"EUR","locale":"de-DE"}
 *
 * `bindable(table)` wraps a namespace's function table in a Proxy that resolves such a name to
 * the plain function with its options appended as the last argument. The JSON is data, parsed
 * once per name; the function comes from the table (an allow-list), never from the string.
 */

export const BIND_SEPARATOR = ":";

/**
 * Split a bound name into its function name and options.
 * @param {string} boundName
 * @returns {{name: string, options: object} | null} null when the name is not a bound name
 */
export function parseBoundName(boundName) {
  const at = boundName.indexOf(BIND_SEPARATOR);
  if (at <= 0) return null;
  let options;
  try {
    options = JSON.parse(boundName.slice(at + 1));
  } catch (_) {
    return null;
  }
  if (options === null || typeof options !== "object" || Array.isArray(options)) return null;
  return { name: boundName.slice(0, at), options };
}

/**
 * How a plain function takes bound options: appended as the last argument.
 * @param {Function} fn @param {object} options
 */
export const appendOptions = (fn, options) => (/** @type {unknown[]} */ ...values) => fn(...values, options);

/**
 * Wrap a function table so bound names resolve to functions with their options applied.
 * @param {Record<string, Function>} table
 * @param {(name: string, options: Record<string, any>) => Function | undefined} [resolve] the
 *   function a bound name stands for (the binding layer's); by default the table's own function
 *   with the frozen options appended
 * @returns {Record<string, Function>}
 */
export function bindable(table, resolve) {
  /** @type {Map<string, Function>} */
  const bound = new Map();
  return new Proxy(table, {
    get(target, prop, receiver) {
      if (typeof prop !== "string" || Object.prototype.hasOwnProperty.call(target, prop)) {
        return Reflect.get(target, prop, receiver);
      }
      const cached = bound.get(prop);
      if (cached) return cached;
      const parsed = parseBoundName(prop);
      if (!parsed || !Object.prototype.hasOwnProperty.call(target, parsed.name)) return undefined;
      const options = Object.freeze(parsed.options);
      const fn = (resolve && resolve(parsed.name, options)) || appendOptions(target[parsed.name], options);
      bound.set(prop, fn);
      return fn;
    },
  });
}
