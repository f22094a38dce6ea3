"""The Python twin needs no Babel: with Babel unimportable it writes exactly what it writes here,
whatever Babel version is (or is not) installed, and importing dashclient never loads Babel."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import dashclient as dc

ROOT = Path(__file__).resolve().parents[2]

CASES = [
    ("number", {"specifier": "$,.2f", "currency": "EUR", "locale": "de-DE"}, 1234.5),
    ("currency", {"currency": "INR", "display": "name", "locale": "hi-IN"}, 1234567.891),
    ("percent", {"digits": 1, "locale": "ar-EG"}, -0.256),
    ("compact", {"display": "long", "locale": "fr-FR"}, 1500),
    ("bytes", {"units": "binary", "locale": "ja-JP"}, 1572864),
    ("date", {"date_style": "full", "time_style": "full", "time_zone": "America/New_York", "locale": "en-IN"},
     "2024-07-04T12:34:56Z"),
    ("date", {"date_style": "long", "locale": "fa-IR"}, 1704067200000),
    ("date", {"date_style": "short", "time_style": "short", "locale": "pt-BR", "time_zone": "Asia/Tokyo"}, 0),
    ("relative_time", {"now": 1704067200000, "numeric": "auto", "locale": "de-DE"}, 1704067200000 - 2 * 86400000),
    ("relative_time", {"now": 1704067200000, "style": "narrow", "locale": "bn-BD"}, 1704067200000 + 5 * 3600000),
]

RUN = textwrap.dedent("""
    import json, sys

    class NoBabel:
        def find_spec(self, name, path=None, target=None):
            if name == "babel" or name.startswith("babel."):
                raise ImportError("babel is made unimportable for this test")

    sys.meta_path.insert(0, NoBabel())
    import dashclient as dc
    cases = json.loads(sys.stdin.read())
    out = [getattr(dc.format, fn)(**options)(value) for fn, options, value in cases]
    assert not any(name == "babel" or name.startswith("babel.") for name in sys.modules)
    print(json.dumps(out))
""")


def test_outputs_are_the_same_with_babel_unimportable():
    out = subprocess.run([sys.executable, "-c", RUN], input=json.dumps(CASES), capture_output=True, text=True,
                         check=True, cwd=ROOT)
    without_babel = json.loads(out.stdout)
    here = [getattr(dc.format, fn)(**options)(value) for fn, options, value in CASES]
    assert without_babel == here
    assert all(here)


def test_importing_dashclient_and_formatting_never_loads_babel():
    script = ("import sys, dashclient as dc; dc.format.date(locale='de-DE', time_style='full')(0); "
              "dc.format.currency(locale='fr-FR', display='name')(2); "
              "print(any(m == 'babel' or m.startswith('babel.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_no_module_of_the_package_names_babel():
    package = ROOT / "src" / "dashclient"
    assert [str(p.relative_to(package)) for p in package.rglob("*.py") if "import babel" in p.read_text("utf-8")
            or "from babel" in p.read_text("utf-8")] == []
