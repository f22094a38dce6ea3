// @ts-check
/**
 * The browser half of chains (dashclient/_chain.py): each step of `dc.chain(...)` is one callback,
 * triggered by the chain's trigger (the first step) or by the store the step before it writes.
 * A step's callback outputs are, in order:
 *
 *     ...the step's own outputs, [the next step's store], the chain's "done" store, [the error target]
 *
 * `step` runs the step's action (its bound name, resolved through the pack's own namespace tables)
 * and spreads its result over them: a result goes on to the next step; `no_update` (or
 * PreventUpdate) stops the chain; an exception stops it and reports its message to the error
 * target. The "done" store ({status, step, message?}) resets the chain's running props. The first
 * step clears the error target (writes "") when it does not fail: a separate callback on the
 * trigger writing it too would share its allow_duplicate id (Dash hashes the Inputs only).
 */
import { defineFunction } from "../core/define.js";
import { NO_UPDATE } from "../core/sentinels.js";

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));

/** A fresh id per run: the next step's store must change even when the values repeat. */
const newRun = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * @param {Record<string, any>} bound `$run: [namespace, bound name]`, `$args` (which of the callback's
 *   arguments the action gets, in order), `$outputs`, `$last`, `$error`, `$index`
 * @param {any} host
 */
function stepDefinition(bound, host) {
  const [namespace, name] = bound.$run;
  const count = bound.$outputs;
  const index = bound.$index;
  const tail = (/** @type {unknown} */ next, /** @type {unknown} */ done, /** @type {unknown} */ error) => [
    ...(bound.$last ? [] : [next]), done, ...(bound.$error ? [error] : []),
  ];
  const untouched = () => Array(count).fill(NO_UPDATE);
  const noError = index === 0 ? "" : NO_UPDATE; // the first step clears an earlier run's message
  return {
    kind: "internal",
    signature: { values: "any", outputs: "any", context: false },
    options: {},
    constraints: [],
    compile: () => async (/** @type {unknown[]} */ ...args) => {
      // Dash calls a callback whose Input appears in the layout after its Outputs (a page of a
      // multi-page app; a chain's stores live in the app's shell), prevent_initial_call or not,
      // with that Input unset: that is not the trigger firing.
      if (index === 0 && (args[0] === null || args[0] === undefined)) return [...untouched(), ...tail(NO_UPDATE, NO_UPDATE, NO_UPDATE)];
      const run = index === 0 ? newRun() : /** @type {any} */ (args[0] || {}).run;
      const stopped = () => [...untouched(), ...tail(NO_UPDATE, { status: "stopped", step: index, run }, noError)];
      const failed = (/** @type {string} */ message) =>
        [...untouched(), ...tail(NO_UPDATE, { status: "error", step: index, run, message }, message)];
      const action = host.lookup(namespace, name);
      if (typeof action !== "function") return failed(`no function ${namespace}.${name}`);
      let result;
      try {
        result = await action(.../** @type {number[]} */ (bound.$args).map((i) => args[i]));
      } catch (error) {
        return error === host.preventUpdate() ? stopped() : failed(messageOf(error));
      }
      if (result === host.noUpdate() || result === NO_UPDATE) return stopped();
      const outputs = count === 0 ? [] : count === 1 ? [result] : result;
      if (!Array.isArray(outputs) || outputs.length !== count) {
        return failed(`step ${index + 1} returned ${JSON.stringify(result)} for ${count} outputs`);
      }
      const done = bound.$last ? { status: "ok", step: index, run } : NO_UPDATE;
      return [...outputs, ...tail({ step: index + 1, run }, done, noError)];
    },
  };
}

export const step = defineFunction({
  kind: "internal",
  doc: "Run one step of a chain in the browser and pass its result on (or stop the chain).",
  signature: { values: "any", outputs: "any", context: false },
  options: {},
  compile: () => () => NO_UPDATE,
  fromBound: stepDefinition,
});

export const constant = defineFunction({
  kind: "internal",
  doc: "Write fixed values (a chain's running props on and off).",
  signature: { values: "any", outputs: "any", context: false },
  options: {
    values: { type: "array", default: [], doc: "one value per output" },
    single: { type: "boolean", default: false, doc: "one output: write values[0], not a list" },
    unless_unset: { type: "boolean", default: false, doc: "write nothing when the trigger's value is unset (null)" },
  },
  compile: ({ values, single, unless_unset }) => (/** @type {unknown} */ trigger) =>
    unless_unset && (trigger === null || trigger === undefined) ? NO_UPDATE : single ? values[0] : values,
});

export const sleep = defineFunction({
  kind: "internal",
  doc: "Wait, without blocking anything else (a chain's delay step).",
  signature: { values: 0, outputs: 0, context: false },
  options: { seconds: { type: "number", min: 0, max: 600, default: 1, doc: "how long to wait" } },
  compile: ({ seconds }) => () => new Promise((resolve) => setTimeout(() => resolve([]), seconds * 1000)),
});
