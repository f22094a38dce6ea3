"""The full locale sweep of ``dc.format``: browsers against the Python twin, every locale.

    python benchmarks/format_sweep.py [--judge chromium|firefox|node ...] [--locales N]

For each judge: the locales it supports (``supportedLocalesOf`` of NumberFormat, DateTimeFormat
and RelativeTimeFormat over CLDR's list, plus the extension tags of ``tests/format_sweep.py``),
every case of the sweep computed by the judge and by the twin, compared code point by code
point. With two browsers, the browsers are compared with each other too. Writes
``benchmarks/results/format_sweep.json`` (figures and every difference) and ``format_sweep.md``.
A measurement, not a test: the CI test runs a fixed sub-sample (tests/browser/test_format_parity.py).
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
import format_sweep as sweep  # noqa: E402

RESULTS = HERE / "results"
Judge = tuple[Callable[[list[str]], list[str]], Callable[[list], list], str]  # supported, run, version


@contextmanager
def node_judge() -> Iterator[Judge]:
    runner = ROOT / "tests" / "js" / "run-format-cases.js"

    def supported(tags: list[str]) -> list[str]:
        script = "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));" + \
                 "const f = function() { " + sweep.SUPPORTED_JS + " };" + \
                 "process.stdout.write(JSON.stringify(f(input)));"
        out = subprocess.run(["node", "-e", script], input=json.dumps(tags), capture_output=True, text=True,
                             check=True)
        return json.loads(out.stdout)

    def run(triples: list) -> list:
        cases = [{"function": fn, "value": value, "options": options} for fn, value, options in triples]
        out = subprocess.run(["node", str(runner)], input=json.dumps(cases), capture_output=True, text=True,
                             check=True, cwd=ROOT, encoding="utf-8")
        return json.loads(out.stdout)

    version = subprocess.run(["node", "-p", "`node ${process.version}, ICU ${process.versions.icu}, "
                              "CLDR ${process.versions.cldr}`"], capture_output=True, text=True, check=True)
    yield supported, run, version.stdout.strip()


@contextmanager
def _dash_page() -> Iterator[str]:
    from dash import html  # pylint: disable=import-outside-toplevel
    from dash_server import new_app, serving  # pylint: disable=import-outside-toplevel

    app = new_app()
    app.layout = html.Div("format sweep", id="ready")
    with serving(app) as url:
        yield url


@contextmanager
def chromium_judge() -> Iterator[Judge]:
    from chromium import chromium  # pylint: disable=import-outside-toplevel

    with _dash_page() as url, chromium() as browser:
        page = browser.new_page()
        page.goto(url)
        page.wait_for_function("() => window.dash_clientside?.dashclient_format !== undefined")

        def evaluate(script: str, argument: Any) -> Any:
            return page.evaluate(f"(args) => {{ const arguments_ = [args]; return (function() {{ {script} }}).apply(null, arguments_); }}", argument)

        yield (lambda tags: evaluate(sweep.SUPPORTED_JS, tags), lambda triples: evaluate(sweep.RUN_JS, triples),
               f"Chromium {browser.version}")


@contextmanager
def firefox_judge() -> Iterator[Judge]:
    from marionette_driver.marionette import Marionette  # pylint: disable=import-outside-toplevel

    with _dash_page() as url:
        client = Marionette(bin="/usr/bin/firefox-esr", headless=True)
        client.start_session()
        try:
            client.navigate(url)
            client.execute_async_script("""
                const done = arguments[arguments.length - 1];
                const wait = () => window.dash_clientside?.dashclient_format ? done(true) : setTimeout(wait, 50);
                wait();""", sandbox=None)

            def evaluate(script: str, argument: Any) -> Any:
                return client.execute_script(script, script_args=[argument], sandbox=None, script_timeout=600_000)

            version = client.session_capabilities.get("browserVersion", "?")
            yield (lambda tags: evaluate(sweep.SUPPORTED_JS, tags), lambda triples: evaluate(sweep.RUN_JS, triples),
                   f"Firefox {version}")
        finally:
            client.delete_session()
            client.cleanup()


JUDGES = {"node": node_judge, "chromium": chromium_judge, "firefox": firefox_judge}


def measure(name: str, locale_limit: int | None) -> dict[str, Any]:
    started = time.perf_counter()
    with JUDGES[name]() as (supported, run, version):
        tags = supported(sweep.candidate_tags())
        cldr = set(sweep.cldr_locales())
        locales = [t for t in tags if t in cldr][:locale_limit]
        extra = [t for t in tags if t not in cldr]
        cases = sweep.cases(locales + extra)
        judged = sweep.run_in_chunks(run, cases)
    twin = sweep.python_results(cases)
    result = sweep.compare(cases, judged, twin)
    return {"judge": version, "locales": len(locales), "extension_tags": extra,
            "unsupported_cldr_locales": sorted(cldr - set(tags)), "cases": len(cases),
            "seconds": round(time.perf_counter() - started, 1), "outputs": judged, "twin": twin, **result,
            "case_list": cases, "case_ids": [c["id"] for c in cases]}


def on_common_cases(result: dict, other: dict) -> dict:
    """A judge's figures against the twin over the cases the other judge ran too."""
    ran = set(other["case_ids"])
    kept = [(case, js, py) for case, js, py in zip(result["case_list"], result["outputs"], result["twin"])
            if case["id"] in ran]
    return sweep.compare([k[0] for k in kept], [k[1] for k in kept], [k[2] for k in kept])


