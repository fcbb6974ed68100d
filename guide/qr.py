"""The handout's QR code: a short plain-text summary (no web address) drawn with segno. No Qt."""

import io

import segno

from .checklist import Result
from .content.model import Guide, Statement
from .handout import translated
from .i18n import Translate, untranslated

MAX_CHARS = 300  # a version 10-ish code at level M: still easy for a phone camera to read
MAX_REASONS = 3
ERROR_CORRECTION = "m"
BORDER = 4  # the quiet zone, in modules, that QR readers need around the code


def _verdict(guide: Guide, result: Result, text: dict[str, str]) -> str:
    if result.match:
        return text["qr_points_to"].format(option=guide.option(result.match).name)
    if result.nothing_ticked:
        return text["qr_nothing"]
    if result.tie:
        top = max(score for _, score in result.scores)
        leaders = sum(score == top for _, score in result.scores)
        return text["qr_both"] if leaders == 2 else text["qr_several"]
    return text["qr_no_match"]


def main_reasons(result: Result) -> list[Statement]:
    """The ticked statements behind the result, heaviest first (checklist order among equals)."""
    if result.match:
        statements = list(result.reasons_for(result.match))
    else:
        statements = [s for _, group in result.reasons for s in group]
    return sorted(statements, key=lambda s: -s.weight)[:MAX_REASONS]


def qr_text(guide: Guide, result: Result, tr: Translate = untranslated) -> str:
    """What the QR code says: the verdict, up to 3 reasons and the help lines, in MAX_CHARS."""
    text = translated(tr)
    head = [text["qr_title"], _verdict(guide, result, text)]
    tail = [text["qr_help"]]
    budget = MAX_CHARS - len("\n".join(head + tail)) - 1
    reasons: list[str] = []
    for statement in main_reasons(result):
        line = f"- {statement.text}"
        cost = len(line) + 1 + (0 if reasons else len(text["qr_why"]) + 1)
        if cost > budget:
            break
        reasons.append(line)
        budget -= cost
    if reasons:
        head += [text["qr_why"], *reasons]
    return "\n".join(head + tail)


def _code(text: str) -> segno.QRCode:
    return segno.make(text, error=ERROR_CORRECTION, micro=False, boost_error=False)


def qr_svg(text: str) -> str:
    """The code as a standalone SVG document (1 unit a module), black on white."""
    out = io.BytesIO()
    _code(text).save(out, kind="svg", border=BORDER, light="#fff", xmldecl=False)
    return out.getvalue().decode("utf-8")


def qr_png(text: str, scale: int = 8) -> bytes:
    """The code as a black-and-white PNG, ``scale`` pixels a module."""
    out = io.BytesIO()
    _code(text).save(out, kind="png", scale=scale, border=BORDER)
    return out.getvalue()
