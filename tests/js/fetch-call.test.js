// dc.fetch in the browser half with a fake network and page (js/fetch/page.js useRuntime): every
// outcome, latest-wins, the targets, and the roles server mode registers.
import test from "node:test";
import assert from "node:assert/strict";
import { DEFINITIONS, FUNCTIONS, TYPES } from "../../js/fetch.js";
import { useRuntime } from "../../js/fetch/page.js";
import { boundFunction, PURE_HOST } from "../../js/core/binding.js";
import { located } from "../../js/core/namespace.js";
import { GENERIC_TYPES } from "../../js/core/schema.js";
import { NO_UPDATE } from "../../js/core/sentinels.js";

const ORIGIN = "http://app.test";
const ALL3 = ["data", "error", "status"];
const context = (outputs = [{ id: "out", property: "data" }]) => ({
  triggered_id: null, triggered: [], inputs: {}, states: {}, outputs_list: outputs,
});

/** A fake page: routes answer requests; set_props calls and warnings are recorded. */
function fakePage(routes, { layout = null } = {}) {
  const page = { requests: [], setProps: [], warnings: [] };
  const fetch = (url, init) =>
    new Promise((resolve, reject) => {
      page.requests.push({ url, ...init });
      const abort = () => reject(Object.assign(new Error("aborted"), { name: "AbortError" }));
      if (init.signal.aborted) return abort();
      init.signal.addEventListener("abort", abort);
      const route = routes[new URL(url).pathname];
      if (!route) return reject(new TypeError("Failed to fetch"));
      Promise.resolve(route(url, init)).then(resolve, reject);
    });
  const runtime = {
    net: { fetch, AbortController, setTimeout, clearTimeout },
    origin: () => ORIGIN,
    setProps: (id, props) => {
      if (layout && !layout.includes(JSON.stringify(id))) return false;
      page.setProps.push([id, props]);
      return true;
    },
    warn: (message) => page.warnings.push(message),
  };
  page.restore = useRuntime(() => runtime);
  return page;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const json = (body, init) => new Response(JSON.stringify(body), init);

test("json: the data output gets the parsed body, the error is cleared and the status goes loading then ok", async () => {
  const page = fakePage({ "/api/items": () => json({ items: [1, 2] }) });
  try {
    const result = await FUNCTIONS.json("/api/items", { outputs: ALL3 }, context());
    assert.deepEqual(result, [{ items: [1, 2] }, "", "ok"]);
    assert.equal(page.requests[0].url, `${ORIGIN}/api/items`);
    assert.equal(page.requests[0].credentials, "same-origin");
    assert.equal(page.requests[0].method, "GET");
    assert.equal(page.requests[0].body, undefined);
  } finally {
    page.restore();
  }
});

test("targets: loading first, then the outcome, through set_props", async () => {
  const page = fakePage({ "/api/items": () => json([1]) });
  try {
    const options = { status: { id: "loader", property: "visible" }, error: "err", status_values: { loading: true, ok: false, error: false } };
    assert.deepEqual(await FUNCTIONS.json("/api/items", options, context()), [1]);
    assert.deepEqual(page.setProps, [
      ["loader", { visible: true }],
      ["err", { children: "" }],
      ["loader", { visible: false }],
    ]);
  } finally {
    page.restore();
  }
});

test("a status Output shows loading through set_props on that Output, then gets ok as a result", async () => {
  const page = fakePage({ "/x": () => json(1) });
  try {
    const outputs = [{ id: "data", property: "data" }, { id: "state", property: "children" }];
    assert.deepEqual(await FUNCTIONS.json("/x", { outputs: ["data", "status"] }, context(outputs)), [1, "ok"]);
    assert.deepEqual(page.setProps, [["state", { children: "loading" }]]);
  } finally {
    page.restore();
  }
});

test("text: UTF-8 with the BOM dropped and bad bytes replaced", async () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9, 0xff, 0x21]);
  const page = fakePage({ "/t": () => new Response(bytes) });
  try {
    assert.equal(await FUNCTIONS.text("/t", {}, context()), "hé\ufffd!");
  } finally {
    page.restore();
  }
});

