"""Command line and start-up: check content, or open the guide."""

import argparse
import gc
import sys
from pathlib import Path

from .content.cache import languages, load_cached
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
    parser.add_argument("--present", action="store_true",
                        help="start in presentation mode (one topic at a time, full screen)")
    parser.add_argument("--kiosk", action="store_true",
                        help="run as a public kiosk: full screen, no way out, forgets visitors")
    parser.add_argument("--kiosk-config", metavar="FILE",
                        help="the kiosk configuration file (default: "
                             "~/.config/care-choices/kiosk.ini)")
    parser.add_argument("--set-kiosk-pin", action="store_true",
                        help="set the staff PIN in the kiosk configuration file and exit")
    parser.add_argument("--lang", help="language: en or es (default: the last one chosen, "
                                       "or the system's)")
    parser.add_argument("--export-pdf", metavar="FILE",
                        help="write the take-home summary to FILE as a PDF and exit")
    parser.add_argument("--export-text", metavar="FILE",
                        help="write the take-home summary to FILE as plain UTF-8 text ('-': "
                             "to standard output) and exit")
    parser.add_argument("--answers", metavar="ID,ID,...", default="",
                        help="with --export-pdf or --export-text: the checklist statements "
                             "to tick")
    parser.add_argument("--paper", choices=("letter", "a4"),
                        help="with --export-pdf: the paper size (default: letter)")
    args = parser.parse_args(argv)
    if args.export_pdf and args.export_text:
        parser.error("choose one of --export-pdf and --export-text")
    if not (args.export_pdf or args.export_text) and args.answers:
        parser.error("--answers goes with --export-pdf or --export-text")
    if not args.export_pdf and args.paper:
        parser.error("--paper goes with --export-pdf")
    return args


