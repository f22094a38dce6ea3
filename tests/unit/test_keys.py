"""dc.keys in Python: bindings and steps refused at bind time with a message naming what is wrong,
the data they write for the browser, and the Shortcuts component Dash serialises. The grammar and
the bindings' rules themselves are the shared tables (tests/cases/keys/*.json)."""

import json

import pytest
from dash import ALL, MATCH, Dash, Input, Output, Patch, State, html

import dashclient as dc
from dashclient._keys.grammar import words


def test_a_binding_writes_only_what_was_given_and_reads_back():
    binding = dc.keys.bind("mod+s", dc.keys.set_props("status", children="Saving..."), dc.keys.wait(1000),
                           dc.keys.set_props("status", {"children": "Saved!"}), prevent_default=True, name="save")
    data = binding.to_json()
    assert data == {
        "keys": "mod+s",
        "steps": [{"set_props": {"id": "status", "props": {"children": "Saving..."}}},
                  {"wait": {"ms": 1000}},
                  {"set_props": {"id": "status", "props": {"children": "Saved!"}}}],
        "name": "save",
        "prevent_default": True,
    }
    assert dc.keys.Binding.from_json(data) == binding
    assert dc.keys.bind("x").to_json() == {"keys": "x"}  # the server route only


def test_steps_write_patches_components_and_dict_ids_as_json():
    patch = Patch()
    patch.append("new")
    assert dc.keys.set_props({"type": "list", "index": 1}, data=patch).to_json() == {"set_props": {
        "id": {"type": "list", "index": 1},
        "props": {"data": {"__dash_patch_update": "__dash_patch_update",
                           "operations": [{"operation": "Append", "location": [], "params": {"value": "new"}}]}}}}
    assert dc.keys.set_props("box", children=html.B("hi")).to_json()["set_props"]["props"] == {
        "children": {"props": {"children": "hi"}, "type": "B", "namespace": "dash_html_components"}}
    assert dc.keys.toggle("drawer", "opened").to_json() == {"toggle": {"id": "drawer", "prop": "opened"}}
    assert dc.keys.click("go").to_json() == {"click": {"id": "go"}}
    assert dc.keys.focus("search").to_json() == {"focus": {"id": "search"}}


def test_run_writes_the_action_as_data_with_what_it_reads_and_sets():
    step = dc.keys.run(dc.format.currency(currency="EUR", locale=State("loc", "value")),
                       Output("price", "children"), State("amount", "value"))
    assert step.to_json() == {"run": {
        "action": {"action": "format.currency",
                   "options": {"currency": "EUR", "locale": {"$state": {"id": "loc", "property": "value"}}}},
        "outputs": [{"id": "price", "property": "children"}],
        "values": [{"id": "amount", "property": "value"}],
        "context": False,
    }}
    assert dc.keys.run(dc._internal.gate(), Output("seen", "data"), Input("a", "value")).to_json()["run"]["context"]


