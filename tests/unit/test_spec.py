"""Names, schemas, defaults and the version live once (js/ and package.json); Python, the built
bundle, the .d.ts and the reference docs agree with them."""

import json
import shutil
import subprocess
from importlib import metadata
from pathlib import Path

import pytest

import dashclient as dc
from dashclient import _schema, _spec
from dashclient._action import REGISTRY

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = ["format", "patch", "dispatch", "keys", "fetch", "figure"]
node = pytest.mark.skipif(shutil.which("node") is None, reason="node runs the JS half")


def test_version_is_the_one_in_package_json():
    package_json = json.loads((ROOT / "package.json").read_text("utf-8"))
    assert dc.__version__ == package_json["version"] == metadata.version("dashclient")


def test_spec_is_version_2_and_lists_the_five_namespaces_of_the_contract_then_figure():
    assert _spec.spec()["spec_version"] == 2
    assert list(_spec.spec()["namespaces"]) == [f"dashclient_{p}" for p in PATTERNS]


def test_every_js_function_has_a_python_action_and_every_action_a_js_function():
    # The binding layer's own functions (pattern "internal") have twins too, for the case tables.
    in_js = {(p, name) for p in [*PATTERNS, "internal"] for name in _spec.functions_of(p)}
    assert set(REGISTRY) == in_js


def test_python_pattern_modules_export_exactly_the_js_names():
    for pattern in PATTERNS:
        module = getattr(dc, pattern)
        exported = [name for name in module.__all__ if name[0].islower() and name in _spec.functions_of(pattern)]
        assert sorted(exported) == sorted(_spec.functions_of(pattern))


def test_every_function_declares_a_kind_a_signature_and_an_option_schema():
    for pattern in [*PATTERNS, "internal"]:
        for name in _spec.functions_of(pattern):
            function = _spec.function_spec(pattern, name)
            assert function.kind in ("action", "component", "internal")
            assert function.signature.values == "any" or isinstance(function.signature.values, int)
            assert function.signature.outputs in ("list", "any") or isinstance(function.signature.outputs, int)
            assert function.doc
            for option, schema in function.options.items():
                assert schema["type"] in _spec.types(), (name, option)
                assert function.defaults[option] == schema["default"]


def test_python_checks_exactly_the_option_types_spec_json_lists():
    assert set(_schema.checkers()) == set(_spec.types())


def test_every_default_passes_its_own_schema():
    for (pattern, name), factory in REGISTRY.items():
        function = factory.spec
        assert _schema.validate_options(function, {}) == dict(function.defaults), (pattern, name)


def test_action_factories_use_the_js_defaults():
    for (pattern, name), factory in REGISTRY.items():
        namespace = _spec.namespace_of(pattern)
        spec = {**_spec.spec()["namespaces"], **_spec.spec()["internal"]}[namespace]
        assert dict(factory.defaults) == spec["functions"][name]["defaults"]


def test_the_types_file_is_named_by_package_json_and_declares_every_function():
    package_json = json.loads((ROOT / "package.json").read_text("utf-8"))
    declarations = ROOT / package_json["types"]
    assert declarations == ROOT / "src" / "dashclient" / _spec.TYPES_FILE
    text = declarations.read_text("utf-8")
    for pattern in PATTERNS:
        assert f"dashclient_{pattern}: Dashclient{pattern.title()};" in text
        for name in _spec.functions_of(pattern):
            assert f"  {name}(" in text, name


def test_the_reference_docs_list_every_function_and_option():
    text = (ROOT / "docs" / "reference.md").read_text("utf-8")
    for pattern in PATTERNS:
        for name in _spec.functions_of(pattern):
            assert f"### `{name}`" in text
            for option in _spec.function_spec(pattern, name).options:
                assert f"| `{option}` |" in text


@node
def test_the_built_bundle_registers_exactly_the_spec_names_and_version():
    script = ROOT / "tests" / "js" / "inspect-bundle.cjs"
    bundle = ROOT / "src" / "dashclient" / _spec.BUNDLE
    out = subprocess.run(["node", str(script), str(bundle)], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    assert loaded["version"] == _spec.version()
    assert loaded["namespaces"] == {
        ns: sorted(entry["functions"]) for ns, entry in _spec.spec()["namespaces"].items()
    }


@node
def test_build_output_is_what_the_repository_holds(tmp_path):
    """spec.json, the .d.ts and docs/reference.md are generated: rebuilding changes nothing."""
    files = [ROOT / "src" / "dashclient" / "static" / "spec.json", ROOT / "src" / "dashclient" / _spec.TYPES_FILE,
             ROOT / "docs" / "reference.md"]
    before = [f.read_bytes() for f in files]
    subprocess.run(["node", str(ROOT / "scripts" / "build.js")], cwd=ROOT, check=True, capture_output=True)
    assert [f.read_bytes() for f in files] == before
