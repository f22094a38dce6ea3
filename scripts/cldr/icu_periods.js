// AM and PM as ICU writes them ("a", abbreviated): probe({tags}) -> per tag [am, pm] (Chromium
// patches some: ko writes 오전/오후 where CLDR 48 has AM/PM).
function probe({ tags }) {
  return tags.map((tag) => {
    const format = new Intl.DateTimeFormat(tag, { hour: "numeric", hourCycle: "h12", timeZone: "UTC" });
    const period = (ms) => (format.formatToParts(ms).find((p) => p.type === "dayPeriod") || { value: null }).value;
    return [period(3 * 3600000), period(15 * 3600000)];
  });
}
