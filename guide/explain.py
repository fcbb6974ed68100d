"""The checklist's result in words: the same wording on screen, in presentation mode, on the
handout, in the text summary and in the QR code. No Qt.

Safety first: while a safety answer is ticked its action leads, and no option is named as the
fit. Then each option with what fits the answers, what matters to the reader, what to talk
about, and any answer a source says the option is not made for, each with its reason and
source. One line names an option only when ``Result.leading`` does: "More of your answers fit
X." Nothing is ranked and no points are shown.

Interface words are marked with QT_TRANSLATE_NOOP and translated through ``tr``; every fact,
reason and safety action comes from the content.
"""

from html import escape
from typing import NamedTuple

from .checklist import Reason, Result
from .content.model import Guide, SourceRef, Statement
from .content.plain import plain_text
from .i18n import QT_TRANSLATE_NOOP, Translate, untranslated

C = "Explain"  # the translation context of this module
NOTHING_TICKED = QT_TRANSLATE_NOOP(
    "Explain", "Nothing is ticked yet. Tick the sentences that are true for you, to see how "
    "your answers fit each option.")
SAFETY_HEADING = QT_TRANSLATE_NOOP("Explain", "Your safety comes first")
SAFETY_HOLDS = QT_TRANSLATE_NOOP(
    "Explain", "While a safety answer is ticked, this guide does not show which option fits. "
    "Please take the step above first. Your other answers are below, to talk about later.")
CONFLICT = QT_TRANSLATE_NOOP(
    "Explain", "Two of your answers cannot both be true now: “{0}” and “{1}”. Please untick "
    "the one that is not true. Until then, this guide does not show which option fits.")
LEADING = QT_TRANSLATE_NOOP("Explain", "More of your answers fit {0}. Talk it through with a "
                                       "counselor.")
NO_LEADING = QT_TRANSLATE_NOOP(
    "Explain", "No one option fits more of your answers than the others. See what fits and "
    "what to talk about for each one, and talk it through with a counselor.")
RULED_OUT = QT_TRANSLATE_NOOP("Explain", "Not made for one of your answers")
FITS = QT_TRANSLATE_NOOP("Explain", "What fits your answers")
VALUES = QT_TRANSLATE_NOOP("Explain", "What matters to you")
TALK = QT_TRANSLATE_NOOP("Explain", "What to talk about")
CHOSEN_VALUES = QT_TRANSLATE_NOOP("Explain", "What matters most to you: {0}.")
NOT_ASSESSMENT = QT_TRANSLATE_NOOP(
    "Explain", "This is a starting point for a talk with a counselor or doctor. It is not an "
    "assessment, and it does not choose for you.")
SOURCE = QT_TRANSLATE_NOOP("Explain", "source {0}, “{1}”")
# The QR code's words: a phone shows the plain text, so they are short.
QR_SAFETY = QT_TRANSLATE_NOOP("Explain", "SAFETY FIRST:")
QR_FITS = QT_TRANSLATE_NOOP("Explain", "fits")
QR_VALUES = QT_TRANSLATE_NOOP("Explain", "matters to me")
QR_TALK = QT_TRANSLATE_NOOP("Explain", "talk about")
QR_RULED_OUT = QT_TRANSLATE_NOOP("Explain", "not made for")
QR_CONFLICT = QT_TRANSLATE_NOOP("Explain", "Check these answers, they cannot both be true: {0} / "
                                           "{1}")


class Section(NamedTuple):
    """One list under an option: its heading and its reasons."""

    heading: str  # an interface word, translated
    reasons: tuple[Reason, ...]
    qr_word: str


class OptionPart(NamedTuple):
    option_id: str
    name: str
    sections: tuple[Section, ...]  # only the lists that have something in them


class Explanation(NamedTuple):
    """The result, in the order and the words every form of it uses."""

    safety: tuple[Statement, ...]  # their actions come first, the first one largest
    held: tuple[str, ...]  # why no fit is shown (safety, contradictions): plain text
    conflicts: tuple[tuple[Statement, Statement], ...]  # the answers behind ``held``
    headline: str  # plain text; "" when held or nothing is ticked
    options: tuple[OptionPart, ...]  # options any answer says something about
    values: str  # the chosen "what matters most", plain text; "" for none
    nothing_ticked: bool


def explain(guide: Guide, result: Result, tr: Translate = untranslated) -> Explanation:
    held = [tr(C, SAFETY_HOLDS)] * bool(result.safety) + [
        tr(C, CONFLICT).format(first.text.rstrip("."), second.text.rstrip("."))
        for first, second in result.conflicts]
    if result.nothing_ticked or held:
        headline = ""
    elif result.leading:
        headline = tr(C, LEADING).format(guide.option(result.leading).name)
    else:
        headline = tr(C, NO_LEADING)
    options = []
    for fit in result.options:
        sections = tuple(
            Section(tr(C, heading), reasons, tr(C, qr_word))
            for heading, reasons, qr_word in ((RULED_OUT, fit.ruled_out, QR_RULED_OUT),
                                              (FITS, fit.fits, QR_FITS),
                                              (VALUES, fit.values, QR_VALUES),
                                              (TALK, fit.talk, QR_TALK))
            if reasons)
        if sections:
            options.append(OptionPart(fit.option_id, guide.option(fit.option_id).name,
                                      sections))
    values = (tr(C, CHOSEN_VALUES).format("; ".join(s.text.rstrip(".") for s in result.values))
              if result.values else "")
    return Explanation(result.safety, tuple(held), result.conflicts, headline, tuple(options),
                       values, result.nothing_ticked)