@pytest.mark.parametrize(("build", "message"), [
    (lambda: dc.keys.bind("ctrl+"), "dc.keys.bind: 'ctrl+': '+' needs a key on both sides (the + key is written 'plus')"),
    (lambda: dc.keys.bind("ctrl+foo"), "dc.keys.bind: 'ctrl+foo': unknown key 'foo' (a named key such as enter, "
                                       "escape, arrowup, f1, space, plus, or one character)"),
    (lambda: dc.keys.bind("shift+/"), "dc.keys.bind: 'shift+/': which character Shift+/ types depends on the keyboard "
                                      "layout; write that character (such as '?' for Shift+/ on a US keyboard)"),
    (lambda: dc.keys.bind("a", prevent_default="yes"),
     "dc.keys.bind: option 'prevent_default' must be true or false, got 'yes'"),
    (lambda: dc.keys.bind("a", scope="main.panel"),
     "dc.keys.bind: option 'scope' must be a component id (a string without '.' or '{', or a dict of strings, "
     "numbers and booleans) or None, got 'main.panel'"),
    (lambda: dc.keys.click("save.button"),
     "dc.keys.click: option 'id' must be a component id (a string without '.' or '{', or a dict of strings, "
     "numbers and booleans), got 'save.button'"),
    (lambda: dc.keys.focus({"type": "field", "index": MATCH}), "dc.keys.focus: option 'id' must be a component id"),
    (lambda: dc.keys.toggle("drawer", 5), "dc.keys.toggle: option 'prop' must be a string, got 5"),
    (lambda: dc.keys.wait(-1), "dc.keys.wait: option 'ms' must be an integer from 0 to 600000, got -1"),
    (lambda: dc.keys.set_props("status"), "dc.keys.set_props: give at least one prop to set"),
    (lambda: dc.keys.run(dc.format.currency(), Output("x", "children")),
     "dc.keys.run: dc.format.currency takes 1 value(s) from Input/State, got 0"),
    (lambda: dc.keys.run(dc.format.currency(), Output("x", "children"), Output("y", "children"), State("a", "value")),
     "dc.keys.run: dc.format.currency writes 1 value(s), one per Output; got 2 Output(s)"),
    (lambda: dc.keys.run(dc.format.currency(), Output({"i": ALL}, "children"), State("a", "value")),
     "dc.keys.run: Output({'i': <ALL>}, 'children') is not an exact component id"),
    (lambda: dc.keys.run(dc.format.currency(currency=State({"i": MATCH}, "value")), Output("x", "children"),
                         State("a", "value")), "dc.keys.run: State({'i': <MATCH>}, 'value') is not an exact component id"),
])
def test_bad_bindings_and_steps_raise_valueerror_naming_the_problem(build, message):
    with pytest.raises(ValueError) as error:
        build()
    assert str(error.value).startswith(message)


def test_what_a_step_is_not_raises_typeerror():
    with pytest.raises(TypeError, match=r"wrap the action with dc.keys.run\(dc.format.currency\(\), Output"):
        dc.keys.bind("a", dc.format.currency())
    with pytest.raises(TypeError, match="a step is dc.keys.set_props/click/focus/toggle/wait/run"):
        dc.keys.bind("a", "status")
    with pytest.raises(TypeError, match="expected an action"):
        dc.keys.run("format.currency")


def test_container_values_in_messages_are_written_the_python_way():
    # The JS half writes JSON there (js/core/schema.js repr); the shared tables keep to scalars.
    with pytest.raises(ValueError, match=r"option 'steps' must be a list, got \{'click': \{'id': 'b'\}\}"):
        dc.keys.Binding.from_json({"keys": "a", "steps": {"click": {"id": "b"}}})
    with pytest.raises(ValueError, match=r"option 'id' must be a component id .*, got \{'type': 'b', 'index': \['ALL'\]\}"):
        dc.keys.Binding.from_json({"keys": "a", "steps": [{"click": {"id": {"type": "b", "index": ["ALL"]}}}]})
    with pytest.raises(ValueError, match=r"option 'action' must be an action as data"):
        dc.keys.Binding.from_json({"keys": "a", "steps": [{"run": {"action": {"action": "currency", "options": {}}}}]})


