// Era names as ICU writes them (the Buddhist and Japanese calendar packages are CLDR 39's):
// stdin {"probes": [[tag, [moments]]]}; stdout, per probe, {long, short, narrow}: the era of
// each moment in each width.
function probe({ probes }) {
return probes.map(([tag, moments]) => {
  const result = {};
  for (const width of ["long", "short", "narrow"]) {
    const format = new Intl.DateTimeFormat(tag, { era: width, year: "numeric", timeZone: "UTC" });
    result[width] = moments.map((m) => (format.formatToParts(m).find((p) => p.type === "era") || { value: null }).value);
  }
  return result;
});
}
