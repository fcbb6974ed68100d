"""Child process: open a window, print the seconds to its first painted frame and the peak RSS,
and end there: nothing after the frame is counted (bench/__main__.py counts this process's
instructions too), and nothing is saved for the next start.

Usage: python -m bench.first_paint bare|guide START_TIME [CONTENT_FOLDER]
(the guide runs as `main.py --lang en [--content CONTENT_FOLDER]` does: its own code first,
PySide6 when main() needs it)
"""

import os
import resource
import sys
import time


def first_paint_watcher(started: float):
    """An event filter, to install on a window, that reports its first paint and ends the
    process. (Not on the whole application: a Python filter on every event costs a bare
    window ~40 ms.)"""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"{time.time() - started:.4f} {peak_kib}", flush=True)
            os._exit(0)

    return FirstPaint()


def main(kind: str, started: float, content: str | None = None) -> None:
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        app = QApplication(sys.argv[:1])
        watcher = first_paint_watcher(started)
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
            window.installEventFilter(watcher := first_paint_watcher(started))
            window.watcher = watcher  # kept alive with the window
            return window

        guide_app.open_window = watched_open_window
        sys.exit(guide_app.main([*(["--content", content] if content else []), "--lang", "en"]))


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
