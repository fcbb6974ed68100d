"""Work put off until a widget's first paint runs then, once, and keeps nothing alive."""

import gc
import weakref

from PySide6.QtWidgets import QLabel

from guide.ui.after_first_paint import after_first_paint


class Window(QLabel):
    def __init__(self) -> None:
        super().__init__("A window")
        self.finished = 0
        after_first_paint(self, self.finish)

    def finish(self) -> None:
        self.finished += 1


def test_the_work_runs_once_after_the_first_paint(qtbot):
    window = Window()
    qtbot.addWidget(window)
    qtbot.wait(20)
    assert window.finished == 0  # not shown, so not painted
    window.show()
    qtbot.waitUntil(lambda: window.finished == 1)
    window.repaint()
    qtbot.wait(20)
    assert window.finished == 1


def test_a_window_waiting_for_its_first_paint_is_freed_without_the_garbage_collector():
    # Start-up sets aside what it made for good (guide.app.collect_from_now_on), so a window
    # in a reference cycle would never be freed: only counting references frees it.
    gc.disable()
    try:
        window = Window()
        gone = weakref.ref(window)
        del window
        assert gone() is None
    finally:
        gc.enable()
