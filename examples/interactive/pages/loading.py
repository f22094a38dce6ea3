"""Loading states: visual feedback while something slow runs, in both modes."""

from __future__ import annotations

import dash_mantine_components as dmc

import dashclient as dc

TITLE = "Loading states"
GROUP = "Advanced techniques"
SEED = "Loading States; Advanced Techniques › Background Callbacks (the waiting part)"
USES = "dc.chain with dc.sleep and running="
INTRO = ("A one-second task: dc.chain runs three steps: \"Working…\", a wait, the report. running= sets the button's "
         "loading prop and the overlay's visible prop when the chain starts and resets them when it ends "
         "(Dash drops running= for clientside callbacks; dashclient implements it in both modes). In client "
         "mode the wait runs in the browser and nothing reaches the server; in server mode one worker thread "
         "waits. For real background work (a worker process, progress, cancel) see the background callbacks example.")
JS = "loading"
SEED_CODE = '''# dcc.Loading around the output shows a spinner while a server callback runs:
dcc.Loading(html.Div(id="result"))

@callback(
    Output("result", "children"),
    Input("submit", "n_clicks"),
    running=[(Output("submit", "disabled"), True, False)],
)
def long_running_task(n_clicks):
    time.sleep(1)  # the seed's background example sleeps 10 s
    return "Task complete!"'''


def panel(mode: str) -> list:
    return [
        dmc.Button("Run the task", id=f"loading-{mode}-button"),
        dmc.Box([
            dmc.LoadingOverlay(id=f"loading-{mode}-overlay", visible=False, overlayProps={"blur": 1}),
            dmc.Text("Not run yet", id=f"loading-{mode}-result", p="md"),
        ], pos="relative"),
    ]


# -- shown --
@dc.action(js="interactive.task_started")
def task_started(n_clicks) -> str:
    return f"Working on run {n_clicks}…"


@dc.action(js="interactive.task_report")
def task_report(n_clicks) -> str:
    return f"Task complete! (run {n_clicks})"


def register(app, mode):
    button, result = f"loading-{mode}-button", f"loading-{mode}-result.children"
    dc.chain(
        dc.step(task_started(), outputs=result, inputs=[f"{button}.n_clicks"]),
        dc.sleep(1),
        dc.step(task_report(), outputs=result, inputs=[f"{button}.n_clicks"]),
        trigger=f"{button}.n_clicks",
        running=[(f"{button}.loading", True, False), (f"loading-{mode}-overlay.visible", True, False)],
        mode=mode, app=app,
    )
# -- end shown --
