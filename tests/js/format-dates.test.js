// date and relative_time on the JS side, driven by the case table (tests/cases/format/) through
// tests/js/format-cases.js. The Python twin and the parity of the two are tested in
// tests/unit/test_format_dates.py.
import test from "node:test";
import assert from "node:assert/strict";
import { FUNCTIONS, DEFAULTS } from "../../js/format.js";
import { selectUnit } from "../../js/format/relative-time.js";
import * as intlCache from "../../js/format/intl-cache.js";
import { toEpochMs } from "../../js/format/value.js";
import { decode, expand } from "./format-cases.js";

const { date, relative_time: relativeTime } = FUNCTIONS;
const DATES = ["date", "relative_time"];
const NOW = 1704067200000; // 2024-01-01T00:00:00Z
const SECOND = 1000, MINUTE = 60 * SECOND, HOUR = 60 * MINUTE, DAY = 24 * HOUR;
const NOT_MOMENTS = [null, undefined, "", " ", NaN, Infinity, -Infinity, "garbage", "2024-13-01", "2023-02-29",
  "12abc", true, false, {}, { a: 1 }, [], [1, 2], () => 1, 1e300];
const cases = expand().filter((c) => DATES.includes(c.function));

test("the case table covers date and relative_time", () => {
  assert.deepEqual([...new Set(cases.map((c) => c.function))].sort(), DATES);
});

test("every date case returns a string without throwing", () => {
  for (const c of cases) assert.equal(typeof FUNCTIONS[c.function](decode(c.value), c.options), "string", c.id);
});

test("a table value that is not a moment gives the empty fallback in every locale", () => {
  for (const c of cases) {
    const value = decode(c.value);
    if (toEpochMs(value) === null) assert.equal(FUNCTIONS[c.function](value, c.options), "", c.id);
    else assert.notEqual(FUNCTIONS[c.function](value, c.options), "", c.id);
  }
});

test("values that are not moments give the fallback option, or an empty string without one", () => {
  for (const fn of DATES) {
    for (const value of NOT_MOMENTS) {
      assert.equal(FUNCTIONS[fn](value), "", `${fn}(${String(value)})`);
      assert.equal(FUNCTIONS[fn](value, { fallback: "—" }), "—", `${fn}(${String(value)}) with a fallback`);
    }
  }
});

test("bad options give the fallback instead of throwing", () => {
  const bad = [
    ["date", { date_style: "huge" }],
    ["date", { time_style: "tiny" }],
    ["date", { date_style: null, time_style: null }],
    ["date", { time_zone: "Mars/Olympus" }],
    ["date", { locale: "not a locale!" }],
    ["relative_time", { numeric: "sometimes" }],
    ["relative_time", { style: "medium" }],
    ["relative_time", { now: "yesterday" }],
    ["relative_time", { locale: "not a locale!" }],
  ];
  for (const [fn, options] of bad) {
    assert.equal(FUNCTIONS[fn](NOW, { ...options, fallback: "?" }), "?", `${fn} ${JSON.stringify(options)}`);
  }
});

test("the defaults are the documented ones", () => {
  assert.deepEqual(DEFAULTS.date, { locale: "en-US", date_style: "medium", time_style: null, time_zone: "UTC", fallback: "" });
  assert.deepEqual(DEFAULTS.relative_time, { locale: "en-US", now: null, numeric: "always", style: "long", fallback: "" });
});

test("epoch ms, numeric strings and ISO strings (no offset = UTC) name the same moment", () => {
  const options = { date_style: "medium", time_style: "medium" };
  for (const value of [NOW, NOW + 0.9, String(NOW), "2024-01-01", "2024-01-01T00:00", "2024-01-01T05:30:00+05:30"]) {
    assert.equal(date(value, options), "Jan 1, 2024, 12:00:00 AM", String(value));
  }
});

