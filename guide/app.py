"""Command line and start-up: check content, or open the guide."""

import argparse
import sys
from pathlib import Path

from .content.loader import check_content, load_guide
from .content.problems import ContentError
from .paths import BUNDLED_CONTENT

APP_NAME = "Care Choices"
ORGANIZATION = "CareChoices"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="care-guide",
        description="An offline guide comparing inpatient and intensive outpatient treatment.",
    )
    parser.add_argument("--check-content", nargs="?", const=str(BUNDLED_CONTENT), metavar="DIR",
                        help="check a content folder (default: the bundled one) and exit")
    parser.add_argument("--content", metavar="DIR", help="show the content in DIR")
    parser.add_argument("--lang", default="en", help="language of the content (default: en)")
    return parser.parse_args(argv)


def run_check(folder: str) -> int:
    problems = check_content(Path(folder))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found in {folder}", file=sys.stderr)
        return 1
    print(f"{folder}: the content is sound")
    return 0


def load_content(folder: str | None, lang: str):
    """The guide to show, and the problems of a custom folder that could not be used."""
    if folder:
        try:
            return load_guide(Path(folder), lang), []
        except ContentError as error:
            return load_guide(BUNDLED_CONTENT, lang), error.problems
    return load_guide(BUNDLED_CONTENT, lang), []


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.check_content:
        return run_check(args.check_content)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    try:
        window = open_window(args.content, args.lang)
    except ContentError as error:  # the bundled content itself is broken: nothing to show
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    window.show()
    return app.exec()


def open_window(content: str | None, lang: str):
    """The main window on ``content`` (or the bundled content, telling staff why)."""
    from .ui.main_window import MainWindow
    from .ui.problems_dialog import show_problems

    guide, problems = load_content(content, lang)
    window = MainWindow(guide)
    if problems:
        window.problems_box = show_problems(window, content, problems)
    return window
