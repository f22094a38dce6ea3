"""A test app under gunicorn with several worker processes, on a free port: for what must hold with
no per-process state (dc.fetch's latest-wins, chains' server steps)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from dash.testing.wait import until


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


def post_worker_init(worker) -> None:
    worker.wsgi.test_client().get("/")


@contextmanager
def gunicorn(app: str, directory: Path, workers: int = 4, env: dict | None = None) -> Iterator[str]:
    """Serve ``module:server`` from ``directory`` with ``workers`` processes (threads inside each);
    yields the base URL. Dash 4.4 learns which component scripts a process may serve when that
    process first renders the index, and answers 500 for them before: each worker renders it once
    at start (``post_worker_init`` below: this file is also the gunicorn config), whichever worker then gets the page."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--threads", "4",
               "--config", str(Path(__file__)), "--bind", f"127.0.0.1:{port}", "--chdir", str(directory),
               "--log-level", "warning", app]
    process = subprocess.Popen(command, env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}/"
    try:
        until(lambda: _answers(url) or process.poll() is not None, timeout=30)
        assert process.poll() is None, "gunicorn exited"
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)
