"""Child process: open a window, and print the seconds to its first paint and the peak RSS.

Usage: python -m bench.first_paint bare|guide START_TIME [CONTENT_FOLDER]
(the guide runs as `main.py --lang en [--content CONTENT_FOLDER]` does)
"""

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    """Installed on a window: reports its first paint. (Not on the whole application: a
    Python filter on every event costs a bare window ~40 ms.)"""

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
    watcher = FirstPaint(started, app)
    if kind == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("Care Choices"))
        window.resize(1100, 760)  # the guide's size on a first start
        window.installEventFilter(watcher)
        window.show()
        app.exec()
    else:  # as a person starts it: the command line, settings, language, window, event loop
        from guide import app as guide_app

        open_window = guide_app.open_window

        def watched_open_window(*args, **kwargs):
            window = open_window(*args, **kwargs)
            window.installEventFilter(watcher)
            return window

        guide_app.open_window = watched_open_window
        sys.exit(guide_app.main([*(["--content", content] if content else []), "--lang", "en"]))


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
