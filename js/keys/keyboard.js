// @ts-check
/**
 * One keydown listener per document, shared by every mounted Shortcuts component: added with the
 * first subscriber, removed with the last, however often components mount, re-render or leave
 * (tinykeys' shape: subscribe returns its unsubscribe).
 *
 * It listens in the capture phase, so bindings see a key before the page's own handlers and
 * `stop_propagation` keeps it from them. Subscribers run in subscription order; one that returns
 * true (a binding with stop_propagation fired) hides the key from the later ones.
 */

/**
 * @typedef {((event: any) => boolean | void) & {dispose?: () => void}} Handler
 * @typedef {{handlers: Handler[], listener: ((event: any) => void) | null}} Registry
 */

/** @type {WeakMap<object, Registry>} */
const REGISTRIES = new WeakMap();

const CAPTURE = true;

/** @param {any} doc @returns {Registry} */
function registryOf(doc) {
  let registry = REGISTRIES.get(doc);
  if (!registry) {
    registry = { handlers: [], listener: null };
    REGISTRIES.set(doc, registry);
  }
  return registry;
}

/**
 * Listen to keydowns on `doc` with `handler` until the returned function is called.
 * @param {any} doc a Document (or anything with add/removeEventListener)
 * @param {Handler} handler
 * @param {(message: string) => void} [warn] reports a handler that threw
 * @returns {() => void} unsubscribe (calling it twice is harmless); runs handler.dispose()
 */
export function subscribe(doc, handler, warn = (message) => console.warn(message)) {
  const registry = registryOf(doc);
  if (registry.listener === null) {
    const listener = (/** @type {any} */ event) => {
      for (const each of [...registry.handlers]) {
        try {
          if (each(event)) break;
        } catch (error) {
          warn(`dashclient: a keyboard shortcut failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    registry.listener = listener;
    doc.addEventListener("keydown", listener, CAPTURE);
  }
  registry.handlers.push(handler);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    registry.handlers = registry.handlers.filter((h) => h !== handler);
    if (handler.dispose) handler.dispose();
    if (registry.handlers.length === 0 && registry.listener !== null) {
      doc.removeEventListener("keydown", registry.listener, CAPTURE);
      registry.listener = null;
    }
  };
}

/** How many handlers listen on `doc` now (introspection for tests and bug reports). @param {any} doc */
export const subscribers = (doc) => (REGISTRIES.get(doc)?.handlers.length ?? 0);
