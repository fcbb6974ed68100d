"""Search as you type, glossary words explained by mouse, keyboard and touch."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QToolTip

from guide.navigation import Location
from guide.ui.dialogs import is_open
from tests.ui.helpers import click_link, link_position


def type_search(qtbot, window, text):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.nav_bar.search_box
    assert box.hasFocus()
    box.clear()
    for char in text:  # real key events; QTest's keyClicks cannot type "é"
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def result_links(window) -> list[str]:
    return [hit.location for hit in window.search_view.hits]


@pytest.mark.parametrize("typed", ["visits", "VISITS", "Visit"])
def test_typing_finds_pages_whatever_the_case(qtbot, window, typed):
    type_search(qtbot, window, typed)
    assert window.stack.currentWidget() is window.search_view
    assert result_links(window)[0] == "guide:topic/visits"
    assert "<mark>" in window.search_view.toHtml() or "mark" in window.search_view.toHtml()


def test_typing_is_one_step_in_the_history(qtbot, window):
    window.navigate(Location("topic", "cost"))
    type_search(qtbot, window, "family")
    qtbot.mouseClick(window.nav_bar.back_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == Location("topic", "cost")


def test_choosing_a_result_opens_it_with_the_word_marked(qtbot, window):
    type_search(qtbot, window, "weekends")
    first = result_links(window)[0]
    click_link(qtbot, window.search_view, first)
    opened = window.current_location()
    assert opened == Location.parse(first)
    view = window.comparison.detail if opened.kind == "compare" else window.page_view
    marked = [s.cursor.selectedText().lower() for s in view.extraSelections()]
    assert marked and all(text.startswith("weekend") for text in marked)


@pytest.mark.parametrize("typed", ["médico", "medico", "MEDICO"])
def test_spanish_search_ignores_accents(qtbot, window, typed):
    window.set_language("es")
    type_search(qtbot, window, typed)
    hits = result_links(window)
    assert hits
    click_link(qtbot, window.search_view, hits[0])
    view = window.comparison.detail if window.current_location().kind == "compare" \
        else window.page_view
    assert any("dic" in s.cursor.selectedText() for s in view.extraSelections())


def test_nothing_found_points_to_common_questions(qtbot, window):
    type_search(qtbot, window, "zebra")
    assert window.search_view.hits == []
    click_link(qtbot, window.search_view, "guide:page/common-questions")
    assert window.current_location() == Location("page", "common-questions")


def marked_word(window):
    window.navigate(Location("topic", "after"))
    slug = "relapse"
    return f"guide:term/{slug}", window.guide.term(slug)


def test_a_word_shows_its_meaning_on_hover(qtbot, window):
    href, term = marked_word(window)
    point = link_position(window.page_view, href)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point,
                       window.page_view.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.page_view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == term.definition


def test_a_word_shows_its_meaning_on_click_or_tap(qtbot, window):
    href, term = marked_word(window)
    click_link(qtbot, window.page_view, href)
    popup = window.term_popup
    assert popup.isVisible() and term.definition in popup.definition.text()
    assert window.current_location() == Location("topic", "after")
    qtbot.mouseClick(popup.more_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == Location("term", "relapse")
    assert "relapse" in window.page_view.toPlainText().lower()


def test_a_word_shows_its_meaning_from_the_keyboard(qtbot, window):
    href, term = marked_word(window)
    view = window.page_view
    view.setFocus()
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.textCursor().charFormat().anchorHref() == href:
            break
    else:
        pytest.fail("Tab never reached the word")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.term_popup.isVisible()
    assert window.term_popup.more_button.hasFocus()
    qtbot.keyClick(window.term_popup, Qt.Key.Key_Escape)
    assert not is_open(window.term_popup)


def test_touch_taps_reach_the_word_too(qtbot, window):
    """A tap arrives as a click synthesised from the touch; the popup must open from it."""
    href, _ = marked_word(window)
    point = link_position(window.page_view, href)
    qtbot.mouseClick(window.page_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.term_popup.isVisible()
    assert QPoint(0, 0) != window.term_popup.pos()
