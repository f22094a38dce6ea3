"""Regenerate the narrow currency symbols of src/dashclient/_format/numbers_cldr48.json from node's Intl.

    python -m scripts.cldr48.numbers

from the project root, after a Chromium/node update. Babel has no alt="narrow" currency symbols;
``numbers.js`` measures them in ICU for every Babel locale. The file's other keys are kept as they are.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import list_currencies

from dashclient._format import cldr_patch, d3_locale

from . import node

ROOT = Path(__file__).resolve().parents[2]


def _with_bidi_marks(narrow: str, symbol: str, babel_symbol: str) -> str:
    """formatToParts reports a symbol's bidi marks as literals (ar ``ر.س.\u200f`` as ``ر.س.``):
    a narrow symbol that is the standard one is the standard one, marks included."""
    if narrow == symbol and babel_symbol.strip(d3_locale.BIDI_MARKS) == symbol:
        return babel_symbol
    return narrow


def write_narrow() -> None:
    """Measure every Babel locale's narrow symbols in node and store the fewest entries that give
    them back: a root table (each currency's most common narrow symbol) plus, per locale, what
    differs from what its Babel parents (or, at the top, the root or the standard symbol) give."""
    tags = {identifier.replace("_", "-"): identifier for identifier in locale_identifiers()}
    codes = sorted(list_currencies())
    measured = {}
    for tag, row in node.run("numbers.js", {"tags": list(tags), "codes": codes}).items():
        standard = Locale.parse(tags[tag]).currency_symbols
        measured[tags[tag]] = {code: _with_bidi_marks(narrow, symbol, standard.get(code, code))
                               for code, (symbol, narrow) in row.items()}
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in measured.values():
        for code, narrow in row.items():
            counts[code][narrow] += 1
    root = {code: c.most_common(1)[0][0] for code, c in sorted(counts.items())}
    root = {code: narrow for code, narrow in root.items() if narrow != code}
    stored: dict[str, dict[str, str]] = defaultdict(dict)

    def inherited(identifier: str, code: str) -> str | None:
        for parent in cldr_patch.parents(identifier):
            if code in stored.get(parent, {}):
                return stored[parent][code]
        return root.get(code)

    for identifier in sorted(measured, key=lambda i: (i.count("_"), i)):
        standard = Locale.parse(identifier).currency_symbols
        for code, narrow in sorted(measured[identifier].items()):
            expected = inherited(identifier, code)
            if (expected if expected is not None else standard.get(code, code)) != narrow:
                stored[identifier][code] = narrow
    path = ROOT / "src" / "dashclient" / "_format" / cldr_patch.DATA
    data = json.loads(path.read_text("utf-8"))
    data["narrow_symbols"] = {"root": root, "locales": dict(sorted(stored.items()))}
    lines = ["{"] + [f" {json.dumps(key)}: {json.dumps(data[key], ensure_ascii=False)}," for key in data
                     if key != "narrow_symbols"]
    lines.append(' "narrow_symbols": {')
    lines.append('  "root": ' + json.dumps(root, ensure_ascii=False, separators=(",", ":")) + ",")
    lines.append('  "locales": {')
    entries = [f'   {json.dumps(k)}: {json.dumps(v, ensure_ascii=False, separators=(",", ":"))}'
               for k, v in data["narrow_symbols"]["locales"].items()]
    lines.append(",\n".join(entries))
    lines.append("  }\n }\n}\n")
    text = "\n".join(lines)
    assert json.loads(text) == data
    path.write_text(text, "utf-8")
    print(f"{path}: {len(root)} root symbols, {sum(map(len, stored.values()))} locale entries")


if __name__ == "__main__":
    write_narrow()
