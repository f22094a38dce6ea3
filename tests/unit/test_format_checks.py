"""The JS half refuses what the Python twin refuses: js/data/twin-locales.js is generated from the
twin's snapshot and must be what the generator writes today; both halves know the same checks."""

from scripts.cldr import js_data

from dashclient import _spec
from dashclient._types import DOMAIN_CHECKS


def test_the_js_data_of_the_checks_is_what_the_snapshot_gives():
    assert js_data.OUT.read_text("utf-8") == js_data.text()
    assert js_data.CURRENCIES_OUT.read_text("utf-8") == js_data.currencies_text()


def test_python_knows_exactly_the_checks_spec_json_lists():
    assert set(DOMAIN_CHECKS) == set(_spec.spec()["checks"])
