// d3-format's answers for a grid of cases, for the Python twin's parity test
// (tests/unit/test_format_d3.py). Reads JSON [{specifier, definition, value}] on stdin and writes
// the outputs as a JSON array, in order. A value may be the string "NaN", "Infinity" or
// "-Infinity" (JSON has no such numbers); a definition key set to null means "absent".
import { formatLocale } from "d3-format";

const locales = new Map();

/** @param {Record<string, unknown>} definition */
function localeOf(definition) {
  const key = JSON.stringify(definition);
  if (!locales.has(key)) {
    const present = Object.fromEntries(Object.entries(definition).filter(([, v]) => v !== null));
    locales.set(key, formatLocale(present));
  }
  return locales.get(key);
}

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const outputs = JSON.parse(input).map(({ specifier, definition, value }) => {
  try {
    return localeOf(definition).format(specifier)(typeof value === "string" ? Number(value) : value);
  } catch (error) {
    return { error: String(error) };
  }
});
process.stdout.write(JSON.stringify(outputs));
