"""The app doctor without a browser: every gotcha of the broken-app gallery (tests/doctor_apps)
reported with its ids, near misses reporting nothing, Dash's global registry left as it was, and
the command line's exit codes."""

import ast
import json

import pytest
from dash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, _callback, html

from dashclient import cli
from dashclient._doctor import LoadError, assert_no_gotchas, doctor
from dashclient._doctor._browser import referenced
from dashclient._doctor._ids import matches, overlap
from dashclient._doctor._late import registrations_inside_callbacks
from dashclient._doctor._load import split_target
from doctor_gallery import APPS, expected_of, found, gallery


def test_the_gallery_has_one_app_per_gotcha_and_near_misses():
    codes = {code for path in APPS.glob("*.py") for _, code, _ in expected_of(path)}
    assert codes == {"missing-id", "unmatched-pattern", "duplicate-output", "allow-duplicate-initial-call",
                     "missing-clientside-function", "dropped-keyword", "late-callback", "hash-collision",
                     "duplicate-id"}
    assert [p.name for p in APPS.glob("clean_*.py")]


@pytest.mark.parametrize("path", gallery(browser=False), ids=lambda p: p.stem)
def test_each_broken_app_is_reported_with_its_ids(path):
    report = doctor(str(path), browser=False)
    assert found(report) == expected_of(path), report.format()
    assert all(f.where for f in report.findings if f.code != "duplicate-id"), report.format()  # file:line given
    assert report.ok == all(level == "note" for level, _, _ in expected_of(path))


def test_allow_duplicate_without_prevent_initial_call_is_what_dash_itself_raises_at_registration():
    # ...without naming the output: the doctor names it and loads the rest of the app.
    from dash.exceptions import DuplicateCallback

    app = Dash(__name__)
    with pytest.raises(DuplicateCallback) as raised:
        app.callback(Output("log", "children", allow_duplicate=True), Input("b", "n_clicks"))(lambda n: n)
    assert "log" not in str(raised.value)


def test_the_doctor_leaves_dashs_global_callback_registry_as_it_was(tmp_path):
    module = tmp_path / "global_app.py"
    module.write_text(
        "from dash import Dash, Input, Output, callback, html\n"
        "app = Dash(__name__)\n"
        "app.layout = html.Div([html.Button(id='b'), html.P(id='p')])\n"
        "@callback(Output('p', 'children'), Input('b', 'n_clicks'))\n"
        "def show(n):\n    return n\n"
        "@callback(Output('p', 'children'), Input('b', 'n_clicks'))\n"
        "def again(n):\n    return n\n", "utf-8")
    before = (list(_callback.GLOBAL_CALLBACK_LIST), dict(_callback.GLOBAL_CALLBACK_MAP))
    report = doctor(str(module), browser=False)
    assert found(report) == [("error", "duplicate-output", "p.children")]  # global callbacks count for the app
    assert (list(_callback.GLOBAL_CALLBACK_LIST), dict(_callback.GLOBAL_CALLBACK_MAP)) == before
    # An imported module is executed afresh each time: its callbacks are seen again.
    assert found(doctor(f"{module}:app", browser=False)) == found(report)


def test_a_factory_is_called_and_a_built_app_is_refused():
    def create_app():
        app = Dash(__name__)
        app.layout = html.Div([html.Button(id="go"), html.P(id="out")])
        app.callback(Output("out", "children"), Input("og", "n_clicks"))(lambda n: n)
        return app

    assert found(doctor(create_app, browser=False)) == [("error", "missing-id", "og")]
    with pytest.raises(LoadError, match="not a built app"):
        doctor(create_app(), browser=False)


def test_assert_no_gotchas_fails_with_the_report_and_passes_notes():
    with pytest.raises(AssertionError, match=r"error\[missing-id\] no component has id 'amout'"):
        assert_no_gotchas(str(APPS / "missing_id.py"), browser=False)
    report = assert_no_gotchas(str(APPS / "missing_id_suppressed.py"), browser=False)
    assert [f.level for f in report.findings] == ["note"]


def test_pattern_ids_match_and_overlap_as_the_renderer_decides():
    assert matches({"type": "item", "index": ALL}, {"type": "item", "index": 3})
    assert not matches({"type": "itme", "index": ALL}, {"type": "item", "index": 3})
    assert not matches({"type": "item", "index": ALL}, {"type": "item", "index": 3, "page": 1})
    assert overlap({"type": "x", "index": MATCH}, {"type": "x", "index": 1})
    assert not overlap({"type": "x", "index": MATCH}, {"type": "x", "index": ALLSMALLER})
    assert not overlap({"type": "x", "index": 1}, {"type": "x", "index": 2})


def test_bound_names_are_followed_to_the_users_function_and_the_chain_steps_action():
    assert referenced("dashclient_format", "number") == [("dashclient_format", "number")]
    assert referenced("dashclient", 'call:{"$function":"my_app.greet"}') == [
        ("dashclient", 'call:{"$function":"my_app.greet"}'), ("my_app", "greet")]
    step = 'step:{"$run":["dashclient","call:{\\"$function\\":\\"my_app.greet\\"}"]}'
    assert referenced("dashclient", step)[-1] == ("my_app", "greet")
    assert referenced("ns", "name:not json") == [("ns", "name:not json")]


def test_registrations_inside_a_callback_body_are_found_in_the_source():
    source = (
        "@app.callback(Output('a', 'children'), Input('b', 'value'))\n"
        "def outer(value):\n"
        "    dc.callback(action, Output('c', 'children'), Input('d', 'value'))\n"
        "    return value\n"
        "def register(app):\n"
        "    app.clientside_callback('x', Output('e', 'children'), Input('f', 'value'))\n"
    )
    assert list(registrations_inside_callbacks(ast.parse(source))) == [("outer", 3, "dc.callback")]


def test_targets_split_on_the_last_colon_before_an_attribute():
    assert split_target("pkg.app:server_app") == ("pkg.app", "server_app")
    assert split_target("examples/x.py") == ("examples/x.py", None)
    assert split_target(r"C:\apps\x.py") == (r"C:\apps\x.py", None)


def test_the_command_line_exit_code_says_errors_and_notes_apart(capsys):
    assert cli.main(["doctor", str(APPS / "duplicate_output.py"), "--no-browser"]) == 1
    out = capsys.readouterr().out
    assert "error[duplicate-output] total.children is the Output of 2 callbacks" in out
    assert "duplicate_output.py:9" in out and "1 error(s), 0 note(s) in 2 callback(s)" in out

    assert cli.main(["doctor", str(APPS / "unmatched_pattern.py"), "--no-browser", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and [f["code"] for f in data["findings"]] == ["unmatched-pattern"]

    assert cli.main(["doctor", "no_such_module:app", "--no-browser"]) == 2
    assert "no module named 'no_such_module'" in capsys.readouterr().err


def test_an_app_whose_import_fails_exits_2_with_its_error(tmp_path, capsys):
    broken = tmp_path / "broken_app.py"
    broken.write_text("raise RuntimeError('no database')\n", "utf-8")
    assert cli.main(["doctor", str(broken), "--no-browser"]) == 2
    assert "raised RuntimeError: no database" in capsys.readouterr().err

