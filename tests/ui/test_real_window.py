"""The guide in a real window on an X server (Xvfb); the screenshot is kept for people to see."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from guide.paths import ROOT

pytestmark = pytest.mark.xvfb


@pytest.fixture
def display(tmp_path):
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it)")
    number = 90 + os.getpid() % 100
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1024x768x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_real_window_shows_the_comparison(display, tmp_path):
    out = tmp_path / "real-window.png"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run([sys.executable, "-m", "tests.ui.xvfb_screenshot", str(out),
                             str(tmp_path / "settings")], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    keep = os.environ.get("SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(out, Path(keep) / out.name)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    # The red "Get help now" button is painted near the top right of a real, mapped window.
    reds = sum(1 for x in range(700, 1024, 4) for y in range(0, 60, 4)
               if _is_help_red(image.pixelColor(x, y)))
    assert reds > 20
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 768, 16)}
    assert len(colours) > 10


def _is_help_red(colour: QColor) -> bool:
    return colour.red() > 150 and colour.green() < 60 and colour.blue() < 60
