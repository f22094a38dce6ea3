"""examples/background_progress.py in a real browser, once per background callback manager:
Dash's DiskcacheManager (jobs forked by the server) and CeleryManager with a real ``redis-server``
and a Celery worker process. Each run: a job's progress reaches its end (bar, step text, the
percentage in client and server mode, the chart sent with set_props, the result), the running state
holds while it runs and is undone after; then a longer job is cancelled and its worker really stops
(the forked process is gone / the Celery task is revoked) long before it could have finished."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import psutil
import pytest
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from conftest import console_errors, text_content, wait_for_text_content
from dashclient.testing import prop, set_props, wait_until_settled

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "background_progress.py"
STEP_SECONDS = 0.1  # one step of the job in these tests (the example's default: 0.5 s)
LONG_JOB = 100  # steps of the job that gets cancelled: 10 s, far more than the waits below
STOP_WITHIN = 5  # seconds a cancelled job's worker has to disappear


def load_example(tag: str):
    """The example module, imported afresh with the environment the test set."""
    spec = importlib.util.spec_from_file_location(f"example_background_progress_{tag}", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def click(dash_duo, element_id: str) -> None:
    dash_duo.driver.execute_script("document.getElementById(arguments[0]).click();", element_id)


def wait_for_prop(dash_duo, element_id: str, name: str, expected) -> None:
    until(lambda: prop(dash_duo.driver, element_id, name) == expected, timeout=10,
          msg=f"{element_id}.{name} = {prop(dash_duo.driver, element_id, name)!r}, expected {expected!r}")


def assert_running(dash_duo, running: bool) -> None:
    """The callback's ``running`` outputs: the run button disabled and relabelled, cancel enabled."""
    wait_for_text_content(dash_duo, "run", "Processing..." if running else "Run the job")
    wait_for_prop(dash_duo, "run", "disabled", running)
    wait_for_prop(dash_duo, "cancel", "disabled", not running)


def long_job_step(dash_duo) -> int:
    """The last step of the long job the page has ("Step 3/100" -> 3; 0 before its first), read
    from the component's props (the DOM text can lag a render behind)."""
    text = prop(dash_duo.driver, "step", "children") or ""
    done, _, total = text.removeprefix("Step ").partition("/")
    return int(done) if total == str(LONG_JOB) else 0


def run_to_the_end_then_cancel(dash_duo, example, job_alive, cancel) -> None:
    """The flow both managers go through. ``job_alive()``: whether the manager's worker still runs a
    job; ``cancel()``: the user's way of cancelling (the button, or Esc through dc.keys)."""
    dash_duo.start_server(example.app)
    wait_for_text_content(dash_duo, "result", "No run yet")
    wait_for_text_content(dash_duo, "manager", example.MANAGER)

    # A whole job: 10 steps (the page's default), progress to the end, then the result.
    click(dash_duo, "run")
    wait_for_text_content(dash_duo, "step", "Step 10/10", timeout=20)
    assert_running(dash_duo, False)
    wait_for_prop(dash_duo, "bar", "value", 100)
    # The chart the job sent with set_props after each step holds every step, and its rows add
    # up to what the job returned.
    until(lambda: len(prop(dash_duo.driver, "live-chart", "figure")["data"][0]["y"]) == 10, timeout=10)
    rows = prop(dash_duo.driver, "live-chart", "figure")["data"][0]["y"]
    wait_for_text_content(dash_duo, "result", f"Run 1 complete: {sum(rows)} rows in 10 steps")
    # The percentage of the last fraction, in both modes, in two locales (a page-bound option).
    for locale in ("en-US", "de-DE"):
        set_props(dash_duo.driver, "locale", {"value": locale})
        expected = example.PERCENT(1.0, locale=locale)
        wait_for_text_content(dash_duo, "percent-client", expected)
        wait_for_text_content(dash_duo, "percent-server", expected)

    # A job far too long to end by itself during this test (the running state holds while it
    # runs), cancelled once it has started.
    set_props(dash_duo.driver, "steps", {"value": LONG_JOB})
    click(dash_duo, "run")
    assert_running(dash_duo, True)
    until(lambda: long_job_step(dash_duo) >= 2, timeout=10, msg="the long job shows no progress")
    assert job_alive(), "no job running while the page shows its progress"
    cancel()
    assert_running(dash_duo, False)
    until(lambda: not job_alive(), timeout=STOP_WITHIN,
          msg=f"the cancelled job still runs {STOP_WITHIN} s later")
    wait_until_settled(dash_duo.driver)  # the job's last poll has answered
    stopped_at = long_job_step(dash_duo)
    assert 2 <= stopped_at < LONG_JOB
    # The page stays where the job was stopped: the last result and the progress it had reached.
    assert text_content(dash_duo, "result") == f"Run 1 complete: {sum(rows)} rows in 10 steps"
    assert prop(dash_duo.driver, "bar", "value") == round(100 * stopped_at / LONG_JOB)
    assert console_errors(dash_duo) == []


