// The numeric formatters (number, currency, percent, compact, bytes) on the JS side, driven by the
// case table (tests/cases/format/) through tests/js/format-cases.js. The Python twin and the
// parity of the two are tested in tests/unit/test_format_numbers.py.
import test from "node:test";
import assert from "node:assert/strict";
import { FUNCTIONS, DEFAULTS } from "../../js/format.js";
import * as intlCache from "../../js/format/intl-cache.js";
import { toNumber } from "../../js/format/value.js";
import { decode, expand } from "./format-cases.js";

const NUMERIC = ["number", "currency", "percent", "compact", "bytes"];
const NOT_NUMBERS = [null, undefined, "", NaN, "abc", "12abc", " ", "1,234", "0x10", true, false, {}, { a: 1 }, [], [1, 2], () => 1];
const cases = expand().filter((c) => NUMERIC.includes(c.function));

test("the case table covers every numeric formatter", () => {
  assert.deepEqual([...new Set(cases.map((c) => c.function))].sort(), [...NUMERIC].sort());
});

test("every numeric case returns a string without throwing", () => {
  for (const c of cases) {
    const result = FUNCTIONS[c.function](decode(c.value), c.options);
    assert.equal(typeof result, "string", c.id);
  }
});

test("a table value that is not a number gives the empty fallback in every function and locale", () => {
  for (const c of cases) {
    const value = decode(c.value);
    if (toNumber(value) === null) assert.equal(FUNCTIONS[c.function](value, c.options), "", c.id);
  }
});

test("values that are not numbers give the fallback option, or an empty string without one", () => {
  for (const fn of NUMERIC) {
    for (const value of NOT_NUMBERS) {
      assert.equal(FUNCTIONS[fn](value), "", `${fn}(${String(value)})`);
      assert.equal(FUNCTIONS[fn](value, { fallback: "—" }), "—", `${fn}(${String(value)}) with a fallback`);
    }
  }
});

test("a fallback that is not a string is ignored", () => {
  assert.equal(FUNCTIONS.currency(null, { fallback: 0 }), "");
});

test("bad options give the fallback instead of throwing", () => {
  const bad = {
    number: { specifier: "!!" },
    currency: { currency: "NOT-A-CODE" },
    percent: { digits: 200 },
    compact: { locale: "not a locale!" },
    bytes: { units: "nibbles" },
  };
  for (const fn of NUMERIC) assert.equal(FUNCTIONS[fn](1234, { ...bad[fn], fallback: "?" }), "?", fn);
});

test("the defaults are the documented ones", () => {
  assert.deepEqual(DEFAULTS.currency, { currency: "USD", locale: "en-US", display: "symbol", digits: null, fallback: "" });
  assert.deepEqual(DEFAULTS.percent, { locale: "en-US", digits: 0, fallback: "" });
  assert.deepEqual(DEFAULTS.compact, { locale: "en-US", display: "short", fallback: "" });
  assert.deepEqual(DEFAULTS.bytes, { locale: "en-US", units: "si", digits: 1, fallback: "" });
});

test("currency writes well-known amounts as Intl does", () => {
  const { currency } = FUNCTIONS;
  assert.equal(currency(1234.5), "$1,234.50");
  assert.equal(currency("1234.5"), "$1,234.50");
  assert.equal(currency(-1234.5), "-$1,234.50");
  assert.equal(currency(1234.5, { currency: "EUR", locale: "de-DE" }), "1.234,50\u00a0€");
  assert.equal(currency(1234.5, { currency: "EUR", locale: "es-ES" }), "1234,50\u00a0€"); // minimumGroupingDigits 2
  assert.equal(currency(1234.5, { currency: "JPY", locale: "ja-JP" }), "￥1,235");
  assert.equal(currency(1234.5, { currency: "JPY", display: "code" }), "JPY\u00a01,235");
  assert.equal(currency(1, { display: "name" }), "1.00 US dollars");
  assert.equal(currency(1234.5, { currency: "INR", locale: "en-IN", digits: 0 }), "₹1,235");
  assert.equal(currency(1234567, { currency: "INR", locale: "hi-IN" }), "₹12,34,567.00");
  assert.equal(currency(1234.5, { currency: "CAD", display: "narrowSymbol" }), "$1,234.50");
  assert.equal(currency(1.005, { digits: 2 }), "$1.01"); // half-expand on the shortest decimal
  assert.equal(currency(Infinity), "$∞");
  assert.equal(currency(-0), "-$0.00");
});

