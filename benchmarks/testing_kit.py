"""What the testing kit and the doctor cost: a call() round trip from Python into the page, and
the doctor's wall time per example app, without and with its Chromium check.

selenium drives the system's Chromium here (the kit's own driver, as users run it), not playwright.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from dash import Dash, html

from dashclient._doctor import doctor
from dashclient._doctor._browser import look_up, serving
from dashclient.testing import call, start_chrome

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WARM_UP = 20


def _examples() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*.py") if not p.name.startswith(("_", "test_")) and p.name != "conftest.py")


def _ms(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"p50": round(statistics.median(ordered), 2), "p95": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
            "mean": round(statistics.fmean(ordered), 2)}


def _timed(function, count: int) -> list[float]:
    for _ in range(WARM_UP):
        function()
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def run(calls: int) -> dict:
    """``calls`` timed call() round trips per variant, then the doctor on every example app."""
    driver = start_chrome()
    try:
        app = Dash(__name__)
        app.layout = html.Div("bench")
        with serving(app) as url:
            look_up(driver, url, [])  # loads the page and waits for the renderer
            variants = {
                "execute_script('return 1') (WebDriver floor)": lambda: driver.execute_script("return 1"),
                "call(dashclient_format.number, 1234.5, {specifier: ',.2f'})": lambda: call(
                    driver, "dashclient_format.number", 1234.5, {"specifier": ",.2f"}),
            }
            round_trips = [{"variant": name, "ms": _ms(_timed(fn, calls))} for name, fn in variants.items()]
        apps = []
        for path in _examples():
            started = time.perf_counter()
            static = doctor(str(path), browser=False)
            static_ms = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            checked = doctor(str(path), browser=driver)
            browser_ms = (time.perf_counter() - started) * 1000
            apps.append({"app": path.name, "callbacks": static.callbacks, "findings": len(checked.findings),
                         "functions_checked": checked.functions_checked, "static_ms": round(static_ms),
                         "with_browser_ms": round(browser_ms)})
        return {"calls": calls, "round_trips": round_trips, "doctor": apps}
    finally:
        driver.quit()
