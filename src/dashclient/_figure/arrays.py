"""A trace attribute's values as a plain list: the twin of js/figure/arrays.js.

A JSON list, or a typed array as plotly.py (6+) writes numpy arrays into a figure's JSON:
``{"dtype": "f8", "bdata": "<base64>", "shape": "3"}`` (little-endian, as plotly.js reads it).
A numpy array or a pandas Series (a figure dict built in Python) is a list too.
"""

from __future__ import annotations

import base64
import binascii
import struct
from typing import Any, Mapping

# dtype -> struct code, little-endian
TYPED = {"i1": "b", "u1": "B", "u1c": "B", "i2": "h", "u2": "H", "i4": "i", "u4": "I", "f4": "f", "f8": "d"}


def is_typed_array_spec(value: Any) -> bool:
    return isinstance(value, Mapping) and isinstance(value.get("dtype"), str) and isinstance(value.get("bdata"), str)


def decode_typed_array(spec: Mapping[str, Any]) -> list:
    """The values of a typed array spec; ValueError for an unknown dtype, bad base64, a byte count
    that is not a whole number of items, or more than one dimension."""
    code = TYPED.get(spec["dtype"])
    if code is None:
        raise ValueError(f"typed array dtype {spec['dtype']!r} is not one of {', '.join(TYPED)}")
    if "shape" in spec and "," in str(spec["shape"]):
        raise ValueError(f"typed array of shape {spec['shape']!r}: only one dimension is formatted")
    try:
        raw = base64.b64decode(spec["bdata"], validate=True)
    except binascii.Error as error:
        raise ValueError(f"typed array {spec['dtype']}: {error}") from None
    size = struct.calcsize(code)
    if len(raw) % size:
        raise ValueError(f"typed array {spec['dtype']}: {len(raw)} bytes")
    return list(struct.unpack(f"<{len(raw) // size}{code}", raw))


def values_of(value: Any) -> list | None:
    """A trace attribute as a list of values, or None when it holds none (missing, or not a list)."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if is_typed_array_spec(value):
        return decode_typed_array(value)
    if hasattr(value, "tolist") and getattr(value, "ndim", None) == 1:
        return list(value)  # a numpy array or a pandas Series, in a figure dict built in Python
    return None
