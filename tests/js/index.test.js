// The built bundle merges its namespaces into window.dash_clientside in place.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";

const bundle = readFileSync(new URL("../../src/dashclient/static/dashclient.min.js", import.meta.url), "utf8");
const NAMESPACES = ["dashclient_format", "dashclient_patch", "dashclient_dispatch", "dashclient_keys", "dashclient_fetch"];

function load(window) {
  window.window = window;
  vm.runInNewContext(bundle, window);
  return window;
}

test("the bundle adds the five namespaces to the existing dash_clientside object, not a copy", () => {
  const dashClientside = { set_props() {}, mine: { f() {} } };
  const window = load({ dash_clientside: dashClientside });
  assert.equal(window.dash_clientside, dashClientside);
  for (const ns of NAMESPACES) assert.equal(typeof dashClientside[ns], "object", ns);
  assert.equal(typeof dashClientside.set_props, "function");
  assert.equal(typeof dashClientside.mine.f, "function");
});

test("the bundle creates dash_clientside when it loads first", () => {
  const window = load({});
  assert.deepEqual(NAMESPACES.filter((ns) => ns in window.dash_clientside), NAMESPACES);
});

test("loading the bundle twice keeps one namespace object and a user's own functions in it", () => {
  const window = load({ dash_clientside: { dashclient_format: { custom: () => "mine" } } });
  const first = window.dash_clientside.dashclient_format;
  vm.runInNewContext(bundle, window);
  assert.equal(window.dash_clientside.dashclient_format, first);
  assert.equal(first.custom(), "mine");
  assert.equal(typeof first.number, "function");
});

test("bound names resolve through the registered namespace", () => {
  const window = load({});
  const format = window.dash_clientside.dashclient_format;
  assert.equal(format['number:{"specifier":",.2f"}'](1234.5), "1,234.50");
  assert.equal(format.number(1234.5), "1,234.5");
});

test("a framework replacing dash_clientside with a copy keeps the namespaces and the live context working", () => {
  // Vizro's scripts do `window.dash_clientside = {...window.dash_clientside, page: {...}}`.
  const window = load({ dash_clientside: {} });
  const format = window.dash_clientside.dashclient_format;
  window.dash_clientside = { ...window.dash_clientside, page: {} };
  assert.equal(window.dash_clientside.dashclient_format, format);
  const noUpdate = { description: "Dash's own" };
  window.dash_clientside.no_update = noUpdate;
  window.dash_clientside.callback_context = { triggered: [{ prop_id: "a.value", value: "EURO" }], triggered_id: "a" };
  // The context and Dash's sentinels come from the copy the renderer now writes to.
  const gate = window.dash_clientside.dashclient["gate:{}"];
  assert.deepEqual(gate(1).context.triggered_id, "a");
  const missing = window.dash_clientside.dashclient['call:{"$function":"nobody.here"}'];
  const warn = console.warn;
  console.warn = () => {};
  try {
    assert.equal(missing(1), noUpdate);
  } finally {
    console.warn = warn;
  }
});
