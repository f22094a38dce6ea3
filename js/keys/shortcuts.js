// @ts-check
/**
 * A Shortcuts component's keydown handler, from its described bindings (bindings.js): which
 * bindings a key reaches (typing, scope, held keys), how far each sequence got, and what fires.
 * Pure apart from `page`, so node drives it with plain event objects.
 */
import { chordMatches, isModifierOnly, isTyping } from "./match.js";
import { ADVANCED, FIRED, MISSED, advance, start } from "./sequence.js";
import { runSteps } from "./steps.js";

/**
 * @typedef {import("./steps.js").StepPage & {
 *   now: () => number,
 *   target: (event: any) => unknown,
 *   focusInside: (id: unknown) => boolean,
 * }} HandlerPage
 * @typedef {import("./bindings.js").Described} Described
 */

/**
 * @param {{
 *   componentId: unknown, bindings: Described[], timeout: number, page: HandlerPage,
 *   enabled: () => boolean,
 *   report: (binding: Described) => Record<string, unknown>,
 *   warn: (what: string, message: string) => void,
 * }} setup report: called when a binding fires; returns the event it wrote to the component
 * @returns {((event: any) => boolean) & {dispose: () => void}} true when the key must go no further
 */
export function shortcutsHandler({ componentId, bindings, timeout, page, enabled, report, warn }) {
  const progress = bindings.map(start);
  /** @type {Set<{cancel: () => void}>} */
  const running = new Set();

  /** @param {Described} binding @param {number} index */
  const fire = (binding, index) => {
    const pressEvent = report(binding);
    const press = {
      componentId,
      event: pressEvent,
      warn: (/** @type {string} */ what, /** @type {string} */ message) => warn(`${index}:${what}`, `bindings[${index}] ('${binding.keys}'): ${message}`),
    };
    const run = runSteps(binding.steps, page, press);
    running.add(run);
    run.done.then(() => running.delete(run));
  };

  const handle = (/** @type {any} */ event) => {
    // A key that only modifies others, or one an input method is composing (CJK), is nobody's chord.
    if (!enabled() || isModifierOnly(event) || event.isComposing || event.key === "Process") return false;
    const typing = isTyping(page.target(event));
    let stop = false;
    bindings.forEach((binding, index) => {
      if (typing && !binding.allow_in_inputs) return;
      if (binding.scope !== null && !page.focusInside(binding.scope)) return;
      const { sequence } = binding;
      if (event.repeat && !binding.repeat) {
        // A held key fires once; its repeats still get the default prevented.
        if (binding.prevent_default && sequence.some((chord) => chordMatches(chord, event))) event.preventDefault();
        return;
      }
      const outcome = advance(progress[index], sequence.length, (i) => chordMatches(sequence[i], event), page.now(), timeout);
      if (outcome === MISSED) return;
      if (binding.prevent_default) event.preventDefault();
      if (outcome === ADVANCED) return;
      if (outcome === FIRED) {
        if (binding.stop_propagation) {
          event.stopPropagation();
          stop = true;
        }
        fire(binding, index);
      }
    });
    return stop;
  };

  return Object.assign(handle, {
    dispose() {
      for (const run of running) run.cancel();
      running.clear();
    },
  });
}
