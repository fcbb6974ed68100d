"""A small popup with a word's meaning: opened by a click, a tap or Enter on a marked word."""

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout

from ..content.model import GlossaryTerm
from .labels import RichLabel, text_label


class TermPopup(QFrame):
    glossaryRequested = Signal(str)  # the term's slug

    def __init__(self, term: GlossaryTerm, parent) -> None:
        super().__init__(parent)
        self.setObjectName("termPopup")
        self.setProperty("role", "card")
        self.setAccessibleName(term.term)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(text_label(term.term, "heading"))
        self.definition = RichLabel(f"<p>{term.definition}</p>")
        self.definition.setAccessibleName(self.tr("Meaning"))
        layout.addWidget(self.definition)
        self.more_button = QPushButton(self.tr("See all words to know"))
        self.more_button.clicked.connect(lambda: self.glossaryRequested.emit(term.slug))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        for button in (self.more_button, self.close_button):
            layout.addWidget(button)
        self.setMaximumWidth(420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one popup at a time, freed

    def show_at(self, point: QPoint) -> None:
        """Show near ``point`` (window coordinates), kept inside the window, and take focus."""
        self.adjustSize()
        window = self.parentWidget().rect()
        x = min(max(point.x(), 8), window.width() - self.width() - 8)
        y = point.y() + 12 if point.y() + 12 + self.height() < window.height() \
            else point.y() - self.height() - 12
        self.move(x, max(y, 8))
        self.raise_()
        self.show()
        self.more_button.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
