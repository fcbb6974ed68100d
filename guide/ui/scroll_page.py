"""A view that scrolls as a whole: a column of widgets on the window's background."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class ScrollPage(QScrollArea):
    """Subclasses add to ``self.column`` and call ``finish()``."""

    def __init__(self, content_name: str, margin: int = 16, spacing: int = 12,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps
        self._content = QWidget()
        self._content.setObjectName(content_name)  # the stylesheet gives it the background
        self.column = QVBoxLayout(self._content)
        self.column.setContentsMargins(margin, margin, margin, margin)
        self.column.setSpacing(spacing)

    def finish(self) -> None:
        self.column.addStretch(1)
        self.setWidget(self._content)
