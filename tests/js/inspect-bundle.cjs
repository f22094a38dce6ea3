// Load the built bundle in a bare window (as the browser would, after the renderer) and print
// what it registered: {version, namespaces: {name: [functions]}}. Used by tests/unit/test_spec.py.
const fs = require("node:fs");
const vm = require("node:vm");

const window = { dash_clientside: { set_props() {}, Patch: class {} } };
window.window = window;
vm.runInNewContext(fs.readFileSync(process.argv[2], "utf8"), window);
const dc = window.dash_clientside;
const namespaces = Object.fromEntries(
  Object.keys(dc).filter((k) => k.startsWith("dashclient_")).map((k) => [k, Object.keys(dc[k]).sort()]),
);
process.stdout.write(JSON.stringify({ version: dc.dashclient.version, namespaces }));
