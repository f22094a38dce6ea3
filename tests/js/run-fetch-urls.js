// Resolve each URL of a JSON list (stdin) against an origin (argv[2]): {url: href | "ERR:message"}.
// tests/unit/test_fetch_urls.py compares the Python twin with it on generated URLs.
import { readFileSync } from "node:fs";
import { resolveUrl } from "../../js/fetch/url.js";

const urls = JSON.parse(readFileSync(0, "utf8"));
const out = {};
for (const url of urls) {
  try {
    out[url] = resolveUrl(url, process.argv[2]).href;
  } catch (error) {
    out[url] = `ERR:${error.message}`;
  }
}
process.stdout.write(JSON.stringify(out));
