"""Every visible string has Arabic and French, and the .ts files are what lupdate makes."""

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from kiosk import paths

spec = importlib.util.spec_from_file_location("i18n_tool", paths.RESOURCES.parent / "scripts" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)

PLACEHOLDER = re.compile(r"%\d+|%n|\{[a-z_]+\}")
# Arabic plural forms that may say the count in words: n = 1 (مرة واحدة) and n = 2 (مرتين).
COUNT_IN_WORDS = {"ar": (1, 2), "fr": ()}


def messages(lang: str):
    """(context, source, texts): texts is the translation, or its plural forms."""
    root = ET.parse(i18n_tool.ts_path(lang)).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg.findtext("source"), i18n_tool.texts(msg)


def test_every_string_is_translated_in_arabic_and_french():
    assert i18n_tool.missing() == []


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_translations_keep_their_placeholders(lang):
    wrong = []
    for ctx, source, texts in messages(lang):
        wanted = sorted(PLACEHOLDER.findall(source))
        for form, text in enumerate(texts):
            found = sorted(PLACEHOLDER.findall(text))
            if len(texts) > 1 and form in COUNT_IN_WORDS[lang]:
                found = sorted(set(found) | {"%n"})
            if found != wanted:
                wrong.append((ctx, source, form))
    assert wrong == []


def test_sentences_with_a_count_have_every_plural_form():
    counted = {(ctx, source): len(texts) for ctx, source, texts in messages("ar") if "%n" in source}
    assert ("NurseQueue", "Called %n time(s)") in counted
    assert set(counted.values()) == {6}
    assert {(ctx, source): len(texts) for ctx, source, texts in messages("fr") if "%n" in source} == dict.fromkeys(
        counted, 2
    )


def test_arabic_translations_are_arabic():
    latin_only = [
        (ctx, source)
        for ctx, source, texts in messages("ar")
        if re.search(r"[A-Za-z]{3}", source) and not all(re.search(r"[\u0600-\u06FF]", text) for text in texts)
    ]
    assert latin_only == []


def test_lupdate_would_not_change_the_ts_files(tmp_path, monkeypatch):
    for lang in i18n_tool.LANGS:
        shutil.copy(i18n_tool.ts_path(lang), tmp_path / f"kiosk_{lang}.ts")
    monkeypatch.setattr(i18n_tool, "TS_DIR", tmp_path)
    i18n_tool.lupdate([tmp_path / f"kiosk_{lang}.ts" for lang in i18n_tool.LANGS])
    for lang in i18n_tool.LANGS:
        regenerated = (tmp_path / f"kiosk_{lang}.ts").read_text(encoding="utf-8")
        assert regenerated == i18n_tool.ts_path(lang).read_text(encoding="utf-8"), f"run: make translations ({lang})"


def test_built_catalogue_translates(tmp_path):
    from PySide6.QtCore import QTranslator

    # Built beside the test, not over translations/*.qm that open windows may be reading.
    for lang, expected in (("ar", "التبرع بالدم"), ("fr", "Don du sang")):
        qm = tmp_path / f"kiosk_{lang}.qm"
        subprocess.run(
            [i18n_tool.tool("lrelease"), "-silent", str(i18n_tool.ts_path(lang)), "-qm", str(qm)], check=True
        )
        translator = QTranslator()
        assert translator.load(str(qm))
        assert translator.translate("Welcome", "Blood donation") == expected


def test_fill_takes_one_form_per_plural_of_the_language(tmp_path, monkeypatch):
    for lang in i18n_tool.LANGS:
        shutil.copy(i18n_tool.ts_path(lang), tmp_path / f"kiosk_{lang}.ts")
    monkeypatch.setattr(i18n_tool, "TS_DIR", tmp_path)
    source = "Called %n time(s)"
    with pytest.raises(ValueError, match="6 forms"):
        i18n_tool.fill({"NurseQueue": {source: {"ar": ["نودي عليه %n مرة"] * 2}}})
    with pytest.raises(ValueError, match="one text"):
        i18n_tool.fill({"NurseQueue": {"Called": {"fr": ["Appelé", "Appelés"]}}})
    assert i18n_tool.fill({"NurseQueue": {source: {"fr": ["Appelé %n fois", "Rappelé %n fois"]}}}) == 1
    fr = {(ctx, src): texts for ctx, src, texts in messages("fr")}
    assert fr["NurseQueue", source] == ["Appelé %n fois", "Rappelé %n fois"]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ar",
            {
                0: "نودي عليه 0 مرة",
                1: "نودي عليه مرة واحدة",
                2: "نودي عليه مرتين",
                3: "نودي عليه 3 مرات",
                10: "نودي عليه 10 مرات",
                11: "نودي عليه 11 مرة",
                103: "نودي عليه 103 مرات",
            },
        ),
        ("fr", {1: "Appelé 1 fois", 2: "Appelé 2 fois"}),
    ],
)
def test_a_count_takes_the_plural_form_of_the_language(lang, expected, tmp_path):
    import subprocess

    from kiosk.i18n.catalog import labels_for, qm_path

    # Built aside: rewriting translations/*.qm would pull it from under running stations.
    subprocess.run(
        [i18n_tool.tool("lrelease"), "-silent", str(i18n_tool.ts_path(lang)), "-qm", str(qm_path(lang, tmp_path))],
        check=True,
    )
    labels = labels_for(lang, tmp_path)
    assert {n: labels("NurseQueue", "Called %n time(s)", None, n) for n in expected} == expected
