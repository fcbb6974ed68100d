"""Save offscreen screenshots of the main views, in every theme and at 100% and 200% text.

Usage: QT_QPA_PLATFORM=offscreen python -m scripts.screenshots OUT_DIR [WIDTHxHEIGHT]
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

VIEWS = {
    "home": "guide:home",
    "compare": "guide:compare/duration#inpatient",
    "checklist": "guide:checklist",
    "topic": "guide:topic/visits",
}


def main(out: str, size: str = "1024x768") -> None:
    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from guide.app import open_window
    from guide.navigation import Location
    from guide.themes import THEMES

    width, height = (int(n) for n in size.split("x"))
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    window = open_window(None, "en")
    window.resize(width, height)
    window.show()
    for statement_id in ("stop", "stress", "withdrawal"):
        window.answers.set_ticked(statement_id, True)
    for theme in THEMES:
        window.appearance.set_theme(theme)
        for step in (0, 4):
            window.appearance.set_step(step)
            for name, url in VIEWS.items():
                window.navigate(Location.parse(url))
                app.processEvents()
                window.grab().save(str(folder / f"{name}-{theme}-{100 + 25 * step}.png"))
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
