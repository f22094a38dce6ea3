// The URL rules of dc.fetch against tests/cases/fetch/urls.json (the Python twin reads the same
// table in tests/unit/test_fetch_urls.py).
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { OWN_ORIGIN, allowedBy, fillTemplate, parsePrefix, parseTemplate, resolveUrl } from "../../js/fetch/url.js";

const TABLE = JSON.parse(readFileSync(new URL("../cases/fetch/urls.json", import.meta.url), "utf8"));

const resolved = (url, origin) => {
  try {
    return { href: resolveUrl(url, origin).href };
  } catch (error) {
    return { error: error.message };
  }
};

test("every URL of the table resolves to its href or fails with its message", () => {
  assert.ok(TABLE.urls.length > 50);
  for (const { url, href, error } of TABLE.urls) {
    assert.deepEqual(resolved(url, TABLE.origin), href !== undefined ? { href } : { error }, url);
  }
});

test("allow lists let through exactly the URLs the table says", () => {
  for (const { url, allow, own_origin: own, allowed } of TABLE.allow) {
    const prefixes = allow === null ? OWN_ORIGIN : allow.map(parsePrefix);
    let got;
    try {
      got = Boolean(allowedBy(resolveUrl(url, own), prefixes, own));
    } catch (error) {
      got = error.message;
    }
    assert.equal(got, allowed, `${url} under ${JSON.stringify(allow)}`);
  }
});

test("prefixes parse as the table says", () => {
  for (const { prefix, parsed, error } of TABLE.prefixes) {
    if (error) assert.throws(() => parsePrefix(prefix), TypeError, prefix);
    else assert.deepEqual(parsePrefix(prefix), parsed, prefix);
  }
});

test("templates fill with URL-encoded values, and malformed ones are refused", () => {
  for (const { template, values, filled } of TABLE.templates) assert.equal(fillTemplate(parseTemplate(template), values), filled);
  for (const { template } of TABLE.bad_templates) assert.throws(() => parseTemplate(template), TypeError, template);
});
