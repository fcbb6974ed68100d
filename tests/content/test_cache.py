"""The parsed-content cache: used when nothing changed, refreshed when anything did."""

import pickle
import subprocess
import sys

from guide.content.cache import load_cached
from guide.paths import ROOT, cache_folder
from tests.content.test_loader import TOPIC


def test_a_second_load_comes_from_the_cache_without_the_parser(content_copy):
    load_cached(content_copy, "en")
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from guide.content.cache import load_cached\n"
            f"guide = load_cached(Path({str(content_copy)!r}), 'en')\n"
            "print(len(guide.options), 'markdown' in sys.modules, 'yaml' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.stdout.split() == ["3", "False", "False"], result.stderr


def test_a_changed_file_is_read_again(content_copy):
    assert load_cached(content_copy, "en").topic("duration").title == "How long it lasts"
    path = content_copy / TOPIC
    path.write_text(path.read_text("utf-8").replace("title: How long it lasts",
                                                    "title: How long a stay is"), "utf-8")
    assert load_cached(content_copy, "en").topic("duration").title == "How long a stay is"


def test_a_damaged_cache_is_ignored_and_nothing_is_written_to_the_content(content_copy):
    before = sorted(p.name for p in content_copy.rglob("*"))
    load_cached(content_copy, "en")
    for stored in cache_folder().glob("guide-en-*.pickle"):
        stored.write_bytes(b"not a pickle")
    assert len(load_cached(content_copy, "en").options) == 3
    assert sorted(p.name for p in content_copy.rglob("*")) == before
    assert all(isinstance(pickle.loads(p.read_bytes()), object)
               for p in cache_folder().glob("guide-en-*.pickle"))
