"""Ticking real checkboxes: the matching column, its badge, the safety message, clearing."""

from itertools import permutations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, Qt

from bench.interactions import run_pending
from guide.checklist import score
from guide.content.plain import plain_text
from guide.explain import LEADING, NO_LEADING, NOTHING_TICKED, SAFETY_HOLDS
from guide.navigation import Location
from guide.ui.appearance import SCALES
from guide.ui.comparison import match_badge, ruled_out_mark
from guide.ui.page_view import FittedPage
from tests.test_handout import DANGEROUS, decode
from tests.ui.helpers import Paints
from tests.ui.test_counselor_tools import png_of


def tick(qtbot, window, *statement_ids, panel=None):
    """Tick by clicking each statement's text: the whole line is the target."""
    panel = panel or window.checklist_page
    for statement_id in statement_ids:
        row = panel.rows[statement_id]
        panel.ensureWidgetVisible(row)
        qtbot.mouseClick(row.text, Qt.MouseButton.LeftButton)


def highlighted_columns(window):
    """Columns marked as the one more answers fit: by the badge in the header, or by colour."""
    table = window.comparison.table
    return [column for column in range(table.columnCount())
            if "✓" in table.horizontalHeaderItem(column).text()
            or table.item(0, column).background().style() != Qt.BrushStyle.NoBrush]


@pytest.fixture
def checklist(window):
    window.navigate(Location("checklist"))
    return window.checklist_page


def test_more_answers_for_one_option_mark_it_with_a_badge_and_say_why(qtbot, window, checklist,
                                                                     guide):
    tick(qtbot, window, "work", "family")
    assert checklist.box("work").isChecked() and checklist.box("family").isChecked()
    column = [o.id for o in guide.options].index("iop")
    assert highlighted_columns(window) == [column]
    header = window.comparison.table.horizontalHeaderItem(column).text().replace("\n", " ")
    assert match_badge() in header
    fit = window.comparison.fit_summary
    assert fit.isVisibleTo(window.comparison)
    assert LEADING.format(guide.option("iop").name) in fit.accessibleName()
    other = window.comparison.table.item(0, 1 - column).background().color()
    assert window.comparison.table.item(0, column).background().color() != other
    summary = checklist.summary.toPlainText()
    assert LEADING.format(guide.option("iop").name) in summary
    for statement_id in ("work", "family"):
        statement = guide.checklist.statement(statement_id)
        for note in (*statement.fits, *statement.talk):
            assert note.text in summary
    assert "not an assessment" in summary
    assert "points" not in summary.lower()


def test_a_new_fit_is_painted_whole_in_one_frame(qtbot, window):
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
    for statement_id in ("work", "family"):
        window.answers.set_ticked(statement_id, True)
    run_pending()
    assert look() != before
    assert frames.seen == [look()]


def test_answers_for_both_options_name_none(qtbot, window, checklist, guide):
    assert highlighted_columns(window) == []
    assert not window.comparison.fit_summary.isVisibleTo(window.comparison)
    assert NOTHING_TICKED in checklist.summary.toPlainText()
    tick(qtbot, window, "stress", "work")  # one fits each option
    assert highlighted_columns(window) == []
    assert not window.comparison.fit_summary.isVisibleTo(window.comparison)
    assert NO_LEADING in checklist.summary.toPlainText()


def first_action(guide, answers):
    return plain_text(score(guide.checklist, [o.id for o in guide.options],
                            set(answers)).safety[0].action_html)


@pytest.mark.parametrize("answers", DANGEROUS, ids=lambda a: ",".join(sorted(a)))
def test_a_dangerous_combination_leads_with_its_action_and_shows_no_fit(qtbot, window, checklist,
                                                                       guide, answers):
    tick(qtbot, window, *sorted(answers))
    assert highlighted_columns(window) == []
    table = window.comparison.table
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            assert table.item(row, column).background().style() == Qt.BrushStyle.NoBrush
    fit_words = [LEADING.format(o.name) for o in guide.options]
    comparison = window.comparison
    assert not any(w in comparison.fit_summary.accessibleName() for w in fit_words)
    action = first_action(guide, answers)
    for banner in (checklist.banner, comparison.banner):
        assert banner.isVisibleTo(banner.parentWidget())
        assert banner.message.accessibleName().startswith(action)
    summary = checklist.summary.toPlainText()
    assert SAFETY_HOLDS in summary and not any(w in summary for w in fit_words)
    window.navigate(Location("summary"))
    [code] = decode(png_of(window.summary_view.qr.pixmap()))
    assert code.splitlines()[1].endswith(action)
    assert not any(w in code for w in fit_words)


def test_self_harm_leads_with_988_before_withdrawal_advice(qtbot, window, checklist):
    tick(qtbot, window, "withdrawal", "self-harm")
    text = checklist.banner.message.accessibleName()
    assert text.index("988") < text.index("911") < text.index("withdrawal care")
    shown = checklist.banner.message.html()  # the first action the largest
    assert shown.index("font-size: large") < shown.index("988") < shown.index("font-size: medium")


