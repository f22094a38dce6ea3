// @ts-check
// Option schemas the patch functions share, and the domain types they use. Each type's Python
// twin is in dashclient/_types.py; spec.json carries the schemas to Python.

/** In an `item` or a `path`, this string stands for the triggering value. */
export const VALUE = "$value";

/** The default of `current`: no current value is bound, so nothing can be checked against it. */
export const UNBOUND = "$unbound";

export const PATH = {
  type: "patch_path", default: [],
  doc: "keys and indices from the prop to the target, e.g. ['data', 0, 'y']; [] is the prop itself; negative indices count from the end; '$value' is the triggering value",
};

/** A path that must name a key or an index (dash.Patch cannot assign or delete the prop itself). */
export const KEY_PATH = {
  type: "patch_key_path", default: [VALUE],
  doc: "keys and indices from the prop to the key or index to change; the default is the key or index the triggering value names",
};

export const ITEM = {
  type: "patch_item", default: VALUE,
  doc: "the item; the default '$value' is the triggering value; a template may hold '$value' anywhere (in Python, Dash components too)",
};

export const CURRENT = {
  type: "patch_current", default: UNBOUND, cache: false,
  doc: "the prop's value now: bind it to State(output id, prop) to check paths, indices and types before patching (needed by toggle, max_length, max_points)",
};

/** A rolling window: at most this many items; older ones drop out. */
export const windowOption = (/** @type {string} */ doc) => ({ type: "integer", min: 1, nullable: true, default: null, doc });

/** One triggering value in, one Patch out. */
export const ONE_VALUE = { values: 1, outputs: 1, context: false };

/** What every patch function returns (or no_update). */
export const RETURNS =
  '{ __dash_patch_update: "__dash_patch_update"; operations: { operation: string; location: (string | number)[]; params: Record<string, unknown> }[] }';

const fail = () => {
  throw new TypeError();
};

const isKey = (/** @type {unknown} */ key) => typeof key === "string" || Number.isInteger(key);

/** @param {unknown} value @param {boolean} nonEmpty */
function checkPath(value, nonEmpty) {
  if (!Array.isArray(value) || !value.every(isKey) || (nonEmpty && value.length === 0)) fail();
  return [.../** @type {unknown[]} */ (value)];
}

/** The domain types of the patch options; each checker returns the normalised value or throws. */
export const TYPES = {
  patch_path: {
    ts: "(string | number)[]",
    expected: "a list of keys (strings) and indices (integers)",
    check: (/** @type {unknown} */ value) => checkPath(value, false),
  },
  patch_key_path: {
    ts: "(string | number)[]",
    expected: "a non-empty list of keys (strings) and indices (integers)",
    check: (/** @type {unknown} */ value) => checkPath(value, true),
  },
  patch_item: {
    ts: "unknown",
    expected: "a JSON value",
    check: (/** @type {unknown} */ value) => {
      if (value === undefined || typeof value === "function" || typeof value === "symbol") fail();
      return value;
    },
  },
  patch_current: {
    ts: "unknown",
    expected: "the value of the prop being patched (bind it to a State of the output); an unset prop (None) cannot be patched",
    // O(1): the value may be a 100k-point figure, checked on every call.
    check: (/** @type {unknown} */ value) => {
      if (value === null || value === undefined || typeof value === "function" || typeof value === "symbol") fail();
      return value;
    },
  },
  trace_indices: {
    ts: "number[]",
    expected: "a non-empty list of distinct trace indices (integers)",
    check: (/** @type {unknown} */ value) => {
      if (!Array.isArray(value) || value.length === 0 || !value.every((i) => Number.isInteger(i))) fail();
      if (new Set(value).size !== value.length) fail();
      return [...value];
    },
  },
};
