"""Work that must follow a change of font or size, yet come before Qt paints the result."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal


class BeforePaint(QObject):
    """Runs ``work`` once for any number of ``request()`` calls, after the events pending when
    asked and before the paint: a queued call goes ahead of the update request, which Qt posts
    at low priority. (A zero timer runs after the paint, so the view was painted twice.)"""

    _requested = Signal()

    def __init__(self, parent: QObject, work: Callable[[], object]) -> None:
        super().__init__(parent)
        self._work = work
        self._pending = False
        self._requested.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def request(self) -> None:
        if not self._pending:
            self._pending = True
            self._requested.emit()

    def _run(self) -> None:
        self._pending = False
        self._work()
