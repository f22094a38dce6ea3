"""Chromium from the system, kept offline: the options every browser of the kit and the doctor use.

Nothing here downloads a browser or a driver: selenium 4.2 (what ``dash[testing]`` pins) runs the
``chromedriver`` on PATH, and the binary is the system's Chromium.
"""

from __future__ import annotations

import os
import shutil
from importlib import resources
from typing import Any

#: Environment variable naming the Chromium binary (default: the first of BINARIES on PATH).
CHROMIUM_VARIABLE = "DASHCLIENT_CHROMIUM"
BINARIES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _read_flags() -> tuple[str, ...]:
    text = resources.files(__package__).joinpath("chromium-flags.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


#: Flags that keep Chromium from calling outside hosts (updates, sync, translate, ...): measured to
#: bring its outbound requests to zero on a closed network.
OFFLINE_FLAGS: tuple[str, ...] = _read_flags()


def find_chromium() -> str | None:
    """The Chromium binary: ``$DASHCLIENT_CHROMIUM``, else the first known name on PATH, else None."""
    named = os.environ.get(CHROMIUM_VARIABLE)
    if named:
        return named
    for name in BINARIES:
        found = shutil.which(name)
        if found:
            return found
    return None


def chrome_options(*flags: str, binary: str | None = None, headless: bool = False) -> Any:
    """Selenium ``ChromeOptions`` for the system's Chromium, offline.

    Return it from your own ``pytest_setup_options()`` hook (dash[testing] calls it for every
    ``dash_duo`` browser; its ``--headless`` option adds headless mode)::

        # conftest.py
        from dashclient.testing import chrome_options

        def pytest_setup_options():
            return chrome_options("--window-size=1280,900")

    Parameters
    ----------
    *flags
        Extra command-line flags, after :data:`OFFLINE_FLAGS`.
    binary
        The Chromium binary; default :func:`find_chromium`.
    headless
        Add ``--headless=new`` (for a browser started outside dash[testing], which adds its own).
    """
    from selenium.webdriver.chrome.options import Options  # pylint: disable=import-outside-toplevel

    options = Options()
    binary = binary or find_chromium()
    if binary:
        options.binary_location = binary
    for flag in (*OFFLINE_FLAGS, *flags, *(("--headless=new",) if headless else ())):
        options.add_argument(flag)
    return options


def start_chrome(*flags: str, headless: bool = True) -> Any:
    """A selenium Chrome WebDriver on the system's Chromium and chromedriver (close it with ``quit()``)."""
    from selenium import webdriver  # pylint: disable=import-outside-toplevel

    options = chrome_options(*flags, headless=headless)
    options.set_capability("goog:loggingPrefs", {"browser": "SEVERE"})
    return webdriver.Chrome(options=options)
