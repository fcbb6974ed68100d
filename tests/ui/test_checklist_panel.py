"""Ticking real checkboxes: the matching column, its badge, the safety message, clearing."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, Qt

from bench.interactions import run_pending
from guide.navigation import Location
from guide.ui.comparison import match_badge
from guide.ui.page_view import FittedPage
from tests.ui.helpers import Paints


def tick(qtbot, window, *statement_ids):
    """Tick by clicking each statement's text: the whole line is the target."""
    for statement_id in statement_ids:
        row = window.checklist_page.rows[statement_id]
        window.checklist_page.ensureWidgetVisible(row)
        qtbot.mouseClick(row.text, Qt.MouseButton.LeftButton)


def highlighted_columns(window):
    table = window.comparison.table
    return [column for column in range(table.columnCount())
            if "✓" in table.horizontalHeaderItem(column).text()]


@pytest.fixture
def checklist(window):
    window.navigate(Location("checklist"))
    return window.checklist_page


def test_ticking_highlights_the_matching_column_with_a_badge(qtbot, window, checklist, guide):
    tick(qtbot, window, "stop", "stress")
    assert checklist.box("stop").isChecked() and checklist.box("stress").isChecked()
    column = [o.id for o in guide.options].index("inpatient")
    assert highlighted_columns(window) == [column]
    header = window.comparison.table.horizontalHeaderItem(column).text().replace("\n", " ")
    assert match_badge() in header
    assert window.comparison.badge.isVisibleTo(window.comparison)
    assert guide.option("inpatient").name in window.comparison.badge.text()
    other = window.comparison.table.item(0, 1 - column).background().color()
    assert window.comparison.table.item(0, column).background().color() != other
    summary = checklist.summary.toPlainText()
    assert guide.option("inpatient").name in summary
    assert guide.checklist.statement("stop").reason in summary
    assert "not an assessment" in summary


def test_a_new_match_is_painted_whole_in_one_frame(qtbot, window):
    """The badge makes its column's header taller: the table is laid out again before the
    paint, not in a second frame after one that showed the new header at its old height."""
    window.navigate(Location("compare", "duration", "inpatient"))
    run_pending()
    table = window.comparison.table
    header = table.horizontalHeader()

    def look() -> tuple[int, int]:
        return header.height(), table.viewport().y()

    before = look()
    frames = Paints(header.viewport(), look)
    for statement_id in ("stop", "stress"):
        window.answers.set_ticked(statement_id, True)
    run_pending()
    assert look() != before
    assert frames.seen == [look()]


def test_the_summary_lists_the_statements_for_each_side(qtbot, window, checklist, guide):
    tick(qtbot, window, "stop", "work", "sober")
    summary = checklist.summary.toPlainText()
    for statement_id in ("stop", "work", "sober"):
        assert guide.checklist.statement(statement_id).text in summary
    assert highlighted_columns(window) == [[o.id for o in guide.options].index("iop")]


def test_nothing_ticked_and_a_tie_highlight_no_column(qtbot, window, checklist, guide):
    assert highlighted_columns(window) == []
    assert not window.comparison.badge.isVisibleTo(window.comparison)
    assert "Nothing is ticked" in checklist.summary.toPlainText()
    weights = {s.id: s.weight for s in guide.checklist.statements}
    assert weights["stress"] == weights["work"]  # one for each side: a tie
    tick(qtbot, window, "stress", "work")
    assert highlighted_columns(window) == []
    assert "both could fit" in window.comparison.badge.text()
    assert "more than one option" in checklist.summary.toPlainText()


