"""The testing kit without a browser: the pytest plugin loads once (entry point and conftest alike),
the mode fixture, how a mode reaches an app factory, what a prop name may be, the diff's text,
and the offline Chrome options."""

import os
import subprocess
import sys

import pytest
from dash import ClientsideFunction, no_update

import dashclient as dc
from dashclient import testing
from dashclient.testing import _call, _modes

USES_THE_PLUGIN = '''
import os


def test_mode_fixture(dashclient_mode, pytestconfig):
    assert os.environ["DASHCLIENT_MODE"] == dashclient_mode
    plugins = [p for p in pytestconfig.pluginmanager.get_plugins()
               if getattr(p, "__name__", "") == "dashclient.testing"]
    assert len(plugins) == 1
'''


def run_pytest(directory, *args, autoload=True):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTEST_ADDOPTS", "PYTEST_DISABLE_PLUGIN_AUTOLOAD")}
    if not autoload:  # as in a source checkout: no installed entry point is loaded
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(directory)],
                          cwd=directory, env=env, capture_output=True, text=True, timeout=120)


CONFTEST = 'pytest_plugins = ["dashclient.testing"]\n'


@pytest.mark.parametrize("conftest, autoload", [
    ("", True),         # the installed entry point alone
    (CONFTEST, True),   # entry point and conftest: still registered once
    (CONFTEST, False),  # no entry point: the conftest alone
], ids=["entry-point", "entry-point-and-conftest", "conftest-only"])
def test_the_plugin_is_registered_once_however_it_is_loaded(tmp_path, conftest, autoload):
    (tmp_path / "conftest.py").write_text(conftest, "utf-8")
    (tmp_path / "test_uses_plugin.py").write_text(USES_THE_PLUGIN, "utf-8")
    result = run_pytest(tmp_path, autoload=autoload)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout  # client and server


@pytest.mark.parametrize("conftest, args, autoload", [
    (CONFTEST, ["-p", "no:dashclient.testing"], True),  # blocked by its name: for the conftest too
    ("", [], False),  # neither entry point nor conftest
], ids=["blocked", "not-loaded"])
def test_without_the_plugin_its_fixtures_are_unknown(tmp_path, conftest, args, autoload):
    (tmp_path / "conftest.py").write_text(conftest, "utf-8")
    (tmp_path / "test_uses_plugin.py").write_text(USES_THE_PLUGIN, "utf-8")
    result = run_pytest(tmp_path, *args, autoload=autoload)
    assert result.returncode != 0 and "fixture 'dashclient_mode' not found" in result.stdout


def test_this_run_has_the_plugin_once(pytestconfig):
    plugins = [p for p in pytestconfig.pluginmanager.get_plugins()
               if getattr(p, "__name__", "") == "dashclient.testing"]
    assert plugins == [testing]


def test_a_factory_gets_the_mode_as_argument_or_through_the_environment(monkeypatch):
    monkeypatch.setenv("DASHCLIENT_MODE", "client")
    assert _modes.build_app(lambda mode: mode, "server") == "server"
    assert _modes.build_app(lambda mode=None: mode, "server") == "server"

    def reads_environment():
        return os.environ["DASHCLIENT_MODE"]

    assert _modes.build_app(reads_environment, "server") == "server"
    assert os.environ["DASHCLIENT_MODE"] == "client"  # put back
    monkeypatch.delenv("DASHCLIENT_MODE")
    assert _modes.build_app(reads_environment, "client") == "client"
    assert "DASHCLIENT_MODE" not in os.environ


def test_props_are_named_id_dot_prop_or_dict_id_and_prop():
    assert _modes._split("price.children") == ("price", "children")
    assert _modes._split(({"type": "row", "index": 1}, "value")) == ({"type": "row", "index": 1}, "value")
    assert _modes._label(({"type": "row", "index": 1}, "value")) == '{"index": 1, "type": "row"}.value'
    for bad in ("price", ".children", "price.", ("price",), 3):
        with pytest.raises(ValueError, match="component_id.property"):
            _modes._split(bad)


def test_the_diff_shows_exact_strings_side_by_side_and_structures_as_a_unified_diff():
    seen = {
        "client": {"a.children": "1\u00a0km", "b.data": {"x": [1, 2], "y": "same"}, "c.value": None, "d.value": 1},
        "server": {"a.children": "1 km", "b.data": {"x": [1, 3], "y": "same"}, "c.value": _modes.MISSING, "d.value": 1},
    }
    text = _modes.describe_differences("client", "server", seen)
    assert text.startswith("3 of 4 prop(s) differ between client and server mode:\n")
    assert "  a.children:\n    client  '1\\xa0km'\n    server  '1 km'" in text
    assert "    --- client\n    +++ server" in text and "-    2\n" in text and "+    3\n" in text
    assert "  c.value:\n    client  null\n    server  <no such component>" in text
    assert "d.value" not in text
    assert _modes.describe_differences("client", "server", {"client": {"a.b": 1}, "server": {"a.b": 1}}) == ""


def test_a_clientside_function_is_named_by_string_clientside_function_or_action():
    assert _call._target("my_app.total") == ("my_app", "total")
    assert _call._target('dashclient_format.currency:{"currency":"EUR"}') == (
        "dashclient_format", 'currency:{"currency":"EUR"}')
    assert _call._target(ClientsideFunction("ns", "fn")) == ("ns", "fn")
    price = dc.format.currency(currency="EUR")
    assert _call._target(price) == (price.clientside_function.namespace, price.clientside_function.function_name)
    for bad in ("total", ".total", "my app.total", 3):
        with pytest.raises(TypeError, match="namespace.function"):
            _call._target(bad)
    assert _call._decode('[{"%s": true}, 1]' % _call.NO_UPDATE_MARK) == [no_update, 1]


def test_the_offline_options_use_the_systems_chromium_and_every_offline_flag(monkeypatch):
    monkeypatch.setenv("DASHCLIENT_CHROMIUM", "/opt/my/chromium")
    options = testing.chrome_options("--window-size=800,600")
    assert options.binary_location == "/opt/my/chromium"
    assert options.arguments == [*testing.OFFLINE_FLAGS, "--window-size=800,600"]
    assert "--disable-background-networking" in testing.OFFLINE_FLAGS and "--no-sandbox" in testing.OFFLINE_FLAGS
    assert testing.chrome_options(headless=True).arguments[-1] == "--headless=new"
    monkeypatch.delenv("DASHCLIENT_CHROMIUM")
    found = testing.find_chromium()
    assert found is None or os.path.basename(found) in testing._chrome.BINARIES


def test_every_public_name_exists_and_functions_say_what_they_do():
    for name in testing.__all__:
        value = getattr(testing, name)
        if callable(value):
            assert value.__doc__, name


def test_the_docs_show_the_example_test_file_as_it_is():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    docs = (root / "docs" / "testing.md").read_text("utf-8")
    shown = docs.split("```python\n", 1)[1].split("```", 1)[0]
    example = (root / "examples" / "test_testing_my_app.py").read_text("utf-8")
    assert example.endswith(shown) and shown.startswith("import pytest")