for (const [name, route, options, message] of [
  ["a non-2xx status", () => json({ e: 1 }, { status: 500 }), {}, "HTTP 500"],
  ["a 404", () => new Response("no", { status: 404 }), {}, "HTTP 404"],
  ["a network error", () => Promise.reject(new TypeError("Failed to fetch")), {}, "network error"],
  ["an unknown route (network error)", null, {}, "network error"],
  ["invalid JSON", () => new Response("{nope"), {}, "invalid JSON"],
  ["an empty body for json", () => new Response(""), {}, "invalid JSON"],
  ["NaN is not JSON", () => new Response("NaN"), {}, "invalid JSON"],
  ["a body over max_bytes", () => new Response("x".repeat(2000)), { max_bytes: 1000 }, "response over 1000 bytes"],
  ["a slow answer", () => sleep(200).then(() => json(1)), { timeout_ms: 20 }, "timed out after 20 ms"],
  // A real fetch errors the body stream when its signal aborts; the fake does the same.
  ["a slow body", (_, init) => new Response(new ReadableStream({ start(c) { init.signal.addEventListener("abort", () => c.error(new Error("aborted"))); } })), { timeout_ms: 20 }, "timed out after 20 ms"],
]) {
  test(`${name}: data no_update, the error reported, status error, nothing thrown`, async () => {
    const page = fakePage(route ? { "/r": route } : {});
    try {
      const result = await FUNCTIONS.json("/r", { outputs: ALL3, ...options }, context());
      assert.deepEqual(result, [NO_UPDATE, message, "error"]);
    } finally {
      page.restore();
    }
  });
}

test("a body of exactly max_bytes is fine; one byte more is not", async () => {
  const page = fakePage({ "/r": () => new Response('"' + "x".repeat(8) + '"') });
  try {
    assert.equal(await FUNCTIONS.json("/r", { max_bytes: 10 }, context()), "xxxxxxxx");
    assert.deepEqual(await FUNCTIONS.json("/r", { max_bytes: 9, outputs: ["data", "error"] }, context()), [NO_UPDATE, "response over 9 bytes"]);
  } finally {
    page.restore();
  }
});

test("a template fills URL-encoded values; POST sends the JSON body with its content type", async () => {
  const page = fakePage({ "/api/search": () => json("ok") });
  try {
    const options = { url: "/api/search?q={0}&page={1}", method: "POST", body: { a: [1, "é"] }, headers: { "X-Trace": "1" } };
    assert.equal(await FUNCTIONS.json("a b&c", 2, options, context()), "ok");
    const request = page.requests[0];
    assert.equal(request.url, `${ORIGIN}/api/search?q=a%20b%26c&page=2`);
    assert.equal(request.method, "POST");
    assert.equal(request.body, '{"a":[1,"é"]}');
    assert.deepEqual(request.headers, { "X-Trace": "1", "Content-Type": "application/json" });
  } finally {
    page.restore();
  }
});

test("a redirect is checked where it ends: inside the allow list fine, outside an error", async () => {
  const redirected = (url) => ({ status: 200, redirected: true, url, body: new Response('"r"').body });
  const page = fakePage({ "/in": () => redirected(`${ORIGIN}/api/x`), "/out": () => redirected("https://elsewhere.test/x") });
  try {
    assert.equal(await FUNCTIONS.json("/in", {}, context()), "r");
    assert.deepEqual(await FUNCTIONS.json("/out", { outputs: ["data", "error"] }, context()), [NO_UPDATE, "redirected outside the allow list"]);
  } finally {
    page.restore();
  }
});

test("latest wins: a new call aborts the one in flight, whose late answer reports nothing", async () => {
  const page = fakePage({ "/slow": () => sleep(60).then(() => json("slow")), "/fast": () => json("fast") });
  try {
    const options = { url: "{0}", allow: null, status: "st", outputs: ["data", "error"] };
    const slow = FUNCTIONS.json("/slow", { ...options, url: null }, context());
    await sleep(5);
    const fast = FUNCTIONS.json("/fast", { ...options, url: null }, context());
    assert.deepEqual(await fast, ["fast", ""]);
    assert.equal(await slow, NO_UPDATE);
    assert.equal(page.requests[0].signal.aborted, true);
    // Loading twice, then only the newest call's ok: the aborted one set nothing after loading.
    assert.deepEqual(page.setProps, [["st", { children: "loading" }], ["st", { children: "loading" }], ["st", { children: "ok" }]]);
  } finally {
    page.restore();
  }
});

test("latest wins even when the network ignores the abort and answers late", async () => {
  const page = fakePage({});
  let answer = 0;
  const stubborn = () => sleep(answer++ === 0 ? 50 : 1).then(() => json(answer));
  page.restore();
  const runtime = {
    net: { fetch: () => stubborn(), AbortController, setTimeout, clearTimeout },
    origin: () => ORIGIN, setProps: () => true, warn: () => {},
  };
  const restore = useRuntime(() => runtime);
  try {
    const first = FUNCTIONS.json("/a", {}, context());
    const second = FUNCTIONS.json("/b", {}, context());
    assert.equal(await second, 2);
    assert.equal(await first, NO_UPDATE);
  } finally {
    restore();
  }
});

