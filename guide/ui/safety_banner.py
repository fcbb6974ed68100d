"""The calm, prominent message shown when a safety statement is ticked, whatever else is."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from ..checklist import Result
from .icons import set_icon
from .labels import RichLabel, text_label


class SafetyBanner(QFrame):
    helpRequested = Signal()

    def __init__(self, message_html: str, compact: bool = False, parent=None) -> None:
        """``compact``: one row, message beside the button, for above the comparison table."""
        super().__init__(parent)
        self.setProperty("role", "safety")
        self.setAccessibleName(self.tr("Important for your safety"))
        layout = QHBoxLayout(self) if compact else QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8) if compact else layout.setContentsMargins(
            16, 12, 16, 12)
        if not compact:
            layout.addWidget(text_label(self.tr("Important for your safety"), "heading"))
        self.message = RichLabel(message_html)
        self.message.setAccessibleName(self.tr("Safety message"))
        layout.addWidget(self.message, 1)
        self.help_button = QPushButton(self.tr("Get help now"))
        self.help_button.setProperty("role", "danger")  # before the icon: it takes the role's ink
        set_icon(self.help_button, "help")
        self.help_button.clicked.connect(self.helpRequested)
        if compact:
            layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            button_row = QHBoxLayout()
            button_row.addWidget(self.help_button)
            button_row.addStretch(1)
            layout.addLayout(button_row)
        self.hide()

    def show_for(self, result: Result) -> None:
        was_visible = self.isVisibleTo(self.parentWidget()) if self.parentWidget() else False
        self.setVisible(bool(result.safety))
        if result.safety and not was_visible:
            # Tell screen readers, which would not otherwise notice a widget appearing.
            QAccessible.updateAccessibility(QAccessibleEvent(self.message,
                                                             QAccessible.Event.Alert))
