// @ts-check
// toggle, increment: change the boolean or the number at a path. Twin: dashclient/_patch/scalars.py.
import { defineFunction } from "../core/define.js";
import { NO_UPDATE } from "../core/sentinels.js";
import { PatchBuilder } from "./builder.js";
import { at, bad, fillPath, isKnown, isMissing, json, kind, requireCurrent } from "./locate.js";
import { CURRENT, KEY_PATH, ONE_VALUE, PATH, RETURNS } from "./options.js";

export const toggle = defineFunction({
  doc: "Flip the boolean at a path (a Patch has no toggle: it reads current and assigns the opposite).",
  signature: ONE_VALUE,
  returns: RETURNS,
  options: {
    path: KEY_PATH,
    default: {
      type: "boolean", nullable: true, default: null,
      doc: "the value a missing key stands for (Plotly's showlegend is on when absent for several traces); None: a missing key is bad input",
    },
    current: { ...CURRENT, doc: "the prop's value now, bound to State(output id, prop): required" },
  },
  compile: ({ path, default: absent, current }) => {
    requireCurrent("dc.patch.toggle", "toggling", current);
    return (/** @type {unknown} */ value) => {
      if (isMissing(value)) return NO_UPDATE;
      const location = fillPath(path, value);
      const found = at(current, location, { newKey: absent !== null });
      const now = found.exists ? found.value : absent;
      if (typeof now !== "boolean") bad(`path ${json(location)}: the target is ${kind(now)}, not a boolean`);
      return new PatchBuilder().assign(location, !now).build();
    };
  },
});

export const increment = defineFunction({
  doc: "Add a number to the number at a path (a negative one subtracts).",
  signature: ONE_VALUE,
  returns: RETURNS,
  options: {
    path: PATH,
    by: { type: "number", default: 1, doc: "what to add" },
    current: CURRENT,
  },
  compile: ({ path, by, current }) => (/** @type {unknown} */ value) => {
    if (isMissing(value)) return NO_UPDATE;
    const location = fillPath(path, value);
    if (isKnown(current)) {
      const { value: now } = at(current, location);
      if (typeof now !== "number") bad(`path ${json(location)}: the target is ${kind(now)}, not a number`);
    }
    return new PatchBuilder().add(location, by).build();
  },
});
