"""Plain language, measured: English at US grade 8 or below, Spanish 'easy' to 'normal'."""

import pytest

from tests.content.prose import content_files, fernandez_huerta, grade, prose

MAX_GRADE = 8
MIN_FERNANDEZ_HUERTA = 60


@pytest.mark.parametrize("path", content_files("en"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_english_reads_at_grade_8_or_below(path):
    assert len(prose(path).split()) > 10
    assert grade(path) <= MAX_GRADE


@pytest.mark.parametrize("path", content_files("es"), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_spanish_reads_easily(path):
    assert len(prose(path).split()) > 10
    assert fernandez_huerta(path) >= MIN_FERNANDEZ_HUERTA


def test_the_measure_fails_the_source_articles_own_style(tmp_path):
    seed = tmp_path / "seed.md"
    seed.write_text(
        "---\nid: seed\ntitle: Seed\n---\n"
        "Intensive outpatient treatment is designed for people who are not actively using any "
        "mood or mind altering substances, but still need therapeutic support and structure. "
        "This type of program may also be recommended if you've been diagnosed with co-occurring "
        "mental health disorders such as depression, anxiety, PTSD, and bipolar disorder since "
        "it allows those professionals who specialize in those fields ample time with their "
        "patients without taking away from their substance abuse treatment sessions.\n", "utf-8")
    assert grade(seed) > MAX_GRADE
