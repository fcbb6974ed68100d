"""What a reader waits for in the open guide: switching views, text size, language, search.

In-process and offscreen, the window shown at 1280 x 800 (as bench/tick.py does). Each action
is timed until its result is laid out and painted: the action, then every pending event and
zero-delay timer (posted layout and style work, the table's refit, and the paint: Qt posts an
update request for whatever changed on screen). A repaint() on top would paint it all twice.
Deferred deletes (old views after a language switch) are flushed between samples, outside the
timing.

Run with: QT_QPA_PLATFORM=offscreen python -m bench.interactions [CONTENT_FOLDER]
"""

import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from bench.search import QUERIES

SIZE = (1280, 800)
VIEW_CYCLES = 20  # 5 switches each
TEXT_SIZE_ROUNDS = 20  # larger, then smaller
LANGUAGE_ROUNDS = 5  # en -> es, then es -> en
SEARCH_ROUNDS = 2  # of bench.search.QUERIES, typed prefixes among them


def application() -> QApplication:
    return QApplication.instance() or QApplication([])


@contextmanager
def shown_window(content: str | None = None) -> Iterator:
    """A MainWindow on ``content`` (None: the bundled content), with fresh settings in a
    temporary folder, shown at 1280 x 800 and painted once; closed and deleted afterwards."""
    app = application()
    with tempfile.TemporaryDirectory() as settings_dir:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        from guide.app import open_window

        window = open_window(content, "en")
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        window.repaint()
        try:
            yield window
        finally:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run_pending() -> None:
    """Every posted event and zero-delay timer (the table refits its rows on one), and those
    they start in turn: a single processEvents() can leave a timer for the next sample."""
    for _ in range(2):
        done: list[bool] = []
        QTimer.singleShot(0, lambda done=done: done.append(True))  # after the ones pending
        while not done:
            QCoreApplication.processEvents()


def settle(window) -> None:
    """Until the window is laid out again and what changed is painted."""
    run_pending()


def timed(window, action: Callable[[], object]) -> float:
    """Milliseconds from ``action`` to the window painted with its result."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    started = time.perf_counter()
    action()
    settle(window)
    return (time.perf_counter() - started) * 1000


def _views(window, n: int) -> list[tuple[str, object]]:
    """One round of the views a reader moves among; the cell and topic change each round."""
    from guide.navigation import HOME, Location

    topics = [topic.id for topic in window.guide.topics]
    options = [option.id for option in window.guide.options]
    return [
        ("home", HOME),
        ("comparison with a cell", Location("compare", topics[n % len(topics)],
                                            options[n % len(options)])),
        ("checklist", Location("checklist")),
        ("topic page", Location("topic", topics[(n + 1) % len(topics)])),
        ("page", Location("page", "about")),
    ]


def measure(content: str | None = None, language: bool = True) -> dict[str, object]:
    """Timings in ms: one-off figures as floats, repeated ones as lists.

    ``language``: also switch en -> es -> en (the content must have both)."""
    from guide.navigation import Location

    results: dict[str, object] = {}
    with shown_window(content) as window:
        guide = window.guide
        cell = Location("compare", guide.topics[0].id, guide.options[0].id)
        # Lazily built views: their first opening is a one-off, reported apart.
        results["first comparison"] = timed(window, lambda: window.navigate(cell))
        results["first checklist"] = timed(window, lambda: window.navigate(Location("checklist")))
        results["first search"] = timed(window, lambda: window.search("visit"))  # + index

        for _, location in _views(window, 0):  # every view visited once before timing
            timed(window, lambda location=location: window.navigate(location))
        views: dict[str, list[float]] = {}
        for n in range(1, VIEW_CYCLES + 1):
            for name, location in _views(window, n):
                views.setdefault(name, []).append(
                    timed(window, lambda location=location: window.navigate(location)))
        results["views"] = [t for timings in views.values() for t in timings]
        results["views by kind"] = {name: statistics.median(t) for name, t in views.items()}

        window.navigate(Location("compare", guide.topics[1].id, guide.options[-1].id))
        settle(window)
        sizes = []
        for _ in range(TEXT_SIZE_ROUNDS):
            sizes.append(timed(window, window.appearance.larger))
            sizes.append(timed(window, window.appearance.smaller))
        results["text size"] = sizes

        searches = [timed(window, lambda query=query: window.search(query))
                    for _ in range(SEARCH_ROUNDS) for query in QUERIES]
        results["search"] = searches

        if language:
            window.navigate(Location("compare", guide.topics[2].id, guide.options[0].id))
            settle(window)
            for lang in ("es", "en"):  # untimed: the Spanish guide is parsed and cached once
                timed(window, lambda lang=lang: window.set_language(lang))
            switches = []
            for _ in range(LANGUAGE_ROUNDS):
                switches.append(timed(window, lambda: window.set_language("es")))
                switches.append(timed(window, lambda: window.set_language("en")))
            results["language"] = switches
    return results


def main() -> None:
    content = sys.argv[1] if len(sys.argv) > 1 else None
    results = measure(content, language=content is None)
    for name, value in results.items():
        if isinstance(value, list):
            print(f"{name:24} median {statistics.median(value):8.2f} ms   "
                  f"max {max(value):8.2f} ms   ({len(value)} runs)")
        elif isinstance(value, dict):
            print(f"{name:24} " + ", ".join(f"{k} {v:.2f} ms" for k, v in value.items()))
        else:
            print(f"{name:24} {value:8.2f} ms   (once)")


if __name__ == "__main__":
    main()
