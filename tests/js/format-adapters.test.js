// The formatters where dash-mantine-components and dcc look functions up by name
// (js/format/adapters.js), and the tables the built bundle installs on window.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import {
  dccTable, escapeDots, installLibraryTable, libraryTables, mantineOptions, mantineTable, unescapeDots,
} from "../../js/format/adapters.js";
import { FUNCTIONS } from "../../js/format.js";

const bundle = readFileSync(new URL("../../src/dashclient/static/dashclient.min.js", import.meta.url), "utf8");
const lookupFormat = (namespace, name) => (namespace === "dashclient_format" ? FUNCTIONS[name] : undefined);
const EUR = { currency: "EUR", locale: "de-DE" };

function load(window) {
  window.window = window;
  vm.runInNewContext(bundle, window);
  return window;
}

test("DMC's options are found counting from the end, whatever the library passed before them", () => {
  const context = {};
  assert.equal(mantineOptions([1234.5, EUR, context]), EUR); // valueFormatter, Slider label/scale
  assert.equal(mantineOptions([1234.5, 3, EUR, context]), EUR); // recharts tickFormatter(value, index)
  assert.equal(mantineOptions([{ name: "a" }, EUR, context]), EUR); // an object as the library's argument
  assert.equal(mantineOptions([1234.5, EUR]), EUR); // a DMC that appends no context
  assert.equal(mantineOptions([1234.5, 3, EUR]), EUR);
  class Context {}
  assert.equal(mantineOptions([1234.5, EUR, new Context()]), EUR); // a context of any class
  assert.deepEqual(mantineOptions([1234.5]), {});
  assert.deepEqual(mantineOptions([]), {});
});

test("the DMC table formats the first argument with the prop's options", () => {
  const table = mantineTable(lookupFormat, "dashclient_format", Object.keys(FUNCTIONS));
  assert.deepEqual(Object.keys(table).sort(), Object.keys(FUNCTIONS).sort());
  assert.equal(table.currency(1234.5, EUR, {}), FUNCTIONS.currency(1234.5, EUR));
  assert.equal(table.currency(1234.5, 0, EUR, {}), "1.234,50\u00a0€");
  assert.equal(table.number(0.256, { specifier: ".1%" }, {}), "25.6%");
  assert.equal(table.currency(1234.5, {}, {}), "$1,234.50");
  assert.equal(table.currency(null, EUR, {}), "");
});

test("a DMC adapter reads the namespace at call time and gives undefined for a missing function", () => {
  let current = {};
  const table = mantineTable((ns, name) => current[name], "dashclient_format", ["currency"]);
  assert.equal(table.currency(1, {}, {}), undefined);
  current = { currency: (value, options) => `${value} ${options.currency}` };
  assert.equal(table.currency(1, EUR, {}), "1 EUR");
});

test("dots in a bound name are escaped for dcc's dotted names and come back unchanged", () => {
  for (const name of ['number:{"specifier":",.2f"}', 'percent:{"fallback":"100%.2E"}', "currency", "a%2Eb.c%25"]) {
    const escaped = escapeDots(name);
    assert.equal(escaped.includes("."), false, escaped);
    assert.equal(unescapeDots(escaped), name);
  }
  assert.equal(escapeDots('number:{"specifier":",.2%"}'), 'number:{"specifier":",%2E2%25"}');
});

test("the dcc table resolves plain and escaped bound names through the namespace", () => {
  const names = [];
  const table = dccTable((ns, name) => {
    names.push([ns, name]);
    return name.startsWith("number") ? (v) => `${name}(${v})` : undefined;
  }, "dashclient_format");
  assert.equal(table[escapeDots('number:{"specifier":",.2f"}')](3), 'number:{"specifier":",.2f"}(3)');
  assert.deepEqual(names.at(-1), ["dashclient_format", 'number:{"specifier":",.2f"}']);
  assert.equal(table.nothing, undefined);
  assert.equal("number" in table, true);
  assert.equal("nothing" in table, false);
});

