"""The calm, prominent box that leads with each ticked safety answer's own first action."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QPushButton, QScrollArea

from ..checklist import Result
from ..content.plain import plain_text
from ..explain import safety_html
from .announce import announce
from .icons import set_icon
from .labels import RichLabel

# The first action is larger than the rest; pinned above a list or a table, where room is
# short (a narrow window at 200% text), less so than on a page or a sheet.
BANNER_SIZES = ("large", "medium")


WIDE = 640  # from this width on, the button sits beside the actions, not under them
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no limit" for a widget's size


class SafetyBanner(QFrame):
    helpRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setProperty("role", "safety")
        self.setAccessibleName(self.tr("Important for your safety"))
        layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.message = RichLabel()
        # Pinned above a list where room is short, the box may be given less height than all
        # the actions take: then they scroll inside it, the first in view and the button too.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.message)
        self.scroller.setAccessibleName(self.tr("Important for your safety"))
        layout.addWidget(self.scroller, 1)
        self.help_button = QPushButton(self.tr("Get help now"))
        self.help_button.setProperty("role", "danger")  # before the icon: it takes the role's ink
        set_icon(self.help_button, "help")
        self.help_button.clicked.connect(self.helpRequested)
        layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft |
                         Qt.AlignmentFlag.AlignVCenter)
        self._shown_for: tuple[str, ...] = ()
        self._room = QWIDGETSIZE_MAX
        self.hide()

    def set_room(self, height: int) -> None:
        """The most height the box may take (a host pinning it above a list); beyond it the
        actions scroll inside the box."""
        self._room = height
        self._fit(self.width())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._fit(event.size().width())
        super().resizeEvent(event)

    def _fit(self, width: int) -> None:
        """Button beside the actions on a wide box, under them on a narrow one; the actions'
        area as tall as they are, within the room. (A scroll area asks for little height of
        itself, and a widget with a layout is measured by the layout, so this sets it.)"""
        layout = self.layout()
        beside = width >= WIDE
        direction = (QBoxLayout.Direction.LeftToRight if beside
                     else QBoxLayout.Direction.TopToBottom)
        if layout.direction() != direction:
            layout.setDirection(direction)
        margins = layout.contentsMargins()
        button = self.help_button.sizeHint()
        inner = width - margins.left() - margins.right()
        text_width = inner - button.width() - layout.spacing() if beside else inner
        needed = self.message.heightForWidth(max(text_width, 1))
        room = self._room - margins.top() - margins.bottom() - (
            0 if beside else button.height() + layout.spacing())
        height = max(min(needed, room), self.message.fontMetrics().height() * 2)
        if self.scroller.height() != height or self.scroller.minimumHeight() != height:
            self.scroller.setFixedHeight(height)

    def show_for(self, result: Result) -> None:
        """Show the actions of the ticked safety answers, the first one largest; hide when none."""
        ids = tuple(s.id for s in result.safety)
        if ids == self._shown_for:
            return
        new = [s for s in result.safety if s.id not in self._shown_for]
        self._shown_for = ids
        html = safety_html(result.safety, detail=False, sizes=BANNER_SIZES)
        self.message.set_html(html)
        self._fit(self.width())
        # What a screen reader reads as the label's text: the actions, not a name for them.
        self.message.setAccessibleName(plain_text(html))
        self.setVisible(bool(ids))
        if new:  # tell screen readers at once: a new danger comes before anything else
            announce(self.message, " ".join(plain_text(s.action_html) for s in new),
                     assertive=True)
