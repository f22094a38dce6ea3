// @ts-check
// Which trigger decides a call. Dash lists every Input property that changed in
// `callback_context.triggered`, in order; the first one not passed over decides. Passed over, by
// the `ignore` option: a trigger whose value is None ("unset": a component just appended to the
// page fires ALL/ALLSMALLER callbacks with its n_clicks not set yet), a falsy one too ("falsy":
// such a button created with n_clicks=0), or none ("nothing"). The Python twin is
// dashclient/_dispatch/trigger.py.
import { parsePropId } from "./ids.js";

/** JavaScript's truthiness, which the Python twin follows too: [] and {} are true. @param {unknown} value */
export const isFalsy = (value) => !value;

/** The `ignore` option's choices, in the order the docs give them. */
export const IGNORE = ["unset", "falsy", "nothing"];

/** @type {Record<string, (value: unknown) => boolean>} */
const PASSED_OVER = {
  unset: (value) => value === null || value === undefined,
  falsy: isFalsy,
  nothing: () => false,
};

/**
 * @param {any} context the snapshot (or a live callback_context)
 * @param {string} ignore one of IGNORE
 * @returns {{triggered: boolean, trigger: {id: unknown, property: string, value: unknown} | null}}
 *   triggered: whether anything triggered at all (false on the initial call)
 */
export function pickTrigger(context, ignore) {
  const fired = Array.isArray(context && context.triggered) ? context.triggered : [];
  let triggered = false;
  for (const entry of fired) {
    const parsed = entry && typeof entry === "object" ? parsePropId(entry.prop_id) : null;
    if (!parsed) continue;
    triggered = true;
    if (PASSED_OVER[ignore](entry.value)) continue;
    return { triggered, trigger: { ...parsed, value: entry.value } };
  }
  return { triggered, trigger: null };
}
