"""The content model, loader and navigation must import without Qt, so they stay fast to test."""

import subprocess
import sys

from guide.paths import ROOT

BLOCK_QT = (
    "import sys\n"
    "class BlockQt:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
    "            raise ImportError('Qt is blocked in this test: ' + name)\n"
    "sys.meta_path.insert(0, BlockQt())\n"
)


def test_qt_free_modules_import_without_qt():
    code = BLOCK_QT + (
        "import guide.content.loader, guide.content.model, guide.content.render\n"
        "import guide.navigation, guide.documents, guide.themes, guide.checklist\n"
        "import guide.search, guide.handout, guide.qr, guide.i18n, guide.content.cache\n"
        "import guide.kiosk_config, guide.kiosk_pin\n"
        "from guide.content.loader import load_guide\n"
        "from guide.paths import BUNDLED_CONTENT\n"
        "load_guide(BUNDLED_CONTENT, 'en')\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "ok", result.stderr
