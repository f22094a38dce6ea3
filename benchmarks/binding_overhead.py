"""What the binding layer costs per call: a bound format function (what a clientside callback runs)
next to the raw, cached ``Intl`` formatter it wraps, on the same page with the same values.

Since core v2 the options are validated and the formatter built once per binding; the per-call
path only reads the value and calls the formatter. The bundle before core v2 (validation and an
``Intl`` cache lookup on every call) is measured beside it when git can still show it.

Each variant formats the same cycle of distinct numbers; variants take turns over ROUNDS rounds
and the median round stands for each, so a change in the machine's load falls on all alike.
"""

from __future__ import annotations

import json
import statistics
import subprocess
from pathlib import Path

from playwright.sync_api import Browser

from dashclient import _spec

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "src" / "dashclient" / _spec.BUNDLE
# The last commit before core v2: its bundle validated options on every call.
BEFORE_V2 = "3df7b75"
ROUNDS = 7
DISTINCT = 1_000

# function: (bound options, the raw Intl construction the function wraps, how to call it)
SUBJECTS = {
    "currency": ({"currency": "EUR", "locale": "de-DE"},
                 "new Intl.NumberFormat('de-DE', {style: 'currency', currency: 'EUR', currencyDisplay: 'symbol'})"),
    "percent": ({"digits": 1, "locale": "fr-FR"},
                "new Intl.NumberFormat('fr-FR', {style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1})"),
    "compact": ({"display": "long"}, "new Intl.NumberFormat('en-US', {notation: 'compact', compactDisplay: 'long'})"),
    "date": ({"date_style": "medium", "time_style": "short", "time_zone": "America/New_York"},
             "new Intl.DateTimeFormat('en-US', {timeZone: 'America/New_York', dateStyle: 'medium', timeStyle: 'short'})"),
}

MEASURE = """
([subjects, rounds, calls, distinct]) => {
  const ns = window.dash_clientside.dashclient_format;
  const values = Array.from({length: distinct}, (_, i) => (i % 2 ? -1 : 1) * (i * 7919.37 % 1e7) + 1.7e12 * (i % 3 === 2));
  let sink = 0;
  const time = (fn) => {
    const start = performance.now();
    for (let i = 0; i < calls; i++) sink += fn(values[i % distinct]).length;
    return (performance.now() - start) * 1e6 / calls;  // ns per call
  };
  const out = {};
  for (const [name, [options, raw]] of Object.entries(subjects)) {
    const formatter = raw();
    const bound = ns[name + ":" + JSON.stringify(options)];
    const variants = {raw: (v) => formatter.format(v), bound, public: (v) => ns[name](v, options)};
    for (const fn of Object.values(variants)) time(fn);  // warm-up: optimized code, warm caches
    const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    for (let r = 0; r < rounds; r++) for (const [k, fn] of Object.entries(variants)) samples[k].push(time(fn));
    out[name] = samples;
  }
  return {out, sink};
}
"""


def _sorted_options(options: dict) -> dict:
    return dict(sorted(options.items()))


def _old_bundle() -> str | None:
    try:
        return subprocess.run(["git", "show", f"{BEFORE_V2}:src/dashclient/static/dashclient.min.js"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def _measure(browser: Browser, bundle: str, calls: int) -> dict:
    page = browser.new_page()
    try:
        page.set_content("<!doctype html><title>binding overhead</title>")
        page.add_script_tag(content=bundle)
        subjects = {name: [_sorted_options(options), None] for name, (options, _raw) in SUBJECTS.items()}
        script = MEASURE.replace(
            "const formatter = raw();",
            "const formatter = ({" + ", ".join(f"{json.dumps(n)}: () => {raw}" for n, (_o, raw) in SUBJECTS.items())
            + "})[name]();",
        )
        return page.evaluate(script, [subjects, ROUNDS, calls, DISTINCT])["out"]
    finally:
        page.close()


def _summary(samples: dict) -> dict:
    medians = {variant: statistics.median(times) for variant, times in samples.items()}
    return {**{f"{k}_ns": round(v) for k, v in medians.items()},
            "bound_vs_raw": round(medians["bound"] / medians["raw"], 3),
            "public_vs_raw": round(medians["public"] / medians["raw"], 3)}


def run(browser: Browser, calls: int) -> dict:
    """ns per call of raw Intl, the bound function and the public function, now and before v2."""
    results = {"calls_per_round": calls, "rounds": ROUNDS,
               "now": {name: _summary(s) for name, s in _measure(browser, BUNDLE.read_text("utf-8"), calls).items()}}
    old = _old_bundle()
    if old is not None:
        results["before_v2"] = {name: _summary(s) for name, s in _measure(browser, old, calls).items()}
        results["before_v2_commit"] = BEFORE_V2
    return results
