"""The actions page: a user's own function as an action, and a chain, each in client mode and in
server mode side by side.

- ``greeting`` is a Python function captured with ``@dc.action`` and paired with a JS function of
  ``assets/gallery.js`` (``dashclient_gallery.greeting``): the same words in both columns.
- A three-step chain (label, wait, label) runs from one button per mode; a switch makes its second
  step fail, which stops it before the third step, shows the message and re-enables the button.
"""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Dash, Input, dcc

from ... import action, callback, chain, sleep, step
from .._patterns import BY_NAME

PATTERN = BY_NAME["actions"]
MODES = ("client", "server")

CODE = '''\
@dc.action(js="dashclient_gallery.greeting")        # its JS half: a function in assets/
def greeting(name: str, excited: bool = False) -> str:
    return f"Hello, {name.strip() or 'stranger'}{'!' if excited else '.'}"

dc.callback(greeting(excited=Input("excited", "checked")), output="greeting-client.children",
            inputs=["name.value"])

dc.chain(dc.step(stamp(prefix="1 "), outputs="chain-1.children", inputs=["name.value"]),
         dc.sleep(1),
         dc.step(stamp(prefix="2 ", fail=Input("fail", "checked")), outputs="chain-2.children", inputs=["name.value"]),
         dc.step(stamp(prefix="3 "), outputs="chain-3.children", inputs=["name.value"]),
         trigger="run.n_clicks", running=[("run.disabled", True, False)], error="chain-error.children")'''


@action(js="dashclient_gallery.greeting")
def greeting(name: str, excited: bool = False) -> str:
    """Hello in words; the JS half in assets/gallery.js says the same."""
    name = (name or "").strip() or "stranger"
    return f"Hello, {name}{'!' if excited else '.'}"


@action(js="dashclient_gallery.stamp")
def stamp(name: str, prefix: str = "", fail: bool = False) -> str:
    """One chain step's label; ``fail`` raises, to show how a chain stops."""
    if fail:
        raise ValueError(f"step {prefix.strip()} failed on purpose")
    return f"{prefix}{(name or '').strip() or 'stranger'}"


def _column(mode: str) -> dmc.Paper:
    caption = "JS in the browser" if mode == "client" else "Python twin, no JS"
    return dmc.Paper(dmc.Stack([
        dmc.Group([dmc.Text(f"{mode.title()} mode", fw=600), dmc.Text(caption, size="sm", c="dimmed")],
                  justify="space-between"),
        dmc.Text(id=f"greeting-{mode}", className="gallery-output"),
        dmc.Button("Run the chain", id=f"run-{mode}", size="xs", w="fit-content"),
        dmc.Text(id=f"chain-1-{mode}", className="gallery-output"),
        dmc.Text(id=f"chain-2-{mode}", className="gallery-output"),
        dmc.Text(id=f"chain-3-{mode}", className="gallery-output"),
        dmc.Text(id=f"chain-error-{mode}", c="red", size="sm"),
    ], gap="xs"), withBorder=True, p="md")


def layout() -> dmc.Stack:
    return dmc.Stack([
        dmc.Title(PATTERN.title, order=2),
        dmc.Text(PATTERN.summary),
        dmc.SimpleGrid([
            dmc.TextInput(id="actions-name", label="name", value="Ada"),
            dmc.Switch(id="actions-excited", label="excited (a page-bound option)", checked=False),
            dmc.Switch(id="actions-fail", label="make the chain's step 2 fail", checked=False),
        ], cols={"base": 1, "sm": 3}),
        dmc.SimpleGrid([_column(mode) for mode in MODES], cols={"base": 1, "sm": 2}),
        dmc.Code(CODE, block=True),
        dcc.Store(id="actions-ready", data=True),
    ], gap="md")


def register_callbacks(app: Dash) -> None:
    for mode in MODES:
        callback(greeting(excited=Input("actions-excited", "checked")), output=f"greeting-{mode}.children",
                 inputs=["actions-name.value"], mode=mode, app=app)
        chain(
            step(stamp(prefix="1 "), outputs=f"chain-1-{mode}.children", inputs=["actions-name.value"]),
            sleep(1),
            step(stamp(prefix="2 ", fail=Input("actions-fail", "checked")), outputs=f"chain-2-{mode}.children",
                 inputs=["actions-name.value"]),
            step(stamp(prefix="3 "), outputs=f"chain-3-{mode}.children", inputs=["actions-name.value"]),
            trigger=f"run-{mode}.n_clicks", running=[(f"run-{mode}.disabled", True, False)],
            error=f"chain-error-{mode}.children", mode=mode, app=app,
        )
