// @ts-check
/**
 * The callback context as an argument. Dash's renderer sets `dash_clientside.callback_context`
 * just before calling a clientside function and deletes it as soon as the function returns, before
 * a returned Promise is awaited; props reach the function by reference (dash #1819). So the binding
 * takes a snapshot first: plain data, cloned, in the same shape the Python twin builds from
 * `dash.ctx` (dashclient/_context.py):
 *
 *     { triggered_id, triggered: [{prop_id, value}], inputs: {"id.prop": value},
 *       states: {"id.prop": value}, outputs_list }
 *
 * On the initial call nothing triggered: `triggered` is [] and `triggered_id` null on both sides.
 */

/** @typedef {{triggered_id: unknown, triggered: {prop_id: string, value: unknown}[],
 *   inputs: Record<string, unknown>, states: Record<string, unknown>, outputs_list: unknown}} Context */

/** @returns {Context} */
export function emptyContext() {
  return { triggered_id: null, triggered: [], inputs: {}, states: {}, outputs_list: null };
}

/**
 * A deep copy of JSON-like data (props are JSON: Dash serialises them to reach the server).
 * @template T @param {T} value @returns {T}
 */
export function clone(value) {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return /** @type {any} */ (value.map(clone));
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, item] of Object.entries(value)) out[key] = clone(item);
  return /** @type {any} */ (out);
}

/**
 * The snapshot of a live `callback_context` (undefined outside a callback gives the empty one).
 * @param {any} live
 * @returns {Context}
 */
export function snapshot(live) {
  if (!live || typeof live !== "object") return emptyContext();
  const triggered = Array.isArray(live.triggered)
    ? live.triggered.filter((t) => t && t.prop_id && t.prop_id !== ".").map((t) => ({ prop_id: t.prop_id, value: clone(t.value) }))
    : [];
  return {
    triggered_id: triggered.length && live.triggered_id !== undefined ? clone(live.triggered_id) : null,
    triggered,
    inputs: clone(live.inputs || {}),
    states: clone(live.states || {}),
    outputs_list: live.outputs_list === undefined ? null : clone(live.outputs_list),
  };
}
