// @ts-check
// Rolling windows (max_length, max_points): new items go in at one end and the oldest drop out
// at the other, so the list never holds more than `max` items. Twin: dashclient/_patch/window.py.
//
// Steady state (a few items past the window): the new items, then one Delete per item that drops
// out — a few bytes each, whatever the window's size. When more would drop out than the window
// keeps (the window shrank, or one batch overflows it), the list is cleared and refilled with the
// window instead: Clear + Extend, which works at any path, the prop itself included.
import { clone } from "../core/context.js";

/**
 * Add `added` at the end of the list at `location` (now `current`), keeping the last `max`.
 * @param {import("./builder.js").PatchBuilder} patch @param {(string | number)[]} location
 * @param {unknown[]} current @param {unknown[]} added @param {number | null} max
 * @param {"append" | "extend"} how append: `added` is one item; extend: several
 */
export function addAtEnd(patch, location, current, added, max, how) {
  const excess = max === null ? 0 : current.length + added.length - max;
  if (max !== null && excess > max) {
    refill(patch, location, [...current, ...added].slice(-(/** @type {number} */ (max))));
    return;
  }
  if (how === "append") patch.append(location, added[0]);
  else if (added.length) patch.extend(location, added);
  for (let i = 0; i < excess; i++) patch.delete([...location, 0]);
}

/**
 * Add one item at the start of the list at `location` (now `current`), keeping the first `max`.
 * @param {import("./builder.js").PatchBuilder} patch @param {(string | number)[]} location
 * @param {unknown[]} current @param {unknown} item @param {number | null} max
 */
export function addAtStart(patch, location, current, item, max) {
  const excess = max === null ? 0 : current.length + 1 - max;
  if (max !== null && excess > max) {
    refill(patch, location, [item, ...current].slice(0, /** @type {number} */ (max)));
    return;
  }
  patch.prepend(location, item);
  for (let i = 0; i < excess; i++) patch.delete([...location, -1]);
}

/**
 * @param {import("./builder.js").PatchBuilder} patch @param {(string | number)[]} location
 * @param {unknown[]} items
 */
function refill(patch, location, items) {
  patch.clear(location);
  patch.extend(location, items.map(clone));
}
