"""``dc.figure``: text Plotly cannot compute itself, written into a figure as a Patch.

Plotly takes no JS function for hover labels or tick labels (plotly.js #1464): formatted text has
to be in the figure. ``format_text`` writes a formatter's strings there, in the browser or in
Python, as a Patch with the same JSON::

    price = dc.format.currency(currency="EUR", locale="de-DE")
    texts = price.plotly()                 # dc.figure.format_text(format=price)
    dc.callback(texts, Output("chart", "figure"), Input("chart", "figure"))

Each formatted trace gets ``customdata`` (one string per point) and a ``hovertemplate`` showing
it; the axes of those traces get ``tickmode="array"``, ``tickvals`` (round numbers spanning the
data, zero included for bars) and their formatted ``ticktext``. An unchanged figure gives
``no_update``, so a callback whose input is the figure it writes runs once per change. Bad input
(not a figure, a trace index out of range, a malformed typed array) gives ``no_update`` and one
warning, in both halves. The formatter itself may come from the page: ``format=State("fmt",
"data")`` reads an action's JSON (``price.to_json()``) from a store on every call, so one callback
re-labels the figure when the app switches currency or locale. Options: docs/reference.md; the
design: docs/everywhere.md.
"""

from __future__ import annotations

from typing import Any

from ._action import Action, ActionFactory
from ._figure.text import compile_format_text, formatter_of

__all__ = ["format_text"]


class _FigureFactory(ActionFactory):
    """Takes the formatter as an action (``format=price``) and checks it at bind time."""

    def __call__(self, **options: Any) -> Action:
        if isinstance(options.get("format"), Action):
            options["format"] = options["format"].to_json()
        action = super().__call__(**options)
        if "format" not in action.page:  # a formatter from the page (a store's action JSON) is checked per call
            formatter_of(action.options["format"])  # ValueError: not a formatter, page-bound or invalid options
        return action


format_text = _FigureFactory("figure", "format_text", compile_format_text)
