"""The window on the offscreen platform: comparison, navigation, links, help, settings."""

import hashlib
from collections import defaultdict

import pytest
from PySide6.QtCore import QPoint, Qt

from guide.app import open_window
from guide.content.loader import load_guide
from guide.navigation import HOME, Location
from guide.ui.labels import WrappedLabel
from guide.ui.main_window import MainWindow
from guide.ui.sidebar import URL_ROLE
from tests.conftest import THREE_OPTIONS
from tests.ui.helpers import click_cell, click_link


@pytest.mark.parametrize("folder", ["bundled", "three-options"])
def test_comparison_shows_every_topic_for_every_option(qtbot, guide, folder):
    if folder == "three-options":
        guide = load_guide(THREE_OPTIONS, "en")
    window = MainWindow(guide)
    qtbot.addWidget(window)
    window.navigate(Location("compare"))
    table = window.comparison.table
    assert table.rowCount() == len(guide.topics)
    assert table.columnCount() == len(guide.options)
    for row, topic in enumerate(guide.topics):
        assert table.verticalHeaderItem(row).text().replace("\n", " ") == topic.title
        for column, option in enumerate(guide.options):
            assert table.horizontalHeaderItem(column).text() == option.short
            assert table.item(row, column).text() == topic.cell(option.id).short


def test_choosing_a_cell_explains_it_below_the_table(qtbot, window, guide):
    window.navigate(Location("compare"))
    click_cell(qtbot, window.comparison.table, 1, 1)
    topic, option = guide.topics[1], guide.options[1]
    assert window.current_location() == Location("compare", topic.id, option.id)
    text = window.comparison.detail.toPlainText()
    assert topic.title in text and option.name in text
    assert topic.cell(option.id).body.split(".")[0] in text
    assert "Source:" in text
    assert window.comparison.table.isVisible()


def test_a_topic_title_down_the_side_chooses_its_row(qtbot, window, guide):
    window.navigate(Location("compare"))
    header = window.comparison.table.verticalHeader()
    topic = guide.topics[2]
    middle = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, middle))
    assert window.current_location() == Location("compare", topic.id)
    assert window.comparison.detail.toPlainText().startswith(topic.title)


