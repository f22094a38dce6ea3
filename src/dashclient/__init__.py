"""dashclient: a clientside-first toolkit for Plotly Dash.

Every pattern is a JS function served to every Dash app (namespaces ``dashclient_<pattern>`` in
``window.dash_clientside``) and a Python twin that gives the same result on the server::

    import dashclient as dc
    price = dc.format.currency(currency="EUR", locale="de-DE")
    dc.callback(price, Output("price", "children"), Input("amount", "value"))                  # browser
    dc.callback(price, Output("price-s", "children"), Input("amount", "value"), mode="server")  # Python

Any option may come from the page instead: ``dc.format.currency(currency=State("ccy", "value"))``.
"""

from . import _internal, dispatch, fetch, figure, format, keys, patch  # noqa: F401  (_internal registers its twins)  # pylint: disable=redefined-builtin
from ._action import Action
from ._callback import Registration, callback
from ._chain import Chain, Step, chain, sleep, step
from ._user import action
from ._spec import Signature
from ._spec import version as _version

__version__ = _version()

__all__ = ["Action", "Chain", "Registration", "Signature", "Step", "action", "callback", "chain", "dispatch", "fetch",
           "figure", "format", "keys", "patch", "sleep", "step", "__version__"]
