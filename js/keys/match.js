// @ts-check
// Does a keydown press a chord? Pure: works on any object shaped like a KeyboardEvent, so node
// tests the rules of grammar.js (case, Shift on typed characters, the event.code fallback) without
// a browser.
import { MODIFIER_KEY_VALUES, NAMED_KEYS } from "./names.js";

/**
 * @typedef {{key: string, code?: string, ctrlKey: boolean, altKey: boolean, shiftKey: boolean,
 *   metaKey: boolean, repeat?: boolean}} KeyLike
 */

const PRINTABLE_ASCII = /^[\x20-\x7e]$/;
const MODIFIER_KEYS = new Set(MODIFIER_KEY_VALUES);

/** A keydown of a modifier alone (Shift, Control, ...): never a chord's key, never breaks a sequence. @param {KeyLike} event */
export const isModifierOnly = (event) => MODIFIER_KEYS.has(event.key);

/**
 * @param {import("./grammar.js").Chord} chord @param {KeyLike} event
 */
function keyMatches(chord, event) {
  const named = Object.prototype.hasOwnProperty.call(NAMED_KEYS, chord.key) ? NAMED_KEYS[chord.key] : null;
  if (named) return named.values.includes(event.key);
  const typed = String(event.key);
  if (typed.toLowerCase() === chord.key) return true;
  // The physical key, when the character says nothing about it: another script's letter
  // (Cyrillic ф on KeyA), or a character Alt composed (macOS Option+S types ß), or a dead key.
  return chord.code !== null && event.code === chord.code && (event.altKey || !PRINTABLE_ASCII.test(typed));
}

/**
 * Whether `event` presses `chord`: exactly its modifiers (Shift unchecked for typed characters)
 * and its key.
 * @param {import("./grammar.js").Chord} chord @param {KeyLike} event
 */
export function chordMatches(chord, event) {
  if (Boolean(event.ctrlKey) !== chord.ctrl || Boolean(event.altKey) !== chord.alt || Boolean(event.metaKey) !== chord.meta) {
    return false;
  }
  if (chord.shift !== null && Boolean(event.shiftKey) !== chord.shift) return false;
  return keyMatches(chord, event);
}

const BUTTON_INPUTS = new Set(["button", "submit", "reset", "checkbox", "radio", "image", "file", "range", "color"]);

/**
 * Whether keys pressed in `element` are typing: an input that takes text, a textarea, a select,
 * or anything contenteditable.
 * @param {any} element
 */
export function isTyping(element) {
  if (!element || typeof element !== "object") return false;
  if (element.isContentEditable) return true;
  const tag = String(element.tagName || "").toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !BUTTON_INPUTS.has(String(element.type || "text").toLowerCase());
}
