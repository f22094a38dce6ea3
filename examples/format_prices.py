"""A price list: one amount, shown in ten currencies and locales, in client mode and server mode.

Each currency is a ``dc.format.currency`` action with its options bound once; ``dc.callback``
registers it twice: as a clientside callback (the JS function runs in the browser) and as a
normal server callback (the Python twin). The two columns show the same strings.

    python examples/format_prices.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Dash, Input, Output

import dashclient as dc

# (ISO 4217 code, BCP 47 locale) per row.
PRICES = (
    ("USD", "en-US"),
    ("EUR", "de-DE"),
    ("EUR", "fr-FR"),
    ("GBP", "en-GB"),
    ("JPY", "ja-JP"),
    ("INR", "en-IN"),
    ("BRL", "pt-BR"),
    ("SEK", "sv-SE"),
    ("CNY", "zh-CN"),
    ("EGP", "ar-EG"),
)

app = Dash(__name__, title="dashclient: prices")


def row_id(currency: str, locale: str, mode: str) -> str:
    """``price-eur-de-de-client``: stable ids a browser test can read."""
    return f"price-{currency}-{locale}-{mode}".lower()


def price_row(currency: str, locale: str) -> dmc.TableTr:
    return dmc.TableTr([
        dmc.TableTd(dmc.Code(currency)),
        dmc.TableTd(dmc.Code(locale)),
        dmc.TableTd(dmc.Text(id=row_id(currency, locale, "client"))),
        dmc.TableTd(dmc.Text(id=row_id(currency, locale, "server"))),
    ])


app.layout = dmc.MantineProvider(
    dmc.Container([
        dmc.Title("Price list", order=2),
        dmc.Text("dc.format.currency, bound once per row, registered in client mode and in server mode."),
        dmc.NumberInput(id="amount", label="amount", value=1234.5, w=240),
        dmc.Table([
            dmc.TableThead(dmc.TableTr([dmc.TableTh(h) for h in ("currency", "locale", "client mode", "server mode")])),
            dmc.TableTbody([price_row(currency, locale) for currency, locale in PRICES]),
        ], striped=True, tabularNums=True),
    ], size="md", py="lg"),
)

for currency, locale in PRICES:
    price = dc.format.currency(currency=currency, locale=locale)  # options validated here, once
    dc.callback(price, Output(row_id(currency, locale, "client"), "children"), Input("amount", "value"), app=app)
    dc.callback(price, Output(row_id(currency, locale, "server"), "children"), Input("amount", "value"),
                mode="server", app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
