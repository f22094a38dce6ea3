// @ts-check
// The page as the Shortcuts component sees it: Dash's set_props and getLayout, the DOM, timers,
// the platform. Built from `window` only when js/index.js calls pageOf(window); node tests pass
// a fake with the same shape instead.
import { NO_UPDATE, PREVENT_UPDATE } from "../core/sentinels.js";
import { idKey } from "./types.js";

const APPLE = /Mac|iPhone|iPad|iPod/i;

/** @param {any} window */
export function pageOf(window) {
  const clientside = () => window.dash_clientside || {};
  const api = () => window.dash_component_api || {};
  /** Dash writes a dict id into the DOM as its stringified JSON (keys sorted). */
  const domId = (/** @type {any} */ id) => (typeof id === "string" ? id : (api().stringifyId || idKey)(id));
  const element = (/** @type {unknown} */ id) => window.document.getElementById(domId(id));
  return {
    document: window.document,
    react: () => window.React,
    /** The component's layout node (props included), or undefined when no such id is in the layout. */
    layout: (/** @type {unknown} */ id) => {
      try {
        return typeof api().getLayout === "function" ? api().getLayout(id) : undefined;
      } catch (_) {
        return undefined;
      }
    },
    setProps: (/** @type {unknown} */ id, /** @type {Record<string, unknown>} */ props) => clientside().set_props(id, props),
    element,
    focusInside: (/** @type {unknown} */ id) => {
      const scope = element(id);
      const active = window.document.activeElement;
      return Boolean(scope && active && scope.contains(active));
    },
    target: (/** @type {any} */ event) => (typeof event.composedPath === "function" && event.composedPath()[0]) || event.target,
    clientside: (/** @type {string} */ namespace, /** @type {string} */ name) => (clientside()[namespace] || {})[name],
    isNoUpdate: (/** @type {unknown} */ value) => value === NO_UPDATE || (clientside().no_update !== undefined && value === clientside().no_update),
    isPreventUpdate: (/** @type {unknown} */ error) =>
      error === PREVENT_UPDATE || (clientside().PreventUpdate !== undefined && error === clientside().PreventUpdate),
    platform: () => {
      const navigator = window.navigator || {};
      const name = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || "";
      return APPLE.test(name) ? "mac" : "other";
    },
    now: () => Date.now(),
    setTimeout: (/** @type {() => void} */ run, /** @type {number} */ ms) => window.setTimeout(run, ms),
    clearTimeout: (/** @type {unknown} */ timer) => window.clearTimeout(timer),
    warn: (/** @type {string} */ message) => window.console.warn(message),
  };
}
