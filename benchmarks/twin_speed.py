"""The Python twin's cost per value, before and after, side by side (no browser).

    python benchmarks/twin_speed.py [--before-tree DIR] [--rounds N]

Every ``dc.format`` function formats the values and options of ``format_speed.py`` (1,000
distinct values, cycled): through the bound action, as ``mode="server"`` calls it today, and --
where the twin has one -- through ``compile_<fn>(options)``, the function the core calls once
per binding. ``--before-tree`` names a checkout of an earlier commit (its ``src`` is imported in a
subprocess): the two trees are measured in turns, and each figure is the best of its rounds, so
the load of a shared machine weighs on both alike. Writes ``results/twin_speed.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
REPEAT = 20  # passes over the 1,000 values per timed round

MEASURE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
import format_speed as fs
import dashclient as dc
from dashclient import _spec
out = {}
for name in _spec.functions_of("format"):
    options, values = fs.options_for(name), fs.values_for(name)
    action = getattr(dc.format, name)(**options)
    module = {"date": "dates"}.get(name, name)
    twin = __import__(f"dashclient._format.{module}", fromlist=["_"])
    compile_ = getattr(twin, f"compile_{name}", None)
    ways = {"action": action}
    if compile_ is not None:
        ways["compiled"] = compile_(action.options)
    out[name] = {}
    for way, function in ways.items():
        for value in values:
            function(value)
        start = time.perf_counter_ns()
        for _ in range(int(sys.argv[3])):
            for value in values:
                function(value)
        out[name][way] = (time.perf_counter_ns() - start) / (int(sys.argv[3]) * len(values))
print(json.dumps(out))
"""


def measure(src: Path) -> dict:
    """ns per value, per function and way, in a fresh interpreter importing ``src``."""
    out = subprocess.run([sys.executable, "-c", MEASURE, str(src), str(HERE), str(REPEAT)], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def best(runs: list[dict]) -> dict:
    return {name: {way: round(min(run[name][way] for run in runs)) for way in runs[0][name]} for name in runs[0]}


def to_markdown(results: dict) -> str:
    lines = ["## Python twin: cost per value (ns; best of rounds)", "",
             f"Measured {results['measured']} ({results['rounds']} rounds per tree, load {results['load']}). "
             f"Before: {results.get('before_commit') or results.get('before_tree', '—')}; after: this tree.", "",
             "| function | before: action | after: action | after: `compile_<fn>` | speed-up (compiled) |",
             "|---|---|---|---|---|"]
    def cell(value) -> str:
        return f"{value:,}" if value else "—"

    for name, after in results["after"].items():
        before = results.get("before", {}).get(name, {}).get("action")
        compiled = after.get("compiled")
        ratio = f"{before / compiled:.1f}×" if before and compiled else "—"
        lines.append(f"| `{name}` | {cell(before)} | {cell(after['action'])} | {cell(compiled)} | {ratio} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before-tree", type=Path, help="a checkout of the commit to compare with")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    after_runs, before_runs = [], []
    for _ in range(args.rounds):
        after_runs.append(measure(ROOT / "src"))
        if args.before_tree:
            before_runs.append(measure(args.before_tree / "src"))
    with open("/proc/loadavg", encoding="utf-8") as load:
        average = load.read().split()[0]
    results = {"measured": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "rounds": args.rounds, "load": average,
               "after": best(after_runs), "values_per_round": REPEAT * 1000}
    if before_runs:
        results["before"] = best(before_runs)
        results["before_tree"] = str(args.before_tree)
        results["before_commit"] = subprocess.run(["git", "-C", str(args.before_tree), "log", "-1", "--format=%h"],
                                                  capture_output=True, text=True).stdout.strip()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "twin_speed.json").write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    markdown = to_markdown(results)
    (RESULTS / "twin_speed.md").write_text(markdown + "\n", "utf-8")
    print(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
