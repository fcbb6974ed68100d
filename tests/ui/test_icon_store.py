"""Drawn icons are kept in the user's cache folder, so the next start need not draw them."""

import pytest
from PySide6.QtGui import QIcon, QShortcut

from guide.settings import MemoryStore, Settings
from guide.ui import icons
from guide.ui.main_window import MainWindow


@pytest.fixture
def store(qapp, tmp_path, monkeypatch):
    """A cache folder of the test's own, and icons made afresh in it, as at a start."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(icons, "_keeping", True)
    icons.icon.cache_clear()
    yield tmp_path / "care-choices" / "icons"
    icons.icon.cache_clear()


def _never_drawn(*_args):
    raise AssertionError("drawn again, not taken from the cache folder")


def test_a_drawn_icon_is_kept_and_taken_from_the_cache_next_time(store, monkeypatch):
    drawn = icons.icon("home", "#123456").pixmap(24, 24).toImage()
    faded = icons.icon("home", "#123456").pixmap(24, 24, QIcon.Mode.Disabled).toImage()
    icons.icon("home", "#abcdef").pixmap(24, 24)  # another ink: another picture
    kept = [path.name for path in store.glob("*.png")]
    assert len(kept) == 3 and all("-24x24" in name for name in kept)
    assert sum(name.endswith("-faded.png") for name in kept) == 1

    icons.icon.cache_clear()  # as at the next start
    monkeypatch.setattr(icons._InkedSvg, "_draw", _never_drawn)
    again = icons.icon("home", "#123456")
    assert again.pixmap(24, 24).toImage() == drawn
    assert again.pixmap(24, 24, QIcon.Mode.Disabled).toImage() == faded
    assert not list(store.glob("*.tmp"))


def test_an_unreadable_kept_icon_is_drawn_again_and_replaced(store):
    expected = icons.icon("back", "#123456").pixmap(32, 32).toImage()
    [kept] = store.glob("*.png")
    kept.write_bytes(b"\x89PNG\r\n half a file")
    icons.icon.cache_clear()
    assert icons.icon("back", "#123456").pixmap(32, 32).toImage() == expected
    icons.icon.cache_clear()
    assert icons.icon("back", "#123456").pixmap(32, 32).toImage() == expected


def test_icons_are_drawn_when_the_cache_folder_cannot_be_written(qapp, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    icons.icon.cache_clear()
    try:
        image = icons.icon("home", "#123456").pixmap(24, 24).toImage()
        inked = {image.pixelColor(x, y).name() for x in range(24) for y in range(24)
                 if image.pixelColor(x, y).alpha() == 255}
        assert inked == {"#123456"}
    finally:
        icons.icon.cache_clear()


def test_icons_drawn_after_the_first_frame_are_not_kept(qtbot, store, guide):
    """A kiosk visitor's colours and text size leave no trace in the cache folder."""
    window = MainWindow(guide, kiosk=True, settings=Settings(MemoryStore()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QShortcut) is not None)  # the first frame is out
    kept = set(store.glob("*.png"))
    assert len(kept) >= 4  # the start screen's icons
    window.appearance.set_theme("high-contrast")
    window.appearance.larger()
    window.grab()  # draws the icons in the new inks and size
    assert set(store.glob("*.png")) == kept
