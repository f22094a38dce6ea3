"""The README's quickstart runs as written (all but the server start)."""

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def quickstart_code() -> str:
    section = README.read_text("utf-8").split("## Quickstart", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_quickstart_builds_an_app_with_a_client_and_a_server_callback():
    code = quickstart_code().replace("app.run(debug=True)", "")
    namespace: dict = {"__name__": "readme_quickstart"}
    exec(compile(code, "README quickstart", "exec"), namespace)  # noqa: S102 - our own README
    assert namespace["price"](1234.5) == "1.234,50\u00a0€"
    app = namespace["app"]
    client = app.server.test_client()
    client.get("/")  # runs Dash's first-request setup, which takes the global callbacks
    registered = client.get("/_dash-dependencies").get_json()
    kinds = sorted(bool(cb["clientside_function"]) for cb in registered if cb["output"].startswith("price"))
    assert kinds == [False, True]
    import dash._callback  # pylint: disable=import-outside-toplevel

    assert dash._callback.GLOBAL_CALLBACK_LIST == []  # nothing leaks into other tests' apps
