"""d3-format's specifier grammar in Python (work in progress: see the number helper)."""


def parse_specifier(specifier: str):
    raise NotImplementedError


def format_with(specifier: str, definition: dict, value: float) -> str:
    raise NotImplementedError
