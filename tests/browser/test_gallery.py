"""The gallery and the format examples: client and server columns agree in a real browser."""

import importlib.util
from pathlib import Path

import pytest
from dash.testing.wait import until

from conftest import console_errors, text_content, wait_for_text_content
from dashclient import _spec
from dashclient.gallery import create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

SET_PROPS = "window.dash_clientside.set_props(arguments[0], arguments[1]);"


def columns_agree(dash_duo) -> bool:
    client, server = text_content(dash_duo, "format-client"), text_content(dash_duo, "format-server")
    return client is not None and client == server and text_content(dash_duo, "format-match") == "match ✓"


def code_shows(dash_duo, fn: str, locale: str) -> bool:
    """The Python code block names the function and the locale (en-US, the default, is left out)."""
    code = text_content(dash_duo, "format-code") or ""
    names_locale = f'locale="{locale}"' in code if locale != "en-US" else "locale=" not in code
    return f"dc.format.{fn}(" in code and names_locale


def wait_until_columns_agree(dash_duo, expected_server: str | None = None):
    def settled():
        if expected_server is not None and text_content(dash_duo, "format-server") != expected_server:
            return False
        return columns_agree(dash_duo)

    until(settled, timeout=10, msg=f"client {text_content(dash_duo, 'format-client')!r} vs server "
                                   f"{text_content(dash_duo, 'format-server')!r}")


def test_the_format_page_shows_every_function_in_both_modes_with_the_same_text(dash_duo):
    dash_duo.start_server(create_app())
    dash_duo.driver.get(dash_duo.server_url + "/format")
    wait_until_columns_agree(dash_duo, "$1,234.50")

    for fn in _spec.functions_of("format"):
        dash_duo.driver.execute_script(SET_PROPS, "format-function", {"value": fn})
        for locale in ("ar-EG", "hi-IN", "en-US"):
            dash_duo.driver.execute_script(SET_PROPS, "format-locale", {"value": locale})
            until(lambda: code_shows(dash_duo, fn, locale), timeout=10)
            until(lambda: text_content(dash_duo, "format-server") != "", timeout=10)
            wait_until_columns_agree(dash_duo)

    # Garbage shows the fallback in both columns, not an error.
    dash_duo.driver.execute_script(SET_PROPS, "format-value", {"value": "garbage"})
    wait_until_columns_agree(dash_duo, "")
    assert dash_duo.driver.execute_script("return document.getElementById('format-error') === null")
    assert console_errors(dash_duo) == []


def test_bad_options_show_the_bind_time_error_and_leave_both_columns_empty(dash_duo):
    dash_duo.start_server(create_app())
    dash_duo.driver.get(dash_duo.server_url + "/format")
    wait_until_columns_agree(dash_duo, "$1,234.50")
    option = {"type": "format-option", "fn": "currency", "name": "currency"}
    dash_duo.driver.execute_script(SET_PROPS, option, {"value": "EURO"})
    until(lambda: "'currency'" in (text_content(dash_duo, "format-error") or ""), timeout=10)
    wait_until_columns_agree(dash_duo, "")
    assert console_errors(dash_duo) == []


