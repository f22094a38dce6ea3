"""Option fields of the format page, derived from each function's option schema (spec.json).

The widget follows the schema: a Select for an enum, a boolean or a currency; a NumberInput for
integers and numbers (its range from the schema); a TextInput for strings and the other domain
types, read as None when blank if the option is nullable. Every field's id is
``{"type": "format-option", "fn": <function>, "name": <option>}``: the function is in the id so a
stale field of the previous function is never read as the new one's.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

import dash_mantine_components as dmc

from ... import _spec

OPTION_TYPE = "format-option"

# Options the page shows once, above the per-function fields.
PAGE_LEVEL_OPTIONS = ("locale",)

# A Select can only hold strings: this one stands for None.
NONE_CHOICE = "None"

# Plain number text ("12", "-1.5", "1e3"): shown unquoted in the code, read as a number from a
# text field of a nullable number-or-text option.
NUMBER_TEXT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def option_id(fn: str, name: str) -> dict:
    return {"type": OPTION_TYPE, "fn": fn, "name": name}


def schema_of(fn: str, name: str) -> Mapping[str, Any]:
    return _spec.function_spec("format", fn).options[name]


def choices_of(schema: Mapping[str, Any]) -> tuple[Any, ...] | None:
    """The values a Select offers, or None for a free field."""
    if schema["type"] == "enum":
        choices: tuple[Any, ...] = tuple(schema["enum"])
    elif schema["type"] == "boolean":
        choices = (True, False)
    elif schema["type"] == "currency":
        choices = tuple(sorted(_spec.currencies()))
    else:
        return None
    return (*choices, None) if schema.get("nullable") else choices


def _choice_text(choice: Any) -> str:
    if choice is None:
        return NONE_CHOICE
    if isinstance(choice, bool):
        return "true" if choice else "false"
    return str(choice)


def field(fn: str, name: str, schema: Mapping[str, Any]) -> Any:
    """The input for one option, showing its default."""
    common: dict[str, Any] = {"id": option_id(fn, name), "label": name, "description": schema.get("doc")}
    default = schema["default"]
    choices = choices_of(schema)
    if choices is not None:
        return dmc.Select(data=[_choice_text(c) for c in choices], value=_choice_text(default),
                          allowDeselect=False, searchable=len(choices) > 10, **common)
    if schema["type"] in ("integer", "number"):
        limits = {k: schema[k] for k in ("min", "max") if k in schema}
        return dmc.NumberInput(value="" if default is None else default, allowDecimal=schema["type"] == "number",
                               placeholder="None" if schema.get("nullable") else None, **limits, **common)
    placeholder = "None" if schema.get("nullable") else '""'
    return dmc.TextInput(value="" if default is None else str(default), placeholder=placeholder, **common)


def fields(fn: str) -> list:
    """Every option of ``fn`` except the page-level ones, in spec order."""
    options = _spec.function_spec("format", fn).options
    return [field(fn, name, schema) for name, schema in options.items() if name not in PAGE_LEVEL_OPTIONS]


def read_number_text(text: str) -> int | float | None:
    """``"12"`` -> 12, ``"1.5"`` -> 1.5; None when the text is not a plain number."""
    text = text.strip()
    if not NUMBER_TEXT.fullmatch(text):
        return None
    number = float(text)
    return int(number) if number.is_integer() and re.fullmatch(r"[+-]?\d+", text) else number


def coerce(schema: Mapping[str, Any], raw: Any) -> Any:
    """The option value a field's raw value stands for. Wrong types pass through unchanged: the
    action's own validation names the option in its ValueError, as it would for a user."""
    choices = choices_of(schema)
    if choices is not None:
        return {_choice_text(c): c for c in choices}.get(raw, raw)
    blank = raw is None or (isinstance(raw, str) and raw.strip() == "")
    if blank and schema.get("nullable"):
        return None
    if schema["type"] in ("integer", "number"):
        return raw
    if schema["type"] == "moment" and isinstance(raw, str):
        number = read_number_text(raw)
        return raw if number is None else number
    return raw


def collect(fn: str, locale: Any, values: list, ids: list[dict]) -> dict:
    """The options the user asked for: the current function's fields plus the page-level locale."""
    options_schema = _spec.function_spec("format", fn).options
    options = {}
    for field_id, raw in zip(ids, values):
        name = field_id.get("name")
        if field_id.get("fn") == fn and isinstance(name, str) and name in options_schema:
            options[name] = coerce(options_schema[name], raw)
    if "locale" in options_schema:
        options["locale"] = locale.strip() if isinstance(locale, str) else locale
    return options
