"""The code a user would write for what the format page shows: Python and JS, same options."""

from __future__ import annotations

import json
from typing import Any, Mapping

from ._format_fields import NUMBER_TEXT


def python_literal(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid Python string, in double quotes
    return repr(value)


def js_literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def value_literal(text: Any, literal) -> str:
    """The typed value as a literal: plain numbers unquoted (they format the same as their text)."""
    if isinstance(text, str) and NUMBER_TEXT.fullmatch(text.strip()):
        return text.strip()
    return literal(text)


def python_code(fn: str, options: Mapping[str, Any], value: Any) -> str:
    arguments = ", ".join(f"{name}={python_literal(option)}" for name, option in options.items())
    return "\n".join([
        "import dashclient as dc",
        "",
        f"action = dc.format.{fn}({arguments})",
        f"action({value_literal(value, python_literal)})",
    ])


def js_code(fn: str, options: Mapping[str, Any], value: Any) -> str:
    fields = ", ".join(f"{name}: {js_literal(option)}" for name, option in options.items())
    return f"dash_clientside.dashclient_format.{fn}({value_literal(value, js_literal)}, {{{fields}}})"