def test_shortcuts_checks_the_whole_list_for_both_platforms():
    save = dc.keys.bind("mod+s")
    with pytest.raises(ValueError, match=r"^dc.keys.Shortcuts\(id='keys'\): bindings\[1\]: the same keys as "
                                         r"bindings\[0\] \('mod\+s'\) in the same scope outside macOS$"):
        dc.keys.Shortcuts(id="keys", bindings=[save, dc.keys.bind("ctrl+s")])
    with pytest.raises(ValueError, match=r"bindings\[1\]: the same keys as bindings\[0\] \('mod\+s'\) in the same scope on macOS"):
        dc.keys.Shortcuts(id="keys", bindings=[save, dc.keys.bind("meta+s")])
    with pytest.raises(ValueError, match=r"bindings\[1\]: name 'go' is already used by bindings\[0\]"):
        dc.keys.Shortcuts(id="keys", bindings=[dc.keys.bind("a", name="go"), dc.keys.bind("b", name="go")])
    with pytest.raises(ValueError, match=r"bindings\[0\]: 'ctrl\+': '\+' needs a key"):
        dc.keys.Shortcuts(id="keys", bindings=[{"keys": "ctrl+"}])
    with pytest.raises(ValueError, match="id must be a component id"):
        dc.keys.Shortcuts(id="my.keys", bindings=[])
    with pytest.raises(ValueError, match=r"option 'sequence_timeout' must be an integer from 1 to 60000, got 0"):
        dc.keys.Shortcuts(id="keys", sequence_timeout=0)
    with pytest.raises(ValueError, match=r"option 'platform' must be one of 'other', 'mac' or None, got 'linux'"):
        dc.keys.Shortcuts(id="keys", platform="linux")
    with pytest.raises(TypeError, match="bindings must be a list"):
        dc.keys.Shortcuts(id="keys", bindings="ctrl+s")
    with pytest.raises(TypeError, match=r"bindings\[0\] must be dc.keys.bind"):
        dc.keys.Shortcuts(id="keys", bindings=["ctrl+s"])


def test_shortcuts_is_a_dash_component_in_the_dashclient_namespace():
    shortcuts = dc.keys.Shortcuts(id={"role": "keys"}, bindings=[dc.keys.bind("?", name="help")], sequence_timeout=800)
    assert shortcuts.to_plotly_json() == {
        "type": "Shortcuts", "namespace": "dashclient",
        "props": {"id": {"role": "keys"}, "bindings": [{"keys": "?", "name": "help"}], "sequence_timeout": 800},
    }
    app = Dash(__name__)
    app.layout = html.Div([shortcuts, html.Div(id="out")])
    app.callback(Output("out", "children"), Input({"role": "keys"}, "event"))(lambda event: json.dumps(event))
    assert '"namespace": "dashclient"' in json.dumps(app.layout.to_plotly_json(), default=lambda o: o.to_plotly_json())


def test_the_grammar_words_come_from_the_js_tables():
    data = words()
    assert data["modifiers"]["cmd"] == "meta" and data["key_aliases"]["esc"] == "escape"
    assert data["named_keys"]["f24"]["label"] == "F24"
    assert data["component_props"]["sequence_timeout"]["default"] == 1000
    assert set(data["steps"]) == {"set_props", "click", "focus", "toggle", "wait", "run"}


def test_parse_and_describe_are_actions_with_python_twins():
    assert dc.keys.parse(platform="mac")("mod+shift+k")["label"] == "⇧⌘K"
    described = dc.keys.describe()([dc.keys.bind("g i", description="Inbox").to_json()])
    assert described["errors"] == [] and described["bindings"][0]["label"] == "G then I"
    with pytest.raises(ValueError, match="option 'platform' must be one of 'other', 'mac', got 'win'"):
        dc.keys.parse(platform="win")


def test_the_docs_list_every_binding_option_with_its_default():
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "keys.md").read_text("utf-8")
    table = dict(re.findall(r"^\| `(\w+)` \| `([^`]*)` \|", text, flags=re.M))
    options = {name: schema for name, schema in words()["binding_options"].items() if name not in ("keys", "steps")}
    assert table == {name: repr(schema["default"]) if schema["default"] != "" else '""' for name, schema in options.items()}


def test_the_readme_keys_section_runs_and_its_bad_combo_raises():
    import re
    from pathlib import Path

    section = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8").split("### keys", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    good, bad = code.rsplit("\n", 2)[0], code.rsplit("\n", 2)[1]
    namespace = {"dc": dc}
    exec(compile(good, "README keys", "exec"), namespace)  # noqa: S102 - our own README
    with pytest.raises(ValueError, match=r"'\+' needs a key on both sides"):
        exec(compile(bad, "README keys", "exec"), namespace)  # noqa: S102
