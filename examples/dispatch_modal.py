"""A confirm dialog: one ``dc.dispatch.by_trigger`` callback instead of three allow_duplicate ones.

Three buttons write the same two outputs (the Modal's ``opened`` and a status line). Dash allows a
component property to be the output of one callback only, so a hand-written app either writes one
callback with an ``if ctx.triggered_id == ...`` chain, or three callbacks with
``allow_duplicate=True`` and ``prevent_initial_call=True``. Here the route table is the whole
callback, and ``dc.callback`` registers it twice: in the browser (client mode) and as a server
callback running the Python twin (server mode). Both columns behave the same.

    python examples/dispatch_modal.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Dash, Input, Output, no_update

import dashclient as dc

app = Dash(__name__, title="dashclient: confirm dialog")


def confirm_dialog(mode: str) -> dmc.Card:
    """A delete button, its confirm Modal and a status line, with ids ending in ``-<mode>``."""
    return dmc.Card([
        dmc.Text(f"{mode} mode", fw=600),
        dmc.Button("Delete the report…", id=f"delete-{mode}", color="red", variant="light"),
        dmc.Modal(
            dmc.Group([dmc.Button("Cancel", id=f"cancel-{mode}", variant="default"),
                       dmc.Button("Delete", id=f"confirm-{mode}", color="red")], justify="flex-end"),
            id=f"dialog-{mode}", title="Delete the report? This cannot be undone.", opened=False,
        ),
        dmc.Text("No action yet", id=f"status-{mode}", c="dimmed"),
    ], withBorder=True, padding="lg")


def dialog_routes(mode: str) -> dc.Action:
    """Which button decides what: one value per output (the Modal's opened, the status text)."""
    return dc.dispatch.by_trigger(outputs=2, routes={
        f"delete-{mode}": [True, no_update],     # open; leave the status as it is
        f"cancel-{mode}": [False, "Kept the report"],
        f"confirm-{mode}": [False, "Deleted the report"],
    })


app.layout = dmc.MantineProvider(dmc.Container([
    dmc.Title("Confirm before deleting", order=2),
    dmc.Text("One dc.dispatch.by_trigger route table per column, in client mode and in server mode."),
    dmc.SimpleGrid([confirm_dialog("client"), confirm_dialog("server")], cols=2),
], size="md", py="lg"))

for mode in ("client", "server"):
    dc.callback(
        dialog_routes(mode),
        Output(f"dialog-{mode}", "opened"), Output(f"status-{mode}", "children"),
        Input(f"delete-{mode}", "n_clicks"), Input(f"cancel-{mode}", "n_clicks"), Input(f"confirm-{mode}", "n_clicks"),
        prevent_initial_call=True, mode=mode, app=app,
    )


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
