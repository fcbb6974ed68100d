"""Themes, text size, keyboard and screen readers, on the real widgets."""

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bench.interactions import run_pending
from guide.navigation import Location
from guide.themes import palette
from guide.ui.appearance import SCALES
from guide.ui.main_window import MainWindow
from tests.ui.fit import clipped_texts
from tests.ui.helpers import Paints

VIEWS = [Location("home"), Location("compare", "duration", "inpatient"), Location("checklist"),
         Location("topic", "visits"), Location("page", "help")]


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
@pytest.mark.parametrize("place", VIEWS, ids=lambda place: place.kind)
def test_nothing_is_cut_off_at_twice_the_text_size(qtbot, window, theme, place):
    window.resize(1024, 768)
    window.appearance.set_theme(theme)
    window.appearance.set_step(len(SCALES) - 1)
    for statement_id in ("stop", "stress", "withdrawal"):
        window.answers.set_ticked(statement_id, True)
    window.navigate(place)
    qtbot.wait(10)
    assert clipped_texts(window) == []


@pytest.mark.parametrize("place", VIEWS, ids=lambda place: place.kind)
def test_titles_and_headings_stand_out_before_any_change_of_text_size(qtbot, window, place):
    for statement_id in ("stop", "stress", "withdrawal"):  # the checklist shows its safety box
        window.answers.set_ticked(statement_id, True)
    window.navigate(place)
    run_pending()
    body = QApplication.font().pointSizeF()
    marked = [w for w in window.findChildren(QLabel)
              if w.isVisible() and w.property("role") in ("title", "heading")]
    assert [w.text() for w in marked
            if not (w.font().bold() and w.font().pointSizeF() > body)] == []


def test_text_size_keys_and_buttons_scale_widgets_and_content(qtbot, window):
    window.navigate(Location("topic", "cost"))
    base_label = window.nav_bar.where.font().pointSizeF()
    base_page = window.page_view.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(window.nav_bar.larger_button, Qt.MouseButton.LeftButton)
    assert window.appearance.scale == SCALES[2]
    assert window.nav_bar.where.font().pointSizeF() == pytest.approx(base_label * SCALES[2], 0.1)
    assert window.page_view.font().pointSizeF() == pytest.approx(base_page * SCALES[2], 0.1)
    qtbot.mouseClick(window.nav_bar.smaller_button, Qt.MouseButton.LeftButton)
    assert window.appearance.scale == SCALES[1]
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.appearance.scale == 1.0
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.appearance.scale == 1.0


def test_a_new_size_reaches_every_button_and_label_of_the_first_screen(qtbot, guide):
    # What a start does not set: the guide lets fonts through stylesheets once it needs to
    # (an earlier test of this process may have set it already).
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles,
                              False)
    window = MainWindow(guide)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    texts = [w for w in window.findChildren(QWidget)
             if isinstance(w, QLabel | QAbstractButton) and w.isVisible()
             and not w.property("role") and not w.property("big")]
    before = {w: w.font().pointSizeF() for w in texts}
    qtbot.mouseClick(window.nav_bar.larger_button, Qt.MouseButton.LeftButton)
    run_pending()
    assert {w: w.font().pointSizeF() for w in texts} == \
        {w: pytest.approx(size * SCALES[1], 0.01) for w, size in before.items()}


def test_views_and_dialogs_made_after_a_size_change_take_the_size(qtbot, window):
    base = window.nav_bar.where.font().pointSizeF()
    window.appearance.set_step(len(SCALES) - 1)
    window.navigate(Location("topic", "cost"))  # the page view is made now, for the first time
    assert window.page_view.font().pointSizeF() == pytest.approx(base * SCALES[-1], 0.1)
    window.show_shortcuts()
    assert window.shortcuts_box.font().pointSizeF() == pytest.approx(base * SCALES[-1], 0.1)
    title = next(label for label in window.checklist_page.findChildren(QLabel)
                 if label.property("role") == "title")
    assert title.font().pointSizeF() > window.page_view.font().pointSizeF()


