"""Presentation mode, the readiness questions, the QR code on screen, print and save."""

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QLabel

from guide.content.plain import plain_text
from guide.handout import READINESS_KEYS
from guide.navigation import Location
from guide.qr import qr_text
from guide.ui.dialogs import is_open
from tests.test_handout import decode


def test_presentation_steps_through_every_topic_and_back(qtbot, window, guide):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    show = window.presentation
    assert show.isFullScreen()
    seen = [show.title.text()]
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down) * 3:
        qtbot.keyClick(show, key)
        if show.title.text() != seen[-1]:
            seen.append(show.title.text())
    assert seen == [t.title for t in guide.topics]
    for topic in reversed(guide.topics[:-1]):
        qtbot.keyClick(show, Qt.Key.Key_PageUp)
        assert show.title.text() == topic.title
    qtbot.keyClick(show, Qt.Key.Key_Left)
    assert show.index == 0
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert not is_open(show)


def test_presentation_shows_options_side_by_side_with_questions(qtbot, window, guide):
    window.navigate(Location("topic", "visits"))
    window.present()
    show = window.presentation
    topic = guide.topic("visits")
    assert show.title.text() == topic.title
    assert [p.accessibleName() for p in show.panels] == [o.name for o in guide.options]
    assert topic.questions[0] in show.questions.text()
    assert show.matched_panel() is None
    show.close()


def test_presentation_keeps_the_match_highlighted(qtbot, window):
    window.answers.set_ticked("work", True)
    window.answers.set_ticked("family", True)
    window.present()
    show = window.presentation
    for _ in range(3):
        assert show.matched_panel().accessibleName() == window.guide.option("iop").name
        qtbot.keyClick(show, Qt.Key.Key_PageDown)
    show.close()


def test_presentation_leads_with_safety_and_marks_no_fit(qtbot, window, guide):
    for statement_id in ("withdrawal", "work", "family"):
        window.answers.set_ticked(statement_id, True)
    window.present()
    show = window.presentation
    assert show.banner.isVisibleTo(show)
    assert show.banner.message.accessibleName().startswith(
        plain_text(guide.checklist.statement("withdrawal").action_html))
    assert show.matched_panel() is None
    window.answers.set_ticked("withdrawal", False)  # the fit comes back, live
    assert not show.banner.isVisibleTo(show)
    assert show.matched_panel().accessibleName() == guide.option("iop").name
    show.close()


def test_presentation_says_why_an_option_is_ruled_out(qtbot, window, guide):
    window.answers.set_ticked("stop", True)
    window.present()
    show = window.presentation
    iop = show.panels[[o.id for o in guide.options].index("iop")]
    words = " ".join(label.text() for label in iop.findChildren(QLabel))
    note = guide.checklist.statement("stop").rules_out[0]
    assert note.text in words and "Intensive Outpatient Treatment" in words
    assert show.matched_panel().accessibleName() == guide.option("inpatient").name
    show.close()


def summary(qtbot, window):
    window.navigate(Location("summary"))
    return window.summary_view


def test_fewer_than_four_yes_suggests_a_counselor(qtbot, window):
    view = summary(qtbot, window)
    answers = [True, True, False, True]
    for key, yes in zip(READINESS_KEYS, answers, strict=True):
        button = next(b for b in view.groups[key].buttons() if view.groups[key].id(b) == int(yes))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.answers.readiness == dict(zip(READINESS_KEYS, answers, strict=True))
    assert "counselor" in view.advice.text() and "3 of 4" in view.advice.text()
    no = next(b for b in view.groups["values"].buttons() if view.groups["values"].id(b) == 1)
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert "all 4" in view.advice.text()
    window.answers.clear()
    assert not any(b.isChecked() for g in view.groups.values() for b in g.buttons())


def png_of(pixmap) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(data.data())


def test_the_qr_on_screen_carries_the_summary(qtbot, window):
    view = summary(qtbot, window)
    window.answers.set_ticked("stop", True)
    expected = qr_text(window.guide, window.answers.result)
    assert view.qr_summary == expected
    assert decode(png_of(view.qr.pixmap())) == [expected]


def test_print_opens_a_preview(qtbot, window):
    view = summary(qtbot, window)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    [preview] = window.findChildren(QPrintPreviewDialog)
    assert preview.isVisible()
    preview.close()


def test_save_as_pdf_writes_the_summary(qtbot, window, tmp_path):
    window.answers.set_ticked("work", True)
    view = summary(qtbot, window)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    target = tmp_path / "mine.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "evening groups" in " ".join(text.split())
