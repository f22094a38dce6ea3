"""pytest setup for examples/test_*.py: dash[testing]'s browser is the system's Chromium, kept
offline (copy this next to your own tests, or return chrome_options() from your conftest)."""

from dashclient.testing import chrome_options


def pytest_setup_options():
    return chrome_options("--window-size=1280,900")
