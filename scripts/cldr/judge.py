"""Where the generator asks ICU: Chromium (the judge: the browser whose output the twin must
match; its ICU data is trimmed and patched) or node (the same ICU release, full data).

Each probe script (``icu*.js``) defines ``function probe(input)`` and uses only ``Intl``, so the
same text runs in a blank Chromium page (through Python playwright, Debian's /usr/bin/chromium)
and in node.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from .source import ROOT

HERE = ROOT / "scripts" / "cldr"
FLAGS = ROOT / "scripts" / "chromium-flags.txt"
CHROMIUM = "/usr/bin/chromium"

Run = Callable[[str, Any], Any]
_current: list[Run] = []


def run(script: str, payload: Any) -> Any:
    """``probe(payload)`` of ``scripts/cldr/<script>`` in the judge of the enclosing ``using``."""
    if not _current:
        raise RuntimeError("no judge: wrap the build in judge.using(...)")
    return _current[-1](script, payload)


def _node(script: str, payload: Any) -> Any:
    node = shutil.which("node")
    if node is None:
        raise SystemExit("node is needed to build the locale data with --judge node")
    code = (HERE / script).read_text("utf-8") + \
        "\nprocess.stdout.write(JSON.stringify(probe(JSON.parse(require('fs').readFileSync(0, 'utf8')))));"
    out = subprocess.run([node, "-e", code], input=json.dumps(payload), capture_output=True, text=True,
                         check=True, encoding="utf-8", cwd=ROOT)
    return json.loads(out.stdout)


@contextmanager
def using(name: str) -> Iterator[str]:
    """Run probes in ``"chromium"`` or ``"node"`` within the block; yields the judge's version."""
    if name == "node":
        _current.append(_node)
        try:
            yield subprocess.run(["node", "-v"], capture_output=True, text=True, check=True).stdout.strip()
        finally:
            _current.pop()
        return
    from playwright.sync_api import sync_playwright  # pylint: disable=import-outside-toplevel

    flags = [line.strip() for line in FLAGS.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=flags)
        page = browser.new_page()
        page.goto("about:blank")

        def in_page(script: str, payload: Any) -> Any:
            code = (HERE / script).read_text("utf-8")
            return page.evaluate(f"(input) => {{ {code}\nreturn probe(input); }}", payload)

        _current.append(in_page)
        try:
            yield f"Chromium {browser.version}"
        finally:
            _current.pop()
            browser.close()
