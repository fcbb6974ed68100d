import pytest
from PySide6.QtGui import QShortcut

from guide.content.loader import load_guide
from guide.paths import BUNDLED_CONTENT
from guide.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def guide():
    return load_guide(BUNDLED_CONTENT, "en")


@pytest.fixture
def window(qtbot, guide):
    window = MainWindow(guide)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.findChild(QShortcut) is not None)  # keys: after the 1st paint
    return window
