"""``dashclient assets DIR``: copy the built bundle and its source map for drop-in use (any Dash
app's assets/ folder, Dash.jl and Dash for R included)."""

from __future__ import annotations

import filecmp
import shutil
from importlib import resources
from pathlib import Path

from ._spec import BUNDLE, SOURCE_MAP


def bundle_files() -> list[Path]:
    package = resources.files("dashclient")
    return [Path(str(package.joinpath(BUNDLE))), Path(str(package.joinpath(SOURCE_MAP)))]


def copy_bundle(directory: str | Path) -> list[Path]:
    """Copy bundle and map into ``directory`` (created if missing); files already identical are
    left alone, so running it twice changes nothing. Raises ``OSError`` with a clear message."""
    target = Path(directory)
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(f"{target} exists and is not a directory")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # read-only file system, permission, a missing mount...
        raise OSError(f"cannot create {target}: {(error.strerror or str(error)).lower()}") from None
    written = []
    for source in bundle_files():
        destination = target / source.name
        if destination.exists() and filecmp.cmp(source, destination, shallow=False):
            continue
        try:
            shutil.copyfile(source, destination)
        except OSError as error:
            raise OSError(f"cannot write {destination}: {(error.strerror or str(error)).lower()}") from None
        written.append(destination)
    return written
