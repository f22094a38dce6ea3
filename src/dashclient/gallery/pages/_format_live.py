"""Options from the page, on the format page: a price whose currency and locale come from two DMC
selects, and a relative time whose ``now`` comes from a clock the page ticks every second. Both
are registered with ``dc.callback`` twice, client and server mode, and must read the same."""

from __future__ import annotations

from datetime import datetime, timezone

import dash_mantine_components as dmc
from dash import ClientsideFunction, Dash, Input, Output, dcc

from ... import callback, format as dc_format

CURRENCIES = ("EUR", "USD", "JPY", "INR", "GBP", "BRL", "CHF")
LOCALES = ("de-DE", "en-US", "fr-FR", "ja-JP", "hi-IN", "pt-BR", "ar-EG")
GALLERY_NAMESPACE = "dashclient_gallery"  # assets/gallery.js

PRICE = dc_format.currency(currency=Input("live-currency", "value"), locale=Input("live-locale", "value"))
SINCE = dc_format.relative_time(now=Input("live-clock", "data"), locale=Input("live-locale", "value"))

CODE = '''\
price = dc.format.currency(currency=Input("live-currency", "value"), locale=Input("live-locale", "value"))
since = dc.format.relative_time(now=Input("live-clock", "data"), locale=Input("live-locale", "value"))
for mode in ("client", "server"):
    dc.callback(price, Output(f"live-price-{mode}", "children"), Input("live-amount", "value"), mode=mode)
    dc.callback(since, Output(f"live-since-{mode}", "children"), Input("live-opened", "data"), mode=mode)'''


def _pair(label: str, stem: str) -> dmc.SimpleGrid:
    return dmc.SimpleGrid([
        dmc.Text(label, fw=600, size="sm"),
        dmc.Text(id=f"{stem}-client", className="gallery-output"),
        dmc.Text(id=f"{stem}-server", className="gallery-output"),
    ], cols=3)


def layout() -> dmc.Paper:
    opened = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    return dmc.Paper(dmc.Stack([
        dmc.Title("Options from the page", order=3),
        dmc.Text("Any option may be a Dash Input or State: read and validated on every call, in both modes."),
        dmc.SimpleGrid([
            dmc.NumberInput(id="live-amount", label="amount", value=1234.5),
            dmc.Select(id="live-currency", label="currency", data=list(CURRENCIES), value="EUR", allowDeselect=False),
            dmc.Select(id="live-locale", label="locale", data=list(LOCALES), value="de-DE", allowDeselect=False),
        ], cols={"base": 1, "sm": 3}),
        dmc.SimpleGrid([dmc.Text(""), dmc.Text("client mode", c="dimmed", size="sm"),
                        dmc.Text("server mode", c="dimmed", size="sm")], cols=3),
        _pair("price", "live-price"),
        _pair("page opened", "live-since"),
        dmc.Code(CODE, block=True),
        dcc.Store(id="live-opened", data=opened),
        dcc.Store(id="live-clock"),
        dcc.Interval(id="live-tick", interval=1000),
    ], gap="sm"), withBorder=True, p="md")


def register_callbacks(app: Dash) -> None:
    # The clock: the browser's time, once a second, shared by both modes so they agree.
    app.clientside_callback(ClientsideFunction(GALLERY_NAMESPACE, "clock"), Output("live-clock", "data"),
                            Input("live-tick", "n_intervals"))
    for mode in ("client", "server"):
        callback(PRICE, Output(f"live-price-{mode}", "children"), Input("live-amount", "value"), mode=mode, app=app)
        callback(SINCE, Output(f"live-since-{mode}", "children"), Input("live-opened", "data"), mode=mode, app=app)
