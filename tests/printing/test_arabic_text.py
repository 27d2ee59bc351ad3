"""Arabic and mixed lines in the order reportlab must draw them (left to right on the page).

The expected strings below are what a reader sees from the left edge of the
paper: an Arabic reader starts at the right end of each one.
"""

import re
import unicodedata
from pathlib import Path

import pytest

from kiosk.printing import fonts, text
from kiosk.printing.arabic import isolate, shape, visual
from kiosk.printing.fonts import BOLD, REGULAR

# The real press articles of the demo campaigns (kept next to the project, not in it).
PRESS = Path("/work/shared/reference/press")
CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def rev(arabic: str) -> str:
    """A run of Arabic as drawn: its joined forms, last letter leftmost."""
    return shape(arabic)[::-1]


def press_lines(pattern: str) -> list[str]:
    files = sorted(PRESS.glob(pattern))
    if not files:
        pytest.skip(f"press texts {pattern} not found in {PRESS}")
    return [ln.strip() for f in files for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]


def names(chars: str) -> list[str]:
    return [unicodedata.name(ch) for ch in chars]


def test_letters_take_their_joined_forms():
    assert names(shape("قطرة")) == [
        "ARABIC LETTER QAF INITIAL FORM",
        "ARABIC LETTER TAH MEDIAL FORM",
        "ARABIC LETTER REH FINAL FORM",
        "ARABIC LETTER TEH MARBUTA ISOLATED FORM",
    ]


def test_lam_alef_is_one_ligature():
    assert "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE ISOLATED FORM" in names(shape("الأول"))
    assert "ARABIC LIGATURE LAM WITH ALEF FINAL FORM" in names(shape("السلام"))


def test_press_sentences_in_arabic_only_read_right_to_left():
    sentences = [
        s.strip() + "."
        for ln in press_lines("*-ar.txt")
        for s in ln.split(".")
        if re.fullmatch(r"[\u0621-\u064a\u064b-\u0652 ،]{20,}", s.strip())
    ]
    assert len(sentences) >= 3
    for sentence in sentences:
        assert visual(sentence, rtl=True) == rev(sentence)


def test_dates_in_a_press_sentence_keep_their_digits_in_order():
    sentence = "يومي الثلاثاء والأربعاء 02 و03 دجنبر 2025"
    assert sentence in press_lines("khouribga-*-ar.txt")[0]
    assert visual(sentence, rtl=True) == " ".join(
        ["2025", rev("دجنبر"), "03" + rev("و"), "02", rev("والأربعاء"), rev("الثلاثاء"), rev("يومي")]
    )


def test_press_slogan_in_quotes():
    sentence = "تحت شعار: “قطرة دم… حياة تستمر”."
    assert sentence[:-1] in press_lines("khouribga-*-ar.txt")[0]
    # Curly quotes are not mirrored characters: the opening one stays at the right.
    assert visual(sentence, rtl=True) == ".”" + rev("قطرة دم… حياة تستمر") + "“ :" + rev("تحت شعار")


@pytest.mark.parametrize("group", ["O+", "O-", "AB+", "A-"])
def test_blood_group_inside_an_arabic_line_is_not_turned_around(group):
    shown = visual(f"فصيلة الدم: {isolate(group)}", rtl=True)
    assert shown == f"{group} :" + rev("فصيلة الدم")


def test_without_isolation_the_sign_would_jump():
    """Why values are isolated: the bidi algorithm alone moves a trailing '+'."""
    assert visual("فصيلة الدم: O+", rtl=True).startswith("+O")


@pytest.mark.parametrize("value", ["AB123456", "K12345", "+212 6 61 23 45 67", "QTR-000123", "042", "10:42"])
def test_values_keep_their_order_inside_an_arabic_sentence(value):
    shown = visual(f"الرقم {isolate(value)} مسجل.", rtl=True)
    assert shown == "." + rev("مسجل") + f" {value} " + rev("الرقم")


def test_brackets_are_mirrored_in_arabic():
    assert visual("دم كامل (450 مل)", rtl=True) == "(" + rev("مل") + " 450) " + rev("دم كامل")
    assert visual("للمعني(ة) بالأمر", rtl=True) == rev("بالأمر") + " (" + rev("ة") + ")" + rev("للمعني")


def test_latin_name_in_brackets_inside_arabic():
    shown = visual(f"سلمى بنجلون ({isolate('Salma Benjelloun')})", rtl=True)
    assert shown == "(Salma Benjelloun) " + rev("سلمى بنجلون")


def test_arabic_name_in_brackets_inside_french():
    shown = visual(f"Salma Benjelloun ({isolate('سلمى بنجلون')})", rtl=False)
    assert shown == "Salma Benjelloun (" + rev("سلمى بنجلون") + ")"


def test_guillemets_point_outwards_in_arabic():
    assert visual("«قطرة دم… حياة تستمر»", rtl=True) == "«" + rev("قطرة دم… حياة تستمر") + "»"


def test_bilingual_heading_puts_each_language_on_its_side():
    assert visual(f"تذكرة الانتظار — {isolate('Ticket d’attente')}", rtl=True) == (
        "Ticket d’attente — " + rev("تذكرة الانتظار")
    )
    assert visual(f"Ticket d'attente — {isolate('تذكرة الانتظار')}", rtl=False) == (
        "Ticket d'attente — " + rev("تذكرة الانتظار")
    )


def test_moroccan_short_date_marks_never_reach_the_page():
    # QLocale("ar_MA") writes short dates with right-to-left marks.
    shown = visual("تاريخ التبرع: 2\u200f/12\u200f/2025", rtl=True)
    assert shown == "2025/12/2 :" + rev("تاريخ التبرع")
    assert not CONTROLS.search(visual(f"الرقم {isolate('AB123456')}", rtl=True))


def test_french_press_text_is_left_as_it_is():
    for line in press_lines("*-fr.txt")[:10]:
        assert visual(line, rtl=False) == line


def test_every_press_character_has_a_glyph_in_the_font_that_draws_it():
    lines = [(ln, True) for ln in press_lines("*-ar.txt")] + [(ln, False) for ln in press_lines("*-fr.txt")]
    missing = set()
    for sentence, rtl in lines:
        for part in sentence.split(". "):
            for face in (REGULAR, BOLD):
                for run in text.line(part, face, 10, rtl).runs:
                    missing |= fonts.missing_glyphs(run.text.replace(" ", ""), run.font)
    assert missing == set()
