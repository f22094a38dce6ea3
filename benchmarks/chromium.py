"""Launch Debian's Chromium through Python playwright: no browser download, no outside traffic."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from playwright.sync_api import Browser, sync_playwright

CHROMIUM = "/usr/bin/chromium"

# Shared with tests/conftest.py: without these Chromium calls outside hosts (updates, sync,
# translate...): the network is closed, and stray traffic would only add noise to the numbers.
FLAGS_FILE = Path(__file__).resolve().parents[1] / "src" / "dashclient" / "testing" / "chromium-flags.txt"
QUIET_FLAGS = tuple(
    line.strip() for line in FLAGS_FILE.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")
)


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium, closed on exit."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=list(QUIET_FLAGS))
        try:
            yield browser
        finally:
            browser.close()
