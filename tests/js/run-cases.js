// Run explicit cases in node: reads a JSON array of case keys (pattern/id) on stdin (all cases when empty),
// writes {key: encoded result}. Used by tests/unit/test_cases.py to compare node with Python.
import { load, run } from "./cases.js";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const wanted = input.trim() ? new Set(JSON.parse(input)) : null;
const results = {};
for (const c of load()) {
  const key = `${c.pattern}/${c.id}`;
  if (wanted && !wanted.has(key)) continue;
  results[key] = await run(c);
}
process.stdout.write(JSON.stringify(results));
