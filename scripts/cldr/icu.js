// What the twin needs from ICU that the CLDR JSON packages do not hold, asked of node's Intl
// (ICU 78 / CLDR 48, the same data as Chromium 156). Prints one JSON object on stdout.
// Run by icu.py: `node scripts/cldr/icu.js < {"numberingSystems": {...}}`.
const DAY = 86400000;

// ICU's Umm al-Qura calendar reads its month lengths from a table (AH 1300-1600) and computes
// other years arithmetically; the table is not CLDR data. Walk every day of the table's years.
function ummAlQura() {
  const format = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
    timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric",
  });
  const fields = (t) => {
    const parts = Object.fromEntries(format.formatToParts(t).map((p) => [p.type, p.value]));
    return [Number(parts.relatedYear ?? parts.year), Number(parts.month), Number(parts.day)];
  };
  // Start a little before 1 Muharram 1300 (1882-11-12) and find it.
  let t = Date.UTC(1882, 9, 1);
  while (!(fields(t)[0] === 1300 && fields(t)[1] === 1 && fields(t)[2] === 1)) t += DAY;
  const first = t / DAY;
  const years = [];
  let bits = "";
  let [year, month] = [1300, 1];
  let length = 0;
  for (;;) {
    const [y, m] = fields(t);
    if (y !== year || m !== month) {
      bits += length === 30 ? "1" : "0";
      if (month === 12) { years.push(bits); bits = ""; }
      if (y > 1600) break;
      [year, month, length] = [y, m, 0];
    }
    length += 1;
    t += DAY;
  }
  return { first_day: first, first_year: 1300, month_lengths: years };
}

// ICU's Persian calendar follows the 33-year arithmetic rule but moves some new years a day
// earlier (AP 1503, 1602, ...). Report the epoch day of 1 Farvardin of every year in range.
function persianNewYears() {
  const format = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", {
    timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric",
  });
  const fields = (d) => {
    const parts = Object.fromEntries(format.formatToParts(d * DAY).map((p) => [p.type, p.value]));
    return [Number(parts.year), Number(parts.month), Number(parts.day)];
  };
  const first = Date.UTC(2000, 0, 1) / DAY - 730120; // 0001-01-01
  const last = first + 3652058; // 9999-12-31
  const starts = [];
  let day = first;
  while (!(fields(day)[1] === 1 && fields(day)[2] === 1)) day += 1;
  while (day <= last) {
    starts.push([fields(day)[0], day]);
    day += 364;
    while (!(fields(day)[1] === 1 && fields(day)[2] === 1)) day += 1;
  }
  return starts;
}

// Digits and symbols of numbering systems as ICU's root has them: what a locale without its own
// symbols for a system (de-u-nu-arab) writes. A system for which two locales disagree has no
// root symbols: ICU then uses the locale's Latin ones, which the twin knows already.
function rootSymbols(systems) {
  const out = {};
  for (const system of Object.keys(systems)) {
    const probe = (locale) => {
      const tag = `${locale}-u-nu-${system}`;
      if (new Intl.NumberFormat(tag).resolvedOptions().numberingSystem !== system) return null;
      const digits = systems[system];
      const strip = (text) => [...text].filter((c) => !digits.includes(c));
      const plain = [...new Intl.NumberFormat(tag, { useGrouping: "always" }).format(1234.5)];
      const isDigit = (c) => [...digits].includes(c);
      const firstDigitEnd = plain.findIndex(isDigit) + 1;
      const group = plain.slice(firstDigitEnd, plain.findIndex((c, i) => i >= firstDigitEnd && isDigit(c))).join("");
      const lastDigit = plain.length - 1 - [...plain].reverse().findIndex(isDigit);
      const beforeLast = plain.slice(0, lastDigit);
      const decimalStart = beforeLast.length - 1 - [...beforeLast].reverse().findIndex(isDigit);
      const decimal = plain.slice(decimalStart + 1, lastDigit).join("");
      return {
        decimal, group,
        minus: strip(new Intl.NumberFormat(tag).format(-1)).join(""),
        plus: strip(new Intl.NumberFormat(tag, { signDisplay: "always" }).format(1)).join(""),
        percent: strip(new Intl.NumberFormat(tag, { style: "percent" }).format(0.01)).join(""),
      };
    };
    const [en, de] = [probe("en"), probe("de")];
    if (en && de && JSON.stringify(en) === JSON.stringify(de)) out[system] = { ...en, patterns: rootPatterns(system, en) };
  }
  return out;
}

