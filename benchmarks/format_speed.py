"""Throughput of every ``dc.format`` function: JS in Chromium with the Intl cache on and off, and the
Python twin.

Every function present in spec.json at run time is measured, with the representative options and
values below (options a function does not have are dropped, so a renamed option costs a default,
not a crash). Each variant formats the same cycle of distinct values, after an untimed warm-up,
in ROUNDS equal rounds; the median round stands for the whole, so one background hiccup on a shared
machine does not move the number.
"""

from __future__ import annotations

import math
import random
import statistics
import time
from typing import Any, Callable

from dash import html
from playwright.sync_api import Browser, Page

import dashclient as dc
from dashclient import _spec
from dash_server import new_app, serving
from errors import describe

PATTERN = "format"
NAMESPACE = _spec.namespace_of(PATTERN)
DISTINCT_VALUES = 1_000  # a cycle long enough that no layer can get away with remembering one answer
SEED = 20261121
NOW_MS = 1_704_067_200_000  # 2024-01-01T00:00:00Z, the explicit `now` for relative_time
YEAR_MS = 365 * 24 * 3600 * 1000
# V8 needs a few hundred ms of calls before its optimized code runs; a first variant timed earlier
# than that reads up to 40% slower than the same variant timed again.
JS_WARMUP_MS = 300
# A fresh page runs allocation-heavy code up to 50% slower for about its first second (measured here:
# V8 is still sizing its heap); a second of throwaway string work keeps that out of the first function.
PAGE_WARMUP_MS = 1_000
ROUNDS = 5

# Options a user would plausibly bind; unknown keys are filtered against the spec's defaults.
REPRESENTATIVE_OPTIONS: dict[str, dict[str, Any]] = {
    "number": {"specifier": ",.2f"},
    "currency": {"currency": "EUR", "locale": "de-DE"},
    "percent": {"digits": 1},
    "compact": {"display": "short"},
    "bytes": {"units": "binary", "digits": 1},
    "date": {"date_style": "medium", "time_style": "short", "time_zone": "America/New_York"},
    "relative_time": {"now": NOW_MS},
}


def _amounts(rng: random.Random) -> float:
    return round(rng.uniform(-1e6, 1e6), 2)


def _ratios(rng: random.Random) -> float:
    return round(rng.uniform(-1, 2), 4)


def _magnitudes(rng: random.Random) -> float:
    return round(10 ** rng.uniform(0, 12), 1)


def _byte_counts(rng: random.Random) -> int:
    return int(10 ** rng.uniform(0, 13))


def _epoch_ms(rng: random.Random) -> int:
    return rng.randrange(946_684_800_000, 1_893_456_000_000)  # 2000 to 2030


def _near_now_ms(rng: random.Random) -> int:
    # Differences spread over orders of magnitude, so every unit from seconds to years shows up.
    return NOW_MS + int(rng.choice((-1, 1)) * 10 ** rng.uniform(3, math.log10(3 * YEAR_MS)))


VALUE_KINDS: dict[str, Callable[[random.Random], Any]] = {
    "percent": _ratios,
    "compact": _magnitudes,
    "bytes": _byte_counts,
    "date": _epoch_ms,
    "relative_time": _near_now_ms,
}


def values_for(name: str) -> list[Any]:
    rng = random.Random(f"{SEED}:{name}")
    make = VALUE_KINDS.get(name, _amounts)
    return [make(rng) for _ in range(DISTINCT_VALUES)]


def options_for(name: str) -> dict[str, Any]:
    defaults = _spec.defaults_of(PATTERN, name)
    return {k: v for k, v in REPRESENTATIVE_OPTIONS.get(name, {}).items() if k in defaults}


# Runs in the page once, before any function: strings made and dropped, as formatting does.
PAGE_WARMUP_JS = """
(ms) => {
  const end = performance.now() + ms;
  let sink = 0;
  let kept = [];
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) kept.push((Math.random() * 1e6).toFixed(2) + ",");
    sink += kept.length;
    if (kept.length > 5000) kept = [];
  }
  return sink;
}
"""