def source_words(refs: tuple[SourceRef, ...], tr: Translate = untranslated) -> str:
    """Where a reason comes from, short: "source A, “Intensive Outpatient Treatment”". A reason
    with no source says so itself, and what to ask (the loader allows that only for 'talk')."""
    return "; ".join(tr(C, SOURCE).format(ref.source_id, ref.section) for ref in refs)


# HTML, for the screen and the handout -----------------------------------------------------
# Paragraphs, not lists or headings: Qt's rich text measures the height of wrapped list items
# wrongly, and the checklist's live summary changes paragraph by paragraph.

def safety_paragraphs(statements: tuple[Statement, ...], detail: bool = True,
                      sizes: tuple[str, str] = ("x-large", "large")) -> list[str]:
    """Each safety answer's own action, the first one largest (``sizes``: the first's and the
    others'), then what follows it: the inner HTML of each paragraph."""
    parts = []
    for n, statement in enumerate(statements):
        size = sizes[n > 0]
        parts.append(f'<span style="font-size: {size}"><b>{statement.action_html}</b></span>')
        if detail and statement.detail_html:
            parts.append(statement.detail_html)
    return parts


def safety_html(statements: tuple[Statement, ...], detail: bool = True,
                sizes: tuple[str, str] = ("x-large", "large")) -> str:
    return "".join(f"<p>{html}</p>" for html in safety_paragraphs(statements, detail, sizes))


def _reason_html(reason: Reason, tr: Translate) -> str:
    cited = reason.note.sources and f" <i>({escape(source_words(reason.note.sources, tr))})</i>"
    return f"• <b>{escape(reason.statement.text)}</b> {escape(reason.note.text)}{cited or ''}"


def explanation_paragraphs(explanation: Explanation, tr: Translate = untranslated,
                           with_safety: bool = True) -> list[str]:
    """The whole result, the inner HTML of each paragraph. ``with_safety`` False: the host
    shows the safety actions itself, first (the checklist's banner), so they are not repeated."""
    parts = []
    if explanation.safety and with_safety:
        parts.append(f"<b>{escape(tr(C, SAFETY_HEADING))}</b>")
        parts += safety_paragraphs(explanation.safety)
    if explanation.nothing_ticked:
        parts.append(escape(tr(C, NOTHING_TICKED)))
    parts += [f"<b>{escape(line)}</b>" for line in explanation.held]
    if explanation.headline:
        parts.append(f'<span style="font-size: large"><b>{escape(explanation.headline)}'
                     "</b></span>")
    if explanation.values:
        parts.append(escape(explanation.values))
    for option in explanation.options:
        parts.append(f'<span style="font-size: large"><b>{escape(option.name)}</b></span>')
        for section in option.sections:
            parts.append(f"<i>{escape(section.heading)}</i>")
            parts += [_reason_html(reason, tr) for reason in section.reasons]
    parts.append(escape(tr(C, NOT_ASSESSMENT)))
    return parts


def explanation_html(explanation: Explanation, tr: Translate = untranslated,
                     with_safety: bool = True) -> str:
    return "".join(f"<p>{html}</p>"
                   for html in explanation_paragraphs(explanation, tr, with_safety))


# Plain text, for the text summary and screen readers -------------------------------------

def explanation_text(explanation: Explanation, tr: Translate = untranslated) -> list[str]:
    """The whole result as plain lines, in the same order and words as the HTML."""
    lines: list[str] = []
    if explanation.safety:
        heading = tr(C, SAFETY_HEADING)
        lines += [heading, "-" * len(heading)]
        for statement in explanation.safety:
            lines.append(plain_text(statement.action_html))
            if statement.detail_html:
                lines.append(plain_text(statement.detail_html))
        lines.append("")
    if explanation.nothing_ticked:
        lines.append(tr(C, NOTHING_TICKED))
    lines += [*explanation.held, *filter(None, [explanation.headline, explanation.values])]
    for option in explanation.options:
        lines += ["", option.name]
        for section in option.sections:
            lines.append(f"  {section.heading}:")
            lines += [f"  - {r.statement.text} {r.note.text}"
                      + (r.note.sources and f" ({source_words(r.note.sources, tr)})" or "")
                      for r in section.reasons]
    lines += ["", tr(C, NOT_ASSESSMENT)]
    return lines


def qr_lines(guide: Guide, explanation: Explanation, tr: Translate = untranslated) -> list[str]:
    """The result for the QR code, short: every safety action, then each option with the short
    form of every answer that fits it, matters to it or is one it is not made for. What to talk
    about is left to the sheet, but an answer that says nothing else is named on a line of its
    own, so no answer is left out."""
    lines = [f"{tr(C, QR_SAFETY)} {plain_text(s.action_html)}" for s in explanation.safety]
    lines += [tr(C, QR_CONFLICT).format(first.short, second.short)
              for first, second in explanation.conflicts]
    lines += filter(None, [explanation.headline])
    by_id = {o.id: o for o in guide.options}
    named: set[str] = set()
    talk_only: dict[str, Statement] = {}
    for option in explanation.options:
        for section in option.sections:
            if section.qr_word == tr(C, QR_TALK):
                talk_only.update((r.statement.id, r.statement) for r in section.reasons)
                continue
            named.update(r.statement.id for r in section.reasons)
            shorts = "; ".join(r.statement.short for r in section.reasons)
            lines.append(f"{by_id[option.option_id].short} {section.qr_word}: {shorts}")
    rest = [s.short for i, s in talk_only.items() if i not in named]
    if rest:
        lines.append(f"{tr(C, QR_TALK)}: {'; '.join(rest)}")
    return lines
