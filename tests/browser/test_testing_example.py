"""The example test file users copy (examples/test_testing_my_app.py) runs in the project's own
suite, so the kit's documented use stays true."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "examples"))

from test_testing_my_app import (  # noqa: E402  (pytest collects them here)
    test_client_and_server_mode_end_with_the_same_props,
    test_my_functions_give_what_their_python_twins_give,
)

__all__ = ["test_client_and_server_mode_end_with_the_same_props", "test_my_functions_give_what_their_python_twins_give"]
