"""French on screen is set as French typography sets it: ’ rather than a straight
apostrophe, and no line break before ? ! : ; or inside « » (a lone "?" on its own
line). The catalogue is written so; texts from files are set when shown."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET

import pytest

from kiosk import paths
from kiosk.i18n.typography import NARROW_NBSP, NBSP, typeset

spec = importlib.util.spec_from_file_location("i18n_tool", paths.RESOURCES.parent / "scripts" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)


def french_translations():
    root = ET.parse(i18n_tool.ts_path("fr")).getroot()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            for text in i18n_tool.texts(msg):
                yield ctx.findtext("name"), msg.findtext("source"), text


def test_no_french_translation_has_a_straight_apostrophe():
    straight = [(ctx, text) for ctx, _source, text in french_translations() if "'" in text]
    assert straight == []


def test_no_french_translation_can_break_before_its_punctuation():
    loose = [(ctx, text) for ctx, _source, text in french_translations() if re.search(r" [?!:;»]|« ", text)]
    assert loose == []


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Avez-vous donné votre sang ailleurs ?", f"Avez-vous donné votre sang ailleurs{NARROW_NBSP}?"),
        ("Quand?", f"Quand{NARROW_NBSP}?"),
        ("Merci ! Prenez votre ticket : un membre", f"Merci{NARROW_NBSP}! Prenez votre ticket{NBSP}: un membre"),
        ("l'équipe d'accueil", "l’équipe d’accueil"),
        ("« Une goutte »", f"«{NBSP}Une goutte{NBSP}»"),
        ("sang ; le poste", f"sang{NARROW_NBSP}; le poste"),
        ("à 10:30, 12h", "à 10:30, 12h"),  # a time keeps its colon
        (f"déjà{NBSP}: bon", f"déjà{NBSP}: bon"),  # already set: unchanged
    ],
)
def test_french_typography(written, shown):
    assert typeset(written, "fr") == shown
    assert typeset(shown, "fr") == shown


@pytest.mark.parametrize("text", ["متى؟", "شكرًا! خذ تذكرتك: رقم", "'quoted' ?"])
def test_other_languages_are_shown_as_written(text):
    assert typeset(text, "ar") == text
