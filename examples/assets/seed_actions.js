// The browser halves of the Vizro seed ports (examples/chain_*.py): plain functions of
// window.dash_clientside, called fn(...values, options) by dashclient. Each has a Python twin in
// its example that returns the same values.
(function () {
  const dc = (window.dash_clientside = window.dash_clientside || {});

  /** The clicked point of a scatter's clickData, or null. */
  function point(pointsData) {
    return pointsData && Array.isArray(pointsData.points) && pointsData.points.length ? pointsData.points[0] : null;
  }

  dc.seed_actions = Object.assign(dc.seed_actions || {}, {
    /** "Custom action with dashboard inputs and outputs": the clicked point in words. */
    clicked_point_text(pointsData, options) {
      const clicked = point(pointsData);
      if (!clicked) return dc.no_update;
      let text = `Clicked point has sepal length ${clicked.x}, petal width ${clicked.y}`;
      if (options.show_species) text += ` and species ${clicked.customdata[0]}`;
      return text;
    },

    /** "Multiple return values": one function, two cards. */
    two_cards(pointsData) {
      const clicked = point(pointsData);
      if (!clicked) return dc.no_update;
      return [`Clicked point has sepal length ${clicked.x}, petal width ${clicked.y}`,
        `Clicked point has species ${clicked.customdata[0]}`];
    },

    /** "Simple custom action": the rows of the chosen species as a file for dcc.Download. */
    export_rows(rows, species, options) {
      const chosen = (rows || []).filter((r) => !species || species.length === 0 || species.includes(r.species));
      const columns = ["sepal_length", "sepal_width", "petal_length", "petal_width", "species"];
      if (options.file_format === "json") {
        return { content: JSON.stringify(chosen.map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])))),
          filename: "iris.json", type: "application/json", base64: false };
      }
      const lines = [columns.join(","), ...chosen.map((r) => columns.map((c) => String(r[c])).join(","))];
      return { content: lines.join("\n") + "\n", filename: "iris.csv", type: "text/csv", base64: false };
    },
  });
})();
