"""The gallery app: every pattern, client mode and server mode side by side.

Run it with ``dashclient gallery`` or ``python -m dashclient gallery``; build it in a test with
:func:`create_app`. Pages live in ``gallery/pages/<pattern>.py`` (see ``pages/__init__.py``).
"""

from __future__ import annotations

from importlib import resources

from dash import Dash, html

from ._shell import register_nav_toggle, register_router, shell_layout
from .pages import load_pages

__all__ = ["create_app", "run"]

TITLE = "dashclient gallery"


def _assets_folder() -> str:
    # gallery.js and gallery.css; inside the package so the wheel ships them.
    return str(resources.files(__name__).joinpath("assets"))


def create_app() -> Dash:
    """A new gallery app with every page's callbacks registered on it (nothing global)."""
    app = Dash(
        __name__,
        title=TITLE,
        assets_folder=_assets_folder(),
    )
    pages = load_pages()
    app.layout = shell_layout(app, pages)
    # Pages are rendered by the router: Dash checks callback ids against every page's layout.
    # Dash annotates validation_layout as None; it takes a layout.
    app.validation_layout = html.Div([app.layout, *[page.layout() for page in pages.values()]])  # type: ignore[assignment]
    register_router(app, pages)
    register_nav_toggle(app)
    for page in pages.values():
        page.register_callbacks(app)
    return app


def run(host: str = "127.0.0.1", port: int = 8050, debug: bool = False) -> None:
    """Serve the gallery (blocking), as ``dashclient gallery`` does."""
    # No dev-tools call to plotly.com for a version check: the gallery runs offline too.
    create_app().run(host=host, port=port, debug=debug, dev_tools_disable_version_check=True)
