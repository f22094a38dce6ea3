"""What the pages' own actions share: which values count as numbers, and one number formatter
whose JS half (``dashclient_format.number``) the JS twins call too, so both modes write the same
text (Python's ``str(3.0)`` is ``"3.0"`` where JavaScript writes ``"3"``)."""

from __future__ import annotations

import math
from typing import Any

import dashclient as dc

#: d3's "," (12 significant digits, grouped): 1234.5 -> "1,234.5", 0.1 + 0.2 -> "0.3".
NUMBER = dc.format.number(specifier=",")


def is_number(value: Any) -> bool:
    """A finite int or float (not a bool, not a string): what ``typeof v === "number" &&
    Number.isFinite(v)`` accepts in the JS twins. An empty dmc.NumberInput sends ``""``."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
