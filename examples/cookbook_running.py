"""Advanced-callbacks cookbook, "Running Parameter", ported: one running state, several, and DMC's
``loading`` prop.

Dash applies ``running=`` to server callbacks only (``dash.clientside_callback`` drops it
silently). ``dc.chain(..., running=[(target, on, off)])`` gives it to both modes: the on-values are
written when the trigger fires, the off-values when the chain ends. The seed's ``time.sleep`` is
``dc.sleep`` — in the browser it blocks nothing; on the server one worker thread waits. Each column
has its own buttons, since the running state disables them.

    python examples/cookbook_running.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import html

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _cookbook import MODES, new_app, out, page, section  # noqa: E402

WAIT = 1  # seconds of "work"


@dc.action(js="cookbook.complete")
def complete(n_clicks, label: str = "Complete!") -> str:
    """The work's result once the wait is over."""
    return f"{label} (run {n_clicks})"


def basic(mode: str) -> list:
    return [dmc.Button("Submit", id=f"submit-btn-{mode}"), out("result", mode)]


def multiple(mode: str) -> list:
    return [dmc.Group([dmc.Button("Process", id=f"process-btn-{mode}"),
                       dmc.Button("Cancel", id=f"cancel-btn-{mode}", variant="default", disabled=True)]),
            html.Div(dmc.Loader(size="sm"), id=f"loading-overlay-{mode}", style={"display": "none"}),
            out("output", mode)]


def with_dmc(mode: str) -> list:
    return [dmc.Button("Submit", id=f"dmc-btn-{mode}"),
            dmc.Progress(id=f"progress-bar-{mode}", value=100, animated=True, style={"display": "none"}),
            out("dmc-result", mode)]


app = new_app("running")
page(
    app, "Running parameter", "Click a button in each column: it is disabled (or loading) while the work runs.",
    section("Basic usage", "dc.chain running=: the button is disabled while it runs", None, basic),
    section("Multiple running states", "dc.chain running=: disabled, label, overlay and cancel button", None, multiple),
    section("With DMC components", "dc.chain running=: dmc.Button's loading prop and a progress bar", None, with_dmc),
)

for mode in MODES:
    dc.chain(dc.sleep(WAIT), dc.step(complete(), outputs=f"result-{mode}.children", inputs=[f"submit-btn-{mode}.n_clicks"]),
             trigger=f"submit-btn-{mode}.n_clicks", running=[(f"submit-btn-{mode}.disabled", True, False)],
             mode=mode, app=app)
    dc.chain(dc.sleep(WAIT), dc.step(complete(label="Processing complete!"), outputs=f"output-{mode}.children",
                                     inputs=[f"process-btn-{mode}.n_clicks"]),
             trigger=f"process-btn-{mode}.n_clicks", running=[
                 (f"process-btn-{mode}.disabled", True, False),
                 (f"process-btn-{mode}.children", "Processing...", "Process"),
                 (f"loading-overlay-{mode}.style", {"display": "flex"}, {"display": "none"}),
                 (f"cancel-btn-{mode}.disabled", False, True)],
             mode=mode, app=app)
    dc.chain(dc.sleep(WAIT), dc.step(complete(label="Done!"), outputs=f"dmc-result-{mode}.children",
                                     inputs=[f"dmc-btn-{mode}.n_clicks"]),
             trigger=f"dmc-btn-{mode}.n_clicks", running=[
                 (f"dmc-btn-{mode}.loading", True, False), (f"dmc-btn-{mode}.disabled", True, False),
                 (f"progress-bar-{mode}.style", {"display": "block"}, {"display": "none"})],
             mode=mode, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