@pytest.mark.parametrize("change", ["larger", "smaller"])
def test_a_new_text_size_is_laid_out_before_it_is_painted(qtbot, window, change):
    """The one frame at the new size shows the table's rows and the sidebar's items already
    fitted to it, and the table's columns sharing its new width; neither is painted twice."""
    window.appearance.set_step(2)
    window.navigate(Location("compare", "duration", "inpatient"))
    run_pending()
    table, sidebar = window.comparison.table, window.sidebar

    def rows() -> tuple[list[int], list[int], int]:
        return ([table.rowHeight(row) for row in range(table.rowCount())],
                [table.columnWidth(column) for column in range(table.columnCount())],
                table.viewport().width())

    def items() -> list[int]:
        return [sidebar.visualItemRect(sidebar.item(row)).height()
                for row in range(sidebar.count())]

    before = rows(), items()
    table_paints = Paints(table.viewport(), rows)
    sidebar_paints = Paints(sidebar.viewport(), items)
    getattr(window.appearance, change)()
    run_pending()
    assert (rows(), items()) != before
    assert table_paints.seen == [rows()]
    assert sidebar_paints.seen == [items()]
    columns, width = rows()[1:]
    assert sum(columns) == width and max(columns) - min(columns) <= 1


def test_the_screen_draws_text_unshaped_at_every_size_and_the_handout_kerned(qtbot, window):
    """Shaping plain Latin text, for kerning alone, was a quarter of the work of each change of
    view or text size. Paper, set once, keeps it."""
    from guide.checklist import score
    from guide.pdf_export import build_document

    unshaped = QFont.StyleStrategy.PreferNoShaping
    window.navigate(Location("compare", "duration", "inpatient"))
    for step in (len(SCALES) - 1, 0):
        window.appearance.set_step(step)
        run_pending()
        shown = [w for w in window.findChildren(QWidget) if w.isVisible()]
        assert {w.font().styleStrategy() for w in shown} == {unshaped}
        assert window.comparison.detail.document().defaultFont().styleStrategy() == unshaped
    guide = window.guide
    result = score(guide.checklist, [option.id for option in guide.options], set())
    handout = build_document(guide, result, today="2026-12-01")
    assert handout.defaultFont().styleStrategy() == QFont.StyleStrategy.PreferDefault


def test_the_row_titles_width_is_qt_s_at_every_size_and_after_new_titles(qtbot, window):
    """The header keeps its width for each text size shown, as Qt measures it, until a title
    or the theme changes."""
    window.navigate(Location("compare"))
    table = window.comparison.table
    header = table.verticalHeader()
    appearance = window.appearance
    for change in (appearance.larger, appearance.larger, appearance.smaller, appearance.smaller,
                   appearance.larger, appearance.next_theme):
        change()
        run_pending()
        assert header.sizeHint() == QHeaderView.sizeHint(header), change
    table.verticalHeaderItem(0).setText("A title much longer than any of the others")
    run_pending()
    assert header.sizeHint() == QHeaderView.sizeHint(header)
    assert header.width() == header.sizeHint().width()


def test_the_bar_is_laid_out_before_it_is_painted(qtbot, window):
    """A longer "You are here" or a new text size changes sizes a level of layout a turn (the
    label or button, its bar, the window), and Qt paints between two turns: each frame must
    show the bar settled, nothing in it cut off."""
    window.appearance.set_step(len(SCALES) - 1)
    run_pending()
    where = window.nav_bar.where
    frames = Paints(where, lambda: clipped_texts(window.nav_bar))
    window.navigate(Location("compare", "duration", "inpatient"))  # "You are here" wraps more
    run_pending()
    window.appearance.smaller()
    run_pending()
    assert len(frames.seen) >= 2
    assert all(problems == [] for problems in frames.seen), frames.seen


def test_a_view_hidden_during_a_change_of_text_size_shows_at_the_new_size(qtbot, window):
    window.navigate(Location("checklist"))
    statement = window.checklist_page.findChildren(QLabel)[-1]
    title = window.checklist_page.findChildren(QLabel)[0]
    before, title_before = statement.font().pointSizeF(), title.font().pointSizeF()
    window.navigate(Location("compare"))
    window.appearance.larger()
    run_pending()
    # Hidden, it kept its size: the change laid out only what is on screen.
    assert statement.font().pointSizeF() == before
    window.navigate(Location("checklist"))
    run_pending()
    assert statement.font().pointSizeF() == pytest.approx(before * SCALES[1])
    assert title.font().pointSizeF() == pytest.approx(title_before * SCALES[1])
    assert clipped_texts(window.checklist_page) == []


