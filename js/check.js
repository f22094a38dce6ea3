// @ts-check
// Served instead of the bundle when DASHCLIENT_SERVE=0 and an app registers client-mode callbacks:
// once the page has loaded, says in the console if no copy of the bundle (e.g. in assets/) arrived.
window.addEventListener("load", () => {
  const dc = /** @type {any} */ (window).dash_clientside;
  if (dc && dc.dashclient && dc.dashclient.version) return;
  console.warn(
    "dashclient: the bundle is not served (DASHCLIENT_SERVE=0) and no copy was found in the app's assets: " +
      "client-mode callbacks will fail. Run `dashclient assets <app>/assets` or unset DASHCLIENT_SERVE.",
  );
});
