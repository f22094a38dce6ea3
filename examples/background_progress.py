"""The seed's background callbacks (advanced-callbacks "Background Callbacks"; interactive-components
"Background Callbacks"), in one app: a long job with a progress bar, a cancel button, a running state
that disables the run button, and ``set_props`` updates from inside the job.

The job itself is plain Dash (``background=True``, ``progress=``, ``cancel=``, ``running=``,
``set_props``): dashclient has no background pattern. Around it, dashclient does what it is for:
the percentage under the bar is ``dc.format.percent`` in client mode and in server mode, side by
side, reading the fraction the job reports; ``Esc`` cancels and ``Ctrl+Enter`` (``⌘Enter``) runs, with
``dc.keys`` (no JavaScript written).

Two managers, chosen when the module is imported:

- no ``REDIS_URL``: Dash's ``DiskcacheManager`` (embedded: each job is a process the server forks,
  results in a diskcache directory; ``$BACKGROUND_CACHE_DIR`` or a new temporary directory);
- ``REDIS_URL`` set: Dash's ``CeleryManager`` with Redis as broker and result backend. This file is
  then also the Celery app: start a worker from the repository root with the same ``REDIS_URL``.

    pip install -e ".[background]"                # dash[diskcache,celery], once
    python examples/background_progress.py        # http://127.0.0.1:8050 (DiskcacheManager)

    # Celery + Redis (three terminals, from the repository root):
    redis-server --port 6379 --save ''
    REDIS_URL=redis://127.0.0.1:6379/0 celery -A examples.background_progress:celery_app worker --concurrency=2 --loglevel=INFO
    REDIS_URL=redis://127.0.0.1:6379/0 python examples/background_progress.py

The worker's pool must be prefork (Celery's default): only it can kill a running task, which is
what Cancel asks for. ``$BACKGROUND_STEP_SECONDS`` (default 0.5) sets how long one step of the job takes; the worker and
the app must agree on it (the tests make it short).
"""

from __future__ import annotations

import os
import random
import tempfile
import time

import dash_mantine_components as dmc
from dash import CeleryManager, Dash, DiskcacheManager, Input, Output, State, dcc, set_props

import dashclient as dc

STEP_SECONDS = float(os.environ.get("BACKGROUND_STEP_SECONDS", "0.5"))
REDIS_URL = os.environ.get("REDIS_URL")
POLL_MS = 250  # how often the page asks for progress (Dash's default: 1000 ms)

if REDIS_URL:
    from celery import Celery

    # The seed's setup, with one Redis database for the broker and the results.
    celery_app = Celery(__name__, broker=REDIS_URL, backend=REDIS_URL)
    celery_app.conf.broker_connection_retry_on_startup = True
    manager = CeleryManager(celery_app)
    MANAGER = f"CeleryManager, Redis at {REDIS_URL}"
else:
    import diskcache

    cache = diskcache.Cache(os.environ.get("BACKGROUND_CACHE_DIR") or tempfile.mkdtemp(prefix="dash-background-"))
    manager = DiskcacheManager(cache)
    MANAGER = f"DiskcacheManager, cache in {cache.directory}"

app = Dash(__name__, title="dashclient: background job", background_callback_manager=manager)

LOCALES = ["en-US", "de-DE", "fr-FR", "ar-EG"]
# The percentage in the page's locale: a page-bound option, read on every call in both modes.
PERCENT = dc.format.percent(locale=Input("locale", "value"))

SHORTCUTS = [
    dc.keys.bind("mod+enter", dc.keys.click("run"), allow_in_inputs=True, prevent_default=True, name="run",
                 description="Run the job"),
    dc.keys.bind("escape", dc.keys.click("cancel"), allow_in_inputs=True, name="cancel",
                 description="Cancel the job"),
]


def shortcut_hints() -> list:
    """Each binding's keys as dc.keys.describe labels them (macOS's too where it differs)."""
    data = [binding.to_json() for binding in SHORTCUTS]
    hints: list = []
    for pc, mac in zip(dc.keys.describe()(data)["bindings"], dc.keys.describe(platform="mac")(data)["bindings"]):
        hints += [dmc.Kbd(pc["label"])] + ([" or ", dmc.Kbd(mac["label"])] if mac["label"] != pc["label"] else [])
        hints.append(f" {pc['description'].lower()}   ")
    return hints