test("well-known date strings", () => {
  const known = [
    [{}, NOW, "Jan 1, 2024"],
    [{ date_style: "full", time_style: "short" }, NOW, "Monday, January 1, 2024 at 12:00 AM"],
    [{ date_style: "long", time_style: "long", time_zone: "Asia/Kolkata" }, NOW, "January 1, 2024 at 5:30:00 AM GMT+5:30"],
    [{ date_style: null, time_style: "full", time_zone: "America/New_York" }, "2024-07-04T12:00Z", "8:00:00 AM Eastern Daylight Time"],
    [{ date_style: "full", time_style: "short", locale: "de-DE" }, NOW, "Montag, 1. Januar 2024 um 00:00"],
    [{ date_style: "medium", locale: "ar-EG" }, NOW, "\u0660\u0661\u200f/\u0660\u0661\u200f/\u0662\u0660\u0662\u0664"],
    [{ date_style: null, time_style: "long", locale: "fr-FR", time_zone: "America/New_York" }, NOW, "19:00:00 UTC\u22125"],
  ];
  for (const [options, value, expected] of known) assert.equal(date(value, options), expected, JSON.stringify(options));
});

test("V8 writes a plain space, not U+202F, before AM/PM", () => {
  assert.equal(date(NOW, { date_style: null, time_style: "short" }), "12:00 AM");
});

test("well-known relative time strings", () => {
  const known = [
    [{}, 0, "in 0 seconds"],
    [{}, -300, "0 seconds ago"],
    [{ numeric: "auto" }, 0, "now"],
    [{ numeric: "auto" }, -DAY, "yesterday"],
    [{ numeric: "auto" }, DAY, "tomorrow"],
    [{ numeric: "auto" }, -365 * DAY, "last year"],
    [{}, -40.5 * SECOND, "41 seconds ago"],
    [{}, 59.5 * SECOND, "in 1 minute"],
    [{ style: "short" }, 2 * HOUR, "in 2 hr."],
    [{ style: "narrow" }, 3 * DAY, "in 3d"],
    [{}, -1234 * 365 * DAY, "1,234 years ago"],
    [{ locale: "es-ES" }, -1234 * 365 * DAY, "hace 1234 años"],
    [{ locale: "ar-EG" }, -1234 * 365 * DAY, "قبل \u0661\u066c\u0662\u0663\u0664 سنة"],
    [{ locale: "de-DE", numeric: "auto" }, 2 * DAY, "übermorgen"],
  ];
  for (const [options, offset, expected] of known) {
    assert.equal(relativeTime(NOW + offset, { now: NOW, ...options }), expected, `${JSON.stringify(options)} ${offset}`);
  }
});

test("a difference takes the unit its magnitude is below, and the next when rounding reaches it", () => {
  const table = [
    [0, ["second", 0]],
    [59499, ["second", 59]],
    [59500, ["minute", 1]],
    [-89999, ["minute", -1]],
    [59.5 * MINUTE, ["hour", 1]],
    [-23.5 * HOUR, ["day", -1]],
    [6.5 * DAY, ["week", 1]],
    [29.9 * DAY, ["week", 4]],
    [30 * DAY, ["month", 1]],
    [364.9 * DAY, ["month", 12]],
    [-365 * DAY, ["year", -1]],
    [547.5 * DAY, ["year", 2]],
  ];
  for (const [diff, expected] of table) assert.deepEqual(selectUnit(diff), expected, String(diff));
  assert.ok(Object.is(selectUnit(-1)[1], -0), "a past difference rounding to 0 keeps its sign");
});

test("now defaults to the current time, and takes ISO strings", () => {
  assert.equal(relativeTime(Date.now() + 3 * DAY + 5 * MINUTE), "in 3 days");
  assert.equal(relativeTime(NOW + DAY, { now: "2024-01-01" }), "in 1 day");
});

test("one Intl formatter per locale and options", () => {
  intlCache.clear();
  for (let day = 0; day < 10; day++) date(NOW + day * DAY, { locale: "sv-SE", time_style: "short" });
  assert.equal(intlCache.size(), 1);
  for (let day = 0; day < 10; day++) relativeTime(NOW + day * DAY, { locale: "sv-SE", now: NOW });
  assert.equal(intlCache.size(), 2);
});
