// The browser halves of the advanced-callbacks cookbook (examples/cookbook_*.py): plain functions
// of window.dash_clientside.cookbook, called fn(...values, options[, context]) by dashclient. Each
// has a Python twin (@dc.action(js="cookbook.<name>")) in its example that returns the same values.
(function () {
  const dc = (window.dash_clientside = window.dash_clientside || {});
  const text = (value) => (value === null || value === undefined ? "" : String(value));
  const noUpdate = () => window.dash_clientside.no_update;
  const CITIES = ["Tokyo", "Delhi", "Shanghai", "Dhaka", "Cairo", "Mexico City", "Beijing", "Mumbai", "Osaka", "Lagos"];
  const sortKeys = (value) => (Array.isArray(value) ? value.map(sortKeys)
    : value && typeof value === "object"
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])])) : value);
  const LANGUAGES = ["Python", "JavaScript", "Rust", "Go", "Julia", "R", "TypeScript", "Java"];
  const layout = (extra) => Object.assign({ height: 220, margin: { t: 10, b: 30, l: 30, r: 10 } }, extra);

  dc.cookbook = Object.assign(dc.cookbook || {}, {
    // -- cookbook_standard --------------------------------------------------------------------
    describe: (input, state) => `Input: ${text(input)}, State: ${text(state)}`,
    multi: (dd1, dd2, slider, note) => [`Dropdown 1: ${text(dd1)}`, `Dropdown 2: ${text(dd2)} (${text(note)})`,
      { color: (slider || 0) > 50 ? "red" : "blue" }],
    dashboard(category, year, data) {
      const rows = (data || []).filter((r) => r.cat === category && r.year === year);
      return [`${category} in ${year}`, { data: [{ type: "bar", x: rows.map((r) => r.x), y: rows.map((r) => r.y) }],
        layout: layout() }];
    },
    parse_rows(contents) {
      const rows = [];
      for (const line of text(contents).split("\n")) {
        const comma = line.indexOf(",");
        const [x, y] = comma < 0 ? [line, ""] : [line.slice(0, comma), line.slice(comma + 1)];
        if (x.trim() && /^-?\d+$/.test(y.trim())) rows.push({ x: x.trim(), y: parseInt(y.trim(), 10) });
      }
      return rows;
    },
    chart(rows, chartType) {
      rows = rows || [];
      const trace = chartType === "bar" ? { type: "bar" } : { type: "scatter", mode: "lines" };
      return [{ data: [Object.assign(trace, { x: rows.map((r) => r.x), y: rows.map((r) => r.y) })], layout: layout() },
        `${chartType} chart of ${rows.length} rows`];
    },

    // -- cookbook_pattern_matching ------------------------------------------------------------
    city_list(values) {
      const picked = (values || []).map((v, i) => (v === null || v === undefined ? null : `Dropdown ${i + 1} = ${v}`));
      return picked.filter((line) => line !== null).join("; ") || "No city picked";
    },
    selected: (value, id) => (value === null || value === undefined ? "Pick an option"
      : `Dropdown ${id.index} selected: ${value}`),
    cascade(current, previous) {
      if (current === null || current === undefined) return "Select a value";
      const letters = [...(previous || []).filter((v) => v !== null && v !== undefined), current];
      const count = CITIES.filter((city) => letters.every((letter) => city.toLowerCase().includes(letter))).length;
      return `Filters applied: ${letters.join(", ")} → ${count} of ${CITIES.length} cities`;
    },
    pm_chart(chartType, slider) {
      const n = Math.max(1, Math.floor((slider || 0) / 10));
      const trace = { bar: { type: "bar" }, line: { type: "scatter", mode: "lines" } }[chartType]
        || { type: "scatter", mode: "markers" };
      const x = [...Array(n).keys()];
      return { data: [Object.assign({}, trace, { x, y: x.map((i) => (i * i) % 7) })],
        layout: { height: 180, margin: { t: 10, b: 20, l: 20, r: 10 } } };
    },

    // -- cookbook_context ---------------------------------------------------------------------
    ctx_info(input1, input2, state1, options, context) {
      const info = {
        triggered_id: context.triggered_id,
        triggered: context.triggered,
        triggered_prop_ids: Object.fromEntries(context.triggered.map((t) => [t.prop_id,
          t.prop_id.slice(0, t.prop_id.lastIndexOf("."))])),
        inputs: context.inputs,
        states: context.states,
      };
      return JSON.stringify(sortKeys(info), null, 2);  // Python: json.dumps(indent=2, sort_keys=True)
    },
    handle_buttons(submit, reset, value, options, context) {
      if (context.triggered_id === "submit-btn") return `Submitted: ${value || ""}`;
      if (context.triggered_id === "reset-btn") return "Form reset";
      return noUpdate();
    },
    grouped: (input1, input2) => [`Input 1: ${input1}`, `Input 2: ${input2}`],

    // -- cookbook_no_update -------------------------------------------------------------------
    block_all: (value) => (value === null || value === undefined || value === ""
      ? [noUpdate(), noUpdate()] : [`Value: ${value}`, `Length: ${value.length}`]),
    selective(value) {
      if (value === null || value === undefined) return [noUpdate(), noUpdate(), noUpdate()];
      if (value.length < 3) return [noUpdate(), "Must be at least 3 characters", noUpdate()];
      if (/\p{Nd}/u.test(value)) return [noUpdate(), noUpdate(), "Contains numbers"];
      return [`Valid: ${value}`, "", ""];
    },

    // -- cookbook_running ---------------------------------------------------------------------
    complete: (n, options) => `${options.label} (run ${n})`,

    // -- cookbook_allow_duplicate -------------------------------------------------------------
    clicked: (n, options) => `${options.label} clicked ${n || 0} times`,
    validate: (value) => [value, value && !/^[\p{L}\p{N}]+$/u.test(value) ? "Only alphanumeric characters allowed" : ""],

    // -- cookbook_dmc -------------------------------------------------------------------------
    search(query) {
      if (!query) return "";
      const results = LANGUAGES.filter((name) => name.toLowerCase().includes(query.toLowerCase()));
      return `Found ${results.length} results for '${query}'`;
    },
    load_table: (n) => ({ head: ["language", "rank"], body: LANGUAGES.slice(0, n + 2).map((name, i) => [name, i + 1]) }),
    notify(n, data, options) {
      const [title, message, color] = !data ? ["Validation Error", "Please fill in all required fields", "red"]
        : data.includes("@") ? ["Success", "Form submitted successfully!", "green"]
          : ["Error", "An error occurred during submission", "red"];
      const note = { id: `form-${options.origin}`, action: "show", title: `${title} (${options.origin})`, message, color };
      return [[note], `${title}: ${message}`];
    },
  });
})();
