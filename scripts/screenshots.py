"""Save screenshots of the main views, in every theme, at 100% and 200% text, at each size.

Usage: QT_QPA_PLATFORM=offscreen python -m scripts.screenshots OUT_DIR [WIDTHxHEIGHT ...]
           [--answers ID,ID,...] [--views NAME,...] [--themes NAME,...] [--lang en|es]

Each file is named <view>-<theme>-<text size>-<width>x<height>.png. Views: VIEWS' names, or
any guide: location (guide:page/help).
"""

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

VIEWS = {
    "home": "guide:home",
    "compare": "guide:compare/duration#inpatient",
    "checklist": "guide:checklist",
    "topic": "guide:topic/visits",
    "summary": "guide:summary",
}
ANSWERS = "stop,stress,withdrawal"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m scripts.screenshots")
    parser.add_argument("out")
    parser.add_argument("sizes", nargs="*", default=["1024x768"])
    parser.add_argument("--answers", default=ANSWERS, help="statements to tick ('' for none)")
    parser.add_argument("--views", default=",".join(VIEWS))
    parser.add_argument("--themes", default="")
    parser.add_argument("--steps", default="0,4", help="text-size steps: 0 is 100%%, 4 is 200%%")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from guide.app import open_window
    from guide.navigation import Location
    from guide.themes import THEMES
    from guide.ui.appearance import SCALES

    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    window = open_window(None, args.lang)
    window.show()
    for statement_id in filter(None, args.answers.split(",")):
        window.answers.set_ticked(statement_id, True)
    for size in args.sizes:
        width, height = (int(n) for n in size.split("x"))
        window.resize(width, height)
        for theme in args.themes.split(",") if args.themes else THEMES:
            window.appearance.set_theme(theme)
            for step in (int(n) for n in args.steps.split(",")):
                window.appearance.set_step(step)
                for name in args.views.split(","):
                    window.navigate(Location.parse(VIEWS.get(name, name)))
                    for _ in range(3):
                        app.processEvents()
                    label = name.removeprefix("guide:").replace("/", "-")
                    percent = round(SCALES[step] * 100)
                    window.grab().save(str(folder / f"{label}-{theme}-{percent}-{size}.png"))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1:])
