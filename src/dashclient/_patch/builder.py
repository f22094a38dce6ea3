"""A ``dash.Patch`` built through the same calls as the JS ``PatchBuilder`` (js/patch/builder.js).

Every operation goes through ``dash.Patch``'s own public API, so the result is what Dash applies
on the server side; its ``to_plotly_json()`` equals the JS ``build()`` operation for operation.
"""

from __future__ import annotations

from typing import Any, Sequence

import dash

Location = Sequence[Any]  # keys (str) and indices (int)


class PatchBuilder:
    """Operations at a location, in the order they are called."""

    def __init__(self) -> None:
        self.patch = dash.Patch()
        self.count = 0

    def _at(self, location: Location) -> Any:
        node: Any = self.patch
        for key in location:
            node = node[key]
        self.count += 1
        return node

    def assign(self, location: Location, value: Any) -> None:
        self._at(location[:-1])[location[-1]] = value

    def delete(self, location: Location) -> None:
        del self._at(location[:-1])[location[-1]]

    def merge(self, location: Location, value: dict) -> None:
        self._at(location).update(dict(value))  # dash.Patch.update mutates the dict it is given

    def extend(self, location: Location, value: Sequence[Any]) -> None:
        self._at(location).extend(list(value))

    def insert(self, location: Location, index: int, value: Any) -> None:
        self._at(location).insert(index, value)

    def append(self, location: Location, value: Any) -> None:
        self._at(location).append(value)

    def prepend(self, location: Location, value: Any) -> None:
        self._at(location).prepend(value)

    def add(self, location: Location, value: float) -> None:
        node = self._at(location)
        node += value  # dash.Patch.__iadd__ records an Add operation at node's location

    def clear(self, location: Location) -> None:
        self._at(location).clear()

    def remove(self, location: Location, value: Any) -> None:
        self._at(location).remove(value)

    def build(self) -> dash.Patch:
        return self.patch
