"""The patterns the gallery shows, in nav order: the one table the nav, the home page and the
"coming" placeholders read. The summaries paraphrase /work/shared/API.md (the public contract)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    name: str  # the stem everywhere: dc.<name>, dashclient_<name>, pages/<name>.py
    title: str
    summary: str
    api: str = ""  # what the home card shows; default "dc.<name> · dash_clientside.dashclient_<name>"
    nav: str = ""  # what the nav shows under the title; default "dc.<name>"

    @property
    def path(self) -> str:
        return f"/{self.name}"

    @property
    def namespace(self) -> str:
        return f"dashclient_{self.name}"

    @property
    def nav_text(self) -> str:
        return self.nav or f"dc.{self.name}"

    @property
    def api_text(self) -> str:
        return self.api or f"dc.{self.name}  ·  dash_clientside.{self.namespace}"


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "format", "Format",
        "Locale-aware formatters (number, currency, percent, compact, bytes, date, relative_time) that "
        "turn a value into display text in the browser, with a Python twin that gives the same string "
        "on the server. Bad input never raises: it shows the fallback option.",
    ),
    Pattern(
        "patch", "Patch",
        "Partial updates (append, prepend, insert, remove, assign, delete, toggle, increment, merge, "
        "extend_traces) that return a Patch, never the whole value: a JS dash_clientside.Patch in the "
        "browser, a dash.Patch on the server, with the same JSON.",
    ),
    Pattern(
        "dispatch", "Dispatch",
        "by_trigger: one callback, many inputs; which input fired decides what runs, so a toolbar of "
        "buttons needs one clientside callback instead of one per button.",
    ),
    Pattern(
        "keys", "Keys",
        "Keyboard shortcuts: the dc.keys.Shortcuts layout component binds key combos that act in the "
        "browser (set_props, click, focus) or reach a normal server callback through one of its "
        "properties. Bad key combos raise ValueError at bind time.",
    ),
    Pattern(
        "fetch", "Fetch",
        "json and text: fetch a URL from the browser against an allowlist bound in Python. A network "
        "error or timeout leaves the outputs untouched and reports through an error output the app "
        "chose, never an uncaught exception.",
    ),
    Pattern(
        "everywhere", "Everywhere",
        "One bound formatter in every place a Dash app shows a value: an AG Grid column, a DMC chart or "
        "slider, a dcc.Slider tooltip and a Plotly figure's hover and tick labels, with the Python twin "
        "writing the same strings on the server (price.many for exports). No eval: works under a strict CSP.",
        api="price.ag_grid()  ·  price.dmc()  ·  price.dcc()  ·  price.plotly()  ·  price.many()",
        nav="price.ag_grid() · .dmc() · ...",
    ),
    Pattern(
        "actions", "Actions & chains",
        "Your own functions as actions (@dc.action, paired with your JS function for client mode) and "
        "Vizro-style chains of steps from one trigger: each step in the browser or on the server, "
        "running props while it runs, an error target when a step fails.",
        api="@dc.action  ·  dc.chain  ·  dc.step  ·  dc.sleep",
    ),
    Pattern(
        "examples", "Examples",
        "Every example app in the repository, each with the one command that starts it and the section "
        "of the Dash documentation it ports: /examples/interactive, the advanced-callbacks cookbook, "
        "background callbacks, and an app that uses the built file without Python.",
        api="python examples/<name>.py",
        nav="every seed example, ported",
    ),
)

BY_NAME = {pattern.name: pattern for pattern in PATTERNS}
