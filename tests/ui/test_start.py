"""Starting the guide as main.py does, in this process: the garbage collector is held while the
window is made (see guide.app.collect_from_now_on) and running again once it shows. And, in a
child process, that the first screen is painted before anything names PySide's Qt namespace,
and, from the second start on, without drawing its icons again."""

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from guide import app
from guide.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_kiosk_file(tmp_path):
    return ["--kiosk-config", str(tmp_path / "kiosk.ini")]  # absent: a desktop start


@pytest.fixture(autouse=True)
def unfrozen(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the kiosk sets its own
    yield
    gc.unfreeze()  # what a start set aside belongs to the test run: collect it again
    gc.enable()


@pytest.mark.parametrize("mode", [[], ["--kiosk"]])
def test_garbage_is_collected_again_once_the_window_shows(qtbot, no_kiosk_file, mode):
    seen = {}

    def look_then_quit():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.update(shown=[w.isVisible() for w in windows], collecting=gc.isenabled(),
                    set_aside=gc.get_freeze_count())
        QApplication.exit(0)  # not quit(): that asks the windows, and a kiosk refuses

    QTimer.singleShot(0, look_then_quit)
    assert app.main(["--lang", "en", *no_kiosk_file, *mode]) == 0
    assert seen["shown"] == [True]
    assert seen["collecting"]
    assert seen["set_aside"] > 10_000  # the window, its widgets, Qt's classes and modules


def test_a_start_that_stops_early_leaves_collection_on(no_kiosk_file, capsys):
    assert app.main(["--lang", "xx", *no_kiosk_file]) == 2
    assert "--lang xx: no such language" in capsys.readouterr().err
    assert gc.isenabled()


# Started in a child process: this one has long since made the Qt namespace. The probe reports,
# on the turn of the event loop after the first frame, whether anything so far has named Qt.
FIRST_FRAME_PROBE = """
import sys

from guide import app

open_window = app.open_window


def watched_open_window(*args, **kwargs):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    window = open_window(*args, **kwargs)

    def report():
        print("Qt named before the first frame:", "Qt" in vars(sys.modules["PySide6.QtCore"]))
        print("QtSvg loaded before the first frame:", "PySide6.QtSvg" in sys.modules)
        QApplication.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, report)
            return False

    window.first_paint = FirstPaint(window)
    window.installEventFilter(window.first_paint)
    return window


app.open_window = watched_open_window
sys.exit(app.main(sys.argv[1:]))
"""


def first_frame_report(tmp_path) -> str:
    """What the probe says of a start in a child process, with its own settings and cache."""
    environment = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_CACHE_HOME=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen")
    child = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE, "--lang", "en",
         "--kiosk-config", str(tmp_path / "kiosk.ini")],
        capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120)
    assert child.returncode == 0, child.stderr
    return child.stdout


def test_the_first_screen_is_painted_before_anything_names_qt(tmp_path):
    """Naming PySide's Qt namespace builds ~1,200 enum members in Python (see
    guide.ui.enum_property); a start that needs it is ~0.15x of a bare window slower."""
    report = first_frame_report(tmp_path)
    assert "Qt named before the first frame: False" in report, report


def test_a_second_start_shows_its_icons_without_drawing_them(tmp_path):
    """The first start draws the icons it shows and keeps them (guide.ui.icons); the next
    needs neither QtSvg nor any SVG parsed to its first frame."""
    assert "QtSvg loaded before the first frame: True" in first_frame_report(tmp_path)
    report = first_frame_report(tmp_path)
    assert "QtSvg loaded before the first frame: False" in report, report
