// Matching a keydown against a chord (js/keys/match.js): the grammar's case rules, Shift on typed
// characters, the event.code fallback for other scripts and Option-composed characters.
import test from "node:test";
import assert from "node:assert/strict";
import { parseKeys } from "../../js/keys/grammar.js";
import { chordMatches, isModifierOnly, isTyping } from "../../js/keys/match.js";

const press = (key, { code = "", ctrl = false, alt = false, shift = false, meta = false } = {}) => ({
  key, code, ctrlKey: ctrl, altKey: alt, shiftKey: shift, metaKey: meta,
});
const chord = (expression, platform = "other") => {
  const parsed = parseKeys(expression, platform);
  assert.equal(parsed.error, null, expression);
  return parsed.sequence[0];
};

// [expression, platform, event, fires]
const TABLE = [
  ["ctrl+s", "other", press("s", { code: "KeyS", ctrl: true }), true],
  ["ctrl+s", "other", press("s", { code: "KeyS" }), false],
  ["ctrl+s", "other", press("s", { code: "KeyS", ctrl: true, alt: true }), false],
  ["ctrl+s", "other", press("S", { code: "KeyS", ctrl: true, shift: true }), false],
  ["ctrl+shift+s", "other", press("S", { code: "KeyS", ctrl: true, shift: true }), true],
  ["S", "other", press("s", { code: "KeyS" }), true],
  ["s", "other", press("S", { code: "KeyS", shift: true }), false],
  ["mod+s", "other", press("s", { code: "KeyS", ctrl: true }), true],
  ["mod+s", "other", press("s", { code: "KeyS", meta: true }), false],
  ["mod+s", "mac", press("s", { code: "KeyS", meta: true }), true],
  ["mod+s", "mac", press("s", { code: "KeyS", ctrl: true }), false],
  ["?", "other", press("?", { code: "Slash", shift: true }), true],
  ["?", "other", press("/", { code: "Slash" }), false],
  ["/", "other", press("/", { code: "Slash" }), true],
  ["1", "other", press("!", { code: "Digit1", shift: true }), false],
  ["1", "other", press("1", { code: "Digit1", shift: true }), true], // AZERTY: Shift types 1
  ["1", "other", press("&", { code: "Digit1" }), false],
  ["plus", "other", press("+", { code: "Equal", shift: true }), true],
  ["ctrl+plus", "other", press("+", { code: "NumpadAdd", ctrl: true }), true],
  // Another script: the physical key answers for a-z.
  ["ctrl+s", "other", press("ы", { code: "KeyS", ctrl: true }), true],
  ["g", "other", press("п", { code: "KeyG" }), true],
  ["g", "other", press("u", { code: "KeyG" }), false], // another Latin layout: the character wins
  // macOS Option composes characters: the physical key answers.
  ["alt+s", "mac", press("ß", { code: "KeyS", alt: true }), true],
  ["alt+e", "mac", press("Dead", { code: "KeyE", alt: true }), true],
  ["alt+2", "mac", press("™", { code: "Digit2", alt: true }), true],
  // Named keys match their event.key values, legacy spellings included.
  ["escape", "other", press("Escape", { code: "Escape" }), true],
  ["escape", "other", press("Esc"), true],
  ["enter", "other", press("Enter", { code: "NumpadEnter" }), true],
  ["shift+enter", "other", press("Enter", { shift: true }), true],
  ["enter", "other", press("Enter", { shift: true }), false],
  ["space", "other", press(" ", { code: "Space" }), true],
  ["arrowup", "other", press("ArrowUp"), true],
  ["f1", "other", press("F1"), true],
  ["f1", "other", press("f"), false],
  ["ж", "other", press("Ж", { shift: false }), true],
];

for (const [expression, platform, event, fires] of TABLE) {
  test(`${expression} (${platform}) ${fires ? "fires" : "does not fire"} for key ${JSON.stringify(event.key)} code ${event.code || "-"}${
    ["ctrl", "alt", "shift", "meta"].filter((m) => event[`${m}Key`]).map((m) => ` +${m}`).join("")}`, () => {
    assert.equal(chordMatches(chord(expression, platform), event), fires);
  });
}

test("a modifier pressed alone is recognised (it never breaks a sequence)", () => {
  for (const key of ["Shift", "Control", "Alt", "Meta", "AltGraph", "CapsLock"]) assert.ok(isModifierOnly(press(key)), key);
  assert.ok(!isModifierOnly(press("s")));
});

test("typing is an input that takes text, a textarea, a select or contenteditable", () => {
  assert.ok(isTyping({ tagName: "INPUT", type: "text" }));
  assert.ok(isTyping({ tagName: "input", type: "search" }));
  assert.ok(isTyping({ tagName: "INPUT" })); // type missing: text
  assert.ok(isTyping({ tagName: "TEXTAREA" }));
  assert.ok(isTyping({ tagName: "SELECT" }));
  assert.ok(isTyping({ tagName: "DIV", isContentEditable: true }));
  for (const type of ["checkbox", "radio", "button", "submit", "range"]) assert.ok(!isTyping({ tagName: "INPUT", type }), type);
  assert.ok(!isTyping({ tagName: "BUTTON" }));
  assert.ok(!isTyping({ tagName: "BODY" }));
  assert.ok(!isTyping(null));
});
