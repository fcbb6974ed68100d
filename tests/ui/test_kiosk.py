"""Kiosk mode on real widgets: no way out, a staff exit behind a PIN, and a fresh start."""

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QMenu

from guide.content.cache import bundled_guide
from guide.kiosk_config import KioskConfig
from guide.kiosk_pin import LOCK_SECONDS, hash_pin
from guide.navigation import HOME, Location
from guide.paths import BUNDLED_CONTENT
from guide.settings import MemoryStore, Settings
from guide.ui.kiosk import KioskController
from guide.ui.kiosk_start import KioskStart
from guide.ui.main_window import KIOSK_TEXT_STEP, MainWindow
from tests.ui.helpers import click_link

PIN = "4321"


@pytest.fixture
def clock():
    return [1000.0]


@pytest.fixture
def kiosk(qtbot, tmp_path, clock):
    config = KioskConfig(enabled=True, idle_seconds=0.3, countdown_seconds=1,
                         pin_hash=hash_pin(PIN), log_path=tmp_path / "logs" / "kiosk.log")
    window = MainWindow(bundled_guide("en"), Settings(MemoryStore()), kiosk=True)
    qtbot.addWidget(window)
    controller = KioskController(window, config, clock=lambda: clock[0])
    controller.show()
    qtbot.waitExposed(window)
    yield controller
    controller.uninstall()


def visit(qtbot, window):
    """What a visitor might do: tick, read, enlarge, recolour, switch language, scroll."""
    window.answers.set_ticked("stop", True)
    window.answers.set_ticked("withdrawal", True)
    window.navigate(Location("topic", "visits"))
    window.page_view.verticalScrollBar().setValue(window.page_view.verticalScrollBar().maximum())
    qtbot.mouseClick(window.nav_bar.larger_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.nav_bar.theme_button, Qt.MouseButton.LeftButton)
    window.navigate(Location("compare", "duration", "iop"))
    window.comparison.show_side_panel(True)
    window.set_language("es")


def test_the_start_screen_offers_large_ways_in(kiosk):
    window = kiosk.window
    assert isinstance(window.home_view, KioskStart)
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    start = window.home_view
    text = window.nav_bar.where.font().pointSizeF()
    for button in (start.compare_button, start.checklist_button, start.questions_button,
                   start.help_button, kiosk.overlay.stay_button):
        assert button.font().pointSizeF() > text and button.font().bold()  # big, bold words
    for button in (start.compare_button, start.checklist_button, start.questions_button,
                   start.help_button):
        assert button.isVisible() and button.height() >= 64  # larger than the 48 px minimum
    assert window.nav_bar.findChild(QAbstractButton, "language-es").isVisible()
    assert window.appearance.step == KIOSK_TEXT_STEP
    assert not window.nav_bar.search_box.isVisible()  # common questions to tap instead


