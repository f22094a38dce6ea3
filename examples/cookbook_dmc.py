"""Advanced-callbacks cookbook, "DMC-Specific Features", ported: debounce, persistence, a loading
overlay, notifications and a confirm modal.

- Debounce and persistence are DMC props (``debounce=500``, ``persistence=True``); the callbacks
  behind them are ``@dc.action`` twins. ``dc.callback(..., debounce=500)`` gives any component
  the same gate, in both modes.
- The loading overlay is ``dc.chain`` with ``running=`` on ``LoadingOverlay.visible`` (Dash's
  ``running=`` only exists for server callbacks).
- Notifications: DMC 2 shows them through ``NotificationContainer.sendNotifications`` (the seed's
  ``dmc.Notification(action="show")`` is DMC 0.x); an ``@dc.action`` returns the list. Each column
  has its own Submit button: two ``allow_duplicate`` callbacks with the same Inputs would share one
  Dash id (dash #2486; ``dashclient doctor`` reports it).
- The modal is ``dc.dispatch.by_trigger``: open, cancel and confirm are routes, no function.

    python examples/cookbook_dmc.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import Input, Output, State, no_update

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _cookbook import MODES, new_app, out, page, section  # noqa: E402

LANGUAGES = ["Python", "JavaScript", "Rust", "Go", "Julia", "R", "TypeScript", "Java"]


@dc.action(js="cookbook.search")
def search(query) -> str:
    """Fires 500 ms after typing stops (the input's debounce)."""
    if not query:
        return ""
    results = [name for name in LANGUAGES if query.lower() in name.lower()]
    return f"Found {len(results)} results for '{query}'"


@dc.action(js="cookbook.load_table")
def load_table(n_clicks) -> dict:
    """The table the overlay covers while it "loads"."""
    return {"head": ["language", "rank"], "body": [[name, i + 1] for i, name in enumerate(LANGUAGES[:n_clicks + 2])]}


@dc.action(js="cookbook.notify")
def notify(n_clicks, data, origin: str = "client") -> tuple[list, str]:
    """A notification (and a status line) from the form's validation."""
    if not data:
        title, message, color = "Validation Error", "Please fill in all required fields", "red"
    elif "@" in data:
        title, message, color = "Success", "Form submitted successfully!", "green"
    else:
        title, message, color = "Error", "An error occurred during submission", "red"
    note = {"id": f"form-{origin}", "action": "show", "title": f"{title} ({origin})", "message": message, "color": color}
    return [note], f"{title}: {message}"


def modal(mode: str) -> list:
    return [dmc.Button("Open Modal", id=f"open-modal-btn-{mode}"),
            dmc.Modal(dmc.Stack([dmc.Text("Are you sure you want to proceed?"), dmc.Group([
                dmc.Button("Cancel", id=f"cancel-btn-{mode}", variant="outline"),
                dmc.Button("Confirm", id=f"confirm-btn-{mode}", color="red")])]),
                title="Confirm Action", id=f"confirm-modal-{mode}", opened=False),
            out("action-result", mode, children="Nothing done yet")]


app = new_app("DMC features")
page(
    app, "DMC-specific features", "Debounce, persistence, loading, notifications and modals, in both modes.",
    dmc.NotificationContainer(id="notification-container", position="bottom-right"),
    section("Debounce property", "dmc.TextInput(debounce=500) + @dc.action search",
            dmc.TextInput(id="search-input", label="Search", placeholder="Type to search...", debounce=500, w=260),
            lambda mode: [out("search-results", mode)]),
    section("Persistence properties", "plain DMC props, no callback: values survive a reload (local: always, session: this tab)",
            dmc.Group([dmc.TextInput(id="username-input", label="user name", persistence=True, persistence_type="local"),
                       dmc.MultiSelect(id="tags-select", label="tags", data=LANGUAGES[:4], persistence=True,
                                       persistence_type="session", w=260)]), lambda mode: []),
    section("Loading overlays", "dc.chain running=[(overlay.visible, True, False)] around @dc.action load_table",
            dmc.Button("Load Data", id="load-btn"),
            lambda mode: [dmc.Box([dmc.LoadingOverlay(id=f"table-loader-{mode}", visible=False),
                                   dmc.Table(id=f"data-table-{mode}", mih=60)], pos="relative")]),
    section("Notifications", "@dc.action notify -> NotificationContainer.sendNotifications (try an e-mail)",
            dmc.TextInput(id="form-data", label="e-mail", w=260),
            lambda mode: [dmc.Button("Submit", id=f"submit-btn-{mode}"), out("form-status", mode)]),
    section("Modals with callbacks", "dc.dispatch.by_trigger: open, cancel and confirm are routes", None, modal),
)

for mode in MODES:
    dc.callback(search(), Output(f"search-results-{mode}", "children"), Input("search-input", "value"),
                mode=mode, app=app)
    dc.chain(dc.sleep(0.5), dc.step(load_table(), outputs=f"data-table-{mode}.data", inputs=["load-btn.n_clicks"]),
             trigger="load-btn.n_clicks", running=[(f"table-loader-{mode}.visible", True, False)], mode=mode, app=app)
    dc.callback(notify(origin=mode), Output("notification-container", "sendNotifications", allow_duplicate=True),
                Output(f"form-status-{mode}", "children"), Input(f"submit-btn-{mode}", "n_clicks"),
                State("form-data", "value"),
                prevent_initial_call=True, mode=mode, app=app)
    dc.callback(dc.dispatch.by_trigger(outputs=2, routes={
        f"open-modal-btn-{mode}": [True, no_update],
        f"cancel-btn-{mode}": [False, no_update],
        f"confirm-btn-{mode}": [False, "Action completed successfully"],
    }), Output(f"confirm-modal-{mode}", "opened"), Output(f"action-result-{mode}", "children"),
        Input(f"open-modal-btn-{mode}", "n_clicks"), Input(f"cancel-btn-{mode}", "n_clicks"),
        Input(f"confirm-btn-{mode}", "n_clicks"), prevent_initial_call=True, mode=mode, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
