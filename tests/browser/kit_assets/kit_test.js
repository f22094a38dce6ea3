// A user's own clientside functions, as an app's assets/ folder would hold them: what the testing
// kit's own tests call (tests/browser/test_testing_kit.py).
(function () {
  const dc = (window.dash_clientside = window.dash_clientside || {});
  dc.kit_test = Object.assign(dc.kit_test || {}, {
    add: (a, b) => a + b,
    shout: (text, options) => `${String(text).toUpperCase()}${(options && options.mark) || "!"}`,
    nothing: () => undefined,
    later: (value, ms) => new Promise((resolve) => setTimeout(() => resolve({ doubled: value * 2 }), ms)),
    reject: (message) => new Promise((_, reject) => setTimeout(() => reject(new RangeError(message)), 10)),
    fail: (value) => { throw new TypeError(`cannot handle ${value}`); },
    throw_string: () => { throw "a plain string"; },
    prevent: () => { throw window.dash_clientside.PreventUpdate; },
    skip_first: (value) => [window.dash_clientside.no_update, value],
    never: () => new Promise(() => {}),
    triggered: () => (window.dash_clientside.callback_context || {}).triggered_id,
    triggered_later: () => Promise.resolve().then(() => (window.dash_clientside.callback_context || {}).triggered_id),
    label: (value) => `${value}\u00a0km`,  // a no-break space, as formatted numbers have
  });
})();
