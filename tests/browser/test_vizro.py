"""dashclient inside a real Vizro dashboard: Vizro's scripts replace window.dash_clientside with a
copy, the pack's namespaces and callbacks must survive that, and a dashclient action wired to a
Vizro component works in both modes."""

import sys
from pathlib import Path

import pytest
from dash import Input, Output

import dashclient as dc
from conftest import console_errors, wait_for_text_content

vizro = pytest.importorskip("vizro")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CLICK = {"points": [{"curveNumber": 0, "pointNumber": 0, "x": 5.1, "y": 0.2, "customdata": ["setosa"]}]}


def vizro_app(mode):
    import vizro.models as vm
    import vizro.plotly.express as px
    from vizro import Vizro

    sys.path.insert(0, str(EXAMPLES))
    from chain_clicked_point import clicked_point_text

    Vizro._reset()  # Vizro keeps its models in one process-wide manager
    page = vm.Page(title="dashclient in Vizro", components=[
        vm.Graph(id="scatter_chart", figure=px.scatter(px.data.iris(), x="sepal_length", y="petal_width",
                                                       color="species", custom_data=["species"])),
        vm.Card(id="my_card", text="Click on a point on the above graph."),
    ])
    app = Vizro(assets_folder=str(EXAMPLES / "assets")).build(vm.Dashboard(pages=[page]))
    action = clicked_point_text(show_species=True)
    dc.callback(action, Output("my_card", "children"), Input("scatter_chart", "clickData"), app=app.dash, mode=mode,
                prevent_initial_call=True)
    return app.dash, action


@pytest.mark.parametrize("mode", ["client", "server"])
def test_a_dashclient_action_drives_a_vizro_card_and_the_namespaces_survive_vizro(dash_duo, mode):
    app, action = vizro_app(mode)
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#scatter_chart", timeout=20)
    kept = dash_duo.driver.execute_script(
        "const dc = window.dash_clientside; return [typeof dc.page, typeof dc.dashclient_format, "
        "typeof dc.dashclient_format.currency, typeof dc.seed_actions];")
    assert kept == ["object", "object", "function", "object"]  # Vizro's own next to the pack's
    dash_duo.driver.execute_script("window.dash_clientside.set_props('scatter_chart', {clickData: arguments[0]});", CLICK)
    wait_for_text_content(dash_duo, "my_card", action(CLICK), timeout=20)
    assert console_errors(dash_duo) == []
