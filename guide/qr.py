"""The handout's QR code: a short plain-text summary (no web address) drawn with segno. No Qt."""

import io

import segno

from .checklist import Result
from .content.model import Guide
from .explain import explain, qr_lines
from .handout import translated
from .i18n import Translate, untranslated

# Low error correction, raised when that costs no size: a code of all the answers stays small
# enough to print and scan (a screen or a clean sheet needs little correction).
ERROR_CORRECTION = "l"
BORDER = 4  # the quiet zone, in modules, that QR readers need around the code


def qr_text(guide: Guide, result: Result, tr: Translate = untranslated) -> str:
    """What the QR code says: the safety actions first, then each option with the short form
    of the answers that fit it (see explain.qr_lines), then the help lines. Plain text, no web
    address, no answer left out."""
    text = translated(tr)
    lines = [text["qr_title"], *qr_lines(guide, explain(guide, result, tr), tr)]
    if result.nothing_ticked:
        lines.append(text["qr_nothing"])
    lines += [line.short for line in guide.help_lines]
    return "\n".join(lines)


def _code(text: str) -> segno.QRCode:
    return segno.make(text, error=ERROR_CORRECTION, micro=False, boost_error=True)


def qr_size(text: str) -> int:
    """How many modules wide the code for ``text`` is, quiet zone included."""
    return _code(text).symbol_size(border=BORDER)[0]


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
