"""The app doctor: load a Dash app without serving it and report the callback gotchas Dash leaves
to the browser, to debug mode, or to nobody.

``dashclient doctor module:app`` on the command line; :func:`doctor` / :func:`assert_no_gotchas`
in a test (also from ``dashclient.testing``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from . import _browser
from ._checks import STATIC_CHECKS, Subject, late_registrations
from ._ids import describe, ids_in
from ._late import late_in_sources
from ._load import LoadError, load
from ._record import Recorder, Registered
from ._report import ERROR, NOTE, Finding, Report

__all__ = ["Finding", "LoadError", "Report", "assert_no_gotchas", "doctor"]


def _served_layout(app: Any) -> Any:
    """The layout as served: Dash 4's get_layout, or (Dash 3) the value plus the layout hooks."""
    if hasattr(type(app), "get_layout"):
        return app.get_layout()
    layout = app._layout_value()  # pylint: disable=protected-access
    for hook in app._hooks.get_hooks("layout"):  # pylint: disable=protected-access
        layout = hook(layout)
    return layout


def _layouts(app: Any, recorder: Recorder) -> tuple[Any, list[Any], list[Finding]]:
    """The layout (as served: with dashclient's stores and layout hooks), and every other layout
    Dash checks ids against: validation_layout and, with pages, each page's. Building them is the
    "layout" phase: a callback registered now is registered at every page load."""
    recorder.phase = "layout"
    problems: list[Finding] = []
    layout: Any = None
    others: list[Any] = []
    with app.server.test_request_context("/"):
        try:
            layout = _served_layout(app)
        except Exception as error:  # noqa: BLE001 - a broken layout is a finding, not a crash
            problems.append(Finding(ERROR, "layout-error",
                                    f"building the layout raised {type(error).__name__}: {error}"))
        if app.validation_layout is not None:
            others.append(app.validation_layout)
        if getattr(app, "use_pages", False):
            from dash import _pages  # pylint: disable=import-outside-toplevel

            for page in _pages.PAGE_REGISTRY.values():
                try:
                    others.append(page["layout"]() if callable(page["layout"]) else page["layout"])
                except Exception as error:  # noqa: BLE001
                    problems.append(Finding(NOTE, "layout-error", f"page {page.get('path')}: its layout raised "
                                            f"{type(error).__name__}: {error}; its ids are not checked"))
    recorder.phase = "import"
    return layout, others, problems


def _clientside_findings(app: Any, registered: list[Registered], browser: Any, report: Report) -> list[Finding]:
    """Look every clientside function name up in Chromium (``browser``: True to start one, a
    selenium WebDriver to reuse, False to skip)."""
    refs: dict[tuple[str, str], list[Registered]] = {}
    for entry in registered:
        if entry.clientside is None or entry.clientside[0] is None:
            continue
        for ref in _browser.referenced(*entry.clientside):
            refs.setdefault(ref, []).append(entry)
    if not refs or browser is False:
        return []
    driver, owned = browser, False
    try:
        if browser is True:
            from ..testing._chrome import start_chrome  # pylint: disable=import-outside-toplevel

            driver, owned = start_chrome(), True
        with _browser.serving(app) as url:
            answers = _browser.look_up(driver, url, list(refs))
    except Exception as error:  # noqa: BLE001 - no browser here: say so, check the rest
        return [Finding(NOTE, "browser-skipped", f"clientside function names not checked ({type(error).__name__}: "
                        f"{str(error).strip().splitlines()[0] if str(error).strip() else 'no detail'}); needs "
                        "selenium (dash[testing]), chromium and chromedriver")]
    finally:
        if owned:
            driver.quit()
    report.browser, report.functions_checked = True, len(refs)
    findings = []
    for (namespace, name), answer in zip(refs, answers):
        if answer is None:
            continue
        owners = refs[(namespace, name)]
        outputs = "; ".join(dict.fromkeys(o.describe() for o in owners))
        findings.append(Finding(ERROR, "missing-clientside-function", f"the clientside callback for {outputs} calls "
                                f"{namespace}.{name if len(name) < 80 else name[:77] + '...'}: "
                                f"{_browser.explain(namespace, name, answer)}",
                                tuple(dict.fromkeys(describe(o) for r in owners for o in r.outputs)),
                                tuple(dict.fromkeys(o.where for o in owners))))
    return findings


def doctor(target: str | Callable[[], Any], browser: Any = True) -> Report:
    """Load an app without serving it and report its callback gotchas.

    Parameters
    ----------
    target
        ``"package.module:app"``, ``"path/to/app.py[:app]"``, or a function returning an app
        (``create_app``); the module is imported afresh, so its callbacks register again.
    browser
        ``True``: check ``ClientsideFunction`` names in a headless Chromium of its own (the app
        is served on a free local port meanwhile, callback requests answered 204); a selenium
        WebDriver: use that one (e.g. ``dash_duo.driver``); ``False``: skip that check.

    Returns
    -------
    Report
        ``report.errors``, ``report.notes``, ``report.ok``; ``str(report)`` is the CLI's text.

    Raises
    ------
    LoadError
        The target names no app.
    """
    label = target if isinstance(target, str) else getattr(target, "__qualname__", repr(target))
    report = Report(str(label))
    recorder = Recorder()
    try:
        with recorder:
            app, sources = load(target)
            layout, others, problems = _layouts(app, recorder)
        everything = recorder.of_app(app)
        # Those a layout function registers come again at each page load: reported as late, and
        # left out of the other checks, which they would only repeat.
        registered = [r for r in everything if r.phase != "layout"]
        known = ids_in(layout) + [i for other in others for i in ids_in(other)]
        subject = Subject(registered, ids_in(layout) if layout is not None else [], known,
                          bool(app.config.suppress_callback_exceptions))
        report.callbacks = len(registered)
        report.findings.extend(problems)
        if layout is not None:
            for check in STATIC_CHECKS:
                report.findings.extend(check(subject))
        report.findings.extend(late_registrations(everything, recorder.run_called_at))
        sites = [Path(r.where.rsplit(":", 1)[0]) for r in everything]
        files = list(dict.fromkeys(p.resolve() for p in [*sources, *sites]))
        report.findings.extend(late_in_sources([f for f in files if f.suffix == ".py" and f.is_file()]))
        report.findings.extend(_clientside_findings(app, registered, browser, report))
    finally:
        recorder.restore_globals()
    return report


def assert_no_gotchas(target: str | Callable[[], Any], browser: Any = True) -> Report:
    """:func:`doctor`, failing (AssertionError with the report) when it finds an error; notes pass.

    Returns the report, for assertions on its notes.
    """
    report = doctor(target, browser=browser)
    if not report.ok:
        raise AssertionError(report.format())
    return report

