"""Faults from outside: content gone while running, missing fonts and icons, unwritable
settings, a full disk. Each gives a clear message and the guide carries on."""

import errno
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from guide.content.cache import load_cached
from guide.navigation import Location
from guide.paths import ROOT, cache_folder
from guide.ui import fonts, icons
from guide.ui.main_window import MainWindow
from guide.ui.printing import save_pdf


def test_content_deleted_while_running_keeps_the_guide_going(qtbot, content_copy):
    shutil.copytree(content_copy / "en", content_copy / "es")  # a second language to switch to
    window = MainWindow(load_cached(content_copy, "en"),
                        guide_for=lambda lang: load_cached(content_copy, lang))
    qtbot.addWidget(window)
    window.show()
    shutil.rmtree(content_copy)
    for stored in cache_folder().glob("guide-es-*.pickle"):
        stored.unlink()
    window.set_language("es")
    assert window.guide.lang == "en"
    assert "cannot be read" in window.message_box.text()
    window.navigate(Location("compare"))
    window.navigate(Location("topic", "cost"))
    assert window.page_view.toPlainText().startswith("Cost")


def test_missing_custom_content_falls_back_to_the_bundled_guide(qtbot, content_copy):
    from guide.app import open_window

    window = open_window(str(content_copy), "en")
    qtbot.addWidget(window)
    shutil.rmtree(content_copy)
    window.set_language("es")  # the folder is gone: the bundled Spanish guide is shown
    assert window.guide.lang == "es" and len(window.guide.topics) > 3


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file, so nothing is unreadable")
def test_unreadable_content_is_reported_per_file(content_copy):
    (content_copy / "en/pages/help.md").chmod(0)
    from guide.content.loader import check_content

    assert any("cannot be read" in p.message for p in check_content(content_copy))


def test_a_missing_typeface_and_icons_leave_a_working_guide(qtbot, guide, tmp_path,
                                                             monkeypatch):
    monkeypatch.setattr(fonts, "RESOURCES", tmp_path)  # no fonts folder there
    monkeypatch.setattr(icons, "ICONS", tmp_path)
    fonts.load_fonts.cache_clear()
    icons.icon.cache_clear()
    try:
        window = MainWindow(guide)
        qtbot.addWidget(window)
        window.show()
        assert window.font_family is None
        assert window.nav_bar.home_button.icon().isNull()
        qtbot.mouseClick(window.nav_bar.help_button, Qt.MouseButton.LeftButton)
        assert "988" in window.page_view.toPlainText()
    finally:
        fonts.load_fonts.cache_clear()
        icons.icon.cache_clear()


def test_unwritable_settings_are_reported_and_the_guide_closes_normally(tmp_path):
    blocked = tmp_path / "settings-are-a-file"
    blocked.write_text("not a folder", "utf-8")
    code = ("import sys\n"
            "from PySide6.QtCore import QSettings\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
            f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "
            f"{str(blocked)!r})\n"
            "from guide.app import open_window\n"
            "window = open_window(None, 'en')\n"
            "window.show(); app.processEvents()\n"
            "window.appearance.larger()\n"
            "print('closed', window.close())\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert "closed True" in result.stdout, result.stderr
    assert "could not be saved" in result.stderr and "Traceback" not in result.stderr


def test_a_full_disk_while_saving_says_so_and_leaves_no_file(qtbot, window, tmp_path,
                                                             monkeypatch):
    from guide import pdf_export

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pdf_export.os, "fsync", full)
    target = tmp_path / "summary.pdf"
    assert not save_pdf(window, window.answers, str(target))
    [box] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert "No space left" in box.text()
    assert list(tmp_path.iterdir()) == []
    assert window.isVisible()
    assert QSettings().status() == QSettings.Status.NoError
