"""Drop-in without Python: a Dash app that never imports dashclient, as a Dash.jl or Dash for R
app uses it. The built bundle sits in ``assets/`` (Dash serves every file there) and the callbacks
name its functions with plain ``dash.ClientsideFunction`` references:

- ``ClientsideFunction("dashclient_format", "currency")``: default options (USD, en-US);
- ``ClientsideFunction("dashclient_format", 'currency:{"currency":"EUR","locale":"de-DE"}')``:
  options bound in the name, as JSON after a colon (what ``action.clientside_function`` writes);
- ``ClientsideFunction("dropin", "visitors")``: this app's own ``assets/app.js``, calling
  ``dash_clientside.dashclient_format.compact(value, {display: "long"})`` — values first, one
  options object last.

``assets/dashclient.min.js`` is a committed copy of ``src/dashclient/static/dashclient.min.js``
(tests/unit/test_dropin.py checks they are the same bytes). After a rebuild, copy it again:

    dashclient assets examples/dropin/assets     # also writes the source map (git-ignored)
    cp src/dashclient/static/dashclient.min.js examples/dropin/assets/      # the same, without the map

When dashclient is also installed in the environment, its ``dash_hooks`` entry point serves the
same bundle a second time; loading it twice is harmless (namespaces are merged in place).
``DASHCLIENT_SERVE=0`` leaves only the copy.

    python examples/dropin/app.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

from pathlib import Path

from dash import ClientsideFunction, Dash, Input, Output, dcc, html

EUR_DE = 'currency:{"currency":"EUR","locale":"de-DE"}'  # options as data in the function name

app = Dash(__name__, title="dashclient drop-in", assets_folder=str(Path(__file__).parent / "assets"))
app.layout = html.Main([
    html.H2("dashclient without Python"),
    html.P("The bundle is a file in assets/; every callback below is a ClientsideFunction."),
    html.Label(["amount ", dcc.Input(id="amount", type="number", value=1234.5)]),
    html.P(["USD, en-US (default options): ", html.B(id="usd")]),
    html.P(["EUR, de-DE (options in the name): ", html.B(id="eur")]),
    html.P(["this app's own JS calling the bundle: ", html.B(id="visitors")]),
])

app.clientside_callback(ClientsideFunction("dashclient_format", "currency"),
                        Output("usd", "children"), Input("amount", "value"))
app.clientside_callback(ClientsideFunction("dashclient_format", EUR_DE),
                        Output("eur", "children"), Input("amount", "value"))
app.clientside_callback(ClientsideFunction("dropin", "visitors"),
                        Output("visitors", "children"), Input("amount", "value"))


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