test("percent multiplies by 100 and rounds half away from zero", () => {
  const { percent } = FUNCTIONS;
  assert.equal(percent(0.25), "25%");
  assert.equal(percent(0.125), "13%");
  assert.equal(percent(0.07, { digits: 2 }), "7.00%");
  assert.equal(percent(0.25, { locale: "de-DE" }), "25\u00a0%");
  assert.equal(percent(-0.25, { locale: "sv-SE" }), "\u221225\u00a0%");
  assert.equal(percent(0.25, { locale: "ar-EG" }), "٢٥٪\u061c");
});

test("compact keeps two significant digits and moves up when rounding reaches the next unit", () => {
  const { compact } = FUNCTIONS;
  assert.equal(compact(1234), "1.2K");
  assert.equal(compact(123456), "123K");
  assert.equal(compact(999999.5), "1M");
  assert.equal(compact(1234567, { display: "long" }), "1.2 million");
  assert.equal(compact(1234, { locale: "de-DE" }), "1234");
  assert.equal(compact(1234567, { locale: "de-DE" }), "1,2\u00a0Mio.");
  assert.equal(compact(1234567, { locale: "ja-JP" }), "123万");
  assert.equal(compact(1000, { locale: "fr-FR", display: "long" }), "mille");
  assert.equal(compact(0.000123), "0.00012");
});

test("bytes picks the largest unit not above the value", () => {
  const { bytes } = FUNCTIONS;
  assert.equal(bytes(512), "512 byte");
  assert.equal(bytes(1500), "1.5 kB");
  assert.equal(bytes(999), "999 byte");
  assert.equal(bytes(999999), "1 MB");
  assert.equal(bytes(1536, { units: "binary" }), "1.5 KiB");
  assert.equal(bytes(1023, { units: "binary" }), "1,023 byte");
  assert.equal(bytes(1024 ** 3 * 2.25, { units: "binary", digits: 2 }), "2.25 GiB");
  assert.equal(bytes(1500, { locale: "de-DE", digits: 0 }), "2 kB");
  assert.equal(bytes(1536, { units: "binary", locale: "fr-FR" }), "1,5 KiB");
  assert.equal(bytes(1e21), "1,000,000 PB");
  assert.equal(bytes(-Infinity, { units: "binary" }), "-∞ PiB");
});

test("number keeps working with the locale layer: d3 specifiers in any locale", () => {
  const { number } = FUNCTIONS;
  assert.equal(number(1234.5), "1,234.5");
  assert.equal(number(1234.5, { specifier: ",.2f", locale: "de-DE" }), "1.234,50");
  assert.equal(number(1234567.891, { specifier: ",.0f", locale: "en-IN" }), "12,34,568");
  assert.equal(number(-1234.5, { specifier: ",.1f", locale: "ar-EG" }), "-١٬٢٣٤٫٥");
  assert.equal(number(1234.5, { specifier: "$,.2f", currency: "EUR", locale: "fr-FR" }), "1\u202f234,50\u00a0€");
  assert.equal(number(Infinity, { locale: "sv-SE" }), "∞");
  assert.equal(number(-Infinity, { locale: "sv-SE" }), "\u2212∞");
});

test("formatters are built once per locale and options, then reused", () => {
  intlCache.clear();
  FUNCTIONS.currency(1, { currency: "EUR", locale: "de-DE" });
  const size = intlCache.size();
  for (let i = 0; i < 50; i += 1) FUNCTIONS.currency(i, { currency: "EUR", locale: "de-DE" });
  assert.equal(intlCache.size(), size);
});

test("Indian grouping holds for every digit of a large number (d3 cycles its grouping list)", () => {
  assert.equal(FUNCTIONS.number(123456789012345, { locale: "en-IN", specifier: ",d" }), "12,34,56,78,90,12,345");
});