def between(first: dict, second: dict) -> dict[str, Any]:
    """Where two judges disagree, over the cases both ran."""
    theirs = dict(zip(second["case_ids"], second["outputs"]))
    totals, same = collections.Counter(), collections.Counter()
    differences = []
    for case_id, output in zip(first["case_ids"], first["outputs"]):
        if case_id not in theirs:
            continue
        function = case_id.split("|", 1)[0]
        totals[function] += 1
        if output == theirs[case_id]:
            same[function] += 1
        else:
            differences.append({"id": case_id, first["judge"]: output, second["judge"]: theirs[case_id]})
    return {"functions": {fn: {"cases": totals[fn], "identical": same[fn],
                               "percent": round(100 * same[fn] / totals[fn], 3)} for fn in totals},
            "differences": differences}


def summarize(differences: list[dict]) -> dict[str, Any]:
    """Differences kept whole when few, else counted per function and locale with two examples
    each (the file stays small enough to commit)."""
    if len(differences) <= 500:
        return {"count": len(differences), "all": differences}
    counts: dict[str, int] = collections.Counter()
    examples: dict[str, list] = collections.defaultdict(list)
    for difference in differences:
        key = "|".join(difference["id"].split("|", 2)[:2])
        counts[key] += 1
        if len(examples[key]) < 2:
            examples[key].append(difference)
    return {"count": len(differences), "by_function_and_locale": dict(counts.most_common()),
            "examples": dict(examples)}


def to_markdown(results: dict[str, Any]) -> str:
    lines = ["## Format locale sweep", ""]
    for name, result in results["judges"].items():
        lines += [f"### {result['judge']} vs Python ({result['locales']} locales + "
                  f"{len(result['extension_tags'])} extension tags, {result['cases']:,} cases, {result['seconds']} s)", "",
                  "| function | cases compared | identical | % | refused by the twin | % of all |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| `{fn}` | {f['cases']:,} | {f['identical']:,} | {f['percent']} | {f['refused']:,} | "
                  f"{f['percent_of_all']} |" for fn, f in result["functions"].items()]
        lines += ["", f"Differences: {len(result['differences'])}. Tags with options the twin refuses at bind "
                      f"time ({len(result['refused_tags'])}; docs/format.md says why): "
                      f"{', '.join(result['refused_tags']) or 'none'}. CLDR locales the judge does not "
                      f"support: {len(result['unsupported_cldr_locales'])}.", ""]
    common = results.get("firefox_on_chromium_tags")
    if common:
        lines += ["### Firefox vs Python on the tags Chromium supports", "",
                  "| function | cases compared | identical | % | refused by the twin |", "|---|---|---|---|---|"]
        lines += [f"| `{fn}` | {f['cases']:,} | {f['identical']:,} | {f['percent']} | {f['refused']:,} |"
                  for fn, f in common["functions"].items()]
        lines += ["", f"Differences: {len(common['differences'])}.", ""]
    for pair, result in results.get("between", {}).items():
        lines += [f"### {pair}", "", "| function | cases | identical | % |", "|---|---|---|---|"]
        lines += [f"| `{fn}` | {f['cases']:,} | {f['identical']:,} | {f['percent']} |"
                  for fn, f in result["functions"].items()]
        lines += ["", f"Differences: {len(result['differences'])}.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--judge", action="append", choices=sorted(JUDGES))
    parser.add_argument("--locales", type=int, help="only the first N CLDR locales (a quick look)")
    args = parser.parse_args(argv)
    judges = {name: measure(name, args.locales) for name in (args.judge or ["chromium", "firefox"])}
    results: dict[str, Any] = {"judges": judges, "between": {}}
    names = list(judges)
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            pair = f"{judges[first]['judge']} vs {judges[second]['judge']}"
            results["between"][pair] = between(judges[first], judges[second])
    if "chromium" in judges and "firefox" in judges:
        results["firefox_on_chromium_tags"] = on_common_cases(judges["firefox"], judges["chromium"])
    markdown = to_markdown(results)
    for result in judges.values():
        del result["outputs"], result["case_ids"], result["case_list"], result["twin"]
    for result in [*judges.values(), *results["between"].values(), results.get("firefox_on_chromium_tags") or {}]:
        if "differences" in result:
            result["differences"] = summarize(result["differences"])
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "format_sweep.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    (RESULTS / "format_sweep.md").write_text(markdown + "\n", "utf-8")
    print(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