def percent_card(mode: str) -> dmc.Paper:
    return dmc.Paper([
        dmc.Text(f"{mode} mode: dc.format.percent", size="sm", c="dimmed"),
        dmc.Text("", id=f"percent-{mode}", fw=700, size="xl"),
    ], withBorder=True, p="md")


def chart(rows: list[int]) -> dict:
    """Rows processed per step so far (what the job sends with set_props after every step)."""
    return {
        "data": [{"type": "bar", "x": list(range(1, len(rows) + 1)), "y": rows, "name": "rows"}],
        "layout": {"height": 220, "margin": {"l": 40, "r": 10, "t": 10, "b": 30},
                   "xaxis": {"title": {"text": "step"}, "dtick": 1}, "yaxis": {"title": {"text": "rows"}}},
    }


app.layout = dmc.MantineProvider(dmc.Container([
    dc.keys.Shortcuts(id="keys", bindings=SHORTCUTS),
    dmc.Title("A long job in the background", order=2),
    dmc.Text("The job is a plain Dash background callback (background=True with progress, cancel, running "
             "and set_props): dashclient has no pattern for it. dashclient formats the percentage the job "
             "reports, in client mode and in server mode, and binds the keys."),
    dmc.Text(["Manager: ", dmc.Code(MANAGER, id="manager")], size="sm", c="dimmed", mb="md"),
    dmc.Group([
        dmc.NumberInput(id="steps", label="Steps", value=10, min=1, max=100, w=110),
        dmc.Button("Run the job", id="run"),
        dmc.Button("Cancel", id="cancel", color="red", variant="light", disabled=True),
        dmc.Loader(id="spinner", size="sm", style={"display": "none"}),
        dmc.Text(shortcut_hints(), size="sm", c="dimmed", style={"whiteSpace": "pre"}),
    ], align="flex-end"),
    dmc.Progress(id="bar", value=0, size="xl", mt="md"),
    dmc.Text("", id="step"),
    dcc.Store(id="fraction"),
    dmc.SimpleGrid([percent_card("client"), percent_card("server")], cols=2, my="md"),
    dmc.Select(id="locale", label="Locale of the percentage", data=LOCALES, value="en-US", w=200),
    dcc.Graph(id="live-chart", figure=chart([]), config={"displayModeBar": False}),
    dmc.Text("No run yet", id="result", fw=600),
], size="md", py="lg"))


@app.callback(
    Output("result", "children"),
    Input("run", "n_clicks"),
    State("steps", "value"),
    background=True,
    progress=[Output("bar", "value"), Output("step", "children"), Output("fraction", "data")],
    cancel=Input("cancel", "n_clicks"),
    running=[
        (Output("run", "disabled"), True, False),
        (Output("run", "children"), "Processing...", "Run the job"),
        (Output("cancel", "disabled"), False, True),
        (Output("spinner", "style"), {"display": "block"}, {"display": "none"}),
    ],
    interval=POLL_MS,
    prevent_initial_call=True,
)
def run_job(set_progress, n_clicks, steps):
    """Runs in the manager's worker (a forked process, or a Celery worker): never in the web server."""
    steps = int(steps or 1)
    rows: list[int] = []
    rng = random.Random(n_clicks)
    for i in range(steps):
        time.sleep(STEP_SECONDS)  # the work of one step
        rows.append(rng.randint(50, 150))
        # Any property on the page. Dash 4.4 keeps one set_props call per job until the page next
        # polls (the latest replaces the earlier ones), so one component per step here.
        set_props("live-chart", {"figure": chart(rows)})
        set_progress((round(100 * (i + 1) / steps), f"Step {i + 1}/{steps}", (i + 1) / steps))
    return f"Run {n_clicks} complete: {sum(rows)} rows in {steps} steps"


for mode in ("client", "server"):
    dc.callback(PERCENT, Output(f"percent-{mode}", "children"), Input("fraction", "data"), mode=mode, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
