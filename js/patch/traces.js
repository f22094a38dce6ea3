// @ts-check
// extend_traces: stream points into several traces of a figure at once, what dcc.Graph's
// extendData does, as a Patch; with max_points, each trace keeps its last points only.
// Twin: dashclient/_patch/traces.py.
//
// The value is one list of new points per trace, under each attribute:
//     {"x": [[4, 5], [4]], "y": [[0.1, 0.2], [7]]}     traces [0, 1] (or the `traces` option)
import { clone } from "../core/context.js";
import { defineFunction } from "../core/define.js";
import { NO_UPDATE } from "../core/sentinels.js";
import { PatchBuilder } from "./builder.js";
import { at, bad, dictAt, fillPath, isDict, isKnown, isMissing, json, kind, listAt, requireCurrent } from "./locate.js";
import { CURRENT, ONE_VALUE, PATH, RETURNS, windowOption } from "./options.js";
import { addAtEnd } from "./window.js";

const SHAPE = 'the update must be a dict of lists of points, one list per trace, e.g. {"x": [[1], [2]], "y": [[3], [4]]}';

/**
 * The update's columns, checked: attribute -> one list of points per trace.
 * @param {unknown} value @returns {[string, unknown[][]][]}
 */
function columnsOf(value) {
  if (!isDict(value) || Object.keys(/** @type {object} */ (value)).length === 0) bad(`${SHAPE}; got ${kind(value)}`);
  const columns = Object.entries(/** @type {Record<string, unknown>} */ (value));
  for (const [key, lists] of columns) {
    if (!Array.isArray(lists) || !lists.every(Array.isArray)) bad(`${SHAPE}; ${json(key)} holds ${kind(lists)} that is not a list of lists`);
    if (lists.length !== /** @type {unknown[]} */ (columns[0][1]).length) bad(`${SHAPE}; ${json(key)} has ${lists.length} lists, ${json(columns[0][0])} ${/** @type {unknown[]} */ (columns[0][1]).length}`);
  }
  return /** @type {[string, unknown[][]][]} */ (columns);
}

export const extendTraces = defineFunction({
  doc: "Add points to several traces of a figure at once (dcc.Graph extendData as a Patch); with max_points, a rolling window.",
  signature: ONE_VALUE,
  returns: RETURNS,
  options: {
    path: { ...PATH, doc: "where the figure is inside the prop; [] for a dcc.Graph's figure" },
    traces: {
      type: "trace_indices", nullable: true, default: null,
      doc: "the traces the update's lists go to, in order (negative from the end); None: 0, 1, 2, ...",
    },
    max_points: windowOption("rolling window: each trace keeps at most this many points, the oldest drop out (needs current)"),
    current: CURRENT,
  },
  compile: ({ path, traces, max_points: max, current }) => {
    if (max !== null) requireCurrent("dc.patch.extend_traces", "option 'max_points'", current);
    return (/** @type {unknown} */ value) => {
      if (isMissing(value)) return NO_UPDATE;
      const columns = columnsOf(value);
      const count = columns[0][1].length;
      /** @type {number[]} */
      const indices = traces ?? Array.from({ length: count }, (_, i) => i);
      if (indices.length !== count) bad(`${SHAPE}; it has ${count} lists per attribute for ${indices.length} traces ${json(indices)}`);
      const figure = fillPath(path, value);
      const known = isKnown(current);
      if (known) {
        dictAt(current, figure);
        const n = listAt(current, [...figure, "data"]).length;
        const resolved = indices.map((t) => (t < 0 ? n + t : t));
        if (new Set(resolved).size !== resolved.length) bad(`traces ${json(indices)} name one trace twice in a figure of ${n}`);
      }
      const patch = new PatchBuilder();
      indices.forEach((t, i) => {
        const trace = [...figure, "data", t];
        if (known && !isDict(at(current, trace).value)) bad(`path ${json(trace)}: the trace is ${kind(at(current, trace).value)}, not a dict`);
        for (const [key, lists] of columns) {
          const points = lists[i];
          // No points: nothing to add, but a window that shrank still trims.
          if (points.length === 0 && !(known && max !== null)) continue;
          const location = [...trace, key];
          if (known) addAtEnd(patch, location, listAt(current, location), points.map(clone), max, "extend");
          else patch.extend(location, points.map(clone));
        }
      });
      return patch.operations.length ? patch.build() : NO_UPDATE;
    };
  },
});
