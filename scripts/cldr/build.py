"""Build the Python twin's locale data, ``src/dashclient/_format/data/``, from the CLDR JSON
packages pinned in package.json, and from the judge -- the browser the twin must match -- for
what those packages do not say about its ICU.

    npm ci && python -m scripts.cldr.build [--judge chromium|node]    # from the project root

Writes:

- ``supplemental.json`` and ``locales/<id>.json`` (``records.py``): CLDR's data, each locale
  holding only what differs from its parent (the loader merges the chain back:
  ``dashclient/_format/locale_data.py``; a null value is a key the parent has and the locale has not);
- ``icu.json``: what the judge's Intl shows and CLDR's JSON does not hold, said so in its
  header: ICU tables (``icu.py``), the locales and sections its trimmed data lacks
  (``trim.py``), and date patterns and names where ICU's differ from the JSON's (``verify.py``);
- ``js/data/twin-locales.js`` (``js_data.py``): the refusals the JS half makes, from that data.

Chromium runs headless through Python playwright (``pip install -e .[bench]``); the output is
deterministic (sorted keys), so a rebuild from the same packages and browser changes nothing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from typing import Any

from . import icu, judge
from .records import cldr_snapshot, supplemental_file
from .source import ROOT

sys.path.insert(0, str(ROOT / "src"))

OUT = ROOT / "src" / "dashclient" / "_format" / "data"


def dump(path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def main_(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build src/dashclient/_format/data from the CLDR packages.")
    parser.add_argument("--judge", choices=("chromium", "node"), default="chromium",
                        help="whose ICU to ask for what CLDR's JSON lacks (default: chromium, the browser "
                             "the twin matches; node has the same ICU release with full data)")
    args = parser.parse_args(argv)
    with judge.using(args.judge) as version:
        print(f"judge: {version}", file=sys.stderr)
        build()


def build() -> None:
    tables, deltas, package_versions = cldr_snapshot()
    print("CLDR packages:", ", ".join(f"{p}@{v}" for p, v in package_versions.items()), file=sys.stderr)
    if OUT.exists():
        shutil.rmtree(OUT)
    for locale, delta in deltas.items():
        dump(OUT / "locales" / f"{locale}.json", delta)
    dump(OUT / "supplemental.json", supplemental_file(tables, package_versions))
    icu_data = icu.build(tables)
    dump(OUT / "icu.json", icu_data)
    from . import trim, verify  # pylint: disable=import-outside-toplevel  # they read the files just written

    icu_data["missing"], _ = trim.trimmed()
    icu_data["comment"] += (" missing / unreliable: per section, the CLDR locales whose data the judge's "
                            "trimmed ICU lacks / writes in a way the twin does not reproduce (scripts/cldr/trim.py).")
    dump(OUT / "icu.json", icu_data)
    icu_data["corrections"], icu_data["unresolved"] = verify.corrections()
    _, icu_data["unreliable"] = trim.trimmed(known=icu_data["missing"])
    icu_data["comment"] += (" corrections: date patterns ICU uses where the JSON's differ (scripts/cldr/verify.py); "
                            "unresolved: those no candidate reproduces.")
    dump(OUT / "icu.json", icu_data)
    size = sum(path.stat().st_size for path in OUT.rglob("*.json"))
    print(f"wrote {len(deltas)} locales to {OUT.relative_to(ROOT)} ({size / 1e6:.1f} MB)", file=sys.stderr)
    from . import js_data  # pylint: disable=import-outside-toplevel  # reads the snapshot just written

    js_data.main()  # the JS half's refusals come from the same data (npm run build bundles them)


if __name__ == "__main__":
    main_()
