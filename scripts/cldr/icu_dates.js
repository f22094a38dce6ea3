// ICU's date and time styles for locale x calendar probes, as parts, from node's Intl: what
// verify.py compares the twin's patterns with (and rebuilds patterns from where they differ).
// stdin: {"probes": [[tag, withParts]], "moments": [ms, ms]}; stdout: one result per probe.
// V8 aborts (not throws) in formatToParts on a week-year field ("Y", in gl's non-Gregorian
// dates): for such probes withParts is false and the text stands alone, as one literal part.
const STYLES = ["full", "long", "medium", "short"];

function probe({ probes, moments }) {
return probes.map(([tag, withParts]) => {
  const make = (options) => new Intl.DateTimeFormat(tag, { timeZone: "UTC", ...options });
  const result = { calendar: make({ dateStyle: "short" }).resolvedOptions().calendar, date: {}, time: {}, both: {} };
  for (const style of STYLES) {
    const parts = (format, m) => withParts ? format.formatToParts(m) : [{ type: "literal", value: format.format(m) }];
    result.date[style] = moments.map((m) => parts(make({ dateStyle: style }), m));
    const time = make({ timeStyle: style });
    result.time[style] = moments.map((m) => parts(time, m));
    result.hourCycle = time.resolvedOptions().hourCycle;
    result.both[style] = moments.map((m) => make({ dateStyle: style, timeStyle: "short" }).format(m));
  }
  return result;
});
}
