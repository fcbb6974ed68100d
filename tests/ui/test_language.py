"""Switching to Spanish and back: the place and answers are kept, and no English is left."""

import filecmp
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QTableWidget, QWidget

from guide.app import choose_language
from guide.content.cache import bundled_guide
from guide.navigation import Location
from guide.paths import RESOURCES, ROOT
from guide.ui.main_window import MainWindow
from tests.ui.test_readable import VIEWS

# Names and symbols that are the same in both languages.
SAME_IN_BOTH = {"IOP", "SAMHSA", "988", "911", "1-800-662-4357", "A−", "A+", "English",
                "Care Choices", "✓", "•"}


def visible_texts(window: QWidget) -> set[str]:
    texts = {window.windowTitle()}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
            # Sentence by sentence: one English sentence inside Spanish text must show.
            document = QTextDocument()
            document.setHtml(widget.text())
            texts.update(sentence for line in document.toPlainText().splitlines()
                         for sentence in line.split(". "))
        elif isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QListWidget):
            texts.update(widget.item(row).text() for row in range(widget.count()))
        elif isinstance(widget, QTableWidget):
            texts.update(widget.item(r, c).text() for r in range(widget.rowCount())
                         for c in range(widget.columnCount()))
            texts.update(widget.horizontalHeaderItem(c).text()
                         for c in range(widget.columnCount()))
        if widget.accessibleName():
            texts.add(widget.accessibleName())
    texts.update(line for line in window.page_view.toPlainText().splitlines())
    texts.update(line for line in window.comparison.detail.toPlainText().splitlines())
    return {text.strip() for text in texts if text and text.strip()}


def switch(qtbot, window, lang):
    button = window.nav_bar.findChild(QAbstractButton, f"language-{lang}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.guide.lang == lang)


@pytest.mark.parametrize("place", VIEWS, ids=lambda place: place.kind)
def test_switching_keeps_the_place_and_the_answers(qtbot, window, place):
    window.answers.set_ticked("stop", True)
    window.answers.set_ticked("stress", True)
    window.navigate(place)
    switch(qtbot, window, "es")
    assert window.current_location() == place
    assert window.answers.ticked == {"stop", "stress"}
    assert window.comparison.matched_option == "inpatient"
    es_title = window.nav_bar.where.text()
    assert es_title.startswith("Usted está aquí")
    if place.kind == "checklist":
        assert window.checklist_page.box("stop").isChecked()
    switch(qtbot, window, "en")
    assert window.current_location() == place
    assert window.answers.ticked == {"stop", "stress"}
    assert window.nav_bar.where.text().startswith("You are here")


@pytest.mark.parametrize("place", VIEWS, ids=lambda place: place.kind)
def test_no_english_is_left_after_switching(qtbot, window, place):
    window.answers.set_ticked("withdrawal", True)
    window.answers.set_ticked("work", True)
    window.answers.set_ticked("stop", True)
    window.navigate(place)
    english = visible_texts(window)
    switch(qtbot, window, "es")
    left = {text for text in visible_texts(window) & english if text not in SAME_IN_BOTH}
    assert left == set()


def test_the_side_panel_stays_open_across_a_switch(qtbot, window):
    window.resize(1280, 800)
    window.navigate(Location("compare"))
    qtbot.waitUntil(lambda: window.comparison.width() >= 900)
    qtbot.mouseClick(window.comparison.checklist_button, Qt.MouseButton.LeftButton)
    assert window.checklist_side.isVisible()
    switch(qtbot, window, "es")
    assert window.checklist_side.isVisible()
    assert window.comparison.checklist_button.text() == "Mi lista"


def test_switching_back_and_forth_keeps_no_old_translators(qtbot, window):
    for lang in ("es", "en", "es", "en", "es"):
        window.set_language(lang)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Spanish has two: the guide's and Qt's own (standard dialogs); each switch loaded both.
    assert len(QCoreApplication.instance().findChildren(QTranslator)) == 2


def test_the_chosen_language_is_remembered(qtbot, window, guide):
    switch(qtbot, window, "es")
    window.close()
    assert window.settings.value("appearance/language") == "es"


def test_standard_dialog_buttons_are_in_spanish(qtbot, window):
    switch(qtbot, window, "es")
    window.follow_link("https://example.org")
    [button] = window.outside_box.buttons()
    assert button.text().replace("&", "") in {"Aceptar", "OK"}
    assert window.outside_box.windowTitle() == "Fuera de esta guía"


@pytest.mark.parametrize("requested, remembered, system, expected", [
    ("es", "en", "en_US", "es"),
    (None, "es", "en_US", "es"),
    (None, "", "es_MX", "es"),
    (None, "", "fr_FR", "en"),
    ("fr", "", "de_DE", "en"),
])
def test_language_choice_order(requested, remembered, system, expected):
    assert choose_language(requested, remembered, system, ["en", "es"]) == expected


def test_a_window_opened_in_spanish_shows_spanish(qtbot):
    window = MainWindow(bundled_guide("es"))
    qtbot.addWidget(window)
    assert window.nav_bar.help_button.text() == "Ayuda ahora"
    assert window.sidebar.item(0).text() == "Inicio"


TS = RESOURCES / "i18n" / "care_es.ts"


def test_every_interface_string_is_translated():
    unfinished = [m.find("source").text for m in ET.parse(TS).getroot().iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete")
                  or not m.find("translation").text]
    assert unfinished == []


def test_every_translation_has_its_accents_on_their_letters():
    """The screen draws text unshaped (ui/text_size): an accent typed as a separate mark would
    stand beside its letter. Content is made NFC when read; translations are checked here."""
    texts = [m.find("translation").text for m in ET.parse(TS).getroot().iter("message")]
    assert [t for t in texts if unicodedata.normalize("NFC", t) != t] == []


def test_the_ts_file_lists_every_string_in_the_code(tmp_path):
    copy = tmp_path / "care_es.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "guide").rglob("*.py"))
    output = subprocess.run([str(ROOT / ".venv/bin/pyside6-lupdate"), *sources, "-ts", str(copy)],
                            capture_output=True, text=True, check=True).stdout
    assert "0 new" in output, output


def test_the_compiled_qm_matches_the_ts(tmp_path):
    compiled = tmp_path / "care_es.qm"
    subprocess.run([str(ROOT / ".venv/bin/pyside6-lrelease"), str(TS), "-qm", str(compiled)],
                   capture_output=True, check=True)
    assert filecmp.cmp(compiled, RESOURCES / "i18n" / "care_es.qm", shallow=False)
