"""Keyboard layouts as data files, and the round of alphabets of the text keys."""

from __future__ import annotations

import pytest

from kiosk import paths
from kiosk.ui import keyboard
from kiosk.ui.keyboard import BACKSPACE, ENTER, SPACE, TO_ARABIC, TO_DIGITS, TO_LATIN, load_layout

IRCAM = "ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃⵄⵅⵇⵉⵊⵍⵎⵏⵓⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣⵥⵯ"


def test_the_tifinagh_layout_has_every_letter_and_the_kiosk_keys():
    label, rows = load_layout(paths.RESOURCES / "keyboards" / "tifinagh.toml")
    assert label == "ⵜⵉⴼ"
    keys = [cell if isinstance(cell, str) else cell[0] for row in rows for cell in row]
    assert sorted(k for k in keys if k not in {SPACE, BACKSPACE, ENTER, TO_DIGITS}) == sorted(IRCAM)
    assert {TO_DIGITS, SPACE, BACKSPACE, ENTER} <= set(keys)


def test_a_bad_layout_file_says_what_is_wrong(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('label = "X"\nrows = []\n', encoding="utf-8")
    with pytest.raises(ValueError, match="rows must be a list of texts"):
        load_layout(bad)


def test_with_arabic_and_french_the_text_keys_go_between_the_two_card_scripts():
    assert keyboard.TEXT_LAYOUTS == ["arabic", "latin"]
    assert keyboard.SWITCH_KEY == {"arabic": TO_LATIN, "latin": TO_ARABIC}
    assert [cell[0] for cell in keyboard.ROWS["numbers"][-1][:2]] == [TO_ARABIC, TO_LATIN]
