import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The parsed-content cache goes to a folder of this test run's own, never the user's.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="care-choices-cache-")
# So is the temp folder, so that a test can tell what this run (and nothing else) wrote there.
os.environ["TMPDIR"] = tempfile.mkdtemp(prefix="care-choices-tmp-")
tempfile.tempdir = None

FIXTURES = Path(__file__).parent / "fixtures"
THREE_OPTIONS = FIXTURES / "three-options"


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path_factory, monkeypatch):
    """Every test gets its own empty settings folder; none touches a real profile."""
    folder = tmp_path_factory.mktemp("settings")
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # the Qt-free tests run without Qt
        yield folder
        return
    QCoreApplication.setOrganizationName("CareChoicesTests")
    QCoreApplication.setApplicationName("CareChoicesTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def content_copy(tmp_path) -> Path:
    """A writable copy of the three-option fixture, to break on purpose."""
    target = tmp_path / "content"
    shutil.copytree(THREE_OPTIONS, target)
    return target
