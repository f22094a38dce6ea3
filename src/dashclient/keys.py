"""``dc.keys``: keyboard shortcuts that act in the browser or reach a normal server callback.

::

    import dashclient as dc

    app.layout = html.Div([
        dc.keys.Shortcuts(id="keys", bindings=[
            dc.keys.bind("mod+s",                                   # ⌘S on macOS, Ctrl+S elsewhere
                         dc.keys.set_props("status", children="Saving..."),
                         dc.keys.wait(1000),
                         dc.keys.set_props("status", children="Saved!"),
                         prevent_default=True, description="Save"),
            dc.keys.bind("/", dc.keys.focus("search"), prevent_default=True),
            dc.keys.bind("g i", dc.keys.click("inbox-link")),       # a sequence
            dc.keys.bind("ctrl+enter", name="submit"),              # the server route only
        ]),
        ...
    ])

    @callback(Output("log", "children"), Input("keys", "event"))   # every press, as data:
    def on_key(event): ...                                         # {key, binding, n, timestamp, counts}

A bad key expression, an unknown key name, two bindings with the same keys or a malformed target
id raise ``ValueError`` when the layout is built. ``parse`` and ``describe`` are the pure functions
behind the component (the JS ones and their Python twins), usable in callbacks like any action.
"""

from __future__ import annotations

from typing import Any, Callable

from ._action import ActionFactory
from ._keys.bindings import describe_bindings
from ._keys.builders import Binding, Step, bind, click, focus, run, set_props, toggle, wait
from ._keys.component import Shortcuts
from ._keys.grammar import parse_keys

__all__ = ["Shortcuts", "Binding", "Step", "bind", "set_props", "click", "focus", "toggle", "wait", "run",
           "parse", "describe"]


def _compile_parse(options: dict) -> Callable[[Any], dict]:
    platform = options["platform"]
    return lambda expression: parse_keys(expression, platform)


def _compile_describe(options: dict) -> Callable[[Any], dict]:
    platform = options["platform"]
    return lambda bindings: describe_bindings(bindings, platform)


parse = ActionFactory("keys", "parse", _compile_parse)
describe = ActionFactory("keys", "describe", _compile_describe)
