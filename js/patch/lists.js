// @ts-check
// append, prepend, insert, remove: one item into or out of a list. The item is the triggering
// value or a template ('$value' filled in). Twin: dashclient/_patch/lists.py.
import { defineFunction } from "../core/define.js";
import { NO_UPDATE } from "../core/sentinels.js";
import { PatchBuilder } from "./builder.js";
import { bad, fill, fillPath, isKnown, isMissing, json, listAt, requireCurrent } from "./locate.js";
import { CURRENT, ITEM, ONE_VALUE, PATH, RETURNS, windowOption } from "./options.js";
import { addAtEnd, addAtStart } from "./window.js";

const MAX_LENGTH = windowOption("rolling window: the list keeps at most this many items, the oldest drop out (needs current)");

/** @param {"append" | "prepend"} name @param {string} doc */
function addAtOneEnd(name, doc) {
  const where = `dc.patch.${name}`;
  return defineFunction({
    doc,
    signature: ONE_VALUE,
    returns: RETURNS,
    options: { path: PATH, item: ITEM, max_length: MAX_LENGTH, current: CURRENT },
    compile: ({ path, item, max_length: max, current }) => {
      if (max !== null) requireCurrent(where, "option 'max_length'", current);
      return (/** @type {unknown} */ value) => {
        if (isMissing(value)) return NO_UPDATE;
        const location = fillPath(path, value);
        const added = fill(item, value);
        const patch = new PatchBuilder();
        if (!isKnown(current)) {
          if (name === "append") patch.append(location, added);
          else patch.prepend(location, added);
          return patch.build();
        }
        const list = listAt(current, location);
        if (name === "append") addAtEnd(patch, location, list, [added], max, "append");
        else addAtStart(patch, location, list, added, max);
        return patch.build();
      };
    },
  });
}

export const append = addAtOneEnd("append", "Add an item at the end of a list; with max_length, a rolling window.");
export const prepend = addAtOneEnd("prepend", "Add an item at the start of a list; with max_length, a rolling window.");

export const insert = defineFunction({
  doc: "Insert an item before an index of a list (negative from the end; the list's length appends).",
  signature: ONE_VALUE,
  returns: RETURNS,
  options: {
    path: PATH,
    index: { type: "integer", default: 0, doc: "where the item goes, as Python's list.insert; with current, -len to len" },
    item: ITEM,
    current: CURRENT,
  },
  compile: ({ path, index, item, current }) => (/** @type {unknown} */ value) => {
    if (isMissing(value)) return NO_UPDATE;
    const location = fillPath(path, value);
    if (isKnown(current)) {
      const n = listAt(current, location).length;
      // Dash resolves a negative index against the length; past either end it would append.
      if (index < -n || index > n) bad(`path ${json(location)}: index ${index} is out of range for inserting into a list of ${n}`);
    }
    return new PatchBuilder().insert(location, index, fill(item, value)).build();
  },
});

export const remove = defineFunction({
  doc: "Remove every item equal to the item from a list (Dash compares when it applies the patch).",
  signature: ONE_VALUE,
  returns: RETURNS,
  options: { path: PATH, item: ITEM, current: CURRENT },
  compile: ({ path, item, current }) => (/** @type {unknown} */ value) => {
    if (isMissing(value)) return NO_UPDATE;
    const location = fillPath(path, value);
    if (isKnown(current)) listAt(current, location);
    return new PatchBuilder().remove(location, fill(item, value)).build();
  },
});
