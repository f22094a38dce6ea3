"""The app doctor with its browser check: clientside function names looked up in headless Chromium
on the app's own page — the broken-app gallery's ones reported, and every example app of the repo
(and the gallery app) reporting nothing."""

from pathlib import Path

import pytest

from dashclient._doctor import doctor
from dashclient.testing import start_chrome

from doctor_gallery import expected_of, found, gallery

ROOT = Path(__file__).resolve().parents[2]
# Every runnable example app (helpers start with "_"; the example tests and their conftest are no apps).
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.py")
                  if not p.name.startswith(("_", "test_")) and p.name != "conftest.py")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium():
    """One headless Chromium for the module's doctors (each loads its app's page in it)."""
    driver = start_chrome()
    yield driver
    driver.quit()


@pytest.mark.parametrize("path", gallery(browser=True), ids=lambda p: p.stem)
def test_clientside_function_names_no_served_script_defines_are_reported(chromium, path):
    report = doctor(str(path), browser=chromium)
    assert report.browser and report.functions_checked > 0
    assert found(report) == expected_of(path), report.format()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_app_reports_nothing(chromium, path):
    report = doctor(str(path), browser=chromium)
    assert report.findings == [], report.format()
    assert report.callbacks > 0


def test_the_gallery_app_reports_nothing(chromium):
    report = doctor("dashclient.gallery:create_app", browser=chromium)
    assert report.findings == [], report.format()
    assert report.browser and report.functions_checked > 10