// The percent and currency patterns ICU's root has for a numbering system, read back from what
// two locales with different Latin patterns (en, de) write: the digits become the pattern's
// number, the signs its placeholders. Null where the two differ (no root pattern).
function rootPatterns(system, symbols) {
  const digits = [...new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false }).format(1234567890)];
  const isDigit = (c) => digits.includes(c) || c === symbols.decimal || c === symbols.group;
  const shape = (text, number) => {
    const chars = [...text];
    const first = chars.findIndex(isDigit);
    const last = chars.length - 1 - [...chars].reverse().findIndex(isDigit);
    return chars.slice(0, first).join("") + "\u0000" + chars.slice(last + 1).join("");
  };
  const out = {};
  const kinds = {
    percent: [{ style: "percent" }, 0.5, "#,##0", [[symbols.percent, "%"]]],
    currency: [{ style: "currency", currency: "USD" }, 1, "#,##0.00", [["$", "¤"]]],
  };
  for (const [kind, [options, value, number, signs]] of Object.entries(kinds)) {
    const [en, de] = ["en", "de"].map((l) => shape(new Intl.NumberFormat(`${l}-u-nu-${system}`, options).format(value)));
    if (en !== de) continue;
    let pattern = en.replace("\u0000", number);
    for (const [sign, placeholder] of signs) pattern = pattern.replace(sign, placeholder);
    out[kind] = pattern;
  }
  return out;
}

// The locales ICU has for each Intl service: candidates that resolve to themselves. Intl
// resolves any other tag by removing subtags from its end until one of these remains (or
// falls back to its default locale): the twin resolves tags the same way (locale_tags.py).
function available(candidates) {
  const services = { number: Intl.NumberFormat, date: Intl.DateTimeFormat, relative: Intl.RelativeTimeFormat };
  const out = {};
  for (const [name, Service] of Object.entries(services)) {
    out[name] = candidates.filter((tag) => {
      try { return new Service(tag).resolvedOptions().locale === tag; } catch (_) { return false; }
    });
  }
  return out;
}

// Which CLDR locale's data ICU serves a tag with, where two are plausible (zh-MY: zh, not
// zh-Hans-MY; zh-SG: zh-Hans-SG): the first candidate writing exactly what the tag writes.
function dataLocales(choices) {
  const fingerprint = (tag) => {
    // Dates only: a region ICU holds no data for changes the hour cycle, not the data.
    const date = new Intl.DateTimeFormat(tag, { dateStyle: "full", timeZone: "UTC" }).format(0);
    const money = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR", currencyDisplay: "name" }).format(1234.5);
    const relative = new Intl.RelativeTimeFormat(tag, { style: "narrow" }).format(-3, "hour");
    return [date, money, relative].join("|");
  };
  const out = {};
  for (const [tag, candidates] of choices) {
    const own = fingerprint(tag);
    out[tag] = candidates.find((candidate) => fingerprint(candidate) === own) ?? null;
  }
  return out;
}

function probe(input) {
return {
  judge: typeof navigator === "object" ? navigator.userAgent : `node ${process.version}, ICU ${process.versions.icu}`,
  umm_al_qura: ummAlQura(),
  persian_new_years: persianNewYears(),
  root_symbols: rootSymbols(input.numberingSystems),
  available: available(input.candidates),
  data_locales: dataLocales(input.choices),
};
}
