"""The examples page: the catalog (gallery/_examples.py) as a table — title, the seed section it
ports, the command that starts it. The apps live in the repository's examples/ folder, which the
wheel does not ship: the page says where to find them."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Dash

from .._examples import EXAMPLES
from .._patterns import BY_NAME

PATTERN = BY_NAME["examples"]


def _row(index: int, example) -> dmc.TableTr:
    return dmc.TableTr([
        dmc.TableTd(example.title),
        dmc.TableTd(example.ports) if example.ports else dmc.TableTd("—", c="dimmed"),
        dmc.TableTd(dmc.Code(example.start)),
    ], id={"type": "example-row", "index": index})


def layout() -> dmc.Stack:
    return dmc.Stack([
        dmc.Title(PATTERN.title, order=2),
        dmc.Text(PATTERN.summary),
        dmc.Text("Run them from a clone of the repository, in the venv `scripts/dev gallery` makes "
                 "(.venv/bin/python examples/...); each opens on http://127.0.0.1:8050.", size="sm", c="dimmed"),
        dmc.Table([
            dmc.TableThead(dmc.TableTr([dmc.TableTh("Example"), dmc.TableTh("Ports"), dmc.TableTh("Start it")])),
            dmc.TableTbody([_row(i, example) for i, example in enumerate(EXAMPLES)]),
        ], id="examples-table", striped=True, highlightOnHover=True),
    ])


def register_callbacks(app: Dash) -> None:
    """A static page: nothing to register."""
