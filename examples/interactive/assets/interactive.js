// The browser halves of the pages' own actions (examples/interactive/pages/*.py): plain functions
// of window.dash_clientside.interactive, called fn(...values, options[, context]) by dashclient.
// Each has a Python twin (@dc.action(js="interactive.<name>")) that returns the same values; the
// pages show both. Numbers are written by dashclient_format.number, as the twins write them with
// dc.format.number, so both modes give the same text.
(function () {
  const ns = (window.dash_clientside = window.dash_clientside || {});
  const isNumber = (v) => typeof v === "number" && Number.isFinite(v);
  // Looked up when called: the pack's bundle and Dash's no_update may load after this file.
  const number = (v) => window.dash_clientside.dashclient_format.number(v, { specifier: "," });
  const noUpdate = () => window.dash_clientside.no_update;

  ns.interactive = Object.assign(ns.interactive || {}, {
    // -- single: Pattern 1, single input, single output
    you_entered(value) {
      if (value === null || value === undefined || value === "") return "You entered nothing yet";
      return `You entered: ${value}`;
    },

    // -- multiple_inputs: Pattern 2, multiple inputs, single output
    add(a, b) {
      if (!isNumber(a) || !isNumber(b)) return "Enter two numbers";
      return `${number(a)} + ${number(b)} = ${number(a + b)}`;
    },

    // -- multiple_outputs: Pattern 3, single input, multiple outputs
    clicks_and_double(nClicks) {
      const n = nClicks || 0;
      return [`Clicks: ${n}`, `Double: ${n * 2}`];
    },

    // -- state: Pattern 4, using State
    submitted(nClicks, value) {
      if (!nClicks) return "Click submit to see value";
      if (!value) return "Submitted an empty form";
      return `Submitted: ${value}`;
    },

    // -- pattern_all: Pattern 5, pattern matching with ALL
    total(values) {
      const all = values || [];
      const numbers = all.filter(isNumber);
      let sum = 0;
      for (const v of numbers) sum += v;
      return `Total: ${number(sum)} (${numbers.length} of ${all.length} inputs)`;
    },

    // -- prevent_initial: Preventing initial calls
    clicked_times(nClicks) {
      return `Button clicked ${nClicks} times`;
    },

    // -- circular: Circular callbacks, two synced inputs in one callback
    sync_temperature(celsius, fahrenheit, options, context) {
      const degrees = (v) => window.dash_clientside.dashclient_format.number(v, { specifier: ".2~f" });
      const summary = (c, f) => `${degrees(c)} °C = ${degrees(f)} °F`;
      if (context.triggered_id === options.fahrenheit_id) {
        if (!isNumber(fahrenheit)) return [noUpdate(), noUpdate(), "Enter a temperature"];
        const c = Number(degrees(((fahrenheit - 32) * 5) / 9));
        return [c, noUpdate(), summary(c, fahrenheit)];
      }
      if (!isNumber(celsius)) return [noUpdate(), noUpdate(), "Enter a temperature"];
      const f = Number(degrees((celsius * 9) / 5 + 32));
      return [noUpdate(), f, summary(celsius, f)];
    },

    // -- loading: Loading states, the steps before and after the wait
    task_started(nClicks) {
      return `Working on run ${nClicks}…`;
    },

    task_report(nClicks) {
      return `Task complete! (run ${nClicks})`;
    },
  });
})();