class FontChanges(QObject):
    """Counts the changes of font delivered to widgets (each lays its text out again)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        self.count += event.type() == QEvent.Type.FontChange
        return False


def test_changes_of_view_at_one_text_size_change_no_font(qtbot, window):
    for place in VIEWS:  # each view made and shown once
        window.navigate(place)
        run_pending()
    changes = FontChanges()
    for place in VIEWS * 2:
        window.navigate(place)
        run_pending()
    QApplication.instance().removeEventFilter(changes)
    assert changes.count == 0


def test_the_page_s_text_keeps_its_width_whatever_the_length_of_the_page(qtbot, window):
    widths = set()
    for place in (Location("topic", "visits"), Location("page", "help"), Location("home"),
                  Location("topic", "cost")):
        window.navigate(place)
        run_pending()
        if window.page_view.isVisible():
            widths.add(window.page_view.viewport().width())
    assert len(widths) == 1  # a new width would lay the text out again


def test_the_table_fits_rows_as_they_come_into_view_and_keeps_the_others_in_place(
        qtbot, window):
    window.resize(1024, 700)
    window.appearance.set_step(len(SCALES) - 1)  # few rows fit, and they wrap
    window.navigate(Location("compare"))
    run_pending()
    table = window.comparison.table
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum())
    run_pending()
    assert clipped_texts(table) == []
    window.appearance.smaller()  # every row must fit again; those in view do at once
    run_pending()
    assert clipped_texts(table) == []
    anchor = table.rowAt(0)
    above = anchor - 2  # fitted at the larger size, not yet at this one
    height, top = table.rowHeight(above), table.rowViewportPosition(anchor)
    scroll = 20 - table.rowViewportPosition(above) - height  # its last 20 px come into view
    bar.setValue(bar.value() - scroll)
    run_pending()
    assert table.rowHeight(above) != height
    assert table.rowViewportPosition(anchor) == top + scroll  # moved by the scroll, no more
    assert clipped_texts(table) == []
    bar.setValue(0)
    run_pending()
    assert clipped_texts(table) == []


def test_the_chosen_box_stays_on_screen_through_changes_of_text_size(qtbot, window, guide):
    window.resize(1024, 700)
    table = window.comparison.table
    last = len(guide.topics) - 1
    window.navigate(Location("compare", guide.topics[last].id, guide.options[1].id))
    for change in (window.appearance.larger, window.appearance.larger, window.appearance.smaller):
        change()
        run_pending()
        cell = table.visualRect(table.currentIndex())
        assert table.currentRow() == last
        assert table.viewport().rect().intersects(cell), change


def test_rendered_text_takes_a_new_text_size_after_a_change_of_colours(qtbot, window):
    """A new theme shows the rendered documents again; that must not fix their text size."""
    window.answers.set_ticked("stop", True)
    window.navigate(Location("checklist"))
    window.navigate(Location("compare", "duration", "inpatient"))
    documents = [window.comparison.detail, window.checklist_page.summary]
    window.appearance.next_theme()
    run_pending()

    def heights() -> list[float]:
        sizes = []
        for view in documents:
            document = view.document().clone()
            document.setTextWidth(400)
            sizes.append(document.size().height())
        return sizes

    before = heights()
    window.appearance.set_step(len(SCALES) - 1)
    window.navigate(Location("checklist"))  # a hidden view takes the size when shown
    run_pending()
    assert all(after > 1.5 * height for after, height in zip(heights(), before, strict=True))


def test_theme_and_text_size_are_remembered_but_answers_are_not(qtbot, guide):
    first = MainWindow(guide)
    qtbot.addWidget(first)
    qtbot.mouseClick(first.nav_bar.theme_button, Qt.MouseButton.LeftButton)
    first.appearance.larger()
    first.answers.set_ticked("stop", True)
    first.close()
    second = MainWindow(guide)
    qtbot.addWidget(second)
    assert second.appearance.theme == "dark" and second.appearance.step == 1
    assert second.answers.ticked == frozenset()


def test_themes_change_the_colours_everywhere(qtbot, window):
    for theme, window_colour in (("dark", "#111827"), ("high-contrast", "#000000"),
                                 ("light", "#f7f5f0")):
        window.appearance.set_theme(theme)
        image = window.home_view.grab().toImage()
        assert image.pixelColor(5, image.height() - 5).name() == window_colour
        assert window_colour in window.styleSheet()


def _inks(icon: QIcon) -> set[str]:
    image = icon.pixmap(24, 24).toImage()
    return {image.pixelColor(x, y).name() for x in range(24) for y in range(24)
            if image.pixelColor(x, y).alpha() == 255}


@pytest.mark.parametrize("kiosk", [False, True], ids=["desktop", "kiosk"])
def test_icons_start_in_the_remembered_theme_and_follow_a_change(qtbot, guide, kiosk):
    """Icons are drawn once, as widgets are made, so they must be made in the theme's inks."""
    first = MainWindow(guide)
    qtbot.addWidget(first)
    first.appearance.set_theme("dark")
    window = MainWindow(guide, kiosk=kiosk)
    qtbot.addWidget(window)
    for theme in ("dark", "high-contrast"):
        window.appearance.set_theme(theme)
        colors = palette(theme)
        help_button = window.home_view.help_button if kiosk else window.nav_bar.help_button
        assert _inks(help_button.icon()) == {colors["danger_text"]}
        if not kiosk:
            assert _inks(window.sidebar.item(0).icon()) == {colors["icon"]}


