"""Launch Debian's Chromium through Python playwright: no browser download, no outside traffic."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from playwright.sync_api import Browser, sync_playwright

from dashclient.testing import OFFLINE_FLAGS, find_chromium

CHROMIUM = find_chromium() or "/usr/bin/chromium"

# The testing kit's flags (shared with tests/conftest.py): without them Chromium calls outside
# hosts (updates, sync, translate...): the network is closed, and stray traffic would only add noise.
QUIET_FLAGS = OFFLINE_FLAGS


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium, closed on exit."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=list(QUIET_FLAGS))
        try:
            yield browser
        finally:
            browser.close()
