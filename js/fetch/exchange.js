// @ts-check
/**
 * One HTTP exchange from the browser, ending in an Outcome (outcome.js), never a rejection:
 * a deadline for the whole exchange (body included) through an AbortController, the final URL of
 * a redirect checked against the allow list, non-2xx refused before the body is read, the body read
 * up to max_bytes, decoded as UTF-8 (BOM dropped, bad bytes replaced) and, for json, parsed.
 *
 * `net` (fetch, AbortController, timers) is injected: node tests pass a fake.
 */
import { allowedBy, resolveUrl } from "./url.js";
import { MESSAGES, SUPERSEDED, failed, ok } from "./outcome.js";

/**
 * @typedef {{fetch: (url: string, init: object) => Promise<any>, AbortController: new () => AbortController,
 *   setTimeout: (fn: () => void, ms: number) => unknown, clearTimeout: (handle: any) => void}} Net
 * @typedef {{href: string, method: string, headers: Record<string, string>, body: string | undefined,
 *   credentials: string}} Request
 * @typedef {{parse: "json" | "text", timeoutMs: number, maxBytes: number,
 *   prefixes: readonly import("./url.js").Prefix[], ownOrigin: string | null}} Rules
 */

/**
 * The body's bytes, or null once there are more than `limit` (the rest is not read).
 * @param {any} response @param {number} limit
 * @returns {Promise<Uint8Array | null>}
 */
async function readLimited(response, limit) {
  if (!response.body || typeof response.body.getReader !== "function") {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > limit ? null : bytes;
  }
  const reader = response.body.getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** @param {any} response */
function discardBody(response) {
  try {
    if (response.body && typeof response.body.cancel === "function") response.body.cancel().catch(() => {});
  } catch (_) {
    /* nothing to free */
  }
}

/**
 * @param {Request} request @param {Rules} rules @param {Net} net
 * @param {(abort: () => void) => void} onStart receives the abort of this exchange (latest wins)
 * @returns {Promise<import("./outcome.js").Outcome>}
 */
export async function exchange(request, rules, net, onStart) {
  const controller = new net.AbortController();
  let timedOut = false;
  const timer = net.setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, rules.timeoutMs);
  onStart(() => controller.abort());
  try {
    const response = await net.fetch(request.href, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      credentials: request.credentials,
      redirect: "follow",
      signal: controller.signal,
    });
    if (response.redirected && typeof response.url === "string" && response.url) {
      let final = null;
      try {
        final = resolveUrl(response.url, null);
      } catch (_) {
        /* an unusual final URL is outside the list too */
      }
      if (!final || !allowedBy(final, rules.prefixes, rules.ownOrigin)) {
        discardBody(response);
        return failed(MESSAGES.redirect);
      }
    }
    if (!(response.status >= 200 && response.status < 300)) {
      discardBody(response);
      return failed(MESSAGES.status(response.status));
    }
    const bytes = await readLimited(response, rules.maxBytes);
    if (bytes === null) return failed(MESSAGES.tooLarge(rules.maxBytes));
    const text = new TextDecoder("utf-8").decode(bytes);
    if (rules.parse === "text") return ok(text);
    try {
      return ok(JSON.parse(text));
    } catch (_) {
      return failed(MESSAGES.json);
    }
  } catch (_) {
    if (controller.signal.aborted) return timedOut ? failed(MESSAGES.timeout(rules.timeoutMs)) : SUPERSEDED;
    return failed(MESSAGES.network);
  } finally {
    net.clearTimeout(timer);
  }
}
