"""Ticking a statement until the comparison's highlight and the summary are updated and painted."""

import tempfile
import time

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

TICKS = 200


def tick_milliseconds(ticks: int = TICKS) -> list[float]:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as settings_dir:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        from guide.app import open_window
        from guide.navigation import Location

        window = open_window(None, "en")
        window.resize(1280, 800)
        window.show()
        window.navigate(Location("compare"))
        window.comparison.checklist_button.click()
        app.processEvents()
        boxes = [row.box for row in window.checklist_side.rows.values()
                 if not row.statement.safety]
        timings = []
        for index in range(ticks):
            box = boxes[index % len(boxes)]
            started = time.perf_counter()
            box.click()
            window.comparison.table.viewport().repaint()
            window.checklist_side.summary.repaint()
            timings.append((time.perf_counter() - started) * 1000)
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return timings
