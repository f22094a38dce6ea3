// @ts-check
// The option types of key bindings (schema.js checkers). Their Python twins are in
// dashclient/_types.py; tests/unit/test_spec.py checks both halves know the same names.

const fail = () => {
  throw new TypeError();
};

const isRecord = (/** @type {unknown} */ value) => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * A Dash component id as set_props and getLayout take it: a string without "." or "{" (Dash's own
 * rule), or a dict whose values are strings, finite numbers or booleans (no wildcards).
 * @param {unknown} value
 */
export function isComponentId(value) {
  if (typeof value === "string") return value !== "" && !value.includes(".") && !value.includes("{");
  if (!isRecord(value)) return false;
  const entries = Object.entries(/** @type {object} */ (value));
  return (
    entries.length > 0 &&
    entries.every(([, v]) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)))
  );
}

/** @param {unknown} value */
const isDependency = (value) =>
  isRecord(value) &&
  Object.keys(/** @type {object} */ (value)).sort().join(",") === "id,property" &&
  isComponentId(/** @type {any} */ (value).id) &&
  typeof (/** @type {any} */ (value).property) === "string" &&
  /** @type {any} */ (value).property !== "";

export const TYPES = {
  component_id: {
    ts: "string | Record<string, string | number | boolean>",
    expected: "a component id (a string without '.' or '{', or a dict of strings, numbers and booleans)",
    check: (/** @type {unknown} */ value) => (isComponentId(value) ? value : fail()),
  },
  dependencies: {
    ts: "{id: string | Record<string, string | number | boolean>, property: string}[]",
    expected: "a list of {'id': component id, 'property': name}",
    check: (/** @type {unknown} */ value) => (Array.isArray(value) && value.every(isDependency) ? value : fail()),
  },
  action: {
    ts: "{action: string, options: Record<string, unknown>}",
    expected: "an action as data, {'action': 'pattern.function', 'options': {...}}",
    check: (/** @type {unknown} */ value) => {
      const action = /** @type {any} */ (value);
      const ok =
        isRecord(action) &&
        Object.keys(action).sort().join(",") === "action,options" &&
        typeof action.action === "string" &&
        /^[a-z_]+\.[a-z_]+$/.test(action.action) &&
        isRecord(action.options);
      return ok ? value : fail();
    },
  },
};

/**
 * A component id as one string (Dash's stringifyId: a dict's keys sorted), for comparing scopes
 * and for the DOM id of a dict id.
 * @param {string | Record<string, unknown>} id
 */
export function idKey(id) {
  if (typeof id === "string") return id;
  return `{${Object.keys(id)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(id[k])}`)
    .join(",")}}`;
}
