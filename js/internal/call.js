// @ts-check
/**
 * call: a user's own JS function as an action (`@dc.action(js="my_app.greet")` in Python).
 *
 * The user writes a plain function in a file of their assets/ folder,
 *
 *     window.dash_clientside.my_app = { greet: (name, options, context) => `${options.greeting}, ${name}!` };
 *
 * and Python describes it in the bound name: `call:{"$function": "my_app.greet", "$signature":
 * {...}, "$options": {schemas}, ...options}`. The binding layer then gives it what built-in
 * functions have: options validated by that schema (page-bound ones per call), the context
 * snapshot, gates, sentinels. The function is looked up in `window.dash_clientside` when called
 * (an allow-list by name, no eval); a missing one gives no_update and one console warning.
 */
import { defineFunction } from "../core/define.js";

/** @param {Record<string, any>} bound @param {{lookup: (ns: string, name: string) => unknown}} host */
function userDefinition(bound, host) {
  const qualified = String(bound.$function || "");
  const dot = qualified.indexOf(".");
  const [namespace, name] = dot > 0 ? [qualified.slice(0, dot), qualified.slice(dot + 1)] : ["", qualified];
  const signature = bound.$signature || { values: "any", outputs: "any", context: false };
  return {
    kind: "action",
    where: `dc.action ${bound.$name || qualified}`,
    signature: { values: signature.values, outputs: signature.outputs, context: Boolean(signature.context) },
    options: bound.$options || {},
    constraints: [],
    compile: (/** @type {Record<string, unknown>} */ options) => (/** @type {unknown[]} */ ...args) => {
      const fn = host.lookup(namespace, name);
      if (typeof fn !== "function") {
        throw new Error(`no function ${qualified} in window.dash_clientside (is its file in the app's assets/?)`);
      }
      if (!signature.context) return fn(...args, options);
      const context = args.pop();
      return fn(...args, options, context);
    },
  };
}

export const call = defineFunction({
  kind: "internal",
  doc: "Run a user's own function of window.dash_clientside as an action, described by its bound name.",
  signature: { values: "any", outputs: "any", context: false },
  options: {},
  compile: () => () => {
    throw new Error("call runs a user's function named in its bound name (dc.action)");
  },
  fromBound: userDefinition,
});
