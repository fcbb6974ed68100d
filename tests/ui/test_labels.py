"""Word-wrapped labels lay their text out once per width, and answer as QLabel itself would."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from guide.ui.labels import RichLabel, WrappedLabel

LONG = "A sentence long enough to wrap over several lines at the narrower widths here. " * 3
WIDTHS = (60, 180, 420, 180, 60, 420)  # each twice: the second answer comes from the cache


def changes(label: QLabel):
    """Each change that moves a wrapped label's height, made to ``label``."""
    yield "as made", lambda: None
    yield "new text", lambda: label.setText(LONG + LONG)
    yield "larger font", lambda: label.setFont(QFont(label.font().family(), 20))
    yield "stylesheet padding", lambda: label.setStyleSheet("padding: 14px 30px;")
    yield "contents margins", lambda: label.setContentsMargins(20, 10, 40, 10)
    yield "cleared from C++", label.clear


def test_a_wrapped_label_is_as_tall_as_a_qlabel_through_every_change(qtbot):
    label, twin = WrappedLabel(LONG), QLabel(LONG)
    twin.setWordWrap(True)
    for widget in (label, twin):
        qtbot.addWidget(widget)
    for (name, change), (_, same_change) in zip(changes(label), changes(twin), strict=True):
        change()
        same_change()
        assert [label.heightForWidth(w) for w in WIDTHS] == \
            [twin.heightForWidth(w) for w in WIDTHS], name


def test_a_rich_label_is_as_tall_as_a_qlabel_when_its_html_or_css_changes(qtbot):
    label, twin = RichLabel(f"<p>{LONG}</p>"), QLabel()
    twin.setWordWrap(True)
    for widget in (label, twin):
        qtbot.addWidget(widget)
    for html, css in ((f"<p>{LONG}</p>", ""), (f"<h1>{LONG}</h1>", ""),
                      (f"<h1>{LONG}</h1>", "h1 { font-size: xx-large; }")):
        label.set_html(html)
        label.set_css(css)
        twin.setText(label.text())
        assert [label.heightForWidth(w) for w in WIDTHS] == \
            [twin.heightForWidth(w) for w in WIDTHS], (html, css)
