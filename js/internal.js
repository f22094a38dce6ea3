// @ts-check
// The binding layer's own clientside functions (namespace "dashclient", kind "internal"), used by
// the callbacks dc.callback and dc.chain generate; not part of any pattern's public surface.
import { defineFunction } from "./core/define.js";
import { call } from "./internal/call.js";
import { constant, sleep, step } from "./internal/chain.js";

/**
 * gate: the browser half of a server-mode callback with `debounce=` or `throttle=`. It receives
 * every dependency of the user's callback and passes them on, with the context snapshot, to a
 * store the server callback listens to; the binding's gate (core/gate.js) decides which calls get
 * through, so fewer requests leave the browser.
 */
export const gate = defineFunction({
  kind: "internal",
  doc: "Pass a callback's values and context on to the server once the debounce/throttle gate opens.",
  signature: { values: "any", outputs: 1, context: true },
  options: {},
  compile: () => (/** @type {unknown[]} */ ...args) => {
    const context = args.pop();
    return { values: args, context };
  },
});

export const DEFINITIONS = { gate, call, step, constant, sleep };

export const TYPES = {};