def test_icons_are_drawn_at_the_size_shown_and_faded_when_disabled(window):
    back = window.nav_bar.back_button.icon()
    for size in (16, 24, 40):
        assert back.pixmap(size, size).size().width() == size
    faded = back.pixmap(24, 24, QIcon.Mode.Disabled).toImage()
    assert _inks(back) and max(faded.pixelColor(x, y).alpha()
                                for x in range(24) for y in range(24)) < 255


def test_the_bundled_typeface_is_used(window):
    assert window.font_family == "Atkinson Hyperlegible"
    assert window.nav_bar.where.fontInfo().family() == "Atkinson Hyperlegible"
    window.navigate(Location("page", "help"))  # the page view is made when first shown
    assert window.page_view.fontInfo().family() == "Atkinson Hyperlegible"


def _focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()]


@pytest.mark.parametrize("place", VIEWS, ids=lambda place: place.kind)
def test_every_focusable_widget_has_an_accessible_name(qtbot, window, place):
    window.navigate(place)
    window.comparison.checklist_button.click()
    missing = []
    for widget in _focusable(window):
        if not widget.isVisible():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    assert missing == []


def test_table_cells_announce_their_row_and_column(window, guide):
    window.navigate(Location("compare"))
    table = QAccessible.queryAccessibleInterface(window.comparison.table)
    wanted = guide.topics[2].cell(guide.options[1].id).short
    [cell] = [table.child(i) for i in range(table.childCount())
              if table.child(i).role() == QAccessible.Role.Cell
              and table.child(i).text(QAccessible.Text.Name) == wanted]
    rows = [h.text(QAccessible.Text.Name) for h in cell.tableCellInterface().rowHeaderCells()]
    columns = [h.text(QAccessible.Text.Name)
               for h in cell.tableCellInterface().columnHeaderCells()]
    assert rows == [guide.topics[2].title]
    assert columns == [guide.options[1].short]


def test_tab_reaches_every_main_control_in_reading_order(qtbot, window):
    window.navigate(Location("compare"))
    window.nav_bar.back_button.setFocus()
    order = []
    for _ in range(16):
        order.append(window.focusWidget())
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    bar = window.nav_bar
    expected = [bar.back_button, bar.home_button, bar.help_button, bar.search_box,
                bar.smaller_button, bar.larger_button, bar.theme_button, window.sidebar,
                window.comparison.checklist_button, window.comparison.table]
    positions = [order.index(widget) for widget in expected if widget in order]
    assert len(positions) == len(expected), [type(w).__name__ for w in order]
    assert positions == sorted(positions)


def test_arrow_keys_move_around_the_table(qtbot, window, guide):
    window.navigate(Location("compare", guide.topics[0].id, guide.options[0].id))
    table = window.comparison.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert window.current_location() == Location("compare", guide.topics[1].id,
                                                 guide.options[1].id)
    assert guide.topics[1].cell(guide.options[1].id).body[:20] in \
        window.comparison.detail.toPlainText()


def test_f1_shows_the_keyboard_shortcuts(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.shortcuts_box.isVisible()
    assert "Alt+Left" in window.shortcuts_box.text()


def test_the_fit_check_finds_cut_off_text(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("A sentence far too long for its box", root)
    label.setGeometry(0, 0, 60, 20)
    wrapped = QLabel("A wrapped sentence that needs several lines of room", root)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 30, 80, 20)
    button = QPushButton("A button with a long name", root)
    button.setGeometry(0, 60, 50, 20)
    table = QTableWidget(1, 1, root)
    table.setItem(0, 0, QTableWidgetItem("Text that wraps over many lines in a narrow cell"))
    table.setGeometry(0, 90, 200, 120)
    table.setColumnWidth(0, 60)
    table.setRowHeight(0, 20)
    fine = QLabel("Fits", root)
    fine.setGeometry(0, 220, 200, 40)
    root.resize(300, 300)
    root.show()
    problems = clipped_texts(root)
    assert len(problems) == 4, problems
    assert not any("Fits" in problem for problem in problems)