# Runs in the page: `rounds` timed runs of `perRound` calls cycling over `values`; the summed lengths
# keep the JIT from dropping the calls.
FORMAT_JS = """
({namespace, name, options, values, perRound, rounds, cache, warmupMs}) => {
  const fn = window.dash_clientside[namespace][name];
  const intlCache = window.dash_clientside.dashclient.intlCache;
  intlCache.setEnabled(cache);
  try {
    let sink = 0;
    // Warm-up, untimed: at least one pass and warmupMs, so V8 has optimized the code being timed.
    const warmupEnd = performance.now() + warmupMs;
    do {
      for (const value of values) sink += fn(value, options).length;
    } while (performance.now() < warmupEnd);
    const roundsMs = [];
    for (let round = 0; round < rounds; round++) {
      const start = performance.now();
      for (let i = 0; i < perRound; i++) sink += fn(values[i % values.length], options).length;
      roundsMs.push(performance.now() - start);
    }
    return {roundsMs, sink, sample: fn(values[0], options)};
  } finally {
    intlCache.setEnabled(true);
  }
}
"""


def _result(rounds_ms: list[float], per_round: int, sample: str) -> dict[str, Any]:
    """ms for all values and ns per value, both from the median round."""
    median_ms = statistics.median(rounds_ms)
    return {
        "ms": round(median_ms * len(rounds_ms), 1),
        "ns_per_value": round(median_ms * 1e6 / per_round),
        "rounds_ms": [round(ms, 1) for ms in rounds_ms],
        "sample": sample,
    }


def measure_js(page: Page, name: str, options: dict, values: list, count: int, cache: bool) -> dict:
    args = {"namespace": NAMESPACE, "name": name, "options": options, "values": values,
            "perRound": count // ROUNDS, "rounds": ROUNDS, "cache": cache, "warmupMs": JS_WARMUP_MS}
    try:
        measured = page.evaluate(FORMAT_JS, args)
    except Exception as error:  # e.g. a bundle older than spec.json: report it, measure the rest
        return {"error": describe(error)}
    return _result(measured["roundsMs"], count // ROUNDS, measured["sample"])


def measure_python(name: str, options: dict, values: list, count: int) -> dict:
    factory = getattr(dc.format, name, None)
    if factory is None:
        return {"error": f"dc.{PATTERN}.{name} has no Python twin yet"}
    per_round = count // ROUNDS
    cycle = values * (per_round // len(values)) + values[: per_round % len(values)]
    rounds_ms = []
    try:
        action = factory(**options)  # bind once
        for value in values:  # warm-up, untimed (CPython only specializes; one pass is enough)
            action(value)
        for _ in range(ROUNDS):
            start = time.perf_counter_ns()
            for value in cycle:
                action(value)
            rounds_ms.append((time.perf_counter_ns() - start) / 1e6)
    except Exception as error:  # a twin in progress must not sink the whole run
        return {"error": describe(error)}
    return _result(rounds_ms, per_round, action(values[0]))


def measure_function(page: Page, name: str, count: int) -> dict:
    options, values = options_for(name), values_for(name)
    return {
        "function": name,
        "options": options,
        "first_value": values[0],
        "values": count,
        "js_cache_on": measure_js(page, name, options, values, count, cache=True),
        "js_cache_off": measure_js(page, name, options, values, count, cache=False),
        "python": measure_python(name, options, values, count),
    }


def run(browser: Browser, count: int) -> dict:
    app = new_app()
    app.layout = html.Div("format benchmark")
    with serving(app) as url:
        page = browser.new_page()
        try:
            page.goto(url)
            page.wait_for_function(f"() => window.dash_clientside?.{NAMESPACE} !== undefined")
            page.evaluate(PAGE_WARMUP_JS, PAGE_WARMUP_MS)
            functions = [measure_function(page, name, count) for name in _spec.functions_of(PATTERN)]
        finally:
            page.close()
    return {"values_per_function": count, "rounds": ROUNDS, "distinct_values": DISTINCT_VALUES,
            "functions": functions}
