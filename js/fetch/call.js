// @ts-check
/**
 * One call of dc.fetch.json / dc.fetch.text in the browser, and the two roles that are the browser
 * half of its server mode. Everything that touches the page goes through the runtime (page.js).
 *
 *   call:  ticket (aborts the call in flight for the same callback) -> URL -> allow list ->
 *          "loading" -> exchange -> if still the newest call: targets and outputs
 *   begin: (server mode, before the request) "loading" unless there is no URL; passes every
 *          value and the context on to the store the server callback listens to
 *   apply: (server mode, after the response) the set_props effects the server computed
 */
import { NO_UPDATE } from "../core/sentinels.js";
import { exchange } from "./exchange.js";
import { callbackKey, latestWins } from "./latest.js";
import { SKIPPED, SUPERSEDED, effectsOf, failed, loadingEffects, resultOf } from "./outcome.js";
import { checkCombination, isForbiddenHeader } from "./options.js";
import { runtime } from "./page.js";
import { INVALID_URL, NOT_ALLOWED, OWN_ORIGIN, UrlError, allowedBy, fillTemplate, parsePrefix, parseTemplate, resolveUrl } from "./url.js";

/** Calls in flight, per callback, across every binding of both functions. */
const LATEST = latestWins();

/** @param {unknown} value */
const isEmpty = (value) => value === null || value === undefined || value === "";

/**
 * A set_props target that is not in the layout is skipped with one warning per binding.
 * @param {import("./page.js").Runtime} page @param {[unknown, Record<string, unknown>][]} effects @param {Set<string>} warned
 */
function applyEffects(page, effects, warned) {
  for (const [id, props] of effects) {
    if (page.setProps(id, props) !== false) continue;
    const key = JSON.stringify(id);
    if (!warned.has(key)) {
      warned.add(key);
      page.warn(`dashclient: dc.fetch target ${key} is not in the layout; nothing was set`);
    }
  }
}

/**
 * The URL text of a call: the first value (url None) or the filled template; null when there is none.
 * @param {(string | number)[] | null} parts @param {unknown[]} values
 */
function urlText(parts, values) {
  if (parts !== null) return fillTemplate(parts, values);
  if (isEmpty(values[0])) return null;
  if (typeof values[0] !== "string") throw new UrlError(INVALID_URL);
  return values[0];
}

/**
 * @param {"json" | "text"} parse
 * @returns {(options: Record<string, any>) => (...args: unknown[]) => Promise<unknown>}
 */
export function compileCall(parse) {
  return (options) => {
    checkCombination(options);
    for (const name of Object.keys(options.headers)) {
      if (name.toLowerCase() === "cookie" || isForbiddenHeader(name)) {
        throw new Error(`header '${name}' cannot be set by a browser; use credentials, or mode='server'`);
      }
    }
    const parts = options.url === null ? null : parseTemplate(options.url);
    const prefixes = options.allow === null ? OWN_ORIGIN : options.allow.map(parsePrefix);
    const headers = { ...options.headers };
    let body;
    if (options.body !== null) {
      body = JSON.stringify(options.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["Content-Type"] = "application/json";
    }
    /** @type {Set<string>} */
    const warned = new Set();

    return async (...args) => {
      const context = /** @type {any} */ (args.pop());
      const page = runtime();
      const key = callbackKey(context);
      const slot = { abort: () => {} };
      const ticket = LATEST.take(key, () => slot.abort());
      let outcome;
      try {
        const text = urlText(parts, args);
        if (text === null) {
          outcome = SKIPPED;
        } else {
          const ownOrigin = page.origin();
          const url = resolveUrl(text, ownOrigin);
          if (!allowedBy(url, prefixes, ownOrigin)) throw new UrlError(NOT_ALLOWED);
          applyEffects(page, loadingEffects(options, context && context.outputs_list), warned);
          const request = { href: url.href, method: options.method, headers, body, credentials: options.credentials };
          const rules = { parse, timeoutMs: options.timeout_ms, maxBytes: options.max_bytes, prefixes, ownOrigin };
          outcome = await exchange(request, rules, page.net, (abort) => {
            slot.abort = abort;
          });
        }
      } catch (error) {
        outcome = failed(error instanceof UrlError ? error.message : INVALID_URL);
      }
      if (!LATEST.isLatest(key, ticket)) outcome = SUPERSEDED;
      LATEST.release(key, ticket);
      applyEffects(page, effectsOf(outcome, options), warned);
      return resultOf(outcome, options);
    };
  };
}

/**
 * begin: the browser half of server mode, before the request. Settings: `$values`, the positions
 * of the callback's own values among Dash's arguments; `$outputs`, its Outputs as {id, property}.
 * @param {Record<string, any>} options @param {Record<string, any>} settings
 */
export function compileBegin(options, settings) {
  const first = Array.isArray(settings.$values) ? settings.$values[0] : undefined;
  /** @type {Set<string>} */
  const warned = new Set();
  return (/** @type {unknown[]} */ ...args) => {
    const context = args.pop();
    const hasUrl = options.url !== null || (first !== undefined && !isEmpty(args[first]));
    if (hasUrl) applyEffects(runtime(), loadingEffects(options, settings.$outputs), warned);
    return { values: args, context };
  };
}

/**
 * apply: the browser half of server mode, after the response: `{effects: [[id, props], ...]}`.
 */
export function compileApply() {
  /** @type {Set<string>} */
  const warned = new Set();
  return (/** @type {unknown[]} */ ...args) => {
    const data = /** @type {any} */ (args[0]);
    if (data && Array.isArray(data.effects)) {
      const effects = data.effects.filter((/** @type {unknown} */ e) => Array.isArray(e) && e.length === 2 && e[1] && typeof e[1] === "object");
      applyEffects(runtime(), effects, warned);
    }
    return NO_UPDATE;
  };
}