def test_the_keys_page_acts_on_real_key_presses_in_both_columns_and_opens_its_cheat_sheet(dash_duo):
    from selenium.webdriver.common.action_chains import ActionChains  # pylint: disable=import-outside-toplevel
    from selenium.webdriver.common.keys import Keys  # pylint: disable=import-outside-toplevel

    from dashclient.gallery.pages import keys as keys_page  # pylint: disable=import-outside-toplevel

    dash_duo.start_server(create_app())
    dash_duo.driver.get(dash_duo.server_url + "/keys")
    wait_for_text_content(dash_duo, "keys-match", "match ✓")
    chord = lambda *k: ActionChains(dash_duo.driver).key_down(k[0]).send_keys(k[1]).key_up(k[0]).perform()  # noqa: E731

    chord(Keys.CONTROL, "s")
    wait_for_text_content(dash_duo, "keys-save-client", "Saving...")
    wait_for_text_content(dash_duo, "keys-save-client", "Saved!")
    wait_for_text_content(dash_duo, "keys-save-server", "Saved!")
    for _ in range(3):
        chord(Keys.CONTROL, Keys.ARROW_UP)
    chord(Keys.CONTROL, Keys.ARROW_DOWN)
    for mode in ("client", "server"):
        wait_for_text_content(dash_duo, f"keys-count-{mode}-text", "2")
    wait_for_text_content(dash_duo, "keys-match", "match ✓")
    ActionChains(dash_duo.driver).send_keys("g", "r").perform()
    for mode in ("client", "server"):
        wait_for_text_content(dash_duo, f"keys-save-{mode}", "(not saved)")

    ActionChains(dash_duo.driver).send_keys("?").perform()
    rows = "return [...document.querySelectorAll('#keys-sheet-table tbody tr')].length"
    until(lambda: dash_duo.driver.execute_script(rows) == len(keys_page.BINDINGS), timeout=10)
    ActionChains(dash_duo.driver).send_keys(Keys.ESCAPE).perform()
    until(lambda: dash_duo.driver.execute_script(rows) == 0, timeout=10)
    assert console_errors(dash_duo) == []


def load_example(name: str):
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.app


@pytest.mark.parametrize("example", ["format_prices", "format_dashboard"])
def test_example_apps_show_the_same_text_in_client_and_server_mode(dash_duo, example):
    dash_duo.start_server(load_example(example))
    dash_duo.wait_for_element("[id$='-server']", timeout=10)
    pairs = dash_duo.driver.execute_script(
        "return [...document.querySelectorAll(\"[id$='-client']\")].map(el => el.id.slice(0, -'-client'.length));"
    )
    assert len(pairs) >= 5
    for pair in pairs:
        until(lambda: text_content(dash_duo, f"{pair}-server") not in (None, ""), timeout=10)
        wait_for_text_content(dash_duo, f"{pair}-client", text_content(dash_duo, f"{pair}-server"))
    assert console_errors(dash_duo) == []


PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True}

# Visible boxes that must not cross one another (an ancestor may contain its descendants, an input
# its own controls).
OVERLAPS = """
const boxes = [...document.querySelectorAll(
    "h1, h2, h3, h4, p, label, input, button, pre, code, .mantine-Badge-root, .mantine-NavLink-root, [id$='-client'], [id$='-server']")]
  .filter(el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
                  return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && r.right > 0 && r.left < innerWidth; });
const crossing = [];
for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
  const [a, b] = [boxes[i], boxes[j]];
  if (a.contains(b) || b.contains(a)) continue;
  // An input and its own controls (a NumberInput's steppers) share one box by design.
  const wrapper = a.closest(".mantine-Input-wrapper");
  if (wrapper && wrapper === b.closest(".mantine-Input-wrapper")) continue;
  const [r, s] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
  const w = Math.min(r.right, s.right) - Math.max(r.left, s.left), h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
  if (w > 1 && h > 1) crossing.push([a.outerHTML.slice(0, 80), b.outerHTML.slice(0, 80)]);
}
return {crossing, scrollWidth: document.documentElement.scrollWidth, innerWidth};
"""

NAV_VISIBLE = """
const r = document.getElementById("nav-format").getBoundingClientRect();
return r.right > 0 && r.left < innerWidth && r.width > 0;
"""


