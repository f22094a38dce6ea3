// @ts-check
/**
 * What a fetch ends in, and what the callback's outputs and the set_props targets receive.
 * The Python twin is dashclient/_fetch/outcome.py: same messages, same results.
 *
 *   ok(data)          data output: the data; error: ""; status: status_values.ok
 *   failed(message)   data output: no_update; error: the message; status: status_values.error
 *   SKIPPED           no URL to fetch (and a call in flight given up): data no_update;
 *                     error: ""; status: status_values.idle
 *   SUPERSEDED        a newer call of the same callback took over: nothing, silently
 */
import { NO_UPDATE } from "../core/sentinels.js";
import { targetOf } from "./options.js";

export const SKIPPED = Object.freeze({ kind: "skipped" });
export const SUPERSEDED = Object.freeze({ kind: "superseded" });

/** @typedef {{kind: "ok", data: unknown} | {kind: "error", message: string} | typeof SKIPPED | typeof SUPERSEDED} Outcome */

/** @param {unknown} data @returns {Outcome} */
export const ok = (data) => ({ kind: "ok", data });
/** @param {string} message @returns {Outcome} */
export const failed = (message) => ({ kind: "error", message });

/** The short messages both halves show. */
export const MESSAGES = {
  network: "network error",
  json: "invalid JSON",
  redirect: "redirected outside the allow list",
  status: (/** @type {number} */ status) => `HTTP ${status}`,
  timeout: (/** @type {number} */ ms) => `timed out after ${ms} ms`,
  tooLarge: (/** @type {number} */ bytes) => `response over ${bytes} bytes`,
};

/**
 * What each role (data, error, status) receives for an outcome; null: nothing to report.
 * @param {Outcome} outcome @param {Record<string, any>} options
 * @returns {{data: unknown, error: unknown, status: unknown} | null}
 */
export function reportOf(outcome, options) {
  if (outcome.kind === "ok") return { data: /** @type {any} */ (outcome).data, error: "", status: options.status_values.ok };
  if (outcome.kind === "error") {
    return { data: NO_UPDATE, error: /** @type {any} */ (outcome).message, status: options.status_values.error };
  }
  if (outcome.kind === "skipped") return { data: NO_UPDATE, error: "", status: options.status_values.idle };
  return null;
}

/**
 * The callback's result: one value for outputs ["data"], else one per Output in `outputs` order.
 * @param {Outcome} outcome @param {Record<string, any>} options
 */
export function resultOf(outcome, options) {
  const report = reportOf(outcome, options);
  if (report === null) return NO_UPDATE;
  const values = options.outputs.map((/** @type {"data"|"error"|"status"} */ role) => report[role]);
  return options.outputs.length === 1 ? values[0] : values;
}

/**
 * set_props effects for the targets of an outcome: [[id, {property: value}], ...].
 * @param {Outcome} outcome @param {Record<string, any>} options
 * @returns {[unknown, Record<string, unknown>][]}
 */
export function effectsOf(outcome, options) {
  const report = reportOf(outcome, options);
  if (report === null) return [];
  /** @type {[unknown, Record<string, unknown>][]} */
  const effects = [];
  for (const role of /** @type {const} */ (["error", "status"])) {
    if (options[role] === null) continue;
    const { id, property } = targetOf(options[role], "children");
    effects.push([id, { [/** @type {string} */ (property)]: report[role] }]);
  }
  return effects;
}

/**
 * The effect that shows "loading": on the status target, or on the callback's status Output
 * (`outputs` holds the callback's Outputs as {id, property}, in order).
 * @param {Record<string, any>} options @param {unknown} outputs
 * @returns {[unknown, Record<string, unknown>][]}
 */
export function loadingEffects(options, outputs) {
  const loading = options.status_values.loading;
  if (options.status !== null) {
    const { id, property } = targetOf(options.status, "children");
    return [[id, { [/** @type {string} */ (property)]: loading }]];
  }
  const index = options.outputs.indexOf("status");
  const output = Array.isArray(outputs) ? outputs[index] : undefined;
  if (index < 0 || !output || typeof output !== "object") return [];
  return [[/** @type {any} */ (output).id, { [/** @type {any} */ (output).property]: loading }]];
}
