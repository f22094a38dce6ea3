// For each Babel locale id, what ICU does that Babel cannot tell (see src/dashclient/_format/dates_cldr.py).
// Run by dates.py: stdin {ids, zones}, stdout {icu, cldr, locales: {id: answers}}.
import { readFileSync } from "node:fs";

const {ids, zones} = JSON.parse(readFileSync(0, "utf8"));
const REACHABLE = [["second", 0], ["day", -2], ["day", -1], ["day", 1], ["day", 2],
                   ["week", -1], ["week", 1], ["month", -1], ["month", 1], ["year", -1], ["year", 1]];
const STYLES = ["long", "short", "narrow"];
const UNITS = ["second", "minute", "hour", "day", "week", "month", "year"];
const PLURAL_SAMPLES = Array.from({length: 201}, (_, n) => n);
const T = Date.UTC(2024, 0, 5, 10, 30, 0);
const SEASONS = [Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12)];
const PATTERN_MOMENTS = [Date.UTC(2024, 0, 5, 3, 7, 9), Date.UTC(2023, 10, 25, 22, 30, 0)];
const zoneName = (tag, zone, kind, t = T) =>
  new Intl.DateTimeFormat(tag, {timeZone: zone, timeZoneName: kind, numberingSystem: "latn"})
    .formatToParts(t).find((p) => p.type === "timeZoneName").value;
const out = {};
for (const id of ids) {
  let tag;
  try { tag = Intl.getCanonicalLocales(id.replace(/_/g, "-"))[0]; } catch (_) { continue; }
  if (!Intl.DateTimeFormat.supportedLocalesOf([tag]).length) continue;  // the browser would not have it
  const glue = {};
  for (const style of ["full", "long", "medium", "short"]) {
    const date = new Intl.DateTimeFormat(tag, {dateStyle: style, timeZone: "UTC"}).format(T);
    const time = new Intl.DateTimeFormat(tag, {timeStyle: "short", timeZone: "UTC"}).format(T);
    const both = new Intl.DateTimeFormat(tag, {dateStyle: style, timeStyle: "short", timeZone: "UTC"}).format(T);
    glue[style] = both.replace(date, "\u0001").replace(time, "\u0000").replace("\u0001", "{1}").replace("\u0000", "{0}");
  }
  const relative = {};
  for (const [unit, n] of REACHABLE) {
    relative[`${unit}${n < 0 ? "-" : "+"}${Math.abs(n)}`] = STYLES.map((style) => {
      const auto = new Intl.RelativeTimeFormat(tag, {numeric: "auto", style}).format(n, unit);
      const always = new Intl.RelativeTimeFormat(tag, {numeric: "always", style}).format(n, unit);
      return auto === always ? null : auto;
    });
  }
  const length = (n) => new Intl.NumberFormat(tag).format(n).length;
  const names = {};
  for (const zone of zones) {
    names[zone] = {};
    for (const width of ["short", "long"]) {
      const offset = width === "short" ? "shortOffset" : "longOffset";
      names[zone][width] = SEASONS.map((t) => [zoneName(tag, zone, width, t), zoneName(tag, zone, offset, t)]);
    }
  }
  const patterns = {};
  for (const style of ["full", "long", "medium", "short"]) {
    patterns[`date_style:${style}`] = PATTERN_MOMENTS.map((t) =>
      new Intl.DateTimeFormat(tag, {dateStyle: style, timeZone: "UTC"}).format(t));
    if (style === "medium" || style === "short") {  // full and long add a zone name
      patterns[`time_style:${style}`] = PATTERN_MOMENTS.map((t) =>
        new Intl.DateTimeFormat(tag, {timeStyle: style, timeZone: "UTC"}).format(t));
    }
  }
  const plurals = new Intl.PluralRules(tag);
  const plural = PLURAL_SAMPLES.map((n) => plurals.select(n));
  const samples = {};
  PLURAL_SAMPLES.forEach((n, i) => { samples[plural[i]] ??= n; });
  const relativePatterns = {};
  for (const style of STYLES) {
    const format = new Intl.RelativeTimeFormat(tag, {numeric: "always", style});
    const pattern = (n, unit) => {
      let text = "", inNumber = false;
      for (const part of format.formatToParts(n, unit)) {
        if (part.type === "literal") { text += part.value; inNumber = false; }
        else if (!inNumber) { text += "{0}"; inNumber = true; }
      }
      return text;
    };
    for (const unit of UNITS) {
      for (const [category, n] of Object.entries(samples)) {
        relativePatterns[`${unit}|${style}|future|${category}`] = pattern(n, unit);
        relativePatterns[`${unit}|${style}|past|${category}`] = pattern(n === 0 ? -0 : -n, unit);
      }
    }
  }
  const group = new Intl.NumberFormat(tag).formatToParts(12345678).find((p) => p.type === "group");
  out[id] = {
    glue, relative, names, patterns, plural, relative_patterns: relativePatterns, group: group ? group.value : null,
    numbering: new Intl.DateTimeFormat(tag).resolvedOptions().numberingSystem,
    min_grouping: length(1234) > 4 ? 1 : length(12345) > 5 ? 2 : 3,
    gmt: [zoneName(tag, "Etc/GMT", "longOffset"), zoneName(tag, "Asia/Kolkata", "longOffset"),
          zoneName(tag, "America/St_Johns", "longOffset")],
    gmt_short: [zoneName(tag, "Asia/Tokyo", "shortOffset"), zoneName(tag, "Asia/Kolkata", "shortOffset"),
                zoneName(tag, "America/New_York", "shortOffset")],
  };
}
process.stdout.write(JSON.stringify({icu: process.versions.icu, cldr: process.versions.cldr, locales: out}));
