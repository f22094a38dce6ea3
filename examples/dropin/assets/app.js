// This app's own clientside code: it calls the drop-in bundle's functions directly, values first,
// one options object last. dashclient_format is looked up when the function runs, so the order in
// which Dash loads assets/ (alphabetical: this file first) does not matter.
(function () {
  const ns = (window.dash_clientside = window.dash_clientside || {});
  ns.dropin = Object.assign(ns.dropin || {}, {
    /** "1.2 thousand visitors": dashclient_format.compact with options chosen here. */
    visitors(value) {
      const text = window.dash_clientside.dashclient_format.compact(value, { display: "long", locale: "en-US" });
      return text ? `${text} visitors` : "";
    },
  });
})();
