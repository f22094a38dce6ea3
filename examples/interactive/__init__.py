"""The seed's ``/examples/interactive`` page ("Interactive Components", ../shared/seeds/
interactive-components.md), ported to dashclient: one multi-page app, one page per callback
pattern and advanced technique, client mode and server mode side by side, the code shown.

    python examples/interactive/app.py        # http://127.0.0.1:8050/examples/interactive/
"""
