"""Starting the guide as main.py does, in this process: the garbage collector is held while the
window is made (see guide.app.collect_from_now_on) and running again once it shows."""

import gc
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from guide import app
from guide.ui.main_window import MainWindow


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
