"""A small dashboard of formatters: compact, number, percent, bytes, date and relative_time.

Every card shows its figure formatted in the browser (client mode, large) and by the Python twin
(server mode, small underneath). ``relative_time`` measures from a fixed ``now`` so both modes,
and a test, agree on the words; leave ``now`` out to measure from the moment of formatting.

    python examples/format_dashboard.py     # http://127.0.0.1:8050
"""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Dash, Input, Output

import dashclient as dc

NOW = "2026-11-21T12:00:00Z"  # the dashboard's "now" for relative_time

app = Dash(__name__, title="dashclient: dashboard")

# card id -> (title, action, input id)
CARDS = {
    "visitors": ("Visitors", dc.format.compact(), "visitors-input"),
    "visitors-exact": ("Visitors (exact)", dc.format.number(specifier=","), "visitors-input"),
    "visitors-long": ("Visitors (long)", dc.format.compact(display="long", locale="de-DE"), "visitors-input"),
    "conversion": ("Conversion", dc.format.percent(digits=1), "conversion-input"),
    "storage": ("Storage (SI)", dc.format.bytes(), "storage-input"),
    "storage-binary": ("Storage (binary)", dc.format.bytes(units="binary", digits=2), "storage-input"),
    "deployed": ("Last deploy", dc.format.date(date_style="medium", time_style="short"), "deployed-input"),
    "deployed-ago": ("Deployed", dc.format.relative_time(now=NOW), "deployed-input"),
}


def stat_card(card_id: str, title: str) -> dmc.Paper:
    return dmc.Paper(dmc.Stack([
        dmc.Text(title, size="sm", c="dimmed"),
        dmc.Text(id=f"{card_id}-client", size="xl", fw=700),
        dmc.Group([dmc.Text("server:", size="xs", c="dimmed"), dmc.Text(id=f"{card_id}-server", size="xs")], gap=4),
    ], gap=4), withBorder=True, p="md")


controls = dmc.SimpleGrid([
    dmc.NumberInput(id="visitors-input", label="visitors", value=1234567, min=0),
    dmc.NumberInput(id="conversion-input", label="conversion rate (0-1)", value=0.0345, step=0.001, decimalScale=4),
    dmc.NumberInput(id="storage-input", label="storage used (bytes)", value=1536000000, min=0),
    dmc.TextInput(id="deployed-input", label="last deploy (ISO 8601, UTC)", value="2026-11-19T08:15:00Z"),
], cols=4)

app.layout = dmc.MantineProvider(
    dmc.Container([
        dmc.Title("Dashboard", order=2),
        dmc.Text(f"Large: client mode (JS). Small: server mode (Python). relative_time measures from {NOW}."),
        controls,
        dmc.SimpleGrid([stat_card(card_id, title) for card_id, (title, _, _) in CARDS.items()], cols=4, mt="md"),
    ], size="lg", py="lg"),
)

for card_id, (_, action, input_id) in CARDS.items():
    dc.callback(action, Output(f"{card_id}-client", "children"), Input(input_id, "value"), app=app)
    dc.callback(action, Output(f"{card_id}-server", "children"), Input(input_id, "value"), mode="server", app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
