"""The command line: dashclient assets DIR, --version, python -m dashclient."""

import os
import subprocess
import sys

import pytest

from dashclient import __version__
from dashclient._assets import bundle_files
from dashclient.cli import main


def test_assets_copies_bundle_and_map_and_is_idempotent(tmp_path, capsys):
    target = tmp_path / "assets"
    assert main(["assets", str(target)]) == 0
    names = sorted(p.name for p in target.iterdir())
    assert names == ["dashclient.min.js", "dashclient.min.js.map"]
    for source in bundle_files():
        assert (target / source.name).read_bytes() == source.read_bytes()
    assert main(["assets", str(target)]) == 0
    assert "already up to date" in capsys.readouterr().out


def test_assets_refreshes_a_stale_copy(tmp_path):
    (tmp_path / "dashclient.min.js").write_text("old")
    assert main(["assets", str(tmp_path)]) == 0
    assert (tmp_path / "dashclient.min.js").read_bytes() == bundle_files()[0].read_bytes()


def test_assets_explains_a_target_that_is_a_file(tmp_path, capsys):
    target = tmp_path / "file"
    target.write_text("")
    assert main(["assets", str(target)]) == 1
    assert "is not a directory" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_assets_explains_a_directory_it_cannot_write(tmp_path, capsys):
    tmp_path.chmod(0o500)
    try:
        assert main(["assets", str(tmp_path / "sub")]) == 1
        assert "permission denied" in capsys.readouterr().err
    finally:
        tmp_path.chmod(0o700)


@pytest.mark.skipif(not os.path.ismount("/sys"), reason="needs Linux sysfs")
def test_assets_explains_a_directory_it_cannot_create_even_as_root(capsys):
    # sysfs refuses new directories to every user, root included.
    assert main(["assets", "/sys/dashclient-assets"]) == 1
    assert "cannot create /sys/dashclient-assets:" in capsys.readouterr().err


def test_python_m_dashclient_reports_the_version():
    out = subprocess.run([sys.executable, "-m", "dashclient", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"dashclient {__version__}"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_python_m_dashclient_gallery_serves_the_gallery_on_the_given_port():
    import time
    import urllib.request

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "dashclient", "gallery", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/format", timeout=2) as response:
                    page = response.read().decode()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"gallery did not start: {server.stdout.read().decode()[-2000:]}")
                time.sleep(0.2)  # polling a starting server, not waiting for a result
        assert "/_dash-component-suites/dashclient/static/dashclient.v" in page
    finally:
        server.terminate()
        server.wait(timeout=10)
