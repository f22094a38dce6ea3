// The pure parts of dc.figure.format_text: nice ticks, typed arrays, the formatter as data.
import test from "node:test";
import assert from "node:assert/strict";
import { exponentOf, niceTicks, pow10 } from "../../js/figure/ticks.js";
import { decodeTypedArray, valuesOf } from "../../js/figure/arrays.js";
import { formatterOf } from "../../js/figure/text.js";
import { FUNCTIONS } from "../../js/figure.js";

test("exponentOf finds the power of ten at or below a number without log10", () => {
  for (const [x, e] of [[1, 0], [9.99, 0], [10, 1], [0.1, -1], [0.099, -2], [1e21, 21], [123456, 5], [3e-7, -7]]) {
    assert.equal(exponentOf(x), e, String(x));
  }
  assert.equal(pow10(3), 1000);
  assert.equal(pow10(-2), 0.01);
});

test("ticks are round multiples of 1, 2 or 5 inside the data's span", () => {
  assert.deepEqual(niceTicks([1234.5, 99], 5, true), [0, 200, 400, 600, 800, 1000, 1200]);
  assert.deepEqual(niceTicks([0.3, 0.1], 2, false), [0.1, 0.2, 0.3]);
  assert.deepEqual(niceTicks([0.012, -0.004, 0.031], 4, false), [0, 0.01, 0.02, 0.03]);
  assert.deepEqual(niceTicks([5], 5, false), [5]);
  assert.deepEqual(niceTicks([], 5, true), []);
  for (const tick of niceTicks([-3, -0.1], 6, false)) assert.equal(Object.is(tick, -0), false);
});

test("a huge span in tiny steps gives no ticks rather than thousands", () => {
  assert.deepEqual(niceTicks([0, 1e6], 50, false).length <= 51, true);
  assert.deepEqual(niceTicks([-1.7e308, 1.7e308], 5, false), []);
});

test("typed arrays decode as plotly.js reads them", () => {
  assert.deepEqual(decodeTypedArray({ dtype: "f8", bdata: "AAAAAAAA+D8AAAAAAAAEQA==" }), [1.5, 2.5]);
  assert.deepEqual(decodeTypedArray({ dtype: "i1", bdata: "gH8=" }), [-128, 127]);
  assert.deepEqual(valuesOf([1, "a"]), [1, "a"]);
  assert.equal(valuesOf("abc"), null);
  assert.equal(valuesOf(undefined), null);
  assert.throws(() => decodeTypedArray({ dtype: "i8", bdata: "AAAAAAAAAAA=" }), /dtype "i8"/);
  assert.throws(() => decodeTypedArray({ dtype: "u1", bdata: "AAE" }), /bad base64/);
  assert.throws(() => decodeTypedArray({ dtype: "f8", bdata: "AAAAAA==" }), /4 bytes/);
  assert.throws(() => decodeTypedArray({ dtype: "f8", bdata: "AAAAAAAA+D8=", shape: "1,1" }), /shape/);
});

test("the formatter is a dc.format action with constant, valid options", () => {
  assert.equal(formatterOf({ action: "format.currency", options: { currency: "EUR", locale: "de-DE" } })(1), "1,00\u00a0€");
  assert.throws(() => formatterOf({ action: "patch.append", options: {} }), /must be a dc.format action/);
  assert.throws(() => formatterOf({ action: "format.nothing", options: {} }), /must be a dc.format action/);
  assert.throws(() => formatterOf({ action: "format.currency", options: { locale: { $input: { id: "l", property: "value" } } } }),
    /"locale" is bound to the page/);
  assert.throws(() => formatterOf({ action: "format.currency", options: { currency: "EURO" } }), /option 'currency' must be/);
});

test("an invalid formatter makes the public function give no_update with one warning", () => {
  const warnings = [];
  const warn = console.warn;
  console.warn = (m) => warnings.push(m);
  try {
    const options = { format: { action: "format.currency", options: { currency: "EURO" } } };
    const figure = { data: [{ y: [1] }] };
    assert.equal(typeof FUNCTIONS.format_text(figure, options), "object");
    FUNCTIONS.format_text(figure, options);
  } finally {
    console.warn = warn;
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /option 'currency' must be/);
});

test("a formatter bound to the page arrives as data and is checked per distinct value", async () => {
  const { readFileSync } = await import("node:fs");
  const vm = await import("node:vm");
  const bundle = readFileSync(new URL("../../src/dashclient/static/dashclient.min.js", import.meta.url), "utf8");
  const window = { console: { warn: () => {} } };
  window.window = window;
  vm.runInNewContext(bundle, window);
  const texts = window.dash_clientside.dashclient_figure['format_text:{"format":{"$arg":1},"ticks":false,"hovertemplate":null}'];
  const figure = { data: [{ y: [1234.5] }] };
  const euro = texts(figure, { action: "format.currency", options: { currency: "EUR", locale: "de-DE" } });
  assert.deepEqual(euro.operations[0].params.value, ["1.234,50\u00a0€"]);
  const yen = texts(figure, { action: "format.currency", options: { currency: "JPY", locale: "ja-JP" } });
  assert.deepEqual(yen.operations[0].params.value, ["￥1,235"]);
  const bad = texts(figure, { action: "format.currency", options: { currency: "EURO" } });
  assert.equal(typeof bad, "object"); // the pure no_update sentinel outside a page
  assert.equal(bad.operations, undefined);
});