def test_a_rule_out_marks_its_column_calmly_with_its_source(qtbot, window, checklist, guide):
    tick(qtbot, window, "stop", "work", "family", "afford")  # three of them fit IOP
    assert highlighted_columns(window) == []
    column = [o.id for o in guide.options].index("iop")
    header = window.comparison.table.horizontalHeaderItem(column).text().replace("\n", " ")
    assert ruled_out_mark() in header
    note = guide.checklist.statement("stop").rules_out[0]
    fit = window.comparison.fit_summary.accessibleName()
    assert note.text in fit and "Intensive Outpatient Treatment" in fit
    assert not any(LEADING.format(o.name) in fit for o in guide.options)
    assert note.text in checklist.summary.toPlainText()


def test_answers_that_contradict_are_pointed_out_and_hold_the_fit_back(qtbot, window, checklist,
                                                                      guide):
    tick(qtbot, window, "stop")
    assert highlighted_columns(window) == [[o.id for o in guide.options].index("inpatient")]
    tick(qtbot, window, "sober")
    assert checklist.note.isVisibleTo(checklist)
    assert guide.checklist.statement("stop").text.rstrip(".") in checklist.note.text()
    assert highlighted_columns(window) == []
    tick(qtbot, window, "stop")  # untick the one that is not true
    assert not checklist.note.isVisibleTo(checklist)
    assert highlighted_columns(window) == [[o.id for o in guide.options].index("iop")]


def test_at_most_two_things_matter_most(qtbot, window, checklist):
    values = [s.id for s in window.guide.checklist.statements if s.kind == "values"]
    assert "Choose up to 2" in checklist.values_hint.text()
    tick(qtbot, window, values[0], values[1])
    assert "You chose 2" in checklist.values_hint.text()
    for other in values[2:]:
        assert not checklist.box(other).isEnabled()
        tick(qtbot, window, other)
        assert not checklist.box(other).isChecked()
    assert window.answers.ticked == frozenset(values[:2])
    tick(qtbot, window, values[1])
    assert all(checklist.box(v).isEnabled() for v in values)
    tick(qtbot, window, values[3])
    assert window.answers.ticked == {values[0], values[3]}


def test_the_order_of_ticking_does_not_change_the_result(qtbot, window):
    answers = window.answers
    ids = ["stop", "work", "withdrawal", "away", "staff"]
    expected = score(window.guide.checklist, [o.id for o in window.guide.options], set(ids))
    for order in permutations(ids):
        answers.clear()
        for statement_id in order:
            assert answers.set_ticked(statement_id, True)
        assert answers.result == expected


@pytest.mark.parametrize("others", [(), ("stop",), ("work", "family", "afford")])
def test_a_safety_statement_shows_its_action_whatever_else_is_ticked(qtbot, window, checklist,
                                                                      others):
    tick(qtbot, window, *others)
    assert not checklist.banner.isVisibleTo(checklist)
    tick(qtbot, window, "self-harm")
    for banner in (checklist.banner, window.comparison.banner):
        assert banner.isVisibleTo(banner.parentWidget())
        assert "988" in banner.message.text() and "911" in banner.message.text()
    qtbot.mouseClick(checklist.banner.help_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == Location("page", "help")


@pytest.mark.parametrize("size", [(1024, 768), (800, 600)])
@pytest.mark.parametrize("step", [0, len(SCALES) - 1])
def test_ticking_keeps_the_tapped_row_in_place_and_the_banner_in_view(qtbot, window, checklist,
                                                                      size, step):
    window.resize(*size)
    window.appearance.set_step(step)
    run_pending()
    row = checklist.rows["withdrawal"]
    checklist.ensureWidgetVisible(checklist.rows["court"])  # scrolled well down the list
    checklist.ensureWidgetVisible(row)
    run_pending()
    before = row.mapTo(window, row.rect().topLeft()).y()
    qtbot.mouseClick(row.text, Qt.MouseButton.LeftButton)
    run_pending()
    banner = checklist.banner
    assert banner.isVisible()
    top = banner.mapTo(window, banner.rect().topLeft()).y()
    shown = window.rect().intersected(checklist.geometry().translated(
        checklist.mapTo(window, checklist.rect().topLeft()) - checklist.pos()))
    assert shown.top() <= top and top + banner.message.height() <= shown.bottom()
    viewport = checklist.page.viewport()
    assert viewport.rect().contains(row.mapTo(viewport, row.rect().center()))
    # Under the finger: where it was, or (when the pinned box covers that place) just below it.
    banner_bottom = top + banner.height()
    assert abs(row.mapTo(window, row.rect().topLeft()).y() - max(before, banner_bottom)) <= 1
    assert viewport.height() >= window.height() // 3, "the pinned box leaves room to read"


def test_clear_resets_everything(qtbot, window, checklist):
    tick(qtbot, window, "stop", "withdrawal", "work", "stress")
    qtbot.mouseClick(checklist.clear_button, Qt.MouseButton.LeftButton)
    assert window.answers.ticked == frozenset()
    assert not any(row.box.isChecked() for row in checklist.rows.values())
    assert not any(row.box.isChecked() for row in window.checklist_side.rows.values())
    assert highlighted_columns(window) == []
    assert not checklist.banner.isVisibleTo(checklist)
    assert not window.comparison.banner.isVisibleTo(window.comparison)
    assert NOTHING_TICKED in checklist.summary.toPlainText()


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
    ids = ["stop", "withdrawal", "self-harm", "work", "away"]
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