def test_the_gallery_fits_a_phone_with_the_nav_behind_a_burger(dash_duo):
    dash_duo.start_server(create_app())
    dash_duo.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    try:
        for path, ready in (("/", "home-format"), ("/format", "format-server")):
            dash_duo.driver.get(dash_duo.server_url + path)
            dash_duo.wait_for_element(f"#{ready}", timeout=10)
            until(lambda: text_content(dash_duo, "format-server") != "" if path == "/format" else True, timeout=10)
            layout = dash_duo.driver.execute_script(OVERLAPS)
            assert layout["innerWidth"] == PHONE["width"]
            assert layout["scrollWidth"] <= PHONE["width"], f"{path} scrolls sideways"
            assert layout["crossing"] == [], f"{path}: {layout['crossing'][:3]}"
            assert not dash_duo.driver.execute_script(NAV_VISIBLE), "the nav should be folded away"

        dash_duo.find_element("#nav-burger").click()
        until(lambda: dash_duo.driver.execute_script(NAV_VISIBLE), timeout=10)
        dash_duo.find_element("#nav-home").click()
        dash_duo.wait_for_element("#home-format", timeout=10)
        until(lambda: not dash_duo.driver.execute_script(NAV_VISIBLE), timeout=10)
        assert console_errors(dash_duo) == []
    finally:
        dash_duo.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_the_format_page_reads_currency_locale_and_clock_from_the_page_in_both_modes(dash_duo):
    from dashclient.gallery.pages._format_live import PRICE

    dash_duo.start_server(create_app())
    dash_duo.driver.get(dash_duo.server_url + "/format")
    dash_duo.wait_for_element("#live-currency", timeout=10)  # set_props needs the component in the layout
    for currency, locale in (("EUR", "de-DE"), ("JPY", "ja-JP"), ("INR", "hi-IN")):
        dash_duo.driver.execute_script(SET_PROPS, "live-currency", {"value": currency})
        dash_duo.driver.execute_script(SET_PROPS, "live-locale", {"value": locale})
        expected = PRICE(1234.5, currency=currency, locale=locale)
        wait_for_text_content(dash_duo, "live-price-client", expected)
        wait_for_text_content(dash_duo, "live-price-server", expected)

    dash_duo.driver.execute_script(SET_PROPS, "live-locale", {"value": "en-US"})

    def since():
        client, server = text_content(dash_duo, "live-since-client"), text_content(dash_duo, "live-since-server")
        return client if client and client == server and "ago" in client else None

    until(since, timeout=10)
    first = since()
    until(lambda: since() not in (None, first), timeout=10)  # the clock ticks: both columns move together
    assert console_errors(dash_duo) == []


def test_the_actions_page_runs_a_user_action_and_a_chain_alike_in_both_modes(dash_duo):
    from dashclient.gallery.pages.actions import greeting

    dash_duo.start_server(create_app())
    dash_duo.driver.get(dash_duo.server_url + "/actions")
    for mode in ("client", "server"):
        wait_for_text_content(dash_duo, f"greeting-{mode}", greeting()("Ada"))
    dash_duo.driver.execute_script(SET_PROPS, "actions-excited", {"checked": True})
    dash_duo.driver.execute_script(SET_PROPS, "actions-name", {"value": " Grace "})
    for mode in ("client", "server"):
        wait_for_text_content(dash_duo, f"greeting-{mode}", greeting(excited=True)(" Grace "))
        dash_duo.find_element(f"#run-{mode}").click()
    for mode in ("client", "server"):
        wait_for_text_content(dash_duo, f"chain-3-{mode}", "3 Grace")
        assert text_content(dash_duo, f"chain-1-{mode}") == "1 Grace"
    dash_duo.driver.execute_script(SET_PROPS, "actions-fail", {"checked": True})
    dash_duo.driver.execute_script(SET_PROPS, "actions-name", {"value": "Lin"})
    for mode in ("client", "server"):
        until(lambda: dash_duo.driver.execute_script(
            "return document.getElementById(arguments[0]).disabled", f"run-{mode}") is False, timeout=10)
        dash_duo.find_element(f"#run-{mode}").click()
    for mode in ("client", "server"):
        wait_for_text_content(dash_duo, f"chain-error-{mode}", "step 2 failed on purpose")
        assert text_content(dash_duo, f"chain-1-{mode}") == "1 Lin"
        assert text_content(dash_duo, f"chain-3-{mode}") == "3 Grace"  # the third step never ran
    assert console_errors(dash_duo) == []


def test_the_examples_page_lists_every_example_with_its_start_command(dash_duo):
    from dashclient.gallery._examples import EXAMPLES

    dash_duo.start_server(create_app())
    dash_duo.driver.get(dash_duo.server_url + "/examples")
    last = len(EXAMPLES) - 1
    until(lambda: text_content(dash_duo, f'{{"index":{last},"type":"example-row"}}') is not None, timeout=10)
    for index, example in enumerate(EXAMPLES):
        row = text_content(dash_duo, f'{{"index":{index},"type":"example-row"}}') or ""
        assert example.title in row and example.start in row
    assert console_errors(dash_duo) == []