test("calls of different callbacks do not abort each other", async () => {
  const page = fakePage({ "/slow": () => sleep(30).then(() => json("slow")), "/fast": () => json("fast") });
  try {
    const slow = FUNCTIONS.json("/slow", {}, context([{ id: "a", property: "data" }]));
    const fast = FUNCTIONS.json("/fast", {}, context([{ id: "b", property: "data" }]));
    assert.deepEqual([await slow, await fast], ["slow", "fast"]);
  } finally {
    page.restore();
  }
});

test("no URL gives up the call in flight and reports idle, without a request", async () => {
  const page = fakePage({ "/slow": () => sleep(40).then(() => json("slow")) });
  try {
    const slow = FUNCTIONS.json("/slow", { outputs: ALL3 }, context());
    assert.deepEqual(await FUNCTIONS.json("", { outputs: ALL3 }, context()), [NO_UPDATE, "", "idle"]);
    assert.equal(await slow, NO_UPDATE);
    assert.equal(page.requests.length, 1);
  } finally {
    page.restore();
  }
});

test("a URL outside the allow list never reaches the network", async () => {
  const page = fakePage({ "/api/x": () => json(1) });
  try {
    const options = { allow: ["/api/"], outputs: ["data", "error"] };
    assert.deepEqual(await FUNCTIONS.json("/admin", options, context()), [NO_UPDATE, "URL not allowed"]);
    assert.deepEqual(await FUNCTIONS.json("https://elsewhere.test/api/x", options, context()), [NO_UPDATE, "URL not allowed"]);
    assert.deepEqual(await FUNCTIONS.json("/api/x", options, context()), [1, ""]);
    assert.equal(page.requests.length, 1);
  } finally {
    page.restore();
  }
});

test("a target missing from the layout is skipped with one warning per binding, never an exception", async () => {
  const page = fakePage({ "/x": () => json(1) }, { layout: [] });
  try {
    const options = { error: "gone", status: "gone" };
    assert.equal(await FUNCTIONS.json("/x", options, context()), 1);
    assert.equal(await FUNCTIONS.json("/x", options, context()), 1);
    assert.equal(page.warnings.length, 1);
    assert.match(page.warnings[0], /"gone" is not in the layout/);
  } finally {
    page.restore();
  }
});

test("headers a browser will not send are an invalid binding: no_update and a warning", async () => {
  const warnings = [];
  const host = { ...PURE_HOST, warn: (m) => warnings.push(m) };
  const def = located("fetch", DEFINITIONS).json;
  const run = boundFunction(def, { ...GENERIC_TYPES, ...TYPES }, host, { headers: { Cookie: "a=b" } });
  assert.equal(await run("/x", context()), NO_UPDATE);
  assert.match(warnings[0], /header 'Cookie' cannot be set by a browser/);
});

test("begin (server mode): loading unless there is no URL, every argument and the context passed on", () => {
  const page = fakePage({});
  try {
    const def = located("fetch", DEFINITIONS).json;
    const settings = { $role: "begin", $values: [1], $outputs: [{ id: "d", property: "data" }, { id: "s", property: "children" }] };
    const run = boundFunction(def, { ...GENERIC_TYPES, ...TYPES }, PURE_HOST, { outputs: ["data", "status"], ...settings });
    // Dash passes the values only; the binding adds the context it snapshotted (none here).
    const { values, context: snapshot } = run("page-value", "/x");
    assert.deepEqual(values, ["page-value", "/x"]);
    assert.deepEqual(snapshot.triggered, []);
    assert.deepEqual(page.setProps, [["s", { children: "loading" }]]);
    run("page-value", "");
    assert.equal(page.setProps.length, 1);
  } finally {
    page.restore();
  }
});

test("apply (server mode): the effects the server computed, through the guarded set_props", () => {
  const page = fakePage({}, { layout: ['"err"'] });
  try {
    const def = located("fetch", DEFINITIONS).text;
    const run = boundFunction(def, { ...GENERIC_TYPES, ...TYPES }, PURE_HOST, { $role: "apply" });
    assert.equal(run({ effects: [["err", { children: "HTTP 500" }], ["gone", { children: "x" }], "junk"] }), NO_UPDATE);
    assert.equal(run(null), NO_UPDATE);
    assert.deepEqual(page.setProps, [["err", { children: "HTTP 500" }]]);
    assert.equal(page.warnings.length, 1);
  } finally {
    page.restore();
  }
});
