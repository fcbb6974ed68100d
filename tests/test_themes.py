"""Every colour pair of every theme meets WCAG 2.1 AA, computed from the theme data itself."""

import pytest

from guide.themes import PAIRS, THEMES, contrast


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_every_theme_defines_the_same_colours():
    names = {frozenset(colours) for colours in THEMES.values()}
    assert len(names) == 1


@pytest.mark.parametrize("theme", sorted(THEMES))
@pytest.mark.parametrize("foreground, background, minimum", PAIRS)
def test_pair_meets_wcag_aa(theme, foreground, background, minimum):
    colours = THEMES[theme]
    ratio = contrast(colours[foreground], colours[background])
    assert ratio >= minimum, f"{theme}: {foreground} on {background} is {ratio:.2f}:1"
