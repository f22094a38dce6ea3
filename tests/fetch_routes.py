"""HTTP routes dc.fetch's tests fetch from, added to any Flask app (the test app's own server, or a
bare one the unit tests serve on 127.0.0.1), and a threaded server for the unit tests."""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from contextlib import contextmanager
from typing import Iterator

from flask import Flask, Response, request
from werkzeug.serving import make_server

BIG_BYTES = 20_000
SLOW_MS = 1500
BURST_LOG = "DASHCLIENT_FETCH_BURST_LOG"  # environment variable: where /api/burst notes its answers


def add_routes(server: Flask, prefix: str = "/api") -> None:
    def fast():
        q = request.args.get("q", "")
        return {"q": q, "items": [f"{q}-{i}" for i in range(3)]}

    def slow():
        time.sleep(int(request.args.get("ms", SLOW_MS)) / 1000)
        return {"slow": True}

    def fail():
        return {"error": "boom"}, 500

    def invalid():
        return Response("{not json", mimetype="application/json")

    def big():
        return Response(json.dumps("x" * BIG_BYTES), mimetype="application/json")

    def text():
        return Response("h\u00e9llo", mimetype="text/plain")

    def echo():
        return {
            "method": request.method,
            "query": request.query_string.decode(),
            "body": request.get_data(as_text=True),
            "cookie": request.headers.get("Cookie"),
            "authorization": request.headers.get("Authorization"),
            "content_type": request.headers.get("Content-Type"),
            "host": request.headers.get("Host"),
            "remote_addr": request.remote_addr,
        }

    def redirect():
        return Response(status=int(request.args.get("status", 302)), headers={"Location": request.args["to"]})

    def loop():
        return Response(status=302, headers={"Location": request.full_path})

    def burst():
        # Earlier triggers answer later: a late response must not overwrite the newest one.
        n = int(request.args.get("n", 0))
        time.sleep(int(request.args.get("delay", 0)) / 1000)
        log = os.environ.get(BURST_LOG)
        if log:  # one line per answer, from any process: "<n> <who asked>"
            who = "server" if "python-httpx" in request.headers.get("User-Agent", "") else "browser"
            with open(log, "a", encoding="utf-8") as file:
                file.write(f"{n} {who} {time.time():.3f}\n")
        if request.args.get("fail"):
            return {"n": n}, 500
        return {"n": n}

    for name, view in {"fast": fast, "slow": slow, "fail": fail, "invalid": invalid, "big": big, "text": text,
                       "echo": echo, "redirect": redirect, "loop": loop, "burst": burst}.items():
        server.add_url_rule(f"{prefix}/{name}", f"fetch_test_{name}", view, methods=["GET", "POST", "PUT"])


@contextmanager
def serving(app: Flask) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 in a thread; yields "http://127.0.0.1:PORT"."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()
