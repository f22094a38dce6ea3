// @ts-check
// assign, delete, merge: set, drop or merge into a key or an index of a dict or a list.
// Twin: dashclient/_patch/keys.py.
import { defineFunction } from "../core/define.js";
import { NO_UPDATE } from "../core/sentinels.js";
import { PatchBuilder } from "./builder.js";
import { at, bad, dictAt, fill, fillPath, isDict, isKnown, isMissing, kind } from "./locate.js";
import { CURRENT, ITEM, KEY_PATH, ONE_VALUE, PATH, RETURNS } from "./options.js";

export const assign = defineFunction({
  doc: "Set the item at a key or an index (a new key of a dict is created; an index must exist).",
  signature: ONE_VALUE,
  returns: RETURNS,
  options: { path: KEY_PATH, item: ITEM, current: CURRENT },
  compile: ({ path, item, current }) => (/** @type {unknown} */ value) => {
    if (isMissing(value)) return NO_UPDATE;
    const location = fillPath(path, value);
    if (isKnown(current)) at(current, location, { newKey: true });
    return new PatchBuilder().assign(location, fill(item, value)).build();
  },
});

export const delete_ = defineFunction({
  doc: "Delete a key of a dict or an index of a list (the items after it move up).",
  signature: ONE_VALUE,
  returns: RETURNS,
  options: { path: KEY_PATH, current: CURRENT },
  compile: ({ path, current }) => (/** @type {unknown} */ value) => {
    if (isMissing(value)) return NO_UPDATE;
    const location = fillPath(path, value);
    if (isKnown(current)) at(current, location);
    return new PatchBuilder().delete(location).build();
  },
});

export const merge = defineFunction({
  doc: "Merge a dict into the dict at a path (its keys replace the target's; Python's dict.update).",
  signature: ONE_VALUE,
  returns: RETURNS,
  options: { path: PATH, item: ITEM, current: CURRENT },
  compile: ({ path, item, current }) => (/** @type {unknown} */ value) => {
    if (isMissing(value)) return NO_UPDATE;
    const location = fillPath(path, value);
    const added = fill(item, value);
    // Dash spreads whatever it gets: a string would merge in its characters.
    if (!isDict(added)) bad(`the item to merge is ${kind(added)}, not a dict`);
    if (isKnown(current)) dictAt(current, location);
    return new PatchBuilder().merge(location, added).build();
  },
});
