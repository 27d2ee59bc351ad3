"""Printed Arabic is searchable: the text under the glyphs is the letters as typed,
in reading order (what pdftotext, a copy or a screen reader gets)."""

import dataclasses
import re
import shutil
import subprocess

import pytest

from kiosk.i18n.catalog import labels_for
from kiosk.printing import compose, samples
from kiosk.printing.text_layer import letters

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is missing")

# A name with the lam-alef ligature (لا, لإ) and a hamza, as a donor types it.
NAME = "عبد الإله السلاوي"


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub("[\u202a-\u202e\u2066-\u2069]", "", out)  # poppler marks right-to-left runs


# What each Arabic document prints that a search must find: the campaign's city
# (the card names it as where it was issued), the donor's name.
FOUND = {"ticket": "خريبكة", "card": "خريبكة", "certificate": "خريبكة"}


@pytest.mark.parametrize("kind", ["ticket", "card", "certificate"])
def test_the_arabic_documents_carry_their_words_and_the_name_as_typed(kind, tmp_path):
    data = {"ticket": samples.sample_ticket, "card": samples.sample_card, "certificate": samples.sample_certificate}[
        kind
    ]("ar")
    if hasattr(data, "name_arabic"):
        data = dataclasses.replace(data, name_arabic=NAME)
    text = text_of(compose.render(kind, data, "ar", labels_for), tmp_path)
    assert FOUND[kind] in text
    if hasattr(data, "name_arabic"):
        assert NAME in text


def test_presentation_forms_map_to_letters_in_visual_order():
    assert letters("\ufea7") == "خ"  # initial khah
    assert letters("\ufefb") == "ال"  # lam-alef: alef then lam, as drawn right to left
    assert letters("A") is None and letters("خ") is None


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_cards_hint_is_at_least_six_and_a_half_points(lang, tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(compose.render("card", samples.sample_card(lang), lang, labels_for))
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    hint = set(labels_for(lang)("Documents", "Show this card at your next donation.").split())
    # The hint's words, under the QR code on the end side of the card.
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', html)
    half = 85.6 / 25.4 * 72 / 2
    boxes = [(y0, y1, word) for x0, y0, y1, word in found if (float(x0) < half) == (lang == "ar")]
    # A word's box spans the font's ascent to descent: 1.362 em in Noto Sans; Arabic runs
    # are drawn 1.15 times larger in Amiri, whose box is 1.758 em. Arabic words come in
    # visual order here.
    em = {"fr": 1.362, "ar": 1.15 * 1.758}[lang]
    sizes = [
        (float(y1) - float(y0)) / em
        for y0, y1, word in boxes
        if word.strip(".") in hint or word[::-1].strip(".") in hint
    ]
    assert sizes, "the hint is on the card"
    assert min(sizes) >= 6.5 - 0.05
