"""The twin's locale data is the snapshot the generator builds from the CLDR packages pinned in
package.json: rebuilt here from node_modules (after ``npm ci``) and compared file by file.

Only the CLDR side is rebuilt (``scripts/cldr/records.py``); ``icu.json`` needs the judge
(Chromium) and is checked for its shape and its header's claims instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "dashclient" / "_format" / "data"
sys.path.insert(0, str(ROOT))
needs_packages = pytest.mark.skipif(not (ROOT / "node_modules" / "cldr-core").exists(),
                                    reason="the CLDR packages are not installed (npm ci)")


def read(path: Path):
    return json.loads(path.read_text("utf-8"))


def test_every_cldr_package_is_pinned_exactly_and_the_snapshot_says_which_it_was_built_from():
    package = read(ROOT / "package.json")
    pins = {name: version for name, version in package["devDependencies"].items() if name.startswith("cldr-")}
    assert pins and all(version[0].isdigit() for version in pins.values()), pins  # no ^ or ~ ranges
    assert package["dependencies"]["d3-format"][0].isdigit()
    assert read(DATA / "supplemental.json")["packages"] == pins


@needs_packages
def test_the_shipped_snapshot_is_what_the_generator_builds_from_the_pinned_packages():
    from scripts.cldr.records import cldr_snapshot, supplemental_file  # noqa: PLC0415

    tables, deltas, versions = cldr_snapshot()
    assert read(DATA / "supplemental.json") == json.loads(json.dumps(supplemental_file(tables, versions)))
    shipped = {path.stem: read(path) for path in (DATA / "locales").glob("*.json")}
    assert set(shipped) == set(deltas)
    assert [locale for locale, delta in deltas.items() if json.loads(json.dumps(delta)) != shipped[locale]] == []


def test_the_judge_derived_data_says_where_it_comes_from():
    icu = read(DATA / "icu.json")
    assert "judge" in icu["comment"] and icu["judge"]
    for key in ("umm_al_qura", "persian_shifted_years", "root_symbols", "available", "data_locales",
                "missing", "unreliable", "corrections"):
        assert key in icu and key in icu["comment"], key
    assert len(icu["available"]["date"]) > 300 and len(icu["umm_al_qura"]["month_lengths"]) == 301
