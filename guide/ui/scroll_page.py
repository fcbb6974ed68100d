"""A view that scrolls as a whole: a column of widgets on the window's background."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from .enum_property import set_enum_property


class _Column(QWidget):
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # The layout's own hint. The scroll area asks for it on every change inside, and
        # QWidget's adds the height of all the wrapped text at that natural width: a second
        # width, at which every label is measured again (each tick of 200 sentences).
        return self.layout().sizeHint()


class ScrollPage(QScrollArea):
    """Subclasses add to ``self.column`` and call ``finish()``."""

    def __init__(self, content_name: str, margin: int = 16, spacing: int = 12,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_enum_property(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")  # text wraps
        self._content = _Column()
        self._content.setObjectName(content_name)  # the stylesheet gives it the background
        self.column = QVBoxLayout(self._content)
        self.column.setContentsMargins(margin, margin, margin, margin)
        self.column.setSpacing(spacing)
        # In place while still empty: setting a full column measures all its text at the
        # scroll area's width of the moment, which a page not yet in the window never keeps.
        self.setWidget(self._content)

    def finish(self) -> None:
        self.column.addStretch(1)
