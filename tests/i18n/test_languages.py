"""The languages file and texts in several languages, with their fallback rule."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kiosk import i18n
from kiosk.i18n import LANGUAGES, LanguageFileError, language, load_languages, next_language, other_language
from kiosk.i18n import texts as texts_module
from kiosk.i18n.texts import Texts, check_texts

ENTRY = """
[[language]]
code = "{code}"
name = "{name}"
locale = "fr_MA"
direction = "ltr"
script = "Latn"
ui_font = "Noto Sans"
pdf_font = "NotoSans-Regular.ttf"
keyboard = "latin"
names = "latin"
catalogue = "kiosk_{code}"
plural_forms = ["n ≤ 1", "n ≥ 2"]
fallback = {fallback}
"""


def write(tmp_path: Path, *entries: str) -> Path:
    path = tmp_path / "languages.toml"
    path.write_text("".join(entries), encoding="utf-8")
    return path


def test_the_bundled_file_lists_arabic_then_french_with_their_settings():
    assert LANGUAGES == ("ar", "fr")
    arabic, french = language("ar"), language("fr")
    assert (arabic.locale, arabic.rtl, arabic.arabic_shaping, arabic.keyboard) == ("ar_MA", True, True, "arabic")
    assert (french.locale, french.rtl, french.arabic_shaping, french.keyboard) == ("fr_MA", False, False, "latin")
    assert (arabic.name, french.name) == ("العربية", "Français")
    assert arabic.pdf_font.is_file() and french.pdf_font_bold.is_file()
    assert len(arabic.plural_forms) == 6 and len(french.plural_forms) == 2
    assert arabic.required and french.required


def test_an_unknown_language_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown language 'en'; expected one of ar, fr"):
        language("en")


def test_staff_toggles_go_round_the_list_and_documents_print_the_first_other_language():
    assert [next_language(code) for code in LANGUAGES] == ["fr", "ar"]
    assert next_language("en") == "ar"
    assert (other_language("ar"), other_language("fr")) == ("fr", "ar")


def test_a_third_language_from_a_file_is_read_with_its_fallback(tmp_path):
    path = write(tmp_path, ENTRY.format(code="fr", name="Français", fallback="[]"))
    path.write_text(
        path.read_text(encoding="utf-8") + ENTRY.format(code="zgh", name="ⵜⴰⵎⴰⵣⵉⵖⵜ", fallback='["fr"]'),
        encoding="utf-8",
    )
    french, tamazight = load_languages(path)
    assert (tamazight.code, tamazight.fallback, tamazight.required) == ("zgh", ("fr",), False)
    assert french.required


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ((ENTRY.format(code="fr", name="", fallback="[]"),), "name: missing text"),
        ((ENTRY.format(code="fr", name="x", fallback="[]").replace('"ltr"', '"up"'),), "direction must be ltr or rtl"),
        ((ENTRY.format(code="fr", name="x", fallback='["ar"]'),), "fallback 'ar' is not another language"),
        ((ENTRY.format(code="fr", name="x", fallback="[]"),) * 2, "'fr' is declared twice"),
        ((ENTRY.format(code="fr", name="x", fallback="[]") + "colour = 1\n",), "unknown field 'colour'"),
        (("title = 1\n",), "no [[language]] tables"),
    ],
)
def test_a_bad_languages_file_names_the_problem(tmp_path, entries, message):
    with pytest.raises(LanguageFileError, match=message.replace("[", r"\[")):
        load_languages(write(tmp_path, *entries))


def test_a_languages_file_where_every_language_falls_back_is_refused(tmp_path):
    path = write(
        tmp_path,
        ENTRY.format(code="fr", name="x", fallback='["zgh"]'),
        ENTRY.format(code="zgh", name="y", fallback='["fr"]'),
    )
    with pytest.raises(LanguageFileError, match="at least one language must have no fallback"):
        load_languages(path)


# --------------------------------------------------------------------------- Texts


def test_texts_are_a_mapping_of_the_languages_that_have_a_text():
    name = Texts({"ar": " قطرة ", "fr": "Qatra"})
    assert dict(name) == {"ar": "قطرة", "fr": "Qatra"}
    assert name == {"ar": "قطرة", "fr": "Qatra"} and name == Texts(ar="قطرة", fr="Qatra")
    assert "zgh" not in name
    with pytest.raises(KeyError):
        name["zgh"]
    assert name.to_dict() == {"ar": "قطرة", "fr": "Qatra"}


def test_texts_need_a_text():
    with pytest.raises(ValueError, match="at least one language"):
        Texts({})
    with pytest.raises(ValueError, match="empty text for fr"):
        Texts({"ar": "قطرة", "fr": "  "})


def test_of_takes_the_language_own_text():
    name = Texts(ar="قطرة", fr="Qatra")
    assert (name.of("ar"), name.of("fr")) == ("قطرة", "Qatra")


def test_of_falls_back_in_the_order_of_languages_not_to_french():
    """A language the text lacks and that declares no fallback takes the first
    configured language that has it: Arabic here, not French."""
    assert Texts(ar="قطرة", fr="Qatra").of("zgh") == "قطرة"
    assert Texts(fr="Qatra").of("ar") == "Qatra"
    assert Texts(en="Qatra").of("ar") == "Qatra"  # a language no longer configured: its text still shows


def test_of_follows_a_language_declared_fallback_first(monkeypatch):
    tamazight = replace(language("fr"), code="zgh", name="ⵜⴰⵎⴰⵣⵉⵖⵜ", fallback=("fr",))
    monkeypatch.setattr(texts_module, "BY_CODE", {**i18n.BY_CODE, "zgh": tamazight})
    monkeypatch.setattr(texts_module, "LANGUAGES", (*LANGUAGES, "zgh"))
    name = Texts(ar="قطرة", fr="Qatra")
    assert (name.source("zgh"), name.of("zgh")) == ("fr", "Qatra")
    assert Texts(ar="قطرة", fr="Qatra", zgh="ⵇⴰⵟⵔⴰ").of("zgh") == "ⵇⴰⵟⵔⴰ"
    assert Texts(ar="قطرة").of("zgh") == "قطرة"  # its fallback has none either: the list's order

    checked = check_texts({"ar": "قطرة", "fr": "Qatra"})
    assert checked.ok and checked.missing == ["zgh"] and checked.required == []


def test_check_texts_tells_what_is_wrong():
    assert check_texts({"ar": "قطرة", "fr": "Qatra"}).ok
    assert check_texts("Qatra").not_a_table
    assert check_texts({"ar": "قطرة"}).required == ["fr"]
    assert check_texts({"ar": "قطرة", "fr": ""}).empty == ["fr"]
    unknown = check_texts({"ar": "قطرة", "fr": "Qatra", "en": "Qatra"})
    assert unknown.unknown == ["en"] and not unknown.ok


def test_a_broken_languages_file_stops_the_kiosk_with_its_problem_and_no_traceback(tmp_path):
    import os
    import subprocess
    import sys

    broken = write(tmp_path, ENTRY.format(code="fr", name="Français", fallback="[]").replace('"ltr"', '"sideways"'))
    env = {**os.environ, "KIOSK_LANGUAGES": str(broken)}
    result = subprocess.run([sys.executable, "-m", "kiosk", "--help"], capture_output=True, text=True, env=env)
    assert result.returncode == 1
    assert result.stderr.strip() == f"kiosk: {broken}: language 1: direction must be ltr or rtl, not 'sideways'"