def run_check(folder: str) -> int:
    from .content.loader import check_content

    problems = check_content(Path(folder))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found in {folder}", file=sys.stderr)
        return 1
    print(f"{folder}: the content is sound")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the take-home summary without opening a window: 0, or 2 with one line on stderr."""
    from datetime import date

    from PySide6.QtCore import QCoreApplication

    from .checklist import TooManyValues, UnknownAnswers, score
    from .handout import handout_text
    from .pdf_export import ExportError, ensure_gui_application, export_pdf, write_atomically
    from .ui.translation import use_language

    lang = args.lang or "en"
    available = languages(Path(args.content) if args.content else BUNDLED_CONTENT)
    if lang not in available:
        print(f"care-guide: --lang {lang}: no such language in the content "
              f"(available: {', '.join(available)})", file=sys.stderr)
        return 2
    guide, problems = load_content(args.content, lang)
    ensure_gui_application()
    use_language(lang)
    if problems:
        print(f"care-guide: {args.content} has {len(problems)} problem(s); "
              "using the bundled content", file=sys.stderr)
    answers = {answer.strip() for answer in args.answers.split(",") if answer.strip()}
    today = date.today().isoformat()
    try:
        result = score(guide.checklist, [option.id for option in guide.options], answers)
        if args.export_pdf:
            export_pdf(guide, result, args.export_pdf, paper=args.paper or "letter",
                       today=today)
        else:
            text = handout_text(guide, result, today=today, tr=QCoreApplication.translate)
            if args.export_text == "-":
                sys.stdout.write(text)
                return 0
            write_atomically(Path(args.export_text), text.encode("utf-8"), "the text")
    except (UnknownAnswers, TooManyValues, ExportError) as error:
        print(f"care-guide: {error}", file=sys.stderr)
        return 2
    print(Path(args.export_pdf or args.export_text).resolve())
    return 0


def load_content(folder: str | None, lang: str):
    """The guide to show, and the problems of a custom folder that could not be used."""
    if folder:
        try:
            return load_cached(Path(folder), lang), []
        except ContentError as error:
            return load_cached(BUNDLED_CONTENT, lang), error.problems
    return load_cached(BUNDLED_CONTENT, lang), []


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a name like "ayúda.md" must not crash a report
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if args.check_content:
        return run_check(args.check_content)
    if args.export_pdf or args.export_text:
        try:
            return run_export(args)
        except ContentError as error:  # the bundled content itself is broken
            for problem in error.problems:
                print(problem, file=sys.stderr)
            return 1

    from .kiosk_config import default_config_path, load_config

    config_path = Path(args.kiosk_config) if args.kiosk_config else default_config_path()
    if args.set_kiosk_pin:
        return run_set_pin(config_path)
    kiosk_config, config_problems = load_config(config_path)
    for problem in config_problems:
        print(problem, file=sys.stderr)

    gc.disable()  # until the window is shown: see collect_from_now_on
    try:
        return run_window(args, kiosk_config)
    finally:
        gc.enable()  # also after a start that stopped early


def run_window(args: argparse.Namespace, kiosk_config) -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from .settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    available = languages(Path(args.content) if args.content else BUNDLED_CONTENT) or ["en"]
    if args.lang and args.lang not in available:
        print(f"--lang {args.lang}: no such language in the content "
              f"(available: {', '.join(available)})", file=sys.stderr)
        return 2
    if kiosk_config.enabled or args.kiosk:
        return run_kiosk(app, args, kiosk_config)
    lang = choose_language(args.lang, Settings().value("appearance/language"),
                           QLocale.system().name(), available)
    try:
        window = open_window(args.content, lang)
    except ContentError as error:  # the bundled content itself is broken: nothing to show
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    window.show()
    if args.present:
        window.present()
    collect_from_now_on()
    return app.exec()


def collect_from_now_on() -> None:
    """Start-up makes tens of thousands of objects that live as long as the guide (Qt's
    classes and enums, modules, the window), so the garbage collector's passes over them while
    starting were wasted: ~5 ms of a start (3%). gc.freeze sets them aside for good, so later
    collections skip them too; the ~110 KB of cyclic garbage start-up leaves is never freed."""
    gc.freeze()
    gc.enable()


def run_kiosk(app, args: argparse.Namespace, config) -> int:
    """Full screen for the public; what visitors do stays in memory (MemoryStore)."""
    from .settings import MemoryStore, Settings
    from .ui.kiosk import KioskController

    window = open_window(args.content, args.lang or config.language, kiosk=True,
                         settings=Settings(MemoryStore()))
    controller = KioskController(window, config)
    controller.show()
    collect_from_now_on()
    return app.exec()


def run_set_pin(path: Path) -> int:
    import getpass

    from .kiosk_pin import save_pin

    ask = getpass.getpass if sys.stdin.isatty() else (lambda _prompt: sys.stdin.readline())
    pin = ask("New staff PIN: ").strip()
    if len(pin) < 4 or (sys.stdin.isatty() and ask("Once more: ").strip() != pin):
        print("The PIN must have at least 4 characters, typed the same twice.", file=sys.stderr)
        return 2
    try:
        save_pin(path, pin)
    except OSError as error:
        print(f"Cannot write {path}: {error.strerror or error}", file=sys.stderr)
        return 2
    print(f"The staff PIN is set in {path}")
    return 0


def choose_language(requested: str | None, remembered: str, system_locale: str,
                    available: list[str]) -> str:
    """--lang first, then the person's last choice, then the system's language, then English."""
    for lang in (requested, remembered, system_locale.split("_")[0]):
        if lang and lang in available:
            return lang
    return "en" if "en" in available else available[0]


def open_window(content: str | None, lang: str, kiosk: bool = False, settings=None):
    """The main window on ``content`` (or the bundled content, telling staff why)."""
    from .ui.main_window import MainWindow

    guide, problems = load_content(content, lang)
    window = MainWindow(guide, settings, guide_for=lambda other: load_content(content, other)[0],
                        kiosk=kiosk)
    if problems:
        from .ui.problems_dialog import show_problems

        window.problems_box = show_problems(window, content, problems)
    return window
