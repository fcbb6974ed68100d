"""Work that must follow a change of font or size, yet come before Qt paints the result."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject


class BeforePaint(QObject):
    """Runs ``work`` once for any number of ``request()`` calls, after the events pending when
    asked and before the paint: an event posted to itself goes ahead of the update request,
    which Qt posts at low priority. (A zero timer runs after the paint, so the view was painted
    twice.)"""

    def __init__(self, parent: QObject, work: Callable[[], object]) -> None:
        super().__init__(parent)
        self._work = work
        self._pending = False

    def request(self) -> None:
        if not self._pending:
            self._pending = True
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))

    def customEvent(self, event) -> None:  # noqa: N802 (Qt's name): the posted request
        self._pending = False
        self._work()
