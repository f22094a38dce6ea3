"""Browser tests of the order form's own clientside functions with dashclient.testing: copy this
file (and conftest.py beside it) next to your app, and run ``pytest --headless``.

Needs ``pip install dashclient dash[testing]`` and Chromium + chromedriver on the machine.
"""

import pytest
from dash import no_update

from dashclient.testing import ClientsideError, assert_modes_agree, call, console_errors, wait_for_text_content
from testing_my_app import PRICES, create_app, reference, total


def test_my_functions_give_what_their_python_twins_give(dash_duo):
    dash_duo.start_server(create_app())
    options = {"prices": PRICES}

    # Plain values in, the JS result back; the Python twin must agree.
    assert call(dash_duo, "order.total", 3, "MUG", options) == total()(3, "MUG") == 26.97
    assert call(dash_duo, "order.total", None, "MUG", options) is no_update  # dash_clientside.no_update
    # An async function: its Promise is awaited.
    assert call(dash_duo, "order.reference", "KETTLE", 2) == reference()("KETTLE", 2)
    # A thrown error is raised with the JS message; the twin refuses the same input.
    with pytest.raises(ClientsideError, match="RangeError: quantity must be 0 or more, got -1"):
        call(dash_duo, "order.total", -1, "MUG", options)
    assert total()(-1, "MUG") is no_update  # the twin refuses it too: both leave the outputs untouched

    # The page: exact text (the no-break space before € kept), waited for, never slept.
    wait_for_text_content(dash_duo, "amount", "25,00\u00a0€")
    assert console_errors(dash_duo) == []


def change_the_order(page):
    """The same interactions in each mode: another product, another quantity, then a bad one."""
    page.dash_duo.select_dcc_dropdown("#sku", "KETTLE")
    box = page.dash_duo.find_element("#quantity")
    page.dash_duo.clear_input(box)
    box.send_keys("3")
    wait_for_text_content(page.driver, "amount", "149,70\u00a0€")
    box.send_keys("-")  # "-3": refused in both modes, the outputs keep their values


def test_client_and_server_mode_end_with_the_same_props(dash_duo):
    seen = assert_modes_agree(dash_duo, create_app, ["amount.children", "reference.children", "total.data"],
                              interact=change_the_order)
    assert seen["client"]["amount.children"] == "149,70\u00a0€"
