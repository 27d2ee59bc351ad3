"""Document labels come from the Qt Linguist catalogue, like the screens' texts."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.printing import labels as L

ARABIC = re.compile("[\u0600-\u06ff]")


def document_sources() -> list[str]:
    """Every label source marked with QT_TRANSLATE_NOOP in kiosk/printing/labels.py."""
    found = re.findall(
        r'QT_TRANSLATE_NOOP\(\s*"Documents",\s*"([^"]+)"\s*\)', Path(L.__file__).read_text(encoding="utf-8")
    )
    assert len(found) >= 25
    return found


def ts_documents(lang: str) -> dict[str, str]:
    root = ET.parse(paths.TRANSLATIONS / f"kiosk_{lang}.ts").getroot()
    return {
        msg.findtext("source"): msg.findtext("translation")
        for ctx in root.iter("context")
        if ctx.findtext("name") == L.CONTEXT
        for msg in ctx.iter("message")
    }


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_lupdate_found_every_document_label(lang):
    assert set(document_sources()) <= set(ts_documents(lang))


def test_arabic_labels_are_arabic(catalog):
    labels = catalog("ar")
    english = [source for source in document_sources() if not ARABIC.search(labels(L.CONTEXT, source))]
    assert english == []


def test_french_labels_are_the_catalogue_ones(catalog):
    labels = catalog("fr")
    expected = ts_documents("fr")
    for source in document_sources():
        assert labels(L.CONTEXT, source) == expected[source]
    assert labels(L.CONTEXT, L.TICKET_TITLE) == "Ticket d’attente"


def test_unknown_label_falls_back_to_english(catalog):
    assert catalog("ar")(L.CONTEXT, "No such label") == "No such label"


def test_unknown_language_is_refused(catalog):
    with pytest.raises(ValueError, match="unknown language"):
        catalog("en")


def test_fill_substitutes_in_one_pass():
    assert L.fill("%1 (%2 mL)", "Sang total", "450") == "Sang total (450 mL)"
    assert L.fill("%2 puis %1", "a%2", "b") == "b puis a%2"
