"""Command line: ``dashclient gallery``, ``dashclient assets DIR`` and ``dashclient doctor MODULE:APP``
(also ``python -m dashclient``)."""

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


def _doctor(args: argparse.Namespace) -> int:
    from ._doctor import LoadError, doctor  # pylint: disable=import-outside-toplevel

    try:
        report = doctor(args.target, browser=not args.no_browser)
    except LoadError as error:
        print(f"dashclient doctor: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - the app's own import failed: say so, not a traceback of ours
        print(f"dashclient doctor: loading {args.target} raised {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    print(report.dumps() if args.json else report.format())
    return 0 if report.ok else 1


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

    doctor = commands.add_parser(
        "doctor", help="load an app without serving it and report its callback gotchas (exit 1 on errors)",
        description="Load a Dash app without serving it and report the callback gotchas, with the offending ids: "
                    "ids missing from the layout, outputs shared without allow_duplicate, allow_duplicate without "
                    "prevent_initial_call, clientside function names no served script defines (checked in headless "
                    "Chromium), keywords clientside callbacks drop, callbacks registered too late, callback-id "
                    "collisions. Exit status: 0 clean (notes allowed), 1 errors found, 2 the app did not load.")
    doctor.add_argument("target", metavar="MODULE:APP",
                        help="package.module:app, path/to/app.py[:app], or a factory such as module:create_app")
    doctor.add_argument("--no-browser", action="store_true", help="skip the clientside function check in Chromium")
    doctor.add_argument("--json", action="store_true", help="print the report as JSON")
    doctor.set_defaults(run=_doctor)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
