// @ts-check
/**
 * URLs for dc.fetch: fill a template, check the text, resolve it, match it against an allow list.
 * The Python twin (dashclient/_fetch/urls.py) follows the same rules; this half lets the platform's
 * WHATWG URL parser normalise what the rules accept, the twin normalises by hand, and a shared
 * table (tests/cases/fetch/urls.json) holds both to the same href.
 *
 *   template     "/api/search?q={0}&page={1}"   {n}: the n-th value, URL-encoded; {{ and }}: braces
 *   accepted     printable ASCII without space and \ " < > ^ ` { | }, either
 *                "http(s)://host[:port][/path][?query]" (no user:password@) or "/path[?query]"
 *                (the app's own origin), host in ASCII without IDNA "xn--" labels; anything
 *                else is an invalid URL, any other scheme
 *                (file:, data:, javascript:, ftp: ...) a URL not allowed
 *   allow        prefixes: "/api/" (own origin, path prefix) or "https://host[:port][/path]";
 *                a path prefix matches whole segments ("/api" matches "/api" and "/api/x", not "/apix")
 */

export const INVALID_URL = "invalid URL";
export const NOT_ALLOWED = "URL not allowed";

/** Characters a URL may hold: printable ASCII but space and the ones parsers re-encode or reinterpret. */
const URL_TEXT = /^[!#$%&'()*+,\-./0-9:;=?@A-Z[\]_a-z~]*$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const HOST_NAME = /^[A-Za-z0-9._~-]+$/;
const IPV6_TEXT = /^\[[0-9A-Fa-f:.]+\]$/;
/** IDNA labels: the URL standard validates them with UTS 46 tables the twin should not copy; refused. */
const PUNYCODE = /(^|\.)xn--/i;
const PORT = /^[0-9]*$/;

/** A failure with the short message both halves show. */
export class UrlError extends Error {}

/**
 * One value as it goes into a URL: strings as they are, numbers as JS writes them, booleans as
 * true/false, null/undefined as "". Objects and arrays have no place in a URL.
 * @param {unknown} value
 */
export function valueText(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new UrlError(INVALID_URL);
}

/**
 * The parts of a template: literal text and placeholder indexes. Throws a TypeError for a
 * malformed one (a lone brace, "{x}").
 * @param {string} template
 * @returns {(string | number)[]}
 */
export function parseTemplate(template) {
  /** @type {(string | number)[]} */
  const parts = [];
  let text = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if ((c === "{" || c === "}") && template[i + 1] === c) {
      text += c;
      i++;
    } else if (c === "{") {
      const close = template.indexOf("}", i);
      const index = close > i ? template.slice(i + 1, close) : "";
      if (!/^[0-9]{1,3}$/.test(index)) throw new TypeError(`bad placeholder at ${i}`);
      if (text) parts.push(text);
      text = "";
      parts.push(Number(index));
      i = close;
    } else if (c === "}") {
      throw new TypeError(`lone } at ${i}`);
    } else {
      text += c;
    }
  }
  if (text) parts.push(text);
  return parts;
}

/** @param {(string | number)[]} parts */
export const placeholderCount = (parts) => parts.reduce((n, p) => (typeof p === "number" ? Math.max(n, p + 1) : n), 0);

/**
 * A template with its placeholders replaced by the URL-encoded values (missing values: "").
 * @param {(string | number)[]} parts @param {unknown[]} values
 */
export function fillTemplate(parts, values) {
  return parts
    .map((part) => {
      if (typeof part === "string") return part;
      try {
        return encodeURIComponent(valueText(values[part]));
      } catch (_) {
        throw new UrlError(INVALID_URL); // a lone surrogate
      }
    })
    .join("");
}

/**
 * Check a URL's text against the accepted grammar; returns it absolute ("/x" joined to `origin`).
 * @param {string} text @param {string | null} origin "http://host:port", or null when unknown
 */
export function checkUrlText(text, origin) {
  if (typeof text !== "string" || !URL_TEXT.test(text)) throw new UrlError(INVALID_URL);
  const scheme = SCHEME.exec(text);
  if (scheme) {
    if (!["http", "https"].includes(scheme[1].toLowerCase())) throw new UrlError(NOT_ALLOWED);
    const rest = text.slice(scheme[0].length);
    if (!rest.startsWith("//") || rest[2] === "/") throw new UrlError(INVALID_URL);
    const authority = /^[^/?#]*/.exec(rest.slice(2))?.[0] ?? "";
    const [, host, port] = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority) || [];
    if (host === undefined || !(HOST_NAME.test(host) || IPV6_TEXT.test(host)) || PUNYCODE.test(host)) {
      throw new UrlError(INVALID_URL);
    }
    if (port !== undefined && !PORT.test(port)) throw new UrlError(INVALID_URL);
    return text;
  }
  if (text.startsWith("/") && !text.startsWith("//")) {
    if (!origin) throw new UrlError(INVALID_URL);
    return origin + text;
  }
  throw new UrlError(INVALID_URL);
}

/**
 * A checked URL, parsed: `href` without a fragment, `origin` and `path` for the allow list.
 * @param {string} text @param {string | null} origin
 * @returns {{href: string, origin: string, path: string}}
 */
export function resolveUrl(text, origin) {
  const absolute = checkUrlText(text, origin);
  let url;
  try {
    url = new URL(absolute);
  } catch (_) {
    throw new UrlError(INVALID_URL);
  }
  url.hash = "";
  return { href: url.href, origin: url.origin, path: url.pathname };
}

/**
 * @typedef {{own: boolean, origin: string | null, path: string}} Prefix  own: the app's own origin
 */

/**
 * An allow-list entry, normalised; throws a TypeError for one that is not a prefix.
 * @param {unknown} entry
 * @returns {Prefix}
 */
export function parsePrefix(entry) {
  if (typeof entry !== "string" || /[?#]/.test(entry)) throw new TypeError("not a prefix");
  const own = entry.startsWith("/");
  let parsed;
  try {
    parsed = resolveUrl(entry, own ? "http://own.invalid" : null);
  } catch (_) {
    throw new TypeError("not a prefix");
  }
  return { own, origin: own ? null : parsed.origin, path: parsed.path };
}

/** The default allow list: the app's own origin, every path. */
export const OWN_ORIGIN = Object.freeze([Object.freeze({ own: true, origin: null, path: "/" })]);

/** @param {string} path @param {string} prefix */
export const pathMatches = (path, prefix) =>
  prefix.endsWith("/") ? path.startsWith(prefix) : path === prefix || path.startsWith(`${prefix}/`);

/**
 * The allow-list entry a resolved URL falls under, or null.
 * @param {{origin: string, path: string}} url @param {readonly Prefix[]} prefixes
 * @param {string | null} ownOrigin
 */
export function allowedBy(url, prefixes, ownOrigin) {
  for (const prefix of prefixes) {
    const origin = prefix.own ? ownOrigin : prefix.origin;
    if (origin && url.origin === origin && pathMatches(url.path, prefix.path)) return prefix;
  }
  return null;
}
