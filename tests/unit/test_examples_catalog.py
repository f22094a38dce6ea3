"""The gallery's list of examples and the examples/ folder agree."""

from pathlib import Path

from dashclient.gallery._examples import EXAMPLES

ROOT = Path(__file__).resolve().parents[2]


def example_apps() -> set[str]:
    """Every runnable example: examples/*.py and examples/*/app.py, not helpers (_x.py), tests or conftest."""
    found = {p for p in ROOT.glob("examples/*.py") if not p.name.startswith(("_", "test_", "conftest"))}
    found |= set(ROOT.glob("examples/*/app.py"))
    return {str(p.relative_to(ROOT)) for p in found}


def test_every_example_app_is_listed_once_and_every_listed_file_exists():
    listed = [example.path for example in EXAMPLES]
    assert len(listed) == len(set(listed)), "an example is listed twice"
    assert example_apps(), "no example found"
    assert set(listed) == example_apps()


def test_every_listed_example_has_a_title_and_a_command_naming_its_file():
    for example in EXAMPLES:
        assert example.title
        assert example.path.split("/")[-1].removesuffix(".py") in example.start or example.path in example.start
