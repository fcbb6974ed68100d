"""Scoring, table-driven, on a small checklist built in the test (any number of options)."""

import pytest

from guide.checklist import UnknownAnswers, score
from guide.content.loader import load_guide
from guide.content.model import Checklist, ChecklistGroup, Statement
from guide.paths import BUNDLED_CONTENT


def _statement(id_, option, weight):
    return Statement(id_, "g", f"I {id_}.", option, weight, f"because {id_}")


CHECKLIST = Checklist("", (ChecklistGroup("g", "Group"),), (
    _statement("a1", "a", 3),
    _statement("a2", "a", 1),
    _statement("b1", "b", 2),
    _statement("b2", "b", 2),
    _statement("c1", "c", 1),
    Statement("danger", "g", "I am in danger.", None, 0, "", safety=True),
), "<p>Call 988.</p>")
OPTIONS = ("a", "b", "c")

CASES = [
    # answers, expected scores (a, b, c), match, tie
    (set(), (0, 0, 0), None, False),
    ({"a1"}, (3, 0, 0), "a", False),
    ({"a1", "b1"}, (3, 2, 0), "a", False),
    ({"b1", "b2", "a1"}, (3, 4, 0), "b", False),
    ({"a1", "a2", "b1", "b2"}, (4, 4, 0), None, True),
    ({"a2", "c1"}, (1, 0, 1), None, True),
    ({"c1"}, (0, 0, 1), "c", False),
    ({"danger"}, (0, 0, 0), None, False),
    ({"danger", "a1"}, (3, 0, 0), "a", False),
]


@pytest.mark.parametrize("answers, scores, match, tie", CASES)
def test_scores_match_and_tie(answers, scores, match, tie):
    result = score(CHECKLIST, OPTIONS, answers)
    assert tuple(value for _, value in result.scores) == scores
    assert result.match == match
    assert result.tie == tie


def test_reasons_are_grouped_by_option_in_checklist_order():
    result = score(CHECKLIST, OPTIONS, {"b2", "a2", "b1"})
    assert [s.id for s in result.reasons_for("a")] == ["a2"]
    assert [s.id for s in result.reasons_for("b")] == ["b1", "b2"]
    assert result.reasons_for("c") == ()


def test_nothing_ticked_and_safety():
    assert score(CHECKLIST, OPTIONS, set()).nothing_ticked
    result = score(CHECKLIST, OPTIONS, {"danger"})
    assert not result.nothing_ticked
    assert [s.id for s in result.safety] == ["danger"]


def test_unknown_answers_are_refused_by_name():
    with pytest.raises(UnknownAnswers) as caught:
        score(CHECKLIST, OPTIONS, {"a1", "zz", "yy"})
    assert caught.value.ids == ["yy", "zz"]


def test_bundled_checklist_covers_both_options_and_has_safety_statements():
    guide = load_guide(BUNDLED_CONTENT, "en")
    checklist = guide.checklist
    option_ids = [o.id for o in guide.options]
    everything = {s.id for s in checklist.statements}
    result = score(checklist, option_ids, everything)
    assert all(value > 0 for _, value in result.scores)
    assert len(result.safety) >= 2
    for statement in checklist.statements:
        assert statement.text.startswith(("I ", "I'm", "My ", "Being", "Having", "Sleeping",
                                          "Practising", "When I")), statement.text
        if not statement.safety:
            assert statement.reason and statement.option_id in option_ids
