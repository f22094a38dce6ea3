"""Key expressions, the twin of js/keys/grammar.js (the grammar and its case rules are written
there, once); the words come from spec.json ``data.keys`` (js/keys/names.js).

``parse_keys("mod+s", "other")`` gives the same dict the JS parser gives, error messages included;
tests/cases/keys/parse.json holds the shared table.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Mapping

from .. import _spec

CHORD_SEPARATOR = re.compile(r"[ \t\r\n]+")
OUTER_SPACE = " \t\r\n"
MODIFIER_LIST = "mod, ctrl, alt, shift, meta"
KEY_HELP = "a named key such as enter, escape, arrowup, f1, space, plus, or one character"
PLATFORMS = ("other", "mac")


@lru_cache(maxsize=1)
def words() -> Mapping[str, Any]:
    """The grammar's words (spec.json ``data.keys``)."""
    return _spec.spec()["data"]["keys"]


def _failed(message: str) -> dict[str, Any]:
    return {"keys": None, "label": "", "sequence": [], "error": message}


def _has_case(character: str) -> bool:
    return character.lower() != character.upper()


def _code_of(key: str) -> str | None:
    if len(key) == 1 and "a" <= key <= "z":
        return f"Key{key.upper()}"
    if len(key) == 1 and "0" <= key <= "9":
        return f"Digit{key}"
    return None


def _key_of(word: str) -> tuple[str, bool] | None:
    """(key, typed): a named key (aliases resolved) or one character (lower case)."""
    lower = word.lower()
    named_keys = words()["named_keys"]
    named = words()["key_aliases"].get(lower, lower)
    if named in named_keys and len(word) > 1:
        return named, bool(named_keys[named].get("typed"))
    if len(word) == 1:
        return lower, not _has_case(word)
    return None


def _parse_chord(chord_text: str, quoted: str) -> tuple[str, bool, set[str]] | str:
    """(key, typed, modifiers) or the error message."""
    parts = chord_text.split("+")
    if any(part == "" for part in parts):
        return f"{quoted}: '+' needs a key on both sides (the + key is written 'plus')"
    modifiers_by_word = words()["modifiers"]
    modifiers: set[str] = set()
    for word in parts[:-1]:
        modifier = modifiers_by_word.get(word.lower())
        if not modifier:
            return f"{quoted}: '{word}' is not a modifier ({MODIFIER_LIST})"
        if modifier in modifiers:
            return f"{quoted}: {modifier} is given twice"
        modifiers.add(modifier)
    if "mod" in modifiers and ("ctrl" in modifiers or "meta" in modifiers):
        return f"{quoted}: mod already means meta on macOS and ctrl elsewhere"
    last = parts[-1]
    if modifiers_by_word.get(last.lower()):
        return f"{quoted}: ends with a modifier, not a key"
    found = _key_of(last)
    if found is None:
        return f"{quoted}: unknown key '{last}' ({KEY_HELP})"
    key, typed = found
    if typed and "shift" in modifiers:
        return (f"{quoted}: which character Shift+{last} types depends on the keyboard layout; "
                "write that character (such as '?' for Shift+/ on a US keyboard)")
    return key, typed, modifiers


def _key_label(key: str) -> str:
    named_keys = words()["named_keys"]
    if key in named_keys:
        return named_keys[key]["label"]
    return key.upper() if len(key) == 1 and "a" <= key <= "z" else key


def parse_keys(expression: Any, platform: str) -> dict[str, Any]:
    """Parse a key expression for a platform ("mac" or "other"): ``{keys, label, sequence, error}``.

    Never raises: a bad expression gives ``error`` (and ``keys`` None).
    """
    if not isinstance(expression, str):
        return _failed("keys must be a string")
    text = expression.strip(OUTER_SPACE)
    if text == "":
        return _failed("keys is empty")
    quoted = f"'{text}'"
    labels = words()["modifier_labels"][platform]
    sequence, canonical, chord_labels = [], [], []
    for chord_text in CHORD_SEPARATOR.split(text):
        parsed = _parse_chord(chord_text, quoted)
        if isinstance(parsed, str):
            return _failed(parsed)
        key, typed, modifiers = parsed
        held = {("meta" if platform == "mac" else "ctrl") if m == "mod" else m for m in modifiers}
        sequence.append({
            "key": key,
            "code": _code_of(key),
            "ctrl": "ctrl" in held,
            "alt": "alt" in held,
            "shift": None if typed else "shift" in held,
            "meta": "meta" in held,
        })
        canonical.append("+".join([*(m for m in words()["modifier_order"] if m in modifiers), key]))
        names = [labels[m] for m in labels["order"] if m in held]
        join = labels["join"]
        chord_labels.append(f"{join.join(names)}{join}{_key_label(key)}" if names else _key_label(key))
    return {"keys": " ".join(canonical), "label": words()["sequence_label_join"].join(chord_labels),
            "sequence": sequence, "error": None}
