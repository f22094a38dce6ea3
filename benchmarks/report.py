"""The results as Markdown tables: what latest.md holds and run.py prints."""

from __future__ import annotations

import json
from typing import Any


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def _machine(machine: dict) -> list[str]:
    return [
        f"Measured {machine['measured_at']} on {machine['cpu_count']} CPUs ({machine['cpu_model']}, "
        f"load {machine['load_average_1m']}), "
        f"{machine['platform']}; Python {machine['python']}, node {machine['node']}, "
        f"{machine['chromium']}, Dash {machine['dash']}, dashclient {machine['dashclient']}.",
    ]


def _latency(latency: dict) -> list[str]:
    lines = [
        f"### Click-to-DOM latency (ms, {latency['interactions']} interactions per variant)",
        "",
        f"Action: {latency['action']}.",
        "",
    ]
    rows = [[v["variant"], *_latency_cells(v)] for v in latency["variants"]]
    return lines + _table(["variant", *LATENCY_STATISTICS], rows)


LATENCY_STATISTICS = ("p50", "p95", "mean", "min", "max")


def _latency_cells(variant: dict) -> list[str]:
    if "error" in variant:
        return [f"— ({variant['error']})"] + ["—"] * (len(LATENCY_STATISTICS) - 1)
    return [f"{variant['ms'][k]:.1f}" for k in LATENCY_STATISTICS]


def _size(size: dict) -> list[str]:
    rows = [[f"`{size['bundle']}`", f"{size['minified_bytes']:,}", f"{size['gzip_bytes']:,}",
             f"{size['map_bytes']:,}" if size["map_bytes"] is not None else "—"]]
    return ["### Bundle size (bytes)", ""] + _table(["file", "minified", "gzip -9", "source map"], rows)


def _speed_cell(measured: dict) -> str:
    if "error" in measured:
        return f"— ({measured['error']})"
    return f"{measured['ns_per_value']:,} ns ({measured['ms']:,.1f} ms)"


def _format(speed: dict) -> list[str]:
    lines = [
        f"### Format throughput (ns per value; total ms for {speed['values_per_function']:,} values)",
        "",
    ]
    rows = [
        [f"`{f['function']}`", f"`{json.dumps(f['options'], ensure_ascii=False)}`",
         _speed_cell(f["js_cache_on"]), _speed_cell(f["js_cache_off"]), _speed_cell(f["python"])]
        for f in speed["functions"]
    ]
    return lines + _table(["function", "options", "JS, Intl cache on", "JS, Intl cache off", "Python twin"], rows)


def _binding(binding: dict) -> list[str]:
    lines = [f"### Binding overhead (ns per call, median of {binding['rounds']} rounds of "
             f"{binding['calls_per_round']:,} calls; ratio to the raw cached Intl call)", ""]
    rows = []
    for name, now in binding["now"].items():
        before = binding.get("before_v2", {}).get(name)
        rows.append([f"`{name}`", f"{now['raw_ns']}", f"{now['bound_ns']} ({now['bound_vs_raw']}×)",
                     f"{now['public_ns']} ({now['public_vs_raw']}×)",
                     f"{before['bound_ns']} ({before['bound_vs_raw']}×)" if before else "—"])
    header = ["function", "raw Intl", "bound (callback)", "public fn(v, options)",
              f"bound before v2 ({binding.get('before_v2_commit', '—')})"]
    return lines + _table(header, rows)


def _keys(keys: dict) -> list[str]:
    lines = [
        f"### Key-to-DOM latency (ms, {keys['interactions']} real key presses per variant)",
        "",
        f"Binding: {keys['binding']}. From the keydown's event.timeStamp to the output's text change.",
        "",
    ]
    rows = [[v["variant"], *_latency_cells(v)] for v in keys["variants"]]
    return lines + _table(["variant", *LATENCY_STATISTICS], rows)



def _testing(kit: dict) -> list[str]:
    lines = [f"### Testing kit: a call() round trip from Python (ms, {kit['calls']} calls, selenium)", ""]
    lines += _table(["variant", "p50", "p95", "mean"],
                    [[v["variant"], v["ms"]["p50"], v["ms"]["p95"], v["ms"]["mean"]] for v in kit["round_trips"]])
    lines += ["", "### The doctor on each example app (wall ms, app import included)", ""]
    rows = [[f"`{a['app']}`", a["callbacks"], a["functions_checked"], a["findings"], a["static_ms"],
             a["with_browser_ms"]] for a in kit["doctor"]]
    return lines + _table(["app", "callbacks", "names looked up", "findings", "no browser", "with Chromium check"], rows)


