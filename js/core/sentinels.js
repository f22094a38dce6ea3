// @ts-check
// What pure functions return instead of Dash's own sentinels, which exist only in a page (and
// `no_update` only after the first clientside callback ran). The binding layer swaps them for
// `dash_clientside.no_update` / throws `dash_clientside.PreventUpdate` at call time.

/** Leave this output as it is. */
export const NO_UPDATE = Object.freeze({ dashclient: "no_update" });

/** Leave every output of the callback as it is. */
export const PREVENT_UPDATE = Object.freeze({ dashclient: "prevent_update" });
