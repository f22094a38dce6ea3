"""Rolling windows (max_length, max_points): the twin of js/patch/window.js.

Steady state (a few items past the window): the new items, then one Delete per item that drops
out. When more would drop out than the window keeps (the window shrank, or one batch overflows
it), the list is cleared and refilled with the window: Clear + Extend, which works at any path,
the prop itself included.
"""

from __future__ import annotations

import copy
from typing import Any, Sequence

from .builder import Location, PatchBuilder


def add_at_end(patch: PatchBuilder, location: Location, current: Sequence[Any], added: Sequence[Any],
               limit: int | None, how: str) -> None:
    """Add ``added`` at the end of the list at ``location`` (now ``current``), keeping the last
    ``limit``; ``how`` is "append" (one item) or "extend" (several)."""
    excess = 0 if limit is None else len(current) + len(added) - limit
    if limit is not None and excess > limit:
        _refill(patch, location, [*current, *added][-limit:])
        return
    if how == "append":
        patch.append(location, added[0])
    elif added:
        patch.extend(location, added)
    for _ in range(excess):
        patch.delete([*location, 0])


def add_at_start(patch: PatchBuilder, location: Location, current: Sequence[Any], item: Any,
                 limit: int | None) -> None:
    """Add one item at the start of the list at ``location`` (now ``current``), keeping the first ``limit``."""
    excess = 0 if limit is None else len(current) + 1 - limit
    if limit is not None and excess > limit:
        _refill(patch, location, [item, *current][:limit])
        return
    patch.prepend(location, item)
    for _ in range(excess):
        patch.delete([*location, -1])


def _refill(patch: PatchBuilder, location: Location, items: list[Any]) -> None:
    patch.clear(location)
    patch.extend(location, [copy.deepcopy(item) for item in items])