def _fetch(fetch: dict) -> list[str]:
    from fetch_latency import markdown  # pylint: disable=import-outside-toplevel

    return markdown(fetch)


def _patch(section: dict) -> list[str]:
    from patch_wire import markdown  # pylint: disable=import-outside-toplevel  (the section renders itself)

    return markdown(section)


def _dispatch(section: dict) -> list[str]:
    from dispatch_latency import markdown  # pylint: disable=import-outside-toplevel  (the section renders itself)

    return markdown(section)


def _grid(section: dict) -> list[str]:
    from grid_render import markdown  # pylint: disable=import-outside-toplevel  (the section renders itself)

    return markdown(section)


def _column(section: dict) -> list[str]:
    from column_twin import markdown  # pylint: disable=import-outside-toplevel  (the section renders itself)

    return markdown(section)


SECTIONS = {"latency": _latency, "size": _size, "format": _format, "binding": _binding, "keys": _keys,
            "testing": _testing, "fetch": _fetch, "patch": _patch, "dispatch": _dispatch, "grid": _grid,
            "column": _column}


def to_markdown(results: dict) -> str:
    lines = ["## dashclient benchmarks" + (" (quick run)" if results["quick"] else ""), ""]
    lines += _machine(results["machine"]) + [""]
    for name, render in SECTIONS.items():
        if name in results:
            lines += render(results[name]) + [""]
    lines.append(f"Whole run: {results['run_seconds']:.0f} s.")
    return "\n".join(lines) + "\n"


# -- the README's summary: a few headline figures of a full run, written between these markers ----
README_START = "<!-- benchmarks:start (written by benchmarks/run.py from results/latest.json) -->"
README_END = "<!-- benchmarks:end -->"


def _p50_p95(section: dict, variant: str) -> list[str]:
    found = next((v for v in section["variants"] if v["variant"] == variant), None)
    if found is None or "error" in found:
        return ["—", "—"]
    return [f"{found['ms']['p50']:.1f} ms", f"{found['ms']['p95']:.1f} ms"]


def _ns_range(functions: list[dict], variant: str) -> str:
    measured = [f[variant]["ns_per_value"] for f in functions if "ns_per_value" in f.get(variant, {})]
    return f"{min(measured) / 1000:.1f}–{max(measured) / 1000:.1f} µs" if measured else "—"


def readme_summary(results: dict) -> str:
    """The README's headline table, from a full run's results (every number is in latest.md too)."""
    machine = results["machine"]
    lines = [f"Last full run: {machine['measured_at'][:10]}, {machine['cpu_count']} CPUs (load "
             f"{machine['load_average_1m']}), {machine['chromium'].split(' built')[0]}, Dash {machine['dash']}.", ""]
    rows = [
        ["click → DOM, clientside (`dc.format.number`)", *_p50_p95(results["latency"], "client")],
        ["click → DOM, server mode", *_p50_p95(results["latency"], "server")],
        ["click → DOM, server mode + 50 ms network stand-in", *_p50_p95(results["latency"], "server +50 ms")],
        ["key → DOM, clientside (`dc.keys`)", *_p50_p95(results["keys"], "client (set_props step)")],
        ["key → DOM, server callback", *_p50_p95(results["keys"], "server (callback on event)")],
        ["Modal toggle, `dc.dispatch` clientside", *_p50_p95(results["dispatch"], "client")],
        ["Modal toggle, hand-written clientside JS", *_p50_p95(results["dispatch"], "hand-written JS")],
    ]
    lines += _table(["", "p50", "p95"], rows) + [""]
    size, speed, binding = results["size"], results["format"]["functions"], results["binding"]["now"]
    ratios = [now["bound_vs_raw"] for now in binding.values()]
    lines.append(
        f"Bundle: {size['minified_bytes']:,} bytes minified, {size['gzip_bytes']:,} gzip. Formatting "
        f"{results['format']['values_per_function']:,} values: {_ns_range(speed, 'js_cache_on')} per value in "
        f"the browser ({_ns_range(speed, 'js_cache_off')} without the Intl cache), "
        f"{_ns_range(speed, 'python')} in the Python twins. A bound formatter costs "
        f"{min(ratios):.2f}–{max(ratios):.2f}× the raw cached Intl call it wraps.")
    return "\n".join(lines) + "\n"


def replace_readme_summary(readme: str, summary: str) -> str:
    """``readme`` with the text between the markers replaced by ``summary``."""
    start, end = readme.index(README_START) + len(README_START), readme.index(README_END)
    return readme[:start] + "\n" + summary + readme[end:]
