"""The calm, prominent message shown when a safety statement is ticked, whatever else is."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..checklist import Result
from .icons import icon


class SafetyBanner(QFrame):
    helpRequested = Signal()

    def __init__(self, message_html: str, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "safety")
        self.setAccessibleName("Important: please talk with someone")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel("Important for your safety")
        title.setProperty("role", "heading")
        layout.addWidget(title)
        self.message = QLabel(message_html)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Safety message")
        layout.addWidget(self.message)
        self.help_button = QPushButton(icon("help", "#ffffff"), "Get help now")
        self.help_button.setProperty("role", "danger")
        self.help_button.clicked.connect(self.helpRequested)
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
