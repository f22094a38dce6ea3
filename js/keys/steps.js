// @ts-check
/**
 * Running a binding's steps in the page (bindings.js STEPS): set_props, click, focus, toggle,
 * wait, and run (any dashclient function, reading props and writing its result with set_props).
 * Everything about the page comes through `page` (page.js in the browser, a fake in node), and
 * nothing here throws: a missing component or a failing function does nothing and warns once.
 */
import { idKey } from "./types.js";

/**
 * What the steps need from the page.
 * @typedef {{
 *   layout: (id: unknown) => {props?: Record<string, unknown>} | undefined,
 *   setProps: (id: unknown, props: Record<string, unknown>) => void,
 *   element: (id: unknown) => any,
 *   clientside: (namespace: string, name: string) => Function | undefined,
 *   isNoUpdate: (value: unknown) => boolean,
 *   isPreventUpdate: (error: unknown) => boolean,
 *   setTimeout: (run: () => void, ms: number) => unknown,
 *   clearTimeout: (timer: unknown) => void,
 * }} StepPage
 * @typedef {{componentId: unknown, event: Record<string, unknown>, warn: (what: string, message: string) => void}} Press
 */

const FOCUSABLE = "input, textarea, select, button, a[href], [tabindex]:not([tabindex='-1']), [contenteditable='true']";

/** @param {Press} press @param {unknown} id @param {string} kind */
const missing = (press, id, kind) => press.warn(`missing:${idKey(/** @type {any} */ (id))}`, `no component ${JSON.stringify(id)} in the layout: ${kind} does nothing`);

/** A page-bound option of an action ({"$input"|"$state": {id, property}}) read from the layout. @param {unknown} value */
const pageRef = (value) => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === "$input" || keys[0] === "$state") ? /** @type {any} */ (value)[keys[0]] : null;
};

/** The callback context a function that reads it gets: the key press as the trigger. */
function contextOf(/** @type {Press} */ press, /** @type {any[]} */ values, /** @type {any[]} */ outputs, /** @type {unknown[]} */ read) {
  const prop = `${idKey(/** @type {any} */ (press.componentId))}.event`;
  return {
    triggered_id: press.componentId,
    triggered: [{ prop_id: prop, value: press.event }],
    inputs: { [prop]: press.event },
    states: Object.fromEntries(values.map((d, i) => [`${idKey(d.id)}.${d.property}`, read[i]])),
    outputs_list: outputs.length === 1 ? outputs[0] : outputs,
  };
}

/** @type {Record<string, (fields: any, page: StepPage, press: Press) => unknown>} */
const RUNNERS = {
  set_props({ id, props }, page, press) {
    if (!page.layout(id)) return missing(press, id, "set_props");
    page.setProps(id, props);
  },
  click({ id }, page, press) {
    const element = page.element(id);
    if (!element) return missing(press, id, "click");
    element.click();
  },
  focus({ id }, page, press) {
    const element = page.element(id);
    if (!element) return missing(press, id, "focus");
    const target = typeof element.matches === "function" && element.matches(FOCUSABLE) ? element : element.querySelector?.(FOCUSABLE) || element;
    target.focus();
  },
  toggle({ id, prop }, page, press) {
    const component = page.layout(id);
    if (!component) return missing(press, id, "toggle");
    page.setProps(id, { [prop]: !(component.props || {})[prop] });
  },
  run({ action, outputs, values, context }, page, press) {
    const [pattern, name] = action.action.split(".");
    const fn = page.clientside(pattern === "internal" ? "dashclient" : `dashclient_${pattern}`, name);
    if (typeof fn !== "function") return press.warn(`action:${action.action}`, `no dashclient function ${action.action} in this page`);
    /** @type {Record<string, unknown>} */
    const options = {};
    const refs = [...outputs, ...values];
    for (const [option, value] of Object.entries(action.options)) {
      const ref = pageRef(value);
      if (ref) refs.push(ref);
      options[option] = value;
    }
    const absent = refs.find((ref) => !page.layout(ref.id));
    if (absent) return missing(press, absent.id, `run ${action.action}`);
    const read = (/** @type {any} */ ref) => (/** @type {any} */ (page.layout(ref.id)).props || {})[ref.property];
    for (const [option, value] of Object.entries(options)) {
      const ref = pageRef(value);
      if (ref) options[option] = read(ref);
    }
    const args = values.map(read);
    const write = (/** @type {unknown} */ result) => {
      const results = outputs.length === 1 ? [result] : Array.isArray(result) ? result : [];
      outputs.forEach((/** @type {any} */ output, /** @type {number} */ i) => {
        if (i < results.length && !page.isNoUpdate(results[i])) page.setProps(output.id, { [output.property]: results[i] });
      });
    };
    const fail = (/** @type {unknown} */ error) => {
      if (!page.isPreventUpdate(error)) press.warn(`failed:${action.action}`, `${action.action} failed: ${error instanceof Error ? error.message : String(error)}`);
    };
    try {
      const result = fn(...args, options, ...(context ? [contextOf(press, values, outputs, args)] : []));
      if (result && typeof (/** @type {any} */ (result).then) === "function") return /** @type {Promise<unknown>} */ (result).then(write, fail);
      write(result);
    } catch (error) {
      fail(error);
    }
  },
};

/**
 * Run steps in order; `wait` pauses, a `run` returning a Promise is awaited. Steps before the
 * first pause run at once, inside the keydown.
 * @param {Record<string, any>[]} steps @param {StepPage} page @param {Press} press
 * @returns {{done: Promise<void>, cancel: () => void}} cancel: the remaining steps never run
 */
export function runSteps(steps, page, press) {
  let cancelled = false;
  /** @type {unknown} */
  let timer = null;
  /** @type {() => void} */
  let finish = () => {};
  const done = new Promise((resolve) => {
    finish = () => resolve(undefined);
  });
  const from = (/** @type {number} */ index) => {
    for (let i = index; i < steps.length && !cancelled; i += 1) {
      const [kind] = Object.keys(steps[i]);
      if (kind === "wait") {
        timer = page.setTimeout(() => {
          timer = null;
          from(i + 1);
        }, steps[i].wait.ms);
        return;
      }
      let pending;
      try {
        pending = RUNNERS[kind](steps[i][kind], page, press);
      } catch (error) {
        press.warn(`failed:${kind}`, `${kind} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (pending && typeof (/** @type {any} */ (pending).then) === "function") {
        /** @type {Promise<unknown>} */ (pending).then(() => from(i + 1));
        return;
      }
    }
    finish();
  };
  from(0);
  return {
    done,
    cancel() {
      cancelled = true;
      if (timer !== null) page.clearTimeout(timer);
      timer = null;
      finish();
    },
  };
}
