"""Lines measured as drawn: one font per script, wrapped or shrunk, never wider than the room."""

import pytest
from reportlab.lib.units import mm

from kiosk.printing import fonts, text
from kiosk.printing.arabic import isolate
from kiosk.printing.fonts import BOLD, REGULAR

LONG_AR = (
    "حملة التبرع بالدم التي نظمتها الجمعية الاجتماعية لموظفي وزارة الداخلية والمجلس الإقليمي"
    " لخنيفرة بمناسبة اليوم العالمي للتبرع بالدم"
)
LONG_FR = (
    "Campagne régionale de don de sang de l'Agence marocaine du sang et de ses dérivés (AMSD)"
    " dans la région de Marrakech-Safi"
)


def fonts_of(ln: text.Line) -> list[tuple[str, str]]:
    return [(run.text, run.font) for run in ln.runs]


def test_each_script_is_drawn_with_its_font():
    ln = text.line(f"فصيلة الدم: {isolate('O+')}", REGULAR, 10, rtl=True)
    assert [font for _, font in fonts_of(ln)] == [fonts.LATIN, fonts.ARABIC]
    assert ln.runs[0].text.lstrip("\u200f").startswith("O+")  # after its reading mark, drawn as nothing


def test_brackets_take_the_size_of_the_line_not_of_the_name_they_enclose():
    """Arabic is drawn 1.15 times larger: brackets of the Arabic font would stand
    taller than the French line around them."""
    ln = text.line(f"Salma Benjelloun ({isolate('سلمى بنجلون')})", BOLD, 10, rtl=False)
    runs = [(run.text, run.font, run.size) for run in ln.runs]
    assert runs[0] == ("Salma Benjelloun (", fonts.LATIN_BOLD, 10)
    assert runs[1][1:] == (fonts.ARABIC_BOLD, pytest.approx(10 * fonts.ARABIC_SCALE))
    assert runs[2] == (")", fonts.LATIN_BOLD, 10)
    arabic = text.line(f"سلمى بنجلون ({isolate('Salma Benjelloun')})", BOLD, 10, rtl=True)
    assert {run.font for run in arabic.runs if run.text.strip() in ("(", ")")} == {fonts.ARABIC_BOLD}


def test_digits_alone_follow_the_document_language():
    assert fonts_of(text.line("042", BOLD, 10, rtl=True)) == [("042", fonts.ARABIC_BOLD)]
    assert fonts_of(text.line("042", BOLD, 10, rtl=False)) == [("042", fonts.LATIN_BOLD)]


def test_arabic_runs_are_drawn_larger_than_the_nominal_size():
    ln = text.line("قطرة دم", REGULAR, 10, rtl=True)
    assert ln.runs[0].size == pytest.approx(10 * fonts.ARABIC_SCALE)


def test_an_isolated_value_is_never_split_across_lines():
    value = "+212 6 61 23 45 67"
    words = text.words(f"الهاتف: {isolate(value)} للتواصل")
    assert isolate(value) in words
    lines = text.wrap(f"الهاتف: {isolate(value)} للتواصل", REGULAR, 10, 30 * mm, rtl=True)
    assert any(value in ln for ln in lines)


@pytest.mark.parametrize("value, rtl", [(LONG_AR, True), (LONG_FR, False)])
@pytest.mark.parametrize("width_mm", [72, 50, 30])
def test_long_campaign_names_fit_the_width(value, rtl, width_mm):
    lines = text.fit(value, BOLD, 13, width_mm * mm, rtl, max_lines=2, min_size=10)
    assert all(ln.width <= width_mm * mm + 1e-6 for ln in lines)
    # Every word is still there (lam-alef ligatures make letters fewer, not words).
    drawn = " ".join(run.text for ln in lines for run in ln.runs)
    assert len(drawn.split()) == len(value.split())


def test_text_shrinks_before_it_takes_more_lines():
    lines = text.fit("Campagne de don du sang de Khouribga", BOLD, 13, 60 * mm, False, max_lines=1, min_size=8)
    assert len(lines) == 1
    assert lines[0].runs[0].size < 13
    assert lines[0].width <= 60 * mm


def test_a_word_too_wide_even_at_the_smallest_size_is_scaled_down():
    lines = text.fit("QTR-000000000000000123", BOLD, 11, 15 * mm, False, min_size=9)
    assert len(lines) == 1 and lines[0].width == pytest.approx(15 * mm)


def test_centred_titles_are_balanced():
    greedy = text.wrap("Campagne de don du sang de Khouribga", BOLD, 13, 72 * mm, False)
    balanced = text.balanced("Campagne de don du sang de Khouribga", BOLD, 13, 72 * mm, False)
    assert len(greedy) == len(balanced) == 2
    widths = [text.line(ln, BOLD, 13, False).width for ln in balanced]
    assert abs(widths[0] - widths[1]) < abs(
        text.line(greedy[0], BOLD, 13, False).width - text.line(greedy[1], BOLD, 13, False).width
    )


def test_arabic_lines_stand_further_apart_than_latin_ones():
    arabic, latin = text.line("قطرة دم", REGULAR, 10, True), text.line("Une goutte", REGULAR, 10, False)
    assert arabic.leading > latin.leading >= latin.ascent + latin.descent
