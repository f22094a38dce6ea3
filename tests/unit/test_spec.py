"""Names, defaults and the version live once (js/ and package.json); Python and the built bundle agree."""

import json
import shutil
import subprocess
from importlib import metadata
from pathlib import Path

import pytest

import dashclient as dc
from dashclient import _spec
from dashclient._action import REGISTRY

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = ["format", "patch", "dispatch", "keys", "fetch"]


def test_version_is_the_one_in_package_json():
    package_json = json.loads((ROOT / "package.json").read_text("utf-8"))
    assert dc.__version__ == package_json["version"] == metadata.version("dashclient")


def test_spec_lists_the_five_namespaces_of_the_contract():
    assert list(_spec.spec()["namespaces"]) == [f"dashclient_{p}" for p in PATTERNS]


def test_every_js_function_has_a_python_action_and_every_action_a_js_function():
    # The binding layer's own functions (pattern "internal") have twins too, for the case tables.
    in_js = {(p, name) for p in [*PATTERNS, "internal"] for name in _spec.functions_of(p)}
    assert set(REGISTRY) == in_js


def test_python_pattern_modules_export_exactly_the_js_names():
    for pattern in PATTERNS:
        module = getattr(dc, pattern)
        assert sorted(name for name in module.__all__ if name[0].islower()) == sorted(_spec.functions_of(pattern))


def test_action_factories_use_the_js_defaults():
    for (pattern, name), factory in REGISTRY.items():
        namespace = _spec.namespace_of(pattern)
        spec = {**_spec.spec()["namespaces"], **_spec.spec()["internal"]}[namespace]
        assert dict(factory.defaults) == spec["functions"][name]["defaults"]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is needed to load the built bundle")
def test_the_built_bundle_registers_exactly_the_spec_names_and_version():
    script = ROOT / "tests" / "js" / "inspect-bundle.cjs"
    bundle = ROOT / "src" / "dashclient" / _spec.BUNDLE
    out = subprocess.run(["node", str(script), str(bundle)], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    assert loaded["version"] == _spec.version()
    assert loaded["namespaces"] == {
        ns: sorted(entry["functions"]) for ns, entry in _spec.spec()["namespaces"].items()
    }
