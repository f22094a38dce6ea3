"""Serve a Dash app on 127.0.0.1 in a background thread, on a free port, for the length of a block."""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from typing import Iterator

import dash
from werkzeug.serving import make_server

HOST = "127.0.0.1"


@contextmanager
def serving(app: dash.Dash) -> Iterator[str]:
    """Yield the app's base URL; the server stops when the block ends."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one log line per request is noise here
    server = make_server(HOST, 0, app.server, threaded=True)  # port 0: the OS picks a free one
    thread = threading.Thread(target=server.serve_forever, name="dash-benchmark-server", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_port}/"
    finally:
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()


def new_app() -> dash.Dash:
    """A bare app: no assets folder, no dev tools; dashclient's bundle arrives through dash_hooks."""
    return dash.Dash(__name__, include_assets_files=False)
