"""Run dashclient's benchmarks and write benchmarks/results/latest.json and latest.md.

    python benchmarks/run.py [--quick] [--only SECTION ...]

Numbers, never assertions: nothing here fails because something got slower. Sections: see
SECTIONS below (each a module of this folder with a ``run``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the sibling modules, however this script is started

import binding_overhead  # noqa: E402
import bundle_size  # noqa: E402
import dispatch_latency  # noqa: E402
import column_twin  # noqa: E402
import fetch_latency  # noqa: E402
import format_speed  # noqa: E402
import grid_render  # noqa: E402
import keys_latency  # noqa: E402
import latency  # noqa: E402
import testing_kit  # noqa: E402
import patch_wire  # noqa: E402
from chromium import chromium  # noqa: E402
from machine import machine_info  # noqa: E402
from report import readme_summary, replace_readme_summary, to_markdown  # noqa: E402

RESULTS = HERE / "results"
ROOT = HERE.parent
FULL = {"interactions": 50, "format_values": 100_000, "binding_calls": 200_000, "kit_calls": 200, "patch_updates": 20,
        "grid_rows": 100_000, "column_values": 100_000}
QUICK = {"interactions": 20, "format_values": 10_000, "binding_calls": 20_000, "kit_calls": 50, "patch_updates": 5,
         "grid_rows": 10_000, "column_values": 10_000}

# section -> (run(browser, size), the size it takes): these share one Chromium.
BROWSER_SECTIONS: dict[str, tuple[Callable[..., Any], str]] = {
    "latency": (latency.run, "interactions"),
    "format": (format_speed.run, "format_values"),
    "binding": (binding_overhead.run, "binding_calls"),
    "keys": (keys_latency.run, "interactions"),
    "fetch": (fetch_latency.run, "interactions"),
    "patch": (patch_wire.run, "patch_updates"),
    "dispatch": (dispatch_latency.run, "interactions"),
    "grid": (grid_render.run, "grid_rows"),
}
# sections that start what they need themselves: no Chromium, or selenium as the kit's users run it
OWN_SECTIONS: dict[str, tuple[Callable[..., Any], str | None]] = {
    "size": (bundle_size.run, None),
    "testing": (testing_kit.run, "kit_calls"),
    "column": (column_twin.run, "column_values"),
}
SECTIONS = (*OWN_SECTIONS, *BROWSER_SECTIONS)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 20 interactions per variant, 10,000 values per function")
    parser.add_argument("--only", action="append", choices=SECTIONS,
                        help="run only this section (repeatable)")
    return parser.parse_args(argv)


def _write(path: Path, text: str) -> None:
    temporary = path.with_suffix(path.suffix + ".tmp")  # never leave a half-written result
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def _section(name: str) -> None:
    print(f"… {name}", file=sys.stderr, flush=True)


def run(sections: tuple[str, ...], quick: bool) -> dict:
    sizes = QUICK if quick else FULL
    started = time.perf_counter()
    results: dict = {"quick": quick, "sections": list(sections), "machine": machine_info()}
    for name, (own_runner, own_size) in OWN_SECTIONS.items():
        if name in sections:
            _section(name)
            results[name] = own_runner(sizes[own_size]) if own_size else own_runner()
    wanted = [name for name in BROWSER_SECTIONS if name in sections]
    if wanted:
        with chromium() as browser:
            for name in wanted:
                _section(name)
                runner, size = BROWSER_SECTIONS[name]
                results[name] = runner(browser, sizes[size])
    results["run_seconds"] = round(time.perf_counter() - started, 1)
    return results


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    sections = tuple(s for s in SECTIONS if not args.only or s in args.only)
    results = run(sections, args.quick)
    markdown = to_markdown(results)
    RESULTS.mkdir(exist_ok=True)
    _write(RESULTS / "latest.json", json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    _write(RESULTS / "latest.md", markdown)
    if not args.quick and set(sections) == set(SECTIONS):  # only a full run speaks for the README
        readme = ROOT / "README.md"
        _write(readme, replace_readme_summary(readme.read_text("utf-8"), readme_summary(results)))
    print(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
