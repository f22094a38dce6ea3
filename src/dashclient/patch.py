"""``dc.patch``: partial updates that return a Patch, never the whole value.

In the browser each function returns what ``new dash_clientside.Patch()...build()`` returns; its
Python twin returns a ``dash.Patch`` with the same JSON, operation for operation::

    add_row = dc.patch.append(item=State("new-row", "value"), max_length=100,
                              current=State("rows", "data"))
    dc.callback(add_row, Output("rows", "data", allow_duplicate=True), Input("add", "n_clicks"),
                prevent_initial_call=True)

The one value each function reads is the triggering one. The ``item`` option defaults to that
value; any ``'$value'`` (:data:`VALUE`) inside an item template or a ``path`` is replaced by it
(``id={"type": "row", "index": dc.patch.VALUE}``). A value of None (nothing fired) gives
``no_update``.

``current``, the prop's value bound to a ``State`` of the output, lets a function check the path,
the indices and the types before it builds the patch; ``toggle``, ``max_length`` and
``max_points`` need it. Bad input (a missing key, an index out of range, a target of the wrong
type, an unset prop) gives ``no_update`` and one warning, in both halves; Dash would otherwise
throw while applying the patch or corrupt the prop silently. Options, defaults, accepted values:
docs/reference.md; the design: docs/patch.md.
"""

from __future__ import annotations

from typing import Any, Callable

from ._action import Action, ActionFactory
from ._patch import keys as _keys, lists as _lists, scalars as _scalars, traces as _traces
from ._patch.locate import UNBOUND, VALUE, require_current

__all__ = ["append", "prepend", "insert", "remove", "assign", "delete", "toggle", "increment", "merge",
           "extend_traces", "VALUE"]

# Options that only work with the current value, per function ("always": the function itself).
NEEDS_CURRENT = {"append": "max_length", "prepend": "max_length", "extend_traces": "max_points", "toggle": "always"}


class _PatchFactory(ActionFactory):
    """Refuses at bind time what JS refuses once per binding: a window or a toggle without ``current``."""

    def __call__(self, **options: Any) -> Action:
        action = super().__call__(**options)
        needs = NEEDS_CURRENT.get(self.name)
        bound = "current" in action.page or action.options["current"] != UNBOUND
        if needs and not bound:
            if needs == "always":
                require_current(self.spec.where, "toggling", UNBOUND)
            elif needs not in action.page and action.options[needs] is not None:
                require_current(self.spec.where, f"option {needs!r}", UNBOUND)
        return action


def _factory(name: str, compile_: Callable[[dict], Callable[[Any], Any]]) -> _PatchFactory:
    return _PatchFactory("patch", name, compile_)


append = _factory("append", _lists.compile_append)
prepend = _factory("prepend", _lists.compile_prepend)
insert = _factory("insert", _lists.compile_insert)
remove = _factory("remove", _lists.compile_remove)
assign = _factory("assign", _keys.compile_assign)
delete = _factory("delete", _keys.compile_delete)
toggle = _factory("toggle", _scalars.compile_toggle)
increment = _factory("increment", _scalars.compile_increment)
merge = _factory("merge", _keys.compile_merge)
extend_traces = _factory("extend_traces", _traces.compile_extend_traces)
