"""The app doctor with its browser check: clientside function names looked up in headless Chromium
on the app's own page — the broken-app gallery's ones reported, and every example app of the repo
(and the gallery app) reporting nothing."""

from pathlib import Path

import pytest

from dashclient._doctor import doctor
from dashclient.testing import start_chrome

from dashclient.gallery._examples import EXAMPLES as CATALOG
from doctor_gallery import expected_of, found, gallery

ROOT = Path(__file__).resolve().parents[2]
# Every runnable example app, as the gallery lists them (tests/unit/test_examples_catalog.py checks
# the list against the folder).
EXAMPLES = [ROOT / example.path for example in CATALOG]

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


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: str(p.relative_to(ROOT / "examples")))
def test_every_example_app_reports_nothing(chromium, path):
    report = doctor(str(path), browser=chromium)
    assert report.findings == [], report.format()
    assert report.callbacks > 0


def test_the_gallery_app_reports_nothing(chromium):
    report = doctor("dashclient.gallery:create_app", browser=chromium)
    assert report.findings == [], report.format()
    assert report.browser and report.functions_checked > 10