def test_a_link_opens_its_page_and_back_forward_home_work(qtbot, window, guide):
    window.navigate(Location("compare"))
    click_cell(qtbot, window.comparison.table, 0, 0)
    topic = guide.topics[0]
    click_link(qtbot, window.comparison.detail, f"guide:topic/{topic.id}")
    assert window.current_location() == Location("topic", topic.id)
    assert window.stack.currentWidget() is window.page_view
    assert window.page_view.toPlainText().startswith(topic.title)
    assert window.nav_bar.where.text().endswith(topic.title)

    qtbot.mouseClick(window.nav_bar.back_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == Location("compare", topic.id, guide.options[0].id)
    assert window.stack.currentWidget() is window.comparison
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_location() == Location("topic", topic.id)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.mouseClick(window.nav_bar.forward_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == Location("topic", topic.id)
    qtbot.mouseClick(window.nav_bar.home_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == HOME
    assert window.stack.currentWidget() is window.home_view


def test_home_buttons_and_sidebar_lead_into_the_guide(qtbot, window, guide):
    qtbot.mouseClick(window.home_view.compare_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.comparison
    option = guide.options[1]
    row = next(r for r in range(window.sidebar.count())
               if window.sidebar.item(r).text() == option.name)
    item = window.sidebar.item(row)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.sidebar.visualItemRect(item).center())
    assert window.current_location() == Location("option", option.id)
    assert option.summary in window.page_view.toPlainText()
    assert window.sidebar.currentItem() is item


def test_sidebar_headings_cannot_be_chosen_and_look_the_same_from_the_first_paint(qtbot, guide):
    window = MainWindow(guide)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    sidebar = window.sidebar
    headings = [sidebar.item(row) for row in range(sidebar.count())
                if not sidebar.item(row).data(URL_ROLE)]
    assert [item.text() for item in headings] == ["The options", "Topics", "More"]
    first_paint = sidebar.grab().toImage()  # as the first frame shows them
    qtbot.waitUntil(lambda: all(item.flags() == Qt.ItemFlag.NoItemFlags for item in headings))
    assert sidebar.grab().toImage() == first_paint
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(headings[1]).center())
    assert sidebar.currentItem() is not headings[1]
    assert window.current_location() == HOME


@pytest.mark.parametrize("kiosk", [False, True])
def test_the_first_screen_is_laid_out_at_the_widths_it_is_shown_at(qtbot, guide, monkeypatch,
                                                                   kiosk):
    """Styled after it was made, or measured before it was in the window, each label of the
    first screen was laid out at widths it never has (the title at 4 widths): ~3% of a start."""
    asked = defaultdict(set)
    height_for_width = WrappedLabel.heightForWidth

    def watched(label, width):
        asked[label].add(width)
        return height_for_width(label, width)

    monkeypatch.setattr(WrappedLabel, "heightForWidth", watched)
    window = MainWindow(guide, kiosk=kiosk)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    labels = window.home_view.findChildren(WrappedLabel)
    title = labels[0]
    assert title.text() == guide.title
    assert title.width() in asked[title]
    # At most two widths each: with and without the scroll bar, as the scroll area decides.
    assert all(len(asked[label]) <= 2 for label in labels), \
        {label.text()[:20]: sorted(asked[label]) for label in labels}


@pytest.mark.parametrize("place", [HOME, Location("compare"), Location("compare", "cost", "iop"),
                                   Location("option", "inpatient"), Location("topic", "visits"),
                                   Location("page", "about")])
def test_get_help_now_works_from_every_view(qtbot, window, place):
    window.navigate(place)
    qtbot.mouseClick(window.nav_bar.help_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == Location("page", "help")
    text = window.page_view.toPlainText()
    assert "988" in text and "1-800-662-4357" in text and "911" in text
    qtbot.mouseClick(window.nav_bar.back_button, Qt.MouseButton.LeftButton)
    assert window.current_location() == place


def test_links_outside_the_guide_are_shown_not_opened(qtbot, window):
    window.navigate(Location("page", "about"))
    window.page_view.show_html('<p><a href="https://example.org/x">a site</a></p>')
    click_link(qtbot, window.page_view, "https://example.org/x")
    assert window.outside_box.isVisible()
    assert "https://example.org/x" in window.outside_box.text()
    assert window.current_location() == Location("page", "about")


def test_window_remembers_its_size_and_last_view(qtbot, guide):
    first = MainWindow(guide)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)
    qtbot.waitExposed(first)
    first.navigate(Location("topic", "duration"))
    first.close()
    second = MainWindow(guide)
    qtbot.addWidget(second)
    assert second.current_location() == Location("topic", "duration")
    assert (second.width(), second.height()) == (760, 560)


def _fingerprint(folder):
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_broken_custom_content_is_explained_and_the_bundled_guide_shown(qtbot, content_copy):
    (content_copy / "en/pages/help.md").write_text("no front matter here", "utf-8")
    before = _fingerprint(content_copy)
    window = open_window(str(content_copy), "en")
    qtbot.addWidget(window)
    assert window.problems_box.isVisible()
    assert f"{content_copy / 'en/pages/help.md'}:1: " in window.problems_box.detailedText()
    assert window.guide.title == "Care Choices"
    window.close()
    assert _fingerprint(content_copy) == before


def test_good_custom_content_is_shown(qtbot):
    window = open_window(str(THREE_OPTIONS), "en")
    qtbot.addWidget(window)
    assert [o.id for o in window.guide.options] == ["inpatient", "partial", "iop"]
    assert not hasattr(window, "problems_box")
