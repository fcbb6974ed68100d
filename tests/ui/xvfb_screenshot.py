"""Run in a child process on a real X server: open the guide and save a screenshot of the screen.

Usage: python -m tests.ui.xvfb_screenshot OUT.png SETTINGS_DIR
"""

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from guide.content.loader import load_guide
from guide.navigation import Location
from guide.paths import BUNDLED_CONTENT
from guide.ui.main_window import MainWindow


def main(out: str, settings_dir: str) -> int:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication(sys.argv[:1])
    window = MainWindow(load_guide(BUNDLED_CONTENT, "en"))
    window.setGeometry(0, 0, 1024, 768)
    window.show()
    window.navigate(Location("compare", "duration", "inpatient"))

    def shoot() -> None:
        # Grab the X server's root window: what a person at this screen would see.
        app.primaryScreen().grabWindow(0).save(out)
        app.quit()

    QTimer.singleShot(1500, shoot)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
