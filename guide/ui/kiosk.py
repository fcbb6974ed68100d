"""Kiosk mode: full screen, no way out for visitors, a staff exit behind a PIN, and a fresh
start for the next visitor after a quiet spell (or after an unexpected error)."""

import logging
import sys
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScroller,
    QTableWidget,
    QVBoxLayout,
)

from ..kiosk_config import KioskConfig
from ..kiosk_pin import PinLock
from .dialogs import is_open, open_dialog
from .labels import text_label
from .main_window import MainWindow
from .text_size import size_for_role

ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
            QEvent.Type.Wheel}
MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
STAFF_CHORD = (Qt.Key.Key_Q, MODIFIERS | Qt.KeyboardModifier.ShiftModifier)
# Keys a visitor could use to close or leave the guide; the kiosk swallows them.
BLOCKED = {(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
           (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
           (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
           (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)}

log = logging.getLogger("care_choices.kiosk")


class IdleOverlay(QFrame):
    """'Are you still there?' over the whole window, with the seconds left."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        self.setProperty("role", "overlay")
        self.setAccessibleName(self.tr("Are you still there?"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = text_label(self.tr("Are you still there?"), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = text_label("", "heading")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stay_button = QPushButton(self.tr("Yes, I am still here"))
        self.stay_button.setProperty("role", "primary")
        self.stay_button.setProperty("big", True)  # not "size": QWidget has a property of that name
        size_for_role(self.stay_button)
        for widget in (self.title, self.countdown):
            layout.addWidget(widget)
        layout.addWidget(self.stay_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        self.countdown.setText(self.tr("The guide starts over in {0} seconds, and forgets "
                                       "what you did.").format(seconds))
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()


class StaffExit(QDialog):
    """Asks staff for the PIN; the lock decides."""

    def __init__(self, lock: PinLock, on_exit: Callable[[], None], parent) -> None:
        super().__init__(parent)
        self.lock = lock
        self.on_exit = on_exit
        self.setWindowTitle(self.tr("Staff exit"))
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr("Enter the staff PIN to close the guide."))
        self.message.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Staff PIN"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        for widget in (self.message, self.pin, buttons):
            layout.addWidget(widget)
        self.show_lock()

    def show_lock(self) -> bool:
        if self.lock.locked:
            self.message.setText(self.tr("Too many wrong PINs. Try again in {0} seconds.")
                                 .format(self.lock.seconds_left()))
        return self.lock.locked

    def check(self) -> None:
        outcome = self.lock.try_pin(self.pin.text())
        self.pin.clear()
        if outcome == "ok":
            self.accept()
            self.on_exit()
        elif outcome == "wrong":
            self.message.setText(self.tr("That PIN is not right."))
        else:
            self.show_lock()


class KioskController(QObject):
    def __init__(self, window: MainWindow, config: KioskConfig,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.config = config
        self.lock = PinLock(config.pin_hash, clock)
        self.leaving = False
        window.may_close = lambda: self.leaving
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.overlay = IdleOverlay(window)
        self.overlay.stay_button.clicked.connect(self.still_here)
        self.idle = QTimer(self, singleShot=True, interval=round(config.idle_seconds * 1000))
        self.idle.timeout.connect(self.ask_still_there)
        self.tick = QTimer(self, interval=1000)
        self.tick.timeout.connect(self._count_down)
        self.seconds_left = 0
        self.staff_exit: StaffExit | None = None
        window.viewsBuilt.connect(self._touch_scrolling)
        self._touch_scrolling()
        self._previous_hook = sys.excepthook
        sys.excepthook = self.on_exception
        QApplication.instance().installEventFilter(self)

    def uninstall(self) -> None:
        QApplication.instance().removeEventFilter(self)
        sys.excepthook = self._previous_hook
        self.idle.stop()
        self.tick.stop()

    def show(self) -> None:
        self.window.showFullScreen()
        self.idle.start()

    # Visitors --------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True  # no menus that could lead out of the guide
        if kind == QEvent.Type.KeyPress:
            combo = (event.key(), event.modifiers())
            if combo == STAFF_CHORD:
                self.ask_for_pin()
                return True
            if combo in BLOCKED:
                return True
        if kind in ACTIVITY or kind == QEvent.Type.MouseMove:
            self.idle.start()  # restarts the wait
            if kind in ACTIVITY and self.overlay.isVisible():
                self.still_here()
                return True  # the touch that wakes the guide does nothing else
        return False

    def ask_still_there(self) -> None:
        self.seconds_left = max(1, round(self.config.countdown_seconds))
        self.overlay.show_seconds(self.seconds_left)
        self.tick.start()

    def _count_down(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left > 0:
            self.overlay.show_seconds(self.seconds_left)
        else:
            self.start_over()

    def still_here(self) -> None:
        self.tick.stop()
        self.overlay.hide()
        self.idle.start()

    def start_over(self) -> None:
        self.tick.stop()
        self.overlay.hide()
        self.staff_exit = None
        self.window.start_over(self.config.language)
        self.idle.start()

    def _touch_scrolling(self) -> None:
        for area in self.window.findChildren(QAbstractScrollArea):
            if area.viewport().property("touchScrolling"):
                continue  # grabbing again, perhaps mid-gesture, would pull it from under Qt
            area.viewport().setProperty("touchScrolling", True)
            # Item views keep mouse drags for choosing; elsewhere a drag scrolls, as on a phone.
            gesture = (QScroller.ScrollerGestureType.TouchGesture
                       if isinstance(area, (QTableWidget, QListWidget))
                       else QScroller.ScrollerGestureType.LeftMouseButtonGesture)
            QScroller.grabGesture(area.viewport(), gesture)

    # Staff -----------------------------------------------------------------------------

    def ask_for_pin(self) -> None:
        if not is_open(self.staff_exit):
            self.staff_exit = open_dialog(StaffExit(self.lock, self.leave, self.window))

    def leave(self) -> None:
        self.leaving = True
        self.uninstall()
        self.window.close()

    # Errors ----------------------------------------------------------------------------

    def on_exception(self, kind, value, trace) -> None:
        """Log what failed (code only, no visitor data) and start over instead of closing."""
        try:
            self.config.log_path.parent.mkdir(parents=True, exist_ok=True)
            with self.config.log_path.open("a", encoding="utf-8") as out:
                out.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} unexpected error, guide "
                          f"started over:\n{''.join(traceback.format_tb(trace))}"
                          f"{kind.__name__}\n")
        except OSError:
            log.exception("could not write the kiosk log")
        QTimer.singleShot(0, self.start_over)
