// Users' own JS functions for tests/browser/test_chain.py (their Python twins are in that file).
(function () {
  const dc = (window.dash_clientside = window.dash_clientside || {});
  dc.chain_test = Object.assign(dc.chain_test || {}, {
    label(value, options) {
      return `${options.prefix}${value}`;
    },
    stop() {
      return dc.no_update;
    },
    fail(value) {
      throw new Error(`cannot handle ${value}`);
    },
  });
})();
