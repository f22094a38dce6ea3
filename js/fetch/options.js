// @ts-check
// The options of dc.fetch.json and dc.fetch.text (one schema for both) and the domain types they
// use. The Python checkers of these types are in dashclient/_fetch/options.py.
import { checkUrlText, fillTemplate, parsePrefix, parseTemplate, placeholderCount } from "./url.js";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
export const OUTPUT_ROLES = ["data", "error", "status"];
export const STATUS_DEFAULTS = Object.freeze({ loading: "loading", ok: "ok", error: "error", idle: "idle" });

/** Header names the URL standard's token allows. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Request headers a browser never lets a page set (fetch spec "forbidden request-header"), and
 * that would break the server half's own request. Cookie is left to the secrets rule: a browser
 * drops it, the server half can send it.
 */
const FORBIDDEN_HEADERS = new Set([
  "accept-charset", "accept-encoding", "access-control-request-headers", "access-control-request-method",
  "connection", "content-length", "cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin",
  "referer", "set-cookie", "te", "trailer", "transfer-encoding", "upgrade", "via",
]);
export const isForbiddenHeader = (/** @type {string} */ name) => {
  const lower = name.toLowerCase();
  return FORBIDDEN_HEADERS.has(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-");
};

/** A stand-in origin to check a template's fixed text: the real one is known only at call time. */
const SOME_ORIGIN = "http://origin.invalid";

/** @param {unknown} value */
const isPlainObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** Types (core/schema.js): a checker returns the normalised value or throws. */
export const TYPES = {
  url_template: {
    expected: "an http(s) URL or one starting with /, placeholders {0}, {1}... for values",
    ts: "string",
    check: (/** @type {unknown} */ value) => {
      if (typeof value !== "string") throw new TypeError();
      // The fixed text must make a URL once each placeholder holds a plain value.
      const parts = parseTemplate(value);
      checkUrlText(fillTemplate(parts, Array(placeholderCount(parts)).fill("x")), SOME_ORIGIN);
      return value;
    },
  },
  url_prefixes: {
    expected: "a list of URL prefixes such as ['/api/', 'https://api.example.com/v1/']",
    ts: "string[]",
    check: (/** @type {unknown} */ value) => {
      if (!Array.isArray(value)) throw new TypeError();
      value.forEach(parsePrefix);
      return [...value];
    },
  },
  headers: {
    expected: "a dict of header names to strings (not Host, Content-Length or another header fetch forbids)",
    ts: "Record<string, string>",
    check: (/** @type {unknown} */ value) => {
      if (!isPlainObject(value)) throw new TypeError();
      for (const [name, text] of Object.entries(/** @type {object} */ (value))) {
        if (!TOKEN.test(name) || isForbiddenHeader(name)) throw new TypeError();
        if (typeof text !== "string" || /[\r\n\0]/.test(text)) throw new TypeError();
      }
      return { .../** @type {object} */ (value) };
    },
  },
  target: {
    expected: "a component id, or {'id': id, 'property': name}",
    ts: "string | Record<string, unknown>",
    check: (/** @type {unknown} */ value) => {
      const { id, property } = targetOf(value, "children");
      if (!(typeof id === "string" && id) && !isPlainObject(id)) throw new TypeError();
      if (typeof property !== "string" || !property) throw new TypeError();
      return value;
    },
  },
  status_values: {
    expected: "a dict giving 'loading', 'ok', 'error' and/or 'idle' the value to show",
    ts: "{loading?: unknown; ok?: unknown; error?: unknown; idle?: unknown}",
    check: (/** @type {unknown} */ value) => {
      if (!isPlainObject(value)) throw new TypeError();
      const keys = Object.keys(/** @type {object} */ (value));
      if (keys.some((k) => !(k in STATUS_DEFAULTS) || /** @type {any} */ (value)[k] === undefined)) throw new TypeError();
      return { ...STATUS_DEFAULTS, .../** @type {object} */ (value) };
    },
  },
  fetch_outputs: {
    expected: "a list of 'data', 'error' and 'status', each at most once, 'data' included",
    ts: "('data' | 'error' | 'status')[]",
    check: (/** @type {unknown} */ value) => {
      if (!Array.isArray(value) || !value.includes("data") || new Set(value).size !== value.length) throw new TypeError();
      if (value.some((v) => !OUTPUT_ROLES.includes(v))) throw new TypeError();
      return [...value];
    },
  },
};

/**
 * A target as {id, property}: a component id alone means its `fallback` property.
 * @param {unknown} value @param {string} fallback
 * @returns {{id: unknown, property: unknown}}
 */
export function targetOf(value, fallback) {
  if (isPlainObject(value)) {
    const keys = Object.keys(/** @type {object} */ (value)).sort().join(",");
    if (keys === "id,property") return { id: /** @type {any} */ (value).id, property: /** @type {any} */ (value).property };
  }
  return { id: value, property: fallback };
}

/** The schema of both functions' options. */
export const OPTIONS = {
  url: {
    type: "url_template", nullable: true, default: null,
    doc: "None: the first value is the URL; else a URL whose {0}, {1}... are the values, URL-encoded",
  },
  method: { type: "enum", enum: METHODS, default: "GET" },
  headers: { type: "headers", default: {}, doc: "a constant secret header is refused in client mode" },
  body: { type: "json", nullable: true, default: null, doc: "sent as JSON (not with GET); bind it to a State" },
  timeout_ms: { type: "integer", min: 1, max: 600000, default: 10000, doc: "the whole exchange, body included" },
  allow: {
    type: "url_prefixes", nullable: true, default: null,
    doc: "URL prefixes the request may go to; None: the app's own origin only",
  },
  credentials: { type: "enum", enum: ["same-origin", "include", "omit"], default: "same-origin" },
  max_bytes: { type: "integer", min: 1, max: 1000000000, default: 5000000, doc: "a longer body is an error" },
  outputs: {
    type: "fetch_outputs", default: ["data"],
    doc: "what each Output of the callback receives, in order",
  },
  error: { type: "target", nullable: true, default: null, doc: "set_props target of the error message ('' on success)" },
  status: { type: "target", nullable: true, default: null, doc: "set_props target of the status" },
  status_values: {
    type: "status_values", default: { ...STATUS_DEFAULTS },
    doc: "what the status target shows: loading, ok, error, idle (no URL); e.g. True/False for a loader",
  },
};

/**
 * Checks between options, once per set (both halves raise the same messages).
 * @param {Record<string, any>} options
 */
export function checkCombination(options) {
  if (options.body !== null && options.method === "GET") {
    throw new Error("option 'body' cannot be sent with method 'GET'");
  }
  for (const role of ["error", "status"]) {
    if (options[role] !== null && options.outputs.includes(role)) {
      throw new Error(`option '${role}' names a target, but option 'outputs' already sends the ${role} to an Output`);
    }
  }
}
