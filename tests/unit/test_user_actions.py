"""@dc.action: a user's function as an action, its signature read from its parameters, paired
with the user's JS function for client mode; "id.prop" dependencies."""

import json

import pytest
from dash import Dash, Input, Output, State, html, no_update

import dashclient as dc


@dc.action(js="my_app.card_text")
def card_text(points_data: dict, show_species: bool = False, *, label: str = "Clicked") -> str:
    """The clicked point in words."""
    point = points_data["points"][0]
    return f"{label} {point['x']}" + (f" {point['customdata'][0]}" if show_species else "")


@dc.action
def two(value) -> tuple[str, str]:
    return value, value.upper()


@dc.action(js="my_app.where")
def where(value, *, context=None):
    return context["triggered_id"]


def new_app():
    app = Dash(__name__)
    app.layout = html.Div()
    return app


def test_parameters_left_unbound_and_without_default_are_the_values():
    assert card_text().signature == dc.Signature(values=1, outputs=1, context=False)
    assert two().signature.outputs == 2
    assert where().signature == dc.Signature(values=1, outputs="any", context=True)


def test_bound_parameters_are_options_checked_against_their_annotation():
    action = card_text(show_species=True, label="Point")
    assert action({"points": [{"x": 5.1, "customdata": ["setosa"]}]}) == "Point 5.1 setosa"
    with pytest.raises(ValueError, match="dc.action card_text: option 'show_species' must be true or false"):
        card_text(show_species="yes")
    with pytest.raises(ValueError, match="unknown option 'colour'"):
        card_text(colour="red")


def test_a_page_bound_parameter_is_read_per_call():
    action = card_text(show_species=Input("switch", "checked"))
    point = {"points": [{"x": 1, "customdata": ["virginica"]}]}
    assert action(point, show_species=True) == "Clicked 1 virginica"
    assert action(point, show_species=False) == "Clicked 1"


def test_the_context_parameter_receives_the_snapshot():
    context = {"triggered_id": "b", "triggered": [], "inputs": {}, "states": {}, "outputs_list": None}
    assert where()(1, context=context) == "b"


def test_the_browser_half_is_the_user_s_function_described_by_its_bound_name():
    name = card_text(show_species=True).function_name
    assert name.startswith("call:")
    bound = json.loads(name.partition(":")[2])
    assert bound["$function"] == "my_app.card_text"
    assert bound["$signature"] == {"values": 1, "outputs": 1, "context": False}
    assert bound["$options"]["show_species"] == {"type": "boolean", "default": False}
    assert bound["show_species"] is True


def test_client_mode_needs_a_js_half():
    with pytest.raises(ValueError, match="has no JS twin.*mode='server'"):
        dc.callback(two(), Output("a", "children"), Output("b", "children"), Input("x", "value"), app=new_app())
    app = new_app()
    dc.callback(two(), Output("a", "children"), Output("b", "children"), Input("x", "value"), app=app, mode="server")
    assert app.callback_map["..a.children...b.children.."]["callback"].__wrapped__("hi") == ("hi", "HI")


def test_user_actions_round_trip_as_data():
    action = card_text(show_species=State("switch", "checked"), label="Point")
    data = json.loads(json.dumps(action.to_json()))
    assert data["action"].startswith("user:") and data["action"].endswith("card_text")
    assert dc.Action.from_json(data) == action


def test_a_bad_js_name_is_refused_when_decorating():
    with pytest.raises(ValueError, match="js must be 'namespace.function'"):
        dc.action(js="no_namespace")(lambda x: x)


def test_id_prop_strings_work_in_the_keyword_forms():
    app = new_app()
    dc.callback(dc.format.number(), output="out.children", inputs=["amount.value"], app=app)
    registered = app._callback_list[0]
    assert registered["output"] == "out.children"
    assert registered["inputs"] == [{"id": "amount", "property": "value"}]


def test_a_positional_string_is_ambiguous_and_refused():
    with pytest.raises(TypeError, match="output=/inputs=/state= keywords"):
        dc.callback(dc.format.number(), "out.children", Input("x", "value"), app=new_app())
    with pytest.raises(ValueError, match="not a dependency"):
        dc.callback(dc.format.number(), output="nodot", inputs=["x.value"], app=new_app())


def test_no_update_from_a_user_function_passes_through():
    @dc.action
    def nothing(value):
        return no_update

    assert nothing()(1) is no_update