# -- DiskcacheManager ------------------------------------------------------------------------------


def test_diskcache_manager_runs_a_job_to_the_end_and_cancel_kills_its_process(dash_duo, monkeypatch, tmp_path):
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.setenv("BACKGROUND_STEP_SECONDS", str(STEP_SECONDS))
    monkeypatch.setenv("BACKGROUND_CACHE_DIR", str(tmp_path / "cache"))
    example = load_example("diskcache")
    assert type(example.manager).__name__ == "DiskcacheManager"

    me = psutil.Process()

    def job_alive() -> bool:  # DiskcacheManager forks the server (here: this test process) per job
        for child in me.children():
            try:
                if child.cmdline() == me.cmdline() and child.status() != psutil.STATUS_ZOMBIE:
                    return True
            except psutil.NoSuchProcess:
                pass
        return False

    def press_escape():  # dc.keys: Esc clicks the cancel button
        ActionChains(dash_duo.driver).send_keys(Keys.ESCAPE).perform()

    run_to_the_end_then_cancel(dash_duo, example, job_alive, press_escape)


# -- CeleryManager + Redis -------------------------------------------------------------------------


@pytest.fixture
def redis_url(tmp_path):
    """A throwaway redis-server on a free port: no persistence, its files in a temp dir."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server)")
    import redis

    port = free_port()
    log = open(tmp_path / "redis.log", "wb")
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        client = redis.Redis(host="127.0.0.1", port=port)

        def answers() -> bool:
            try:
                return client.ping()
            except redis.ConnectionError:
                return False

        until(answers, timeout=10, msg=f"redis-server never answered: {(tmp_path / 'redis.log').read_text()}")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@pytest.fixture
def celery_example(redis_url, monkeypatch, tmp_path):
    """The example as a Celery app, and a worker started the way the docs say (prefork, one
    process: a cancel kills the task's process)."""
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("BACKGROUND_STEP_SECONDS", str(STEP_SECONDS))
    example = load_example("celery")
    assert type(example.manager).__name__ == "CeleryManager"
    log_path = tmp_path / "worker.log"
    log = open(log_path, "wb")
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "examples.background_progress:celery_app", "worker",
         "--pool=prefork", "--concurrency=1", "--without-mingle", "--without-gossip", "--loglevel=INFO"],
        cwd=ROOT, env=dict(os.environ), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        until(lambda: worker.poll() is not None or example.celery_app.control.ping(timeout=0.5), timeout=30,
              msg="the Celery worker never answered a ping")
        assert worker.poll() is None, f"the Celery worker exited:\n{log_path.read_text()}"
        yield example
    finally:
        worker.terminate()  # a warm shutdown, which also ends its pool process
        try:
            worker.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)  # its own session: the worker and its pool only
            worker.wait()
        log.close()


def test_celery_manager_with_redis_runs_a_job_to_the_end_and_cancel_revokes_it(dash_duo, celery_example):
    inspect = celery_example.celery_app.control.inspect(timeout=1, limit=1)
    running: list[str] = []  # the ids of the tasks seen running

    def job_alive() -> bool:
        replies = inspect.active()
        if not replies:  # the worker did not answer in time: it may well still be busy
            return True
        tasks = [task["id"] for tasks in replies.values() for task in tasks]
        running.extend(t for t in tasks if t not in running)
        return bool(tasks)

    run_to_the_end_then_cancel(dash_duo, celery_example, job_alive, lambda: click(dash_duo, "cancel"))
    # The cancelled job's task (the one seen running) ended revoked, not done.
    assert len(running) == 1
    result = celery_example.celery_app.AsyncResult(running[0])
    until(lambda: result.state == "REVOKED", timeout=10, msg=f"the cancelled task is {result.state}")
