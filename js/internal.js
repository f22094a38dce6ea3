// @ts-check
// The binding layer's own clientside functions (namespace "dashclient", kind "internal"), used by
// the callbacks dc.callback generates; not part of any pattern's public surface.
import { defineFunction } from "./core/define.js";

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

export const DEFINITIONS = { gate };

export const TYPES = {};
