"""Work that changes nothing on screen can wait until a widget has been painted once."""

from collections.abc import Callable
from weakref import WeakMethod

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], object]) -> None:
        super().__init__(widget)
        # Held weakly: this filter lives as long as the widget does, and a bound method of a
        # window would keep the window alive for ever.
        self._work = WeakMethod(work)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if (work := self._work()) is not None:
                # Once the frame is out, not inside its paint; dropped if the widget goes first.
                QTimer.singleShot(0, watched, work)
        return False


def after_first_paint(widget: QWidget, work: Callable[[], object]) -> None:
    """Run ``work``, a bound method, on the turn of the event loop after ``widget`` is first
    painted."""
    _FirstPaint(widget, work)
