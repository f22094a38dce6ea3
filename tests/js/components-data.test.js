// Pattern modules may export layout COMPONENTS (registered as window.dashclient.<name>, where
// Dash's renderer resolves namespace "dashclient") and DATA (written to spec.json data.<pattern>).
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { componentsOf, dataOf } from "../../js/namespaces.js";

const bundle = readFileSync(new URL("../../src/dashclient/static/dashclient.min.js", import.meta.url), "utf8");
const spec = JSON.parse(readFileSync(new URL("../../src/dashclient/static/spec.json", import.meta.url), "utf8"));

test("components are gathered by name from every module, and a name defined twice is refused", () => {
  const make = () => "component";
  assert.deepEqual(Object.keys(componentsOf({ a: { COMPONENTS: { One: make } }, b: {}, c: { COMPONENTS: { Two: make } } })), ["One", "Two"]);
  assert.throws(() => componentsOf({ a: { COMPONENTS: { One: make } }, b: { COMPONENTS: { One: make } } }), /component One is defined twice/);
});

test("data is keyed by pattern, and only modules that have some appear", () => {
  assert.deepEqual(dataOf({ a: { DATA: { x: 1 } }, b: {} }), { a: { x: 1 } });
  assert.throws(() => dataOf({ currencies: { DATA: [] } }), /currencies/);
});

test("the bundle adds its components to an existing window.dashclient and keeps what is there", () => {
  const mine = () => null;
  const window = { dashclient: { Mine: mine } };
  window.window = window;
  vm.runInNewContext(bundle, window);
  assert.equal(window.dashclient.Mine, mine);
  const first = { ...window.dashclient };
  vm.runInNewContext(bundle, window); // a second copy (hook and drop-in) keeps the first components
  for (const [name, component] of Object.entries(first)) assert.equal(window.dashclient[name], component, name);
});

test("spec.json carries the currencies and each module's data", () => {
  assert.ok(Array.isArray(spec.data.currencies) && spec.data.currencies.includes("EUR"));
  for (const [pattern, data] of Object.entries(spec.data)) if (pattern !== "currencies") assert.equal(typeof data, "object", pattern);
});
