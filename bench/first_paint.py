"""Child process: open a window, and print the seconds to its first paint and the peak RSS.

Usage: python -m bench.first_paint bare|guide START_TIME [CONTENT_FOLDER]
(the guide opens CONTENT_FOLDER as `main.py --content` does; without it, the bundled content)
"""

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, started: float, app: QApplication) -> None:
        super().__init__()
        self.started, self.app, self.done = started, app, False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"{time.time() - self.started:.4f} {peak_kib}")
        self.app.quit()


def main(kind: str, started: float, content: str | None = None) -> None:
    app = QApplication(sys.argv[:1])
    if kind == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("Care Choices"))
    else:
        from guide.app import open_window

        window = open_window(content, "en")
        if getattr(window, "problems_box", None) is not None:  # fell back to the bundled one
            sys.exit(f"{content} has problems: run main.py --check-content {content}")
    watcher = FirstPaint(started, app)
    window.installEventFilter(watcher)
    window.resize(1024, 768)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
