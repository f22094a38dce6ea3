"""Templates and paths: the twin of js/patch/locate.js, rule for rule and message for message.

``'$value'`` in an item or a path is the triggering value; a path is walked through the prop's
current value the way Dash will apply it, so a patch that would throw while Dash applies it, or
corrupt the prop silently (an index out of range), is refused before it is built.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Mapping, NoReturn, Sequence

from .. import _spec

#: In an ``item`` or a ``path``, this string stands for the triggering value (js/patch/options.js).
VALUE: str = _spec.defaults_of("patch", "append")["item"]
#: The default of ``current``: no current value is bound, so nothing can be checked against it.
UNBOUND: str = _spec.defaults_of("patch", "append")["current"]


class PatchInputError(ValueError):
    """Bad input: the action gives ``no_update`` and logs one warning."""


def bad(message: str) -> NoReturn:
    raise PatchInputError(message)


def is_list(value: Any) -> bool:
    return isinstance(value, (list, tuple))


def is_dict(value: Any) -> bool:
    return isinstance(value, Mapping)


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _index(key: Any) -> int | None:
    """An integer index as JS sees one (2.0 is 2), else None."""
    if isinstance(key, bool):
        return None
    if isinstance(key, int):
        return key
    if isinstance(key, float) and key.is_integer():
        return int(key)
    return None


def kind(value: Any) -> str:
    """What a value is, in the words both halves use."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "a boolean"
    if is_number(value):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if is_list(value) else "a dict" if is_dict(value) else type(value).__name__


def to_json(value: Any) -> str:
    """A path or key as JSON.stringify writes it."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def is_missing(value: Any) -> bool:
    """None means the trigger has not fired (an initial call)."""
    return value is None


def is_known(current: Any) -> bool:
    return not (isinstance(current, str) and current == UNBOUND)


def fill(template: Any, value: Any) -> Any:
    """A copy of ``template`` with every '$value' string (in lists and dict values, at any depth)
    replaced by a copy of the triggering value."""
    if isinstance(template, str) and template == VALUE:
        return copy.deepcopy(value)
    if is_list(template):
        return [fill(item, value) for item in template]
    if is_dict(template):
        return {key: fill(item, value) for key, item in template.items()}
    return template


def fill_path(path: Sequence[Any], value: Any) -> list[Any]:
    """The path with '$value' filled in; the value must then be a key or an index."""
    filled = []
    for key in path:
        if not (isinstance(key, str) and key == VALUE):
            filled.append(key)
        elif isinstance(value, str):
            filled.append(value)
        elif _index(value) is not None:
            filled.append(_index(value))
        else:
            bad(f"path {to_json(list(path))}: '$value' is {kind(value)}, not a key or an index")
    return filled


def at(current: Any, path: Sequence[Any], new_key: bool = False) -> tuple[bool, Any]:
    """Walk ``path`` through ``current`` as Dash will: ``(exists, value)``. With ``new_key``, the
    last key may be missing from its dict (an assignment creates it)."""
    node = current
    for i, key in enumerate(path):
        last = i == len(path) - 1
        if is_list(node):
            index = _index(key)
            if index is None:
                bad(f"path {to_json(path)}: {to_json(key)} is not an index, but {to_json(path[:i])} is a list")
            n = len(node)
            if index < -n or index >= n:
                bad(f"path {to_json(path)}: index {index} is out of range for a list of {n}")
            node = node[index]
        elif is_dict(node):
            if not isinstance(key, str):
                bad(f"path {to_json(path)}: {to_json(key)} is not a key, but {to_json(path[:i])} is a dict")
            if key not in node:
                if last and new_key:
                    return False, None
                bad(f"path {to_json(path)}: key {to_json(key)} is not there")
            node = node[key]
        else:
            bad(f"path {to_json(path)}: {to_json(path[:i])} is {kind(node)}, not a list or a dict")
    return True, node


def list_at(current: Any, path: Sequence[Any]) -> Sequence[Any]:
    """The list at ``path``; bad input when it is missing or not a list."""
    _, value = at(current, path)
    if not is_list(value):
        bad(f"path {to_json(path)}: the target is {kind(value)}, not a list")
    return value


def dict_at(current: Any, path: Sequence[Any]) -> Mapping[str, Any]:
    """The dict at ``path``; bad input when it is missing or not a dict."""
    _, value = at(current, path)
    if not is_dict(value):
        bad(f"path {to_json(path)}: the target is {kind(value)}, not a dict")
    return value


def require_current(where: str, what: str, current: Any) -> None:
    """Refuse what cannot work without the current value."""
    if not is_known(current):
        raise ValueError(f"{where}: {what} needs option 'current', the prop's value (bind it to a State of the output)")