def test_common_questions_lead_to_the_comparison_row(qtbot, kiosk):
    window = kiosk.window
    qtbot.mouseClick(window.home_view.questions_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == Location("page", "common-questions")
    click_link(qtbot, window.page_view, "guide:compare/visits")
    assert window.current_location() == Location("compare", "visits")


def test_every_target_is_touch_sized(qtbot, kiosk):
    window = kiosk.window
    for place in (HOME, Location("compare"), Location("checklist")):
        window.navigate(place)
        # A statement's whole line is its target, so its checkbox's row is what is measured.
        small = [button.text() or button.accessibleName()
                 for button in window.findChildren(QAbstractButton)
                 if button.isVisible() and button.isEnabled()
                 and (button.parentWidget() if isinstance(button, QCheckBox) else button)
                 .height() < 48]
        assert small == []


def test_going_quiet_forgets_everything_the_visitor_did(qtbot, kiosk):
    window = kiosk.window
    visit(qtbot, window)
    assert window.guide.lang == "es" and window.answers.ticked
    qtbot.waitUntil(lambda: kiosk.overlay.isVisible(), timeout=3000)
    assert "?" in kiosk.overlay.title.text()
    qtbot.waitUntil(lambda: not kiosk.overlay.isVisible(), timeout=3000)
    assert window.answers.ticked == frozenset()
    assert window.current_location() == HOME and not window.history.can_go_back
    assert window.stack.currentWidget() is window.home_view
    assert window.guide.lang == "en"
    assert (window.appearance.theme, window.appearance.step) == ("light", KIOSK_TEXT_STEP)
    assert window.page_view.verticalScrollBar().value() == 0
    assert not window.checklist_side.isVisible()
    assert not any(row.box.isChecked() for row in window.checklist_page.rows.values())
    assert not window.comparison.banner.isVisibleTo(window.comparison)


def test_a_touch_on_the_overlay_keeps_the_visit(qtbot, kiosk):
    window = kiosk.window
    window.answers.set_ticked("work", True)
    qtbot.waitUntil(lambda: kiosk.overlay.isVisible(), timeout=3000)
    qtbot.mouseClick(kiosk.overlay, Qt.MouseButton.LeftButton)
    assert not kiosk.overlay.isVisible()
    assert window.answers.ticked == {"work"}


@pytest.mark.parametrize("key, modifiers", [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
])
def test_keys_that_would_close_the_guide_do_nothing(qtbot, kiosk, key, modifiers):
    qtbot.keyClick(kiosk.window, key, modifiers)
    assert kiosk.window.isVisible()


def test_close_requests_are_refused(kiosk):
    assert not kiosk.window.close()
    assert kiosk.window.isVisible()


def test_no_context_menus(qtbot, kiosk):
    window = kiosk.window
    window.navigate(Location("page", "help"))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10), QPoint(10, 10))
    QApplication.sendEvent(window.page_view.viewport(), event)
    assert not any(menu.isVisible() for menu in QApplication.topLevelWidgets()
                   if isinstance(menu, QMenu))


def staff_chord(qtbot, kiosk):
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: kiosk.staff_exit is not None and kiosk.staff_exit.isVisible())
    return kiosk.staff_exit


def enter(qtbot, dialog, pin):
    dialog.pin.setText(pin)
    dialog.check()


def test_staff_leave_with_the_chord_and_the_right_pin(qtbot, kiosk):
    dialog = staff_chord(qtbot, kiosk)
    enter(qtbot, dialog, PIN)
    assert not kiosk.window.isVisible()


def test_a_wrong_pin_keeps_the_guide_open(qtbot, kiosk):
    dialog = staff_chord(qtbot, kiosk)
    enter(qtbot, dialog, "0000")
    assert kiosk.window.isVisible()
    assert "not right" in dialog.message.text()


def test_three_wrong_pins_lock_the_chord_for_a_minute(qtbot, kiosk, clock):
    dialog = staff_chord(qtbot, kiosk)
    for wrong in ("1", "2", "3"):
        enter(qtbot, dialog, wrong)
    assert "Too many wrong PINs" in dialog.message.text()
    enter(qtbot, dialog, PIN)
    assert kiosk.window.isVisible()
    clock[0] += LOCK_SECONDS + 1
    enter(qtbot, dialog, PIN)
    assert not kiosk.window.isVisible()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_logged_and_the_guide_starts_over(qtbot, kiosk):
    window = kiosk.window
    window.answers.set_ticked("stop", True)
    window.navigate(Location("topic", "cost"))

    def fail():
        raise RuntimeError("something broke")

    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: window.current_location() == HOME, timeout=3000)
    assert window.answers.ticked == frozenset() and window.isVisible()
    log = kiosk.config.log_path.read_text("utf-8")
    assert "RuntimeError" in log and "stop" not in log


def _snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    files = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and "pytest-of-" not in str(path):
                stat = path.stat()
                files[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return files


def test_a_visit_writes_nothing_to_profile_temp_or_content(qtbot, kiosk, fresh_settings):
    folders = [fresh_settings, Path(tempfile.gettempdir()), BUNDLED_CONTENT,
               Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))]
    folders = [folder for folder in folders if folder.exists()]
    before = _snapshot(*folders)
    visit(qtbot, kiosk.window)
    qtbot.waitUntil(lambda: kiosk.window.current_location() == HOME and
                    kiosk.window.guide.lang == "en", timeout=4000)
    kiosk.window.close()
    assert _snapshot(*folders) == before
