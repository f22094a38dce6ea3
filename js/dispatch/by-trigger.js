// @ts-check
// by_trigger: one callback, many triggers. The component that triggered the call picks a route;
// the route's value (a constant or an operation, one per output) is the result. It replaces the
// `if ctx.triggered_id == ...` chain of a hand-written callback, and the chain of allow_duplicate
// callbacks that each write the same output. The Python twin is dashclient/_dispatch/.
import { defineFunction } from "../core/define.js";
import { NO_UPDATE } from "../core/sentinels.js";
import { keyMatches } from "./ids.js";
import { compileTable } from "./table.js";
import { IGNORE, SEVERAL, pickTrigger } from "./trigger.js";

const LEAVE = Object.freeze({ $op: "no_update" });
const WHERE = "dc.dispatch.by_trigger";

/** The compiled table; an error names the function and the route at fault. @param {any} options */
function checkedTable(options) {
  try {
    return compileTable(options);
  } catch (error) {
    throw new Error(`${WHERE}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const byTrigger = defineFunction({
  doc: "One callback, many triggers: the route whose key matches the triggering component gives each output its value.",
  signature: { values: "any", outputs: "any", context: true },
  options: {
    routes: {
      type: "dispatch_routes", default: [],
      doc: "[[key, value], ...] or {component_id: value}; a key is a component id, a dict id, or a partial dict id (any index); the first match wins",
    },
    default: { type: "dispatch_value", default: LEAVE, doc: "the value when no route matches the trigger (default: leave every output)" },
    initial: { type: "dispatch_value", default: LEAVE, doc: "the value when nothing triggered: the initial call (default: leave every output)" },
    outputs: {
      type: "integer", min: 1, default: 1,
      doc: "how many Outputs the callback has; above 1 every value is a list of one value per Output (or no_update)",
    },
    ignore: {
      type: "enum", enum: IGNORE, default: "unset",
      doc: "triggers passed over: 'unset' (value None: a component just added), 'falsy' (also 0, False, ''), 'nothing'",
    },
    several: {
      type: "enum", enum: SEVERAL, default: "skip",
      doc: "when several triggers remain: 'skip' leaves every output (Dash re-firing a re-rendered list), 'first' lets the first decide",
    },
  },
  compile: (options) => {
    const table = checkedTable(options);
    const ignore = /** @type {string} */ (options.ignore);
    const several = /** @type {string} */ (options.several);
    return (/** @type {unknown[]} */ ...args) => {
      const context = args.pop();
      const { triggered, trigger } = pickTrigger(context, ignore, several);
      if (!triggered) return table.initial({ trigger: null, context, values: args });
      // No trigger decides (a button just added, a list rendered again): leave every output.
      if (trigger === null) return NO_UPDATE;
      const route = table.routes.find((r) => keyMatches(r.key, trigger.id));
      return (route ? route.evaluate : table.otherwise)({ trigger, context, values: args });
    };
  },
});