@pytest.mark.parametrize("others", [(), ("stop",), ("work", "family", "afford")])
def test_a_safety_statement_shows_the_message_whatever_else_is_ticked(qtbot, window, checklist,
                                                                       others):
    tick(qtbot, window, *others)
    assert not checklist.banner.isVisibleTo(checklist)
    tick(qtbot, window, "self-harm")
    for banner in (checklist.banner, window.comparison.banner):
        assert banner.isVisibleTo(banner.parentWidget())
        assert "988" in banner.message.text() and "doctor" in banner.message.text()
    qtbot.mouseClick(checklist.banner.help_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == Location("page", "help")


def test_clear_resets_everything(qtbot, window, checklist):
    tick(qtbot, window, "stop", "withdrawal", "work", "stress")
    qtbot.mouseClick(checklist.clear_button, Qt.MouseButton.LeftButton)
    assert window.answers.ticked == frozenset()
    assert not any(row.box.isChecked() for row in checklist.rows.values())
    assert not any(row.box.isChecked() for row in window.checklist_side.rows.values())
    assert highlighted_columns(window) == []
    assert not checklist.banner.isVisibleTo(checklist)
    assert not window.comparison.banner.isVisibleTo(window.comparison)
    assert "Nothing is ticked" in checklist.summary.toPlainText()


def test_space_toggles_the_focused_statement(qtbot, window, checklist):
    box = checklist.box("sober")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert "sober" in window.answers.ticked
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert "sober" not in window.answers.ticked


def test_checklist_sits_beside_the_comparison_on_a_wide_window(qtbot, window):
    window.resize(1280, 800)
    window.navigate(Location("compare"))
    qtbot.mouseClick(window.comparison.checklist_button, Qt.MouseButton.LeftButton)
    side = window.checklist_side
    assert side.isVisible() and window.comparison.table.isVisible()
    qtbot.mouseClick(side.rows["work"].text, Qt.MouseButton.LeftButton)
    assert window.checklist_page.box("work").isChecked()
    assert highlighted_columns(window)
    qtbot.mouseClick(window.comparison.checklist_button, Qt.MouseButton.LeftButton)
    assert not side.isVisible()


def test_checklist_is_its_own_page_on_a_narrow_window(qtbot, window):
    window.resize(700, 700)
    window.navigate(Location("compare"))
    qtbot.mouseClick(window.comparison.checklist_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == Location("checklist")
    assert window.stack.currentWidget() is window.checklist_page


def test_answers_reach_neither_settings_nor_any_file(qtbot, window, checklist, guide,
                                                     fresh_settings, tmp_path):
    ids = ["stop", "withdrawal", "self-harm", "work"]
    tick(qtbot, window, *ids)
    window.close()  # saves what the window keeps: size and last view
    QSettings().sync()
    texts = [guide.checklist.statement(i).text for i in ids]
    written = [p for p in fresh_settings.rglob("*") if p.is_file()]
    assert written, "the window saved its settings, so there is something to search"
    for path in written + [p for p in tmp_path.rglob("*") if p.is_file()]:
        content = path.read_text("utf-8", errors="replace")
        for needle in ids + texts:
            assert needle not in content, f"{needle!r} found in {path}"
    assert all(needle not in str(QSettings().allKeys()) for needle in ids)


PARAGRAPHS = ["Your answers point to <b>Inpatient</b>.", "For <b>IOP</b> (points: 2)",
              "• I must keep working. <i>Evening groups help.</i>", "• I have a safe home.",
              "Nothing is ticked yet.", "This is not an assessment.", "• A &amp; B <i>x</i>"]


def _blocks(page):
    """Each paragraph's text with its bold and italic runs: what a reader sees of it."""
    document, result = page.document(), []
    block = document.begin()
    while block.isValid():
        runs, it = [], block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            runs.append((fragment.text(), fragment.charFormat().fontWeight() > 500,
                         fragment.charFormat().fontItalic()))
            it += 1
        result.append((block.text(), runs))
        block = block.next()
    return result


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=8), min_size=1,
                max_size=6))
def test_the_summary_changed_in_place_reads_as_if_shown_afresh(qapp, steps):
    """The live summary edits only the paragraphs that changed; the result must be the same
    text, the same paragraphs and the same bold and italic as showing it from scratch."""
    live = FittedPage()
    for paragraphs in steps:
        live.show_paragraphs(paragraphs)
        fresh = FittedPage()
        fresh.show_paragraphs(paragraphs)
        assert _blocks(live) == _blocks(fresh)
