// @ts-check
/**
 * Key expressions: what a binding's `keys` says. Parsed the same way here and in Python's
 * validation (dashclient/_keys/grammar.py); tests/cases/keys/parse.json is the shared table.
 *
 *     expression = chord *( whitespace chord )     "g i": g, then i within the sequence timeout
 *     chord      = *( modifier "+" ) key           "ctrl+shift+k", "mod+s", "?"
 *     modifier   = "mod" | "ctrl" | "alt" | "shift" | "meta"
 *                  (also control = ctrl, option = alt, cmd = command = meta)
 *     key        = named-key | one character
 *     named-key  = enter | escape | tab | space | backspace | delete | insert | home | end
 *                  | pageup | pagedown | arrowup | arrowdown | arrowleft | arrowright | plus | f1 ... f24
 *                  (also esc, return, up, down, left, right, del, ins, pgup, pgdn, spacebar)
 *
 * `mod` is meta (⌘) on macOS and ctrl elsewhere. Whitespace separates chords, so the space and
 * + keys are written `space` and `plus`.
 *
 * Case rules:
 *   - words are case-insensitive: "Ctrl+Enter" is "ctrl+enter";
 *   - a letter names its key whatever its case: "K" is "k"; Shift is written: "shift+k";
 *   - a character without case (digit, punctuation, symbol, `plus`) is matched on the character
 *     the key types, so Shift is not checked: "?" fires for Shift+/ on a US keyboard. "shift+/"
 *     is an error: which character Shift gives depends on the layout, so write that character;
 *   - the modifiers written are exactly the modifiers held: "ctrl+s" does not fire for Ctrl+Alt+S;
 *   - letters a-z and digits fall back to the physical key (event.code KeyA, Digit1) when the
 *     layout types another script (Cyrillic, Greek, ...) or Alt composes a character (macOS Option).
 */
import { KEY_ALIASES, MODIFIER_LABELS, MODIFIER_ORDER, MODIFIERS, NAMED_KEYS, SEQUENCE_LABEL_JOIN } from "./names.js";

/**
 * One chord as matched against a keydown: `shift` null means not checked (a typed character).
 * `code` is the physical-key fallback (KeyA, Digit1) or null.
 * @typedef {{key: string, code: string | null, ctrl: boolean, alt: boolean, shift: boolean | null, meta: boolean}} Chord
 * @typedef {{keys: string | null, label: string, sequence: Chord[], error: string | null}} Parsed
 * @typedef {"mac" | "other"} Platform
 */

// ASCII whitespace only, so JS and Python (whose ideas of Unicode whitespace differ) agree.
const CHORD_SEPARATOR = /[ \t\r\n]+/;
const OUTER_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;
const MODIFIER_LIST = "mod, ctrl, alt, shift, meta";
const KEY_HELP = "a named key such as enter, escape, arrowup, f1, space, plus, or one character";

/** @param {string} character */
const hasCase = (character) => character.toLowerCase() !== character.toUpperCase();

/** The physical key a letter or digit falls back to. @param {string} key */
function codeOf(key) {
  if (/^[a-z]$/.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return null;
}

/** @param {string} message @returns {Parsed} */
const failed = (message) => ({ keys: null, label: "", sequence: [], error: message });

/**
 * The key of a chord: a named key (aliases resolved) or one character (lower case).
 * @param {string} word @returns {{key: string, typed: boolean} | null}
 */
function keyOf(word) {
  const lower = word.toLowerCase();
  const named = KEY_ALIASES[/** @type {keyof typeof KEY_ALIASES} */ (lower)] ?? lower;
  if (Object.prototype.hasOwnProperty.call(NAMED_KEYS, named) && [...word].length > 1) {
    return { key: named, typed: Boolean(NAMED_KEYS[named].typed) };
  }
  if ([...word].length === 1) return { key: lower, typed: !hasCase(word) };
  return null;
}

/**
 * @param {string} chordText @param {string} quoted the expression, for messages
 * @returns {{chord: {key: string, typed: boolean, modifiers: Set<string>}} | {error: string}}
 */
function parseChord(chordText, quoted) {
  const words = chordText.split("+");
  if (words.some((word) => word === "")) {
    return { error: `${quoted}: '+' needs a key on both sides (the + key is written 'plus')` };
  }
  const modifiers = new Set();
  for (const word of words.slice(0, -1)) {
    const modifier = MODIFIERS[/** @type {keyof typeof MODIFIERS} */ (word.toLowerCase())];
    if (!modifier) return { error: `${quoted}: '${word}' is not a modifier (${MODIFIER_LIST})` };
    if (modifiers.has(modifier)) return { error: `${quoted}: ${modifier} is given twice` };
    modifiers.add(modifier);
  }
  if (modifiers.has("mod") && (modifiers.has("ctrl") || modifiers.has("meta"))) {
    return { error: `${quoted}: mod already means meta on macOS and ctrl elsewhere` };
  }
  const last = words[words.length - 1];
  if (MODIFIERS[/** @type {keyof typeof MODIFIERS} */ (last.toLowerCase())]) return { error: `${quoted}: ends with a modifier, not a key` };
  const key = keyOf(last);
  if (!key) return { error: `${quoted}: unknown key '${last}' (${KEY_HELP})` };
  if (key.typed && modifiers.has("shift")) {
    return {
      error: `${quoted}: which character Shift+${last} types depends on the keyboard layout; write that character (such as '?' for Shift+/ on a US keyboard)`,
    };
  }
  return { chord: { ...key, modifiers } };
}

/** @param {{key: string}} chord */
function keyLabel(chord) {
  if (Object.prototype.hasOwnProperty.call(NAMED_KEYS, chord.key)) return NAMED_KEYS[chord.key].label;
  return /^[a-z]$/.test(chord.key) ? chord.key.toUpperCase() : chord.key;
}

/**
 * Parse a key expression for a platform: its canonical spelling, its label, the chords to match.
 * Never throws: a bad expression gives `error` (and keys null).
 * @param {unknown} expression @param {Platform} platform
 * @returns {Parsed}
 */
export function parseKeys(expression, platform) {
  if (typeof expression !== "string") return failed("keys must be a string");
  const text = expression.replace(OUTER_SPACE, "");
  if (text === "") return failed("keys is empty");
  const quoted = `'${text}'`;
  const labels = MODIFIER_LABELS[platform];
  /** @type {Chord[]} */
  const sequence = [];
  const canonical = [];
  const chordLabels = [];
  for (const chordText of text.split(CHORD_SEPARATOR)) {
    const parsed = parseChord(chordText, quoted);
    if ("error" in parsed) return failed(parsed.error);
    const { key, typed, modifiers } = parsed.chord;
    const held = new Set([...modifiers].map((m) => (m === "mod" ? (platform === "mac" ? "meta" : "ctrl") : m)));
    sequence.push({
      key,
      code: codeOf(key),
      ctrl: held.has("ctrl"),
      alt: held.has("alt"),
      shift: typed ? null : held.has("shift"),
      meta: held.has("meta"),
    });
    canonical.push([...MODIFIER_ORDER.filter((m) => modifiers.has(m)), key].join("+"));
    const names = labels.order.filter((m) => held.has(m)).map((m) => labels[/** @type {"ctrl"} */ (m)]);
    chordLabels.push(names.length ? `${names.join(labels.join)}${labels.join}${keyLabel(parsed.chord)}` : keyLabel(parsed.chord));
  }
  return { keys: canonical.join(" "), label: chordLabels.join(SEQUENCE_LABEL_JOIN), sequence, error: null };
}
