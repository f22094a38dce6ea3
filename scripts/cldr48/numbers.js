// Each locale's standard and narrow currency symbols, as Intl's formatToParts reports them.
// Run by numbers.py: stdin {tags, codes}, stdout {tag: {code: [symbol, narrow]}} for the tags Intl has.
import { readFileSync } from "node:fs";

const { tags, codes } = JSON.parse(readFileSync(0, "utf8"));
const part = (ps) => ps.filter((p) => p.type === "currency").map((p) => p.value).join("");
const out = {};
for (const tag of tags) {
  if (new Intl.NumberFormat(tag).resolvedOptions().locale !== tag) continue;
  out[tag] = {};
  for (const code of codes) {
    const nf = (display) => new Intl.NumberFormat(tag, { style: "currency", currency: code, currencyDisplay: display });
    out[tag][code] = [part(nf("symbol").formatToParts(1)), part(nf("narrowSymbol").formatToParts(1))];
  }
}
process.stdout.write(JSON.stringify(out));
