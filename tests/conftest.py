"""Shared test setup: headless Debian Chromium for dash[testing], and exact-text helpers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))  # format_cases and friends

CHROMIUM = os.environ.get("DASHCLIENT_CHROMIUM", "/usr/bin/chromium")

# Shared with benchmarks/chromium.py (and shipped for users: dashclient.testing): keeps Chromium from calling outside hosts (NOTES.md, measured).
FLAGS_FILE = TESTS.parent / "src" / "dashclient" / "testing" / "chromium-flags.txt"
CHROMIUM_FLAGS = tuple(
    line.strip() for line in FLAGS_FILE.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")
) + ("--window-size=1280,900",)


def pytest_setup_options():
    """dash[testing] hook: the Chrome options for every dash_duo browser."""
    from selenium.webdriver.chrome.options import Options  # pylint: disable=import-outside-toplevel

    options = Options()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    return options


def pytest_collection_modifyitems(items):
    for item in items:
        if "dash_duo" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


def text_content(dash_duo, element_id: str) -> str | None:
    """Exact text of an element (WebDriver's .text folds U+00A0 and drops U+200F)."""
    return dash_duo.driver.execute_script(
        "const el = document.getElementById(arguments[0]); return el ? el.textContent : null;", element_id
    )


def wait_for_text_content(dash_duo, element_id: str, expected: str, timeout: float = 10) -> None:
    """Wait until the element's exact textContent equals ``expected``."""
    seen = []

    def matches():
        seen.append(text_content(dash_duo, element_id))
        return seen[-1] == expected

    from dash.testing.wait import until  # pylint: disable=import-outside-toplevel

    try:
        until(matches, timeout)
    except Exception as error:  # dash's TestingTimeoutException
        raise AssertionError(f"#{element_id} text {seen[-1]!r} != expected {expected!r}") from error


def console_errors(dash_duo) -> list[dict]:
    """SEVERE browser console entries since the page loaded."""
    return dash_duo.get_logs() or []


def type_and_compare_twins(dash_duo, input_id: str, typed_values, actions: dict) -> None:
    """Type each value into ``input_id``; for every action, the ``<name>-client`` and
    ``<name>-server`` outputs must both show exactly what the Python twin returns."""
    box = dash_duo.wait_for_element(f"#{input_id}")
    for typed in typed_values:
        dash_duo.clear_input(box)
        box.send_keys(typed)
        for name, action in actions.items():
            expected = action(typed)
            wait_for_text_content(dash_duo, f"{name}-server", expected)
            wait_for_text_content(dash_duo, f"{name}-client", expected)
            assert text_content(dash_duo, f"{name}-client") == text_content(dash_duo, f"{name}-server")
