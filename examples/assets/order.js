// The order form's own clientside functions (examples/testing_my_app.py): plain functions of
// window.dash_clientside, called fn(...values, options) by dashclient. Each has a Python twin in
// the app; examples/test_testing_my_app.py tests both with dashclient.testing.
(function () {
  const dc = (window.dash_clientside = window.dash_clientside || {});

  // An empty or invalid dcc.Input(type="number") reaches a clientside function as NaN, but a
  // server callback as None (JSON has no NaN): treat both as "no quantity".
  const missing = (value) => value === null || value === undefined || value === "" || Number.isNaN(value);

  dc.order = Object.assign(dc.order || {}, {
    /** quantity × the product's price in cents, in euros; a negative quantity is refused. */
    total(quantity, sku, options) {
      if (missing(quantity)) return dc.no_update;
      if (quantity < 0) throw new RangeError(`quantity must be 0 or more, got ${quantity}`);
      const cents = options.prices[sku];
      if (cents === undefined) throw new Error(`unknown product ${sku}`);
      return (quantity * cents) / 100;
    },

    /** A short order reference: the first 4 bytes of SHA-256("<sku>x<quantity>"), in hex. Async. */
    async reference(sku, quantity) {
      if (!sku || missing(quantity)) return dc.no_update;
      const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${sku}x${quantity}`));
      return [...new Uint8Array(digest).slice(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();
    },
  });
})();
