// @ts-check
// dashclient_keys: keyboard shortcuts. The Shortcuts layout component (keys/component.js) and the
// two pure functions behind it, each with a Python twin: `parse` (one key expression, the grammar
// of keys/grammar.js) and `describe` (a component's bindings, checked and normalised).
import { defineFunction } from "./core/define.js";
import { BINDING_OPTIONS, STEPS, describeBindings } from "./keys/bindings.js";
import { shortcutsComponent } from "./keys/component.js";
import { parseKeys } from "./keys/grammar.js";
import { KEY_ALIASES, MODIFIER_LABELS, MODIFIER_ORDER, MODIFIERS, NAMED_KEYS, SEQUENCE_LABEL_JOIN } from "./keys/names.js";
import { pageOf } from "./keys/page.js";
import { DEFAULT_SEQUENCE_TIMEOUT } from "./keys/sequence.js";
import { TYPES } from "./keys/types.js";

const PLATFORM = {
  type: "enum",
  enum: ["other", "mac"],
  default: "other",
  doc: "mac: mod is meta and labels read ⇧⌘K; other (Windows, Linux): mod is ctrl, labels read Ctrl+Shift+K",
};

export const parse = defineFunction({
  kind: "component",
  doc: "A key expression ('mod+s', 'g i', '?') for a platform: canonical keys, label and chords, or the error.",
  signature: { values: 1, outputs: 1, context: false },
  returns: "{keys: string | null, label: string, sequence: object[], error: string | null}",
  options: { platform: PLATFORM },
  compile: ({ platform }) => (/** @type {unknown} */ expression) => parseKeys(expression, platform),
});

export const describe = defineFunction({
  kind: "component",
  doc: "A Shortcuts component's bindings, checked and normalised (canonical keys, label, defaults); the invalid ones' messages in errors.",
  signature: { values: 1, outputs: 1, context: false },
  returns: "{bindings: object[], errors: string[]}",
  options: { platform: PLATFORM },
  compile: ({ platform }) => (/** @type {unknown} */ bindings) => describeBindings(bindings, platform),
});

/** Definitions of the namespace's functions, by their public (snake_case) names. */
export const DEFINITIONS = { parse, describe };

/** The domain types of their options (keys/types.js). */
export { TYPES };

/** The Shortcuts component's own props (besides id, bindings and event), checked in Python too. */
export const COMPONENT_PROPS = {
  disabled: { type: "boolean", default: false, doc: "no binding fires while true" },
  sequence_timeout: {
    type: "integer", min: 1, max: 60000, default: DEFAULT_SEQUENCE_TIMEOUT,
    doc: "milliseconds allowed between the chords of a sequence",
  },
  platform: { ...PLATFORM, nullable: true, default: null, doc: "None: detected in the browser (macOS, iOS: mac)" },
};

/** Layout components: window.dashclient.<name>, made from the page when the bundle loads. */
export const COMPONENTS = { Shortcuts: (/** @type {any} */ window) => shortcutsComponent(pageOf(window)) };

/** What Python reads from spec.json (data.keys): the grammar's words and the bindings' schemas. */
export const DATA = {
  modifiers: MODIFIERS,
  modifier_order: MODIFIER_ORDER,
  modifier_labels: MODIFIER_LABELS,
  sequence_label_join: SEQUENCE_LABEL_JOIN,
  named_keys: NAMED_KEYS,
  key_aliases: KEY_ALIASES,
  binding_options: BINDING_OPTIONS,
  steps: STEPS,
  component_props: COMPONENT_PROPS,
};
