// @ts-check
/**
 * A Shortcuts component's `bindings`, checked and normalised: the same rules here (before the
 * component listens) and in Python (dashclient/_keys/bindings.py, when the layout is built).
 *
 * A binding, as data (what `dc.keys.bind(...).to_json()` writes):
 *
 *     {"keys": "mod+s", "steps": [{"set_props": {"id": "status", "props": {"children": "Saving..."}}},
 *                                 {"wait": {"ms": 1000}}, ...],
 *      "name": "save", "description": "Save", "prevent_default": true, ...}
 *
 * Every option but `keys` has a default (BINDING_OPTIONS). A step is a dict with one key, its
 * kind (STEPS), whose value holds the step's fields. An invalid binding is left out and its
 * message listed in `errors`; two bindings with the same keys in the same scope, or the same
 * name, are refused (the second one).
 */
import { GENERIC_TYPES, OptionError, checkOption } from "../core/schema.js";
import { parseKeys } from "./grammar.js";
import { TYPES, idKey } from "./types.js";

const ID = { type: "component_id", default: null };

/** The options of one binding. */
export const BINDING_OPTIONS = {
  keys: { type: "string", default: null, doc: "the key expression: 'mod+s', 'g i', '?'" },
  steps: { type: "array", default: [], doc: "what runs in the browser, in order" },
  name: { type: "string", nullable: true, default: null, doc: "reported as event['binding']; None: the canonical keys" },
  description: { type: "string", default: "", doc: "what a cheat sheet says about it" },
  prevent_default: { type: "boolean", default: false, doc: "call event.preventDefault() (each key of a sequence)" },
  stop_propagation: { type: "boolean", default: false, doc: "the page's own key handlers (and later Shortcuts) never see the key" },
  allow_in_inputs: { type: "boolean", default: false, doc: "also fire while typing in an input, textarea, select or contenteditable" },
  repeat: { type: "boolean", default: false, doc: "fire again while the key is held down (auto-repeat)" },
  scope: { ...ID, nullable: true, doc: "fire only while focus is inside this component; None: anywhere" },
};

/** The steps a binding runs, each a dict with one key: the kind, holding the fields. */
export const STEPS = {
  set_props: { id: ID, props: { type: "object", default: null, doc: "props to set; a value may be Patch JSON" } },
  click: { id: ID },
  focus: { id: ID },
  toggle: { id: ID, prop: { type: "string", default: null, doc: "a boolean prop, set to its opposite" } },
  wait: { ms: { type: "integer", min: 0, max: 600000, default: null, doc: "milliseconds before the next step" } },
  run: {
    action: { type: "action", default: null, doc: "a dashclient action as data (Action.to_json())" },
    outputs: { type: "dependencies", default: [], doc: "where its result goes (set_props)" },
    values: { type: "dependencies", default: [], doc: "the props it reads, in order" },
    context: { type: "boolean", default: false, doc: "whether the function reads the callback context" },
  },
};

const ALL_TYPES = { ...GENERIC_TYPES, ...TYPES };
const STEP_KINDS = Object.keys(STEPS).join(", ");
const hasOwn = (/** @type {object} */ o, /** @type {string} */ k) => Object.prototype.hasOwnProperty.call(o, k);
const isRecord = (/** @type {unknown} */ v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** A refusal with its message (caught per binding). */
class Refused extends Error {}

/**
 * Check a dict of fields against schemas: unknown names first (sorted), then each in order.
 * @param {string} where @param {Record<string, any>} schemas @param {Record<string, unknown>} given
 */
function checkFields(where, schemas, given) {
  const unknown = Object.keys(given).filter((name) => !hasOwn(schemas, name)).sort();
  if (unknown.length) {
    throw new OptionError(where, unknown[0], `unknown option '${unknown[0]}'; options are ${Object.keys(schemas).sort().join(", ")}`);
  }
  /** @type {Record<string, any>} */
  const checked = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const value = hasOwn(given, name) && given[name] !== undefined ? given[name] : schema.default;
    checked[name] = checkOption(ALL_TYPES, where, name, schema, value);
  }
  return checked;
}

/** @param {unknown} step @param {string} where */
function checkStep(step, where) {
  const kinds = isRecord(step) ? Object.keys(/** @type {object} */ (step)) : [];
  const kind = kinds.length === 1 && hasOwn(STEPS, kinds[0]) ? kinds[0] : null;
  const fields = kind ? /** @type {any} */ (step)[kind] : null;
  if (!kind || !isRecord(fields)) {
    throw new Refused(`${where}: a step is a dict with one key, one of ${STEP_KINDS}, holding its fields`);
  }
  return { [kind]: checkFields(where, /** @type {any} */ (STEPS)[kind], fields) };
}

/** @param {unknown} given @param {string} where @param {import("./grammar.js").Platform} platform */
function describeOne(given, where, platform) {
  if (!isRecord(given)) throw new Refused(`${where}: a binding is a dict with 'keys', 'steps' and options`);
  const options = checkFields(where, BINDING_OPTIONS, /** @type {Record<string, unknown>} */ (given));
  const parsed = parseKeys(options.keys, platform);
  if (parsed.error !== null) throw new Refused(`${where}: ${parsed.error}`);
  const steps = options.steps.map((/** @type {unknown} */ step, /** @type {number} */ j) => checkStep(step, `${where}.steps[${j}]`));
  const keys = /** @type {string} */ (parsed.keys);
  return {
    keys,
    name: options.name ?? keys,
    description: options.description,
    label: parsed.label,
    sequence: parsed.sequence,
    steps,
    prevent_default: options.prevent_default,
    stop_propagation: options.stop_propagation,
    allow_in_inputs: options.allow_in_inputs,
    repeat: options.repeat,
    scope: options.scope,
  };
}

/** What makes two bindings collide, per platform: the chords and the scope. @param {any} binding */
function collisionKeys(binding) {
  const scope = binding.scope === null ? "" : idKey(binding.scope);
  return {
    mac: `${JSON.stringify(parseKeys(binding.keys, "mac").sequence)}|${scope}`,
    other: `${JSON.stringify(parseKeys(binding.keys, "other").sequence)}|${scope}`,
  };
}

/**
 * @typedef {ReturnType<typeof describeOne>} Described
 * @param {unknown} bindings @param {import("./grammar.js").Platform} platform
 * @returns {{bindings: Described[], errors: string[]}}
 */
export function describeBindings(bindings, platform) {
  if (!Array.isArray(bindings)) return { bindings: [], errors: ["bindings must be a list"] };
  /** @type {Described[]} */
  const described = [];
  /** @type {string[]} */
  const errors = [];
  /** @type {{index: number, keys: string, name: string, collision: {mac: string, other: string}}[]} */
  const taken = [];
  bindings.forEach((given, index) => {
    const where = `bindings[${index}]`;
    try {
      const binding = describeOne(given, where, platform);
      const collision = collisionKeys(binding);
      const same = taken.find((t) => t.collision.mac === collision.mac || t.collision.other === collision.other);
      if (same) {
        const on = same.collision.mac !== collision.mac ? " outside macOS" : same.collision.other !== collision.other ? " on macOS" : "";
        throw new Refused(`${where}: the same keys as bindings[${same.index}] ('${same.keys}') in the same scope${on}`);
      }
      const named = taken.find((t) => t.name === binding.name);
      if (named) throw new Refused(`${where}: name '${binding.name}' is already used by bindings[${named.index}]; give each its own name`);
      taken.push({ index, keys: binding.keys, name: binding.name, collision });
      described.push(binding);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  });
  return { bindings: described, errors };
}
