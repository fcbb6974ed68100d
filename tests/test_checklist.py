"""What ticked statements mean for each option: table-driven cases on a small checklist built in
the test, then the safety and non-directive rules proved over every tick set of the bundled
checklist (both languages) and of the three-option fixture."""

import time
from itertools import combinations

import pytest

from guide.checklist import MAX_VALUES, TooManyValues, UnknownAnswers, score
from guide.content.loader import load_guide
from guide.content.model import (
    FIT,
    LIFE,
    SAFETY,
    VALUES,
    Checklist,
    ChecklistGroup,
    OptionNote,
    SourceRef,
    Statement,
)
from guide.content.plain import plain_text
from guide.explain import NOTHING_TICKED, explain, explanation_text, qr_lines
from guide.paths import BUNDLED_CONTENT
from tests.conftest import THREE_OPTIONS

SOURCE = (SourceRef("A", "Part"),)


def _note(option_id: str, text: str = "because") -> OptionNote:
    return OptionNote(option_id, f"{text} ({option_id})", SOURCE)


def _statement(id_, kind, fits=(), talk=(), rules_out=(), conflicts=()):
    return Statement(id_, "g", f"I {id_}.", kind, id_, fits=tuple(map(_note, fits)),
                     talk=tuple(map(_note, talk)), rules_out=tuple(map(_note, rules_out)),
                     conflicts=conflicts, action_html=f"Act on {id_}." if kind == SAFETY else "")


CHECKLIST = Checklist("", (ChecklistGroup("g", "Group"),), (
    _statement("using", FIT, fits=["a"], rules_out=["b"], conflicts=("clean",)),
    _statement("clean", FIT, fits=["b"]),
    _statement("a1", LIFE, fits=["a"], talk=["b"]),
    _statement("b1", LIFE, fits=["b"], talk=["a"]),
    _statement("b2", LIFE, fits=["b"]),
    _statement("c1", LIFE, fits=["c"]),
    _statement("danger", SAFETY),
    _statement("harm", SAFETY),
    _statement("v-a", VALUES, fits=["a"]),
    _statement("v-b", VALUES, fits=["b"]),
    _statement("v-c", VALUES, fits=["c"]),
))
OPTIONS = ("a", "b", "c")

CASES = [
    # answers, leading, suspended
    (set(), None, False),
    ({"a1"}, "a", False),
    ({"a1", "b1"}, None, False),  # one answer fits each: no option named
    ({"a1", "b1", "b2"}, "b", False),
    ({"c1", "v-c"}, "c", False),
    ({"using"}, "a", False),
    ({"using", "b1", "b2", "v-b"}, None, False),  # b has more, but an answer rules b out
    ({"using", "clean"}, None, True),  # they contradict
    ({"danger", "a1"}, None, True),  # safety holds any fit back
    ({"harm", "b1", "b2", "v-b"}, None, True),
]


@pytest.mark.parametrize("answers, leading, suspended", CASES)
def test_leading_option_and_what_holds_it_back(answers, leading, suspended):
    result = score(CHECKLIST, OPTIONS, answers)
    assert result.leading == leading
    assert result.suspended == suspended


def test_each_option_gets_its_reasons_talk_and_rule_outs_in_checklist_order():
    result = score(CHECKLIST, OPTIONS, {"b2", "using", "b1", "a1", "v-b"})
    a, b, c = result.options
    assert [r.statement.id for r in a.fits] == ["using", "a1"]
    assert [r.statement.id for r in a.talk] == ["b1"]
    assert [r.statement.id for r in b.fits] == ["b1", "b2"]
    assert [r.statement.id for r in b.values] == ["v-b"]
    assert [r.statement.id for r in b.talk] == ["a1"]
    assert [r.statement.id for r in b.ruled_out] == ["using"]
    assert b.ruled_out[0].note.text == "because (b)"
    assert c == (c.option_id, (), (), (), ())


def test_safety_statements_lead_in_checklist_order_and_contradictions_pair_once():
    result = score(CHECKLIST, OPTIONS, {"harm", "clean", "danger", "using"})
    assert [s.id for s in result.safety] == ["danger", "harm"]
    assert [(a.id, b.id) for a, b in result.conflicts] == [("using", "clean")]


def test_unknown_answers_are_refused_by_name():
    with pytest.raises(UnknownAnswers) as caught:
        score(CHECKLIST, OPTIONS, {"a1", "zz", "yy"})
    assert caught.value.ids == ["yy", "zz"]


