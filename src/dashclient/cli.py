"""Command line: ``dashclient gallery`` and ``dashclient assets DIR`` (also ``python -m dashclient``)."""

from __future__ import annotations

import argparse
import sys

from ._spec import version

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8050


def _gallery(args: argparse.Namespace) -> int:
    from .gallery import run  # pylint: disable=import-outside-toplevel  (dmc only when needed)

    run(host=args.host, port=args.port, debug=args.debug)
    return 0


def _assets(args: argparse.Namespace) -> int:
    from ._assets import copy_bundle  # pylint: disable=import-outside-toplevel

    try:
        written = copy_bundle(args.directory)
    except OSError as error:
        print(f"dashclient assets: {error}", file=sys.stderr)
        return 1
    if written:
        for path in written:
            print(f"wrote {path}")
    else:
        print(f"{args.directory}: already up to date")
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="dashclient", description="Clientside-first toolkit for Plotly Dash.")
    root.add_argument("--version", action="version", version=f"dashclient {version()}")
    commands = root.add_subparsers(dest="command", required=True)

    gallery = commands.add_parser("gallery", help="run the gallery app: every pattern, client and server side by side")
    gallery.add_argument("--host", default=DEFAULT_HOST)
    gallery.add_argument("--port", type=int, default=DEFAULT_PORT)
    gallery.add_argument("--debug", action="store_true", help="Dash debug mode (dev tools, reloader)")
    gallery.set_defaults(run=_gallery)

    assets = commands.add_parser("assets", help="copy the bundle and its source map into DIR for drop-in use")
    assets.add_argument("directory", metavar="DIR")
    assets.set_defaults(run=_assets)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
