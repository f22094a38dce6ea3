// What a locale writes with each part of its data (the sections of the twin's locale records):
// probe({tags}) -> per tag {section: [strings]}, matched by trim.py's twin side.
function probe({ tags }) {
  return tags.map((tag) => {
    const number = (options, value) => new Intl.NumberFormat(tag, options).format(value);
    const date = (options, value) => new Intl.DateTimeFormat(tag, { timeZone: "UTC", ...options }).format(value);
    const relative = (options, value, unit) => new Intl.RelativeTimeFormat(tag, options).format(value, unit);
    const time = (style, zone, value) => new Intl.DateTimeFormat(tag, { timeStyle: style, timeZone: zone }).format(value);
    return {
      numbers: [number({}, -1234567.891), number({ style: "percent" }, 0.25), number({ notation: "compact" }, 1234567)],
      currencies: [number({ style: "currency", currency: "USD" }, 1234.5),
                   number({ style: "currency", currency: "GBP", currencyDisplay: "name" }, 2)],
      units: [number({ style: "unit", unit: "kilobyte", unitDisplay: "short" }, 2),
              number({ style: "unit", unit: "byte", unitDisplay: "short" }, 0)],
      calendars: [date({ dateStyle: "full" }, 1704424029000), date({ dateStyle: "short", timeStyle: "short" }, 1704424029000)],
      fields: [relative({}, 3, "day"), relative({ numeric: "auto" }, -1, "day"), relative({ style: "short" }, -5, "hour")],
      zones: [time("long", "Europe/London", 1704424029000), time("full", "Australia/Sydney", 1704424029000),
              time("long", "America/New_York", 1720096496000)],
    };
  });
}
