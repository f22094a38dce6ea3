"""Size of the bundle every Dash app downloads: minified, gzip level 9, and its source map."""

from __future__ import annotations

import gzip
from pathlib import Path

STATIC = Path(__file__).resolve().parent.parent / "src" / "dashclient" / "static"
BUNDLE = STATIC / "dashclient.min.js"
SOURCE_MAP = STATIC / "dashclient.min.js.map"
GZIP_LEVEL = 9


def run() -> dict:
    bundle = BUNDLE.read_bytes()
    return {
        "bundle": str(BUNDLE.relative_to(STATIC.parent.parent.parent)),
        "minified_bytes": len(bundle),
        "gzip_bytes": len(gzip.compress(bundle, compresslevel=GZIP_LEVEL, mtime=0)),
        "map_bytes": SOURCE_MAP.stat().st_size if SOURCE_MAP.exists() else None,
    }
