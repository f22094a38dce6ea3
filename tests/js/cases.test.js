// Every explicit case (tests/cases/<pattern>/*.json) in node: the JS half never throws, and gives
// the expected result where the case states one. Python and Chromium run the same tables.
import test from "node:test";
import assert from "node:assert/strict";
import { load, run } from "./cases.js";

const cases = load();

test("the case tables are not empty and their ids are unique per pattern", () => {
  assert.ok(cases.length > 0);
  const ids = cases.map((c) => `${c.pattern}/${c.id}`);
  assert.equal(new Set(ids).size, ids.length);
});

test("every case runs without throwing and gives its expected result", async () => {
  for (const c of cases) {
    const result = await run(c);
    assert.ok(!(result && result.$error), `${c.pattern}/${c.id} threw ${result && result.$error}`);
    if ("expect" in c) assert.deepEqual(result, c.expect, `${c.pattern}/${c.id}`);
  }
});
