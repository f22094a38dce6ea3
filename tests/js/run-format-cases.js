// Compute format cases in node with the JS sources: reads a JSON array of
// {function, options, value} on stdin, writes the results (strings, or {"error": message}).
// Used by tests/parity_format.py to compare node with the Python twin while developing.
import { FUNCTIONS } from "../../js/format.js";
import { decode } from "./format-cases.js";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const results = JSON.parse(input).map(({ function: fn, options, value }) => {
  try {
    return FUNCTIONS[fn](decode(value), options);
  } catch (error) {
    return { error: String(error) };
  }
});
process.stdout.write(JSON.stringify(results));