def test_more_values_than_a_reader_may_choose_are_refused():
    assert MAX_VALUES == 2
    score(CHECKLIST, OPTIONS, {"v-a", "v-b"})
    with pytest.raises(TooManyValues) as caught:
        score(CHECKLIST, OPTIONS, {"v-a", "v-b", "v-c"})
    assert caught.value.ids == ["v-a", "v-b", "v-c"]


# Proof by exhaustion -------------------------------------------------------------------------

def _guides():
    return [("en", load_guide(BUNDLED_CONTENT, "en")), ("es", load_guide(BUNDLED_CONTENT, "es")),
            ("three-options", load_guide(THREE_OPTIONS, "en"))]


def _every_tick_set(statements):
    """Every subset of ``statements``, as frozensets of ids: 2^n of them."""
    ids = [s.id for s in statements]
    for size in range(len(ids) + 1):
        for chosen in combinations(ids, size):
            yield frozenset(chosen)


def check_invariants(guide, answers, result) -> None:
    """The rules every result keeps, whatever is ticked."""
    statements = guide.checklist.statements
    ticked = [s for s in statements if s.id in answers]
    safety = [s for s in ticked if s.kind == SAFETY]
    # A safety tick: no fit named, and the first ticked safety statement's action first.
    if safety:
        assert result.leading is None
        assert list(result.safety) == safety
    # An option an answer rules out is never named as the fit.
    for fit in result.options:
        if fit.ruled_out:
            assert result.leading != fit.option_id
    # Contradicting answers: no fit named.
    if result.conflicts:
        assert result.leading is None
    # A named fit has strictly more fitting answers than any other option.
    if result.leading is not None:
        counts = {fit.option_id: fit.fit_count for fit in result.options}
        top = counts.pop(result.leading)
        assert all(top > count for count in counts.values())
    # Nothing ticked: nothing named, nothing said about any option.
    if not answers:
        assert result.nothing_ticked and result.leading is None
        assert all(fit == (fit.option_id, (), (), (), ()) for fit in result.options)
    # Every ticked non-safety statement appears, with its reason, under some option.
    shown = {reason.statement.id for fit in result.options
             for reason in (*fit.fits, *fit.values, *fit.talk, *fit.ruled_out)}
    assert shown == {s.id for s in ticked if s.kind != SAFETY}


@pytest.mark.parametrize("name, guide", _guides(), ids=lambda v: v if isinstance(v, str) else "")
def test_the_rules_hold_for_every_tick_set(name, guide, record_property):
    """All 2^n tick sets (n = 18 for the bundled checklist: 262,144 sets a language). Sets with
    more than MAX_VALUES values are refused; every other keeps the rules above."""
    checklist = guide.checklist
    option_ids = [o.id for o in guide.options]
    values = {s.id for s in checklist.statements if s.kind == VALUES}
    started = time.perf_counter()
    checked = refused = 0
    for answers in _every_tick_set(checklist.statements):
        if len(answers & values) > MAX_VALUES:
            with pytest.raises(TooManyValues):
                score(checklist, option_ids, answers)
            refused += 1
            continue
        check_invariants(guide, answers, score(checklist, option_ids, answers))
        checked += 1
    seconds = time.perf_counter() - started
    record_property("seconds", round(seconds, 2))
    print(f"{name}: {checked + refused} tick sets ({checked} kept the rules, {refused} refused) "
          f"in {seconds:.1f} s")
    assert checked + refused == 2 ** len(checklist.statements)


@pytest.mark.parametrize("name, guide", _guides(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_form_of_the_result_leads_with_safety_and_names_no_fit(name, guide):
    """The words every form shares (screen, handout, text, QR), on every tick set of up to 3
    statements and on the dangerous combinations: a safety action first, no "more of your
    answers fit" while it is ticked, and the neutral text when nothing is."""
    checklist = guide.checklist
    option_ids = [o.id for o in guide.options]
    ids = [s.id for s in checklist.statements]
    leading_words = explain(guide, score(checklist, option_ids, set())).headline
    assert leading_words == ""
    sets = [frozenset(c) for size in range(4) for c in combinations(ids, size)]
    for answers in sets:
        try:
            result = score(checklist, option_ids, answers)
        except TooManyValues:
            continue
        explanation = explain(guide, result)
        text = explanation_text(explanation)
        qr = qr_lines(guide, explanation)
        if result.safety:
            first_action = plain_text(result.safety[0].action_html)
            assert text[2] == first_action  # after the "your safety comes first" heading
            assert qr[0].endswith(first_action)
            assert explanation.headline == ""
        if not answers:
            assert text[0] == NOTHING_TICKED
        if result.leading is None:
            assert not any(guide.option(o).name in explanation.headline for o in option_ids)
