// @ts-check
// format_text: a formatter's strings written into a Plotly figure as a Patch, where Plotly reads
// text: each trace's `customdata` (and a `hovertemplate` showing it), and the tick labels of its
// axis (`tickvals`/`ticktext`). Plotly takes no JS function for either (plotly.js #1464).
// Twin: dashclient/_figure/text.py.
import { defineFunction } from "../core/define.js";
import { compileOptions } from "../core/binding.js";
import { located } from "../core/namespace.js";
import { GENERIC_TYPES } from "../core/schema.js";
import { NO_UPDATE } from "../core/sentinels.js";
import { CHECKS as FORMAT_CHECKS, DEFINITIONS as FORMATTERS, TYPES as FORMAT_TYPES } from "../format.js";
import { bad, isDict, isMissing, json, kind } from "../patch/locate.js";
import { PatchBuilder } from "../patch/builder.js";
import { RETURNS } from "../patch/options.js";
import { valuesOf } from "./arrays.js";
import { niceTicks } from "./ticks.js";

/** The hover label a trace gets by default: the formatted text alone, no trace-name box. */
export const HOVERTEMPLATE = "%{customdata}<extra></extra>";

/** Trace types whose axis Plotly extends to zero. */
const FROM_ZERO = new Set(["bar", "histogram", "waterfall", "funnel"]);

const FORMATTER_DEFINITIONS = located("format", FORMATTERS);
const ALL_FORMAT_TYPES = { ...GENERIC_TYPES, ...FORMAT_TYPES, $checks: FORMAT_CHECKS };

/** @param {unknown} value */
const isPageRef = (value) => isDict(value) && Object.keys(/** @type {object} */ (value)).some((k) => k === "$input" || k === "$state");

/**
 * The compiled formatter an action-as-data names: `{"action": "format.currency", "options": {...}}`.
 * @param {{action: string, options: Record<string, unknown>}} action
 * @returns {(value: unknown) => string}
 */
export function formatterOf(action) {
  const [pattern, name] = action.action.split(".");
  if (pattern !== "format" || !Object.prototype.hasOwnProperty.call(FORMATTER_DEFINITIONS, name)) {
    throw new Error(`dc.figure.format_text: option 'format' must be a dc.format action, got ${json(action.action)}`);
  }
  const page = Object.keys(action.options).find((option) => isPageRef(action.options[option]));
  if (page !== undefined) {
    throw new Error(`dc.figure.format_text: the formatter's option ${json(page)} is bound to the page; give it a constant`);
  }
  const compiled = compileOptions(FORMATTER_DEFINITIONS[name], ALL_FORMAT_TYPES, action.options);
  if (compiled.error !== null) throw new Error(compiled.error);
  return /** @type {(value: unknown) => string} */ (compiled.run);
}

/** The layout key of a trace's axis: "y" -> "yaxis", "y2" -> "yaxis2"; null for anything else. @param {string} field @param {unknown} ref */
function axisKey(field, ref) {
  const id = ref === undefined || ref === null ? field : ref;
  const match = typeof id === "string" ? /^([xy])(\d*)$/.exec(id) : null;
  return match && match[1] === field ? `${field}axis${match[2]}` : null;
}

/** @param {unknown} value */
const isFiniteNumber = (value) => typeof value === "number" && Number.isFinite(value);

/**
 * Assign `value` at `location` unless the figure holds it already: an unchanged figure gives no
 * operation, so a callback whose input is the figure it writes stops after one round.
 * @param {PatchBuilder} patch @param {unknown} now @param {(string | number)[]} location @param {unknown} value
 */
function assignChanged(patch, now, location, value) {
  if (JSON.stringify(now) !== JSON.stringify(value)) patch.assign(location, value);
}

/** @param {unknown[]} data @param {number[] | null} traces */
function chosenTraces(data, traces) {
  if (traces === null) return data.map((_, i) => i);
  return traces.map((t) => {
    const index = t < 0 ? data.length + t : t;
    if (index < 0 || index >= data.length) bad(`traces ${json(traces)}: the figure has ${data.length} traces`);
    return index;
  });
}

export const formatText = defineFunction({
  doc: "Write a formatter's strings into a Plotly figure as a Patch: each trace's customdata and hovertemplate, and its axis's ticktext.",
  signature: { values: 1, outputs: 1, context: false },
  returns: RETURNS,
  options: {
    format: {
      type: "action", default: { action: "format.number", options: {} },
      doc: "the formatter as data, a dc.format action with constant options (price.plotly() fills it in)",
    },
    field: { type: "enum", enum: ["y", "x"], default: "y", doc: "the trace attribute whose values are formatted" },
    traces: {
      type: "trace_indices", nullable: true, default: null,
      doc: "the traces to format (negative from the end); None: every trace holding the field",
    },
    hovertemplate: {
      type: "string", nullable: true, default: HOVERTEMPLATE,
      doc: "each formatted trace's hovertemplate ('%{customdata}' is the text); None keeps the trace's own",
    },
    ticks: { type: "boolean", default: true, doc: "label the field's axes with formatted tickvals/ticktext (numeric values only)" },
    tick_count: { type: "integer", min: 1, max: 50, default: 5, doc: "about how many ticks per axis" },
    tickvals: {
      type: "number_list", nullable: true, default: null,
      doc: "the tick values of every axis labelled; None: round values spanning the data (and zero, for bars)",
    },
  },
  compile: ({ format: formatter, field, traces, hovertemplate, ticks, tick_count: count, tickvals }) => {
    const format = formatterOf(formatter);
    return (/** @type {unknown} */ figure) => {
      if (isMissing(figure)) return NO_UPDATE;
      if (!isDict(figure)) bad(`the value must be a figure (a dict with "data"), got ${kind(figure)}`);
      const fig = /** @type {Record<string, any>} */ (figure);
      const data = fig.data === undefined ? [] : fig.data;
      if (!Array.isArray(data)) bad(`the figure's "data" is ${kind(data)}, not a list`);
      const patch = new PatchBuilder();
      /** @type {Map<string, {numbers: number[], zero: boolean}>} */
      const axes = new Map();
      for (const t of chosenTraces(data, traces)) {
        const trace = data[t];
        if (!isDict(trace)) bad(`trace ${t} is ${kind(trace)}, not a dict`);
        const values = valuesOf(trace[field]);
        if (values === null) continue;
        assignChanged(patch, trace.customdata, ["data", t, "customdata"], values.map(format));
        if (hovertemplate !== null) assignChanged(patch, trace.hovertemplate, ["data", t, "hovertemplate"], hovertemplate);
        const key = ticks ? axisKey(field, trace[`${field}axis`]) : null;
        if (key === null) continue;
        const axis = axes.get(key) || { numbers: [], zero: false };
        for (const value of values) if (isFiniteNumber(value)) axis.numbers.push(/** @type {number} */ (value));
        axis.zero = axis.zero || FROM_ZERO.has(trace.type);
        axes.set(key, axis);
      }
      const layout = isDict(fig.layout) ? fig.layout : {};
      for (const [key, { numbers, zero }] of axes) {
        const values = tickvals !== null ? tickvals : niceTicks(numbers, count, zero);
        if (values.length === 0) continue;
        const now = isDict(layout[key]) ? layout[key] : {};
        assignChanged(patch, now.tickmode, ["layout", key, "tickmode"], "array");
        assignChanged(patch, now.tickvals, ["layout", key, "tickvals"], values);
        assignChanged(patch, now.ticktext, ["layout", key, "ticktext"], values.map(format));
      }
      return patch.operations.length ? patch.build() : NO_UPDATE;
    };
  },
});
