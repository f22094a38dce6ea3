"""Option fields of the format page, derived from each function's JS defaults (spec.json).

The widget follows the default's type: a Select where the choices are known, a NumberInput for
numbers, a TextInput for strings, a TextInput read as None / number / text where the default is
None. Every field's id is ``{"type": "format-option", "fn": <function>, "name": <option>}``: the
function is in the id so a stale field of the previous function is never read as the new one's.
"""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

import dash_mantine_components as dmc

from ... import _spec
from ..._format.bytes import UNITS as BYTE_UNITS
from ..._format.compact import DISPLAYS as COMPACT_DISPLAYS
from ..._format.currency import DISPLAYS as CURRENCY_DISPLAYS
from ..._format.dates import STYLES as DATE_STYLES
from ..._format.relative_time import NUMERIC, STYLES as RELATIVE_STYLES
from ..._format.values import NUMERIC_STRING

OPTION_TYPE = "format-option"

# Options the page shows once, above the per-function fields.
PAGE_LEVEL_OPTIONS = ("locale",)

# A Select can only hold strings: this one stands for None.
NONE_CHOICE = "None"

# Choices spec.json cannot tell (it holds defaults, not allowed values), by (function, option):
# the same tuples the Python twins validate against.
KNOWN_CHOICES: Mapping[tuple[str, str], tuple[Any, ...]] = {
    ("currency", "display"): CURRENCY_DISPLAYS,
    ("compact", "display"): COMPACT_DISPLAYS,
    ("bytes", "units"): BYTE_UNITS,
    ("date", "date_style"): (*DATE_STYLES, None),
    ("date", "time_style"): (*DATE_STYLES, None),
    ("relative_time", "numeric"): NUMERIC,
    ("relative_time", "style"): RELATIVE_STYLES,
}

# Plain numbers, as the formatters read numeric strings: shown unquoted, read as numbers.
NUMBER_TEXT = NUMERIC_STRING


def option_id(fn: str, name: str) -> dict:
    return {"type": OPTION_TYPE, "fn": fn, "name": name}


def choices_of(fn: str, name: str, default: Any) -> tuple[Any, ...] | None:
    if isinstance(default, bool):
        return (True, False)
    return KNOWN_CHOICES.get((fn, name))


def _choice_text(choice: Any) -> str:
    if choice is None:
        return NONE_CHOICE
    if isinstance(choice, bool):
        return "true" if choice else "false"
    return str(choice)


def field(fn: str, name: str, default: Any) -> Any:
    """The input for one option, showing its default."""
    common = {"id": option_id(fn, name), "label": name}
    choices = choices_of(fn, name, default)
    if choices is not None:
        return dmc.Select(data=[_choice_text(c) for c in choices], value=_choice_text(default),
                          allowDeselect=False, **common)
    if isinstance(default, (int, float)):
        return dmc.NumberInput(value=default, **common)
    if isinstance(default, str):
        return dmc.TextInput(value=default, placeholder='""', **common)
    if default is None:
        return dmc.TextInput(value="", placeholder="None", description="blank: None; a number or text otherwise",
                             **common)
    return dmc.TextInput(value=json.dumps(default), description="JSON", **common)


def fields(fn: str) -> list:
    """Every option of ``fn`` except the page-level ones, in spec order."""
    defaults = _spec.defaults_of("format", fn)
    return [field(fn, name, default) for name, default in defaults.items() if name not in PAGE_LEVEL_OPTIONS]


def read_number_text(text: str) -> int | float | None:
    """``"12"`` -> 12, ``"1.5"`` -> 1.5; None when the text is not a plain number."""
    text = text.strip()
    if not NUMBER_TEXT.fullmatch(text):
        return None
    number = float(text)
    return int(number) if number.is_integer() and re.fullmatch(r"[+-]?\d+", text) else number


def coerce(fn: str, name: str, default: Any, raw: Any) -> Any:
    """The option value a field's raw value stands for. Wrong types pass through unchanged: the
    formatter's own validator names the option in its ValueError, as it would for a user."""
    choices = choices_of(fn, name, default)
    if choices is not None:
        by_text = {_choice_text(c): c for c in choices}
        return by_text.get(raw, raw)
    if isinstance(default, (int, float)) or isinstance(default, str):
        return None if raw == "" and not isinstance(default, str) else raw
    text = "" if raw is None else str(raw)
    if default is None:
        if text.strip() in ("", NONE_CHOICE):
            return None
        number = read_number_text(text)
        return text if number is None else number
    try:
        return json.loads(text)
    except ValueError:
        raise ValueError(f"dc.format.{fn}: option {name!r} must be JSON, got {text!r}") from None


def collect(fn: str, locale: Any, values: list, ids: list[dict]) -> dict:
    """The options the user asked for: the current function's fields plus the page-level locale."""
    defaults = _spec.defaults_of("format", fn)
    options = {}
    for field_id, raw in zip(ids, values):
        name = field_id.get("name")
        if field_id.get("fn") == fn and name in defaults:
            options[name] = coerce(fn, name, defaults[name], raw)
    if "locale" in defaults:
        options["locale"] = locale.strip() if isinstance(locale, str) else locale
    return options
