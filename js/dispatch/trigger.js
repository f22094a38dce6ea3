// @ts-check
// Which trigger decides a call. Dash lists every Input property that changed in
// `callback_context.triggered`, in order. Two options say which one decides:
//
// - `ignore` passes some over: a trigger whose value is None ("unset": a component just appended
//   to the page fires ALL/ALLSMALLER callbacks with its n_clicks not set yet), a falsy one too
//   ("falsy": such a button created with n_clicks=0), or none ("nothing").
// - `several` says what happens when more than one remains: "skip" leaves every output, "first"
//   lets the first decide (what ctx.triggered_id names). A user's click fires one trigger; Dash
//   fires all the rendered items of an ALL list at once, with their current values, whenever it
//   renders the list again (an item appended with a Patch, a page re-rendered), and the first of
//   them is rarely the one clicked last.
//
// The Python twin is dashclient/_dispatch/trigger.py.
import { parsePropId } from "./ids.js";

/** JavaScript's truthiness, which the Python twin follows too: [] and {} are true. @param {unknown} value */
export const isFalsy = (value) => !value;

/** The `ignore` option's choices, in the order the docs give them. */
export const IGNORE = ["unset", "falsy", "nothing"];

/** The `several` option's choices. */
export const SEVERAL = ["skip", "first"];

/** @type {Record<string, (value: unknown) => boolean>} */
const PASSED_OVER = {
  unset: (value) => value === null || value === undefined,
  falsy: isFalsy,
  nothing: () => false,
};

/**
 * @param {any} context the snapshot (or a live callback_context)
 * @param {string} ignore one of IGNORE
 * @param {string} several one of SEVERAL
 * @returns {{triggered: boolean, trigger: {id: unknown, property: string, value: unknown} | null}}
 *   triggered: whether anything triggered at all (false on the initial call); trigger: the one
 *   that decides, or null when none does
 */
export function pickTrigger(context, ignore, several) {
  const fired = Array.isArray(context && context.triggered) ? context.triggered : [];
  let triggered = false;
  const remaining = [];
  for (const entry of fired) {
    const parsed = entry && typeof entry === "object" ? parsePropId(entry.prop_id) : null;
    if (!parsed) continue;
    triggered = true;
    if (!PASSED_OVER[ignore](entry.value)) remaining.push({ ...parsed, value: entry.value });
  }
  const decides = remaining.length === 1 || (remaining.length > 1 && several === "first");
  return { triggered, trigger: decides ? remaining[0] : null };
}
