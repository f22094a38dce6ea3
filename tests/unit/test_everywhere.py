"""One bound formatter for every place a Dash app shows a value: what price.ag_grid(), .dmc(),
.dcc() and .plotly() hand each library, and the refusals."""

import json

import pytest
from dash import Input, State

import dashclient as dc
from dashclient.format import FormatAction, escape_dots

PRICE = dc.format.currency(currency="EUR", locale="de-DE")


def test_every_formatter_is_a_format_action_and_round_trips_as_one():
    for name in dc.format.__all__:
        if name[0].islower():
            assert isinstance(getattr(dc.format, name)(), FormatAction), name
    assert isinstance(dc.Action.from_json(PRICE.to_json()), FormatAction)


def test_ag_grid_calls_the_bound_function_on_params_value():
    bound = 'currency:{"currency":"EUR","locale":"de-DE"}'
    assert PRICE.ag_grid() == {"function": f"dash_clientside.dashclient_format['{bound}'](params.value)"}
    assert dc.format.currency().ag_grid() == {"function": "dash_clientside.dashclient_format.currency(params.value)"}


def test_ag_grid_escapes_what_a_js_string_literal_cannot_hold():
    tricky = dc.format.number(fallback="it's \\ a\nline\u2028")
    expression = tricky.ag_grid()["function"]
    literal = expression[len("dash_clientside.dashclient_format["):-len("](params.value)")]
    assert literal.startswith("'") and literal.endswith("'")
    assert "\n" not in literal and "\u2028" not in literal
    # What a JS parser makes of the literal: the bound name, exactly.
    unescaped = json.loads('"' + literal[1:-1].replace('"', '\\"').replace("\\'", "'") + '"')
    assert unescaped == tricky.function_name


def test_dmc_names_the_function_and_passes_the_bound_options():
    assert PRICE.dmc() == {"function": "dashclient_format.currency", "options": {"currency": "EUR", "locale": "de-DE"}}
    assert dc.format.number(specifier=",.2f").dmc() == {"function": "dashclient_format.number",
                                                        "options": {"specifier": ",.2f"}}
    assert dc.format.percent().dmc() == {"function": "dashclient_format.percent", "options": {}}


def test_dcc_escapes_the_dots_dcc_would_split_on():
    assert PRICE.dcc() == 'dashclient_format.currency:{"currency":"EUR","locale":"de-DE"}'
    transform = dc.format.number(specifier=",.1%").dcc()
    assert transform == 'dashclient_format.number:{"specifier":",%2E1%25"}'
    assert transform.count(".") == 1
    assert escape_dots("a.b%c") == "a%2Eb%25c"


def test_plotly_is_the_figure_action_with_this_formatter():
    texts = PRICE.plotly(field="x", hovertemplate=None)
    assert texts.qualname == "dc.figure.format_text"
    assert texts.options["format"] == PRICE.to_json()
    assert texts.options["field"] == "x" and texts.options["hovertemplate"] is None


@pytest.mark.parametrize("helper", ["ag_grid", "dmc", "dcc", "plotly"])
def test_a_page_bound_option_is_refused_by_every_helper_naming_it(helper):
    price = dc.format.currency(currency=State("ccy", "value"), locale=Input("loc", "value"))
    with pytest.raises(ValueError, match="option 'currency' is bound to the page"):
        getattr(price, helper)()


def test_many_gives_the_strings_the_grid_shows():
    assert PRICE.many([1234.5, None, "x", -3]) == ["1.234,50\u00a0€", "", "", "-3,00\u00a0€"]
