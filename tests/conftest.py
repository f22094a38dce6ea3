"""Shared test setup: headless Debian Chromium for dash[testing], and the testing kit's helpers.

The project tests itself with the kit it ships (``dashclient.testing``): the exact-text helpers
below are the kit's, re-exported under the names the tests import from here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dashclient.testing import (
    OFFLINE_FLAGS,
    chrome_options,
    console_errors,
    find_chromium,
    text_content,
    wait_for_text_content,
)

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))  # format_cases and friends

# The kit's fixtures: already registered by the installed entry point (same name, so this is then
# a no-op); this line keeps them for a run from a source checkout without the install.
pytest_plugins = ["dashclient.testing"]

WINDOW = "--window-size=1280,900"
CHROMIUM = find_chromium() or "/usr/bin/chromium"  # the names tests and scripts read before the kit
CHROMIUM_FLAGS = (*OFFLINE_FLAGS, WINDOW)

__all__ = ["CHROMIUM", "CHROMIUM_FLAGS", "console_errors", "text_content", "type_and_compare_twins",
           "wait_for_text_content"]


def pytest_setup_options():
    """dash[testing] hook: the Chrome options for every dash_duo browser (the system's Chromium,
    offline; ``$DASHCLIENT_CHROMIUM`` names another binary)."""
    return chrome_options(WINDOW, binary=CHROMIUM)


def pytest_collection_modifyitems(items):
    for item in items:
        if "dash_duo" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


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
