"""Work that changes nothing on screen can wait until a widget has been painted once."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], object]) -> None:
        super().__init__(widget)
        self._work = work
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Once the frame is out, not inside its paint; dropped if the widget goes first.
            QTimer.singleShot(0, watched, self._work)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, work: Callable[[], object]) -> None:
    """Run ``work`` on the turn of the event loop after ``widget`` is first painted."""
    _FirstPaint(widget, work)
