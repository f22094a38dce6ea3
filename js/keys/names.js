// @ts-check
// The words of the key grammar (grammar.js): modifiers, named keys and their aliases, and how a
// cheat sheet writes them. Data only; spec.json carries it to Python (data.keys), so the Python
// parser (dashclient/_keys/grammar.py) reads the same table.

/** Modifier words, aliases included, to the modifier they mean. `mod` is meta on macOS, ctrl elsewhere. */
export const MODIFIERS = {
  mod: "mod",
  ctrl: "ctrl",
  control: "ctrl",
  alt: "alt",
  option: "alt",
  shift: "shift",
  meta: "meta",
  cmd: "meta",
  command: "meta",
};

/** The order modifiers are written in a canonical expression. */
export const MODIFIER_ORDER = ["mod", "ctrl", "alt", "shift", "meta"];

/** How a label writes the modifiers: macOS symbols in Apple's order (⌃⌥⇧⌘), words elsewhere. */
export const MODIFIER_LABELS = {
  mac: { order: ["ctrl", "alt", "shift", "meta"], ctrl: "⌃", alt: "⌥", shift: "⇧", meta: "⌘", join: "" },
  other: { order: ["ctrl", "alt", "shift", "meta"], ctrl: "Ctrl", alt: "Alt", shift: "Shift", meta: "Meta", join: "+" },
};

/** Between the chords of a sequence in a label: "G then I". */
export const SEQUENCE_LABEL_JOIN = " then ";

/**
 * Named keys: the name an expression uses, the `event.key` values it matches, its label.
 * `typed: true` marks a key matched on the character it types (Shift not checked), like any
 * one-character key without case.
 * @type {Record<string, {values: string[], label: string, typed?: boolean}>}
 */
export const NAMED_KEYS = {
  enter: { values: ["Enter"], label: "Enter" },
  escape: { values: ["Escape", "Esc"], label: "Esc" },
  tab: { values: ["Tab"], label: "Tab" },
  space: { values: [" ", "Spacebar"], label: "Space" },
  backspace: { values: ["Backspace"], label: "Backspace" },
  delete: { values: ["Delete", "Del"], label: "Delete" },
  insert: { values: ["Insert"], label: "Insert" },
  home: { values: ["Home"], label: "Home" },
  end: { values: ["End"], label: "End" },
  pageup: { values: ["PageUp"], label: "PageUp" },
  pagedown: { values: ["PageDown"], label: "PageDown" },
  arrowup: { values: ["ArrowUp", "Up"], label: "↑" },
  arrowdown: { values: ["ArrowDown", "Down"], label: "↓" },
  arrowleft: { values: ["ArrowLeft", "Left"], label: "←" },
  arrowright: { values: ["ArrowRight", "Right"], label: "→" },
  plus: { values: ["+"], label: "+", typed: true },
  ...Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`f${i + 1}`, { values: [`F${i + 1}`], label: `F${i + 1}` }])),
};

/** Other spellings of named keys. */
export const KEY_ALIASES = {
  esc: "escape",
  return: "enter",
  up: "arrowup",
  down: "arrowdown",
  left: "arrowleft",
  right: "arrowright",
  del: "delete",
  ins: "insert",
  pgup: "pageup",
  pgdn: "pagedown",
  spacebar: "space",
};

/** `event.key` values of keys that only modify others: pressing one alone never breaks a sequence. */
export const MODIFIER_KEY_VALUES = ["Shift", "Control", "Alt", "AltGraph", "Meta", "OS", "Super", "Hyper", "Fn", "CapsLock"];
