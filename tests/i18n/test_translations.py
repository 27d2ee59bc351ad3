"""Every visible string has Arabic and French, and the .ts files are what lupdate makes."""

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from kiosk import paths

spec = importlib.util.spec_from_file_location("i18n_tool", paths.RESOURCES.parent / "scripts" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)

PLACEHOLDER = re.compile(r"%\d+|%n|\{[a-z_]+\}")


def messages(lang: str):
    root = ET.parse(i18n_tool.ts_path(lang)).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg.findtext("source"), msg.find("translation")


def test_every_string_is_translated_in_arabic_and_french():
    assert i18n_tool.missing() == []


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_translations_keep_their_placeholders(lang):
    wrong = [
        (ctx, source)
        for ctx, source, tr in messages(lang)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(tr.text or ""))
    ]
    assert wrong == []


def test_arabic_translations_are_arabic():
    latin_only = [
        (ctx, source) for ctx, source, tr in messages("ar")
        if re.search(r"[A-Za-z]{3}", source) and not re.search(r"[\u0600-\u06FF]", tr.text or "")
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

    i18n_tool.lrelease()
    for lang, expected in (("ar", "التبرع بالدم"), ("fr", "Don du sang")):
        translator = QTranslator()
        assert translator.load(f"kiosk_{lang}", str(paths.TRANSLATIONS))
        assert translator.translate("Welcome", "Blood donation") == expected
