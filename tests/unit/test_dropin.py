"""The drop-in example (examples/dropin/) runs as it is: its assets/ copy of the bundle is the built
file, byte for byte, and the app never imports dashclient."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DROPIN = ROOT / "examples" / "dropin"


def test_the_committed_copy_of_the_bundle_is_the_built_file():
    built = (ROOT / "src" / "dashclient" / "static" / "dashclient.min.js").read_bytes()
    copy = (DROPIN / "assets" / "dashclient.min.js").read_bytes()
    assert copy == built, "examples/dropin/assets/dashclient.min.js is stale: run `npm run build` (it writes the copy)"


def test_the_drop_in_app_never_imports_dashclient():
    tree = ast.parse((DROPIN / "app.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported and not any(name.split(".")[0] == "dashclient" for name in imported), imported