test("a library table is added in place to an object the app made first", () => {
  const mine = { myTransform: () => "mine", dashclient_format: "the app's own wins" };
  const root = { dccFunctions: mine };
  installLibraryTable(root, "dccFunctions", { dashclient_format: {}, other: 1 }, () => {});
  assert.equal(root.dccFunctions, mine);
  assert.equal(mine.dashclient_format, "the app's own wins");
  assert.equal(mine.other, 1);
});

test("a library table survives the app assigning a new object after the bundle loaded", () => {
  const root = {};
  const entries = { dashclient_format: { currency() {} } };
  installLibraryTable(root, "dashMantineFunctions", entries, () => {});
  assert.equal(root.dashMantineFunctions.dashclient_format, entries.dashclient_format);
  // An asset written as DMC's docs show it, and one that replaces the object outright:
  root.dashMantineFunctions = root.dashMantineFunctions || {};
  root.dashMantineFunctions.mine = () => 1;
  assert.equal(root.dashMantineFunctions.dashclient_format, entries.dashclient_format);
  const replaced = { theirs: () => 2 };
  root.dashMantineFunctions = replaced;
  assert.equal(root.dashMantineFunctions, replaced);
  assert.equal(replaced.dashclient_format, entries.dashclient_format);
  assert.equal(typeof replaced.theirs, "function");
});

test("a frozen table the app assigns keeps its own names and warns once per name", () => {
  const root = {};
  const warnings = [];
  installLibraryTable(root, "dccFunctions", { dashclient_format: {} }, (m) => warnings.push(m));
  root.dccFunctions = Object.freeze({ theirs: 1 });
  assert.equal(root.dccFunctions.theirs, 1);
  assert.equal(root.dccFunctions.dashclient_format, undefined);
  assert.equal(warnings.length, 1);
});

test("a property that cannot be redefined still gets the entries in place", () => {
  const root = {};
  const existing = {};
  Object.defineProperty(root, "dccFunctions", { value: existing, writable: true, configurable: false });
  installLibraryTable(root, "dccFunctions", { dashclient_format: 1 }, () => {});
  assert.equal(root.dccFunctions, existing);
  assert.equal(existing.dashclient_format, 1);
});

test("the built bundle installs both tables, wired to the registered format namespace", () => {
  const window = load({});
  const bound = 'currency:{"currency":"EUR","locale":"de-DE"}';
  const expected = window.dash_clientside.dashclient_format[bound](1234.5);
  assert.equal(expected, "1.234,50\u00a0€");
  assert.equal(window.dashMantineFunctions.dashclient_format.currency(1234.5, EUR, {}), expected);
  assert.equal(window.dashMantineFunctions.dashclient_format.currency(1234.5, 2, EUR, {}), expected);
  assert.equal(window.dccFunctions.dashclient_format[escapeDots(bound)](1234.5), expected);
  const dotted = escapeDots('number:{"specifier":",.2f"}');
  assert.equal(window.dccFunctions.dashclient_format[dotted](1234.5), "1,234.50");
});

test("the bundle keeps an app's own dccFunctions and dashMantineFunctions, loaded before or after it", () => {
  const before = load({ dccFunctions: { mine: (v) => `${v}!` } });
  assert.equal(before.dccFunctions.mine(1), "1!");
  assert.equal(typeof before.dccFunctions.dashclient_format.currency, "function");
  const after = load({});
  after.dccFunctions = { mine: (v) => `${v}?` }; // an asset that replaces the object
  assert.equal(after.dccFunctions.mine(1), "1?");
  assert.equal(after.dccFunctions.dashclient_format.currency(1), "$1.00");
});

test("libraryTables names one namespace in both tables", () => {
  const tables = libraryTables(lookupFormat, "dashclient_format", ["number"]);
  assert.deepEqual(Object.keys(tables), ["dashMantineFunctions", "dccFunctions"]);
  assert.deepEqual(Object.keys(tables.dashMantineFunctions.dashclient_format), ["number"]);
  assert.equal(tables.dccFunctions.dashclient_format.number(2), "2");
});
