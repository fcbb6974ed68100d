"""The list of places in the guide, which also shows where the reader is."""

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..content.model import Guide
from ..navigation import Location
from .after_first_paint import after_first_paint
from .before_paint import BeforePaint
from .enum_property import USER_ROLE, set_enum_property
from .icons import set_icon

URL_ROLE = USER_ROLE


class Sidebar(QListWidget):
    locationChosen = Signal(object)  # Location

    def __init__(self, guide: Guide, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Places in this guide"))
        self.setWordWrap(True)
        # Re-wrap on every resize; otherwise long names are cut when the scroll bar appears.
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        set_enum_property(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum_property(self, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")
        self.setIconSize(QSize(24, 24))
        # Qt lays the items out again on a timer, after the paint: the list was painted twice.
        self._relayout = BeforePaint(self, self.executeDelayedItemsLayout)
        self._headings: list[QListWidgetItem] = []
        self._add(self.tr("Home"), Location("home"), "home")
        self._add(self.tr("Compare the options"), Location("compare"), "compare")
        self._add(self.tr("My checklist"), Location("checklist"), "checklist")
        self._add(self.tr("Take it with you"), Location("summary"), "print")
        self._heading(self.tr("The options"))
        for option in guide.options:
            self._add(option.name, Location("option", option.id), "option")
        self._heading(self.tr("Topics"))
        for topic in guide.topics:
            self._add(topic.title, Location("topic", topic.id), topic.icon)
        self._heading(self.tr("More"))
        for page in guide.pages:
            self._add(page.title, Location("page", page.id), page.id)
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)
        # Item flags are Qt's, so headings become unselectable only after the first paint (see
        # enum_property); they look the same either way, since the palette gives disabled text
        # the same colour.
        after_first_paint(self, self._make_headings_unselectable)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._relayout.request()

    def _add(self, text: str, location: Location, icon_name: str) -> None:
        item = QListWidgetItem(text)
        set_icon(item, icon_name)
        item.setData(URL_ROLE, location.url())
        self.addItem(item)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        self.addItem(item)
        self._headings.append(item)

    def _make_headings_unselectable(self) -> None:
        from PySide6.QtCore import Qt

        for item in self._headings:
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _on_item(self, item: QListWidgetItem) -> None:
        url = item.data(URL_ROLE)
        if url:
            self.locationChosen.emit(Location.parse(url))

    def mark(self, location: Location) -> None:
        """Select the entry for ``location``; a chosen row of the table marks 'Compare'."""
        wanted = {"compare": Location("compare"),
                  "term": Location("page", "glossary")}.get(location.kind,
                                                            Location(location.kind,
                                                                     location.target))
        self.blockSignals(True)
        for row in range(self.count()):
            if self.item(row).data(URL_ROLE) == wanted.url():
                self.setCurrentRow(row)
                break
        else:
            self.clearSelection()
        self.blockSignals(False)
