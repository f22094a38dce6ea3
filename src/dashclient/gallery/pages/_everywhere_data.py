"""The everywhere page's data and the code it shows: products with prices, monthly revenue, the
formatters a visitor can switch between."""

from __future__ import annotations

import random
from typing import Any

from ... import format as dc_format

# (value, label, currency, locale): the formatter every place on the page uses.
CHOICES = (
    ("eur-de", "EUR · de-DE", "EUR", "de-DE"),
    ("usd-us", "USD · en-US", "USD", "en-US"),
    ("inr-in", "INR · hi-IN", "INR", "hi-IN"),
    ("jpy-jp", "JPY · ja-JP", "JPY", "ja-JP"),
)
DEFAULT = CHOICES[0][0]
ROWS = 500
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun")
BUDGET = 1250.5
DISCOUNT = 25.0

CODE = '''\
price = dc.format.currency(currency="{currency}", locale="{locale}")

dag.AgGrid(columnDefs=[{{"field": "price", "valueFormatter": price.ag_grid(),
                        "tooltipValueGetter": price.ag_grid()}}], ...)
dmc.BarChart(valueFormatter=price.dmc(), ...)            # tooltip and value axis
dmc.Slider(label=price.dmc(), ...)
dcc.Slider(tooltip={{"transform": price.dcc(), "always_visible": True}}, ...)
dc.callback(price.plotly(), Output("chart", "figure"), Input("chart", "figure"))

price.many(df["price"])                                  # the same strings in Python (CSV export)'''


def price_for(choice: Any) -> dc_format.FormatAction:
    """The bound formatter for a choice (the default for anything unknown)."""
    _, _, currency, locale = next((c for c in CHOICES if c[0] == choice), CHOICES[0])
    return dc_format.currency(currency=currency, locale=locale)  # type: ignore[return-value]


def code_for(choice: Any) -> str:
    _, _, currency, locale = next((c for c in CHOICES if c[0] == choice), CHOICES[0])
    return CODE.format(currency=currency, locale=locale)


def products() -> list[dict]:
    """ROWS products with prices of every size, a few missing (shown as the fallback, "")."""
    rng = random.Random(13)
    rows = []
    for i in range(ROWS):
        price = None if i % 50 == 49 else round(rng.lognormvariate(4, 1.6), 2)
        rows.append({"sku": f"SKU-{i + 1:04d}", "price": price})
    return rows


def revenue() -> list[dict]:
    rng = random.Random(7)
    return [{"month": month, "revenue": round(rng.uniform(800, 4200), 2)} for month in MONTHS]


def figure() -> dict:
    data = revenue()
    return {
        "data": [{"type": "bar", "x": [row["month"] for row in data], "y": [row["revenue"] for row in data]}],
        "layout": {"height": 260, "margin": {"t": 10, "r": 10, "b": 30, "l": 90}, "hovermode": "closest"},
    }
