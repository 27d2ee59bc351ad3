"""A station started from a checkout builds the catalogues it lacks, or does not
start: it never shows or prints English to a donor."""

from __future__ import annotations

import os
import shutil

import pytest

from kiosk import cli, paths
from kiosk.i18n import catalogues


@pytest.fixture
def sources(tmp_path):
    """A translations folder as a fresh checkout has it: the .ts sources only."""
    for lang in ("ar", "fr"):
        shutil.copy(paths.TRANSLATIONS / f"kiosk_{lang}.ts", tmp_path)
    return tmp_path


def back_in(folder, lang: str) -> str:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(folder / f"kiosk_{lang}.qm"))
    return translator.translate("Screen", "Back")


def test_missing_catalogues_are_built(sources):
    built = catalogues.ensure(("ar", "fr"), sources)
    assert sorted(p.name for p in built) == ["kiosk_ar.qm", "kiosk_fr.qm"]
    assert (back_in(sources, "ar"), back_in(sources, "fr")) == ("رجوع", "Retour")
    assert catalogues.ensure(("ar", "fr"), sources) == []  # up to date: nothing to do


def test_a_catalogue_older_than_its_source_is_built_again(sources):
    catalogues.ensure(("ar", "fr"), sources)
    qm, ts = sources / "kiosk_fr.qm", sources / "kiosk_fr.ts"
    old = qm.stat().st_mtime - 60
    os.utime(qm, (old, old))
    os.utime(ts, (old + 30, old + 30))  # the translations were edited after the last build
    assert catalogues.ensure(("ar", "fr"), sources) == [qm]
    assert qm.stat().st_mtime > ts.stat().st_mtime


def test_without_lrelease_a_missing_catalogue_is_refused(sources):
    with pytest.raises(catalogues.CataloguesMissing) as refused:
        catalogues.ensure(("ar", "fr"), sources, tool=None)
    assert refused.value.code == "catalogues.missing" and refused.value.file == sources / "kiosk_ar.qm"
    assert not (sources / "kiosk_ar.qm").exists()


@pytest.mark.parametrize(
    ("lang", "start"),
    [("fr", "kiosk: Les traductions ne sont pas compilées ("), ("ar", "kiosk: الترجمات غير مُجمَّعة (")],
)
def test_a_station_without_its_catalogues_does_not_start(sources, monkeypatch, capsys, lang, start):
    monkeypatch.setenv("KIOSK_LANG", lang)
    monkeypatch.setattr(catalogues, "lrelease", lambda: None)  # an environment without PySide6's tools
    real = catalogues.catalogues
    monkeypatch.setattr(catalogues, "catalogues", lambda languages, directory=None: real(languages, sources))
    started = []
    monkeypatch.setattr("kiosk.ui.stations.run", lambda *args: started.append(args) or 0)
    assert cli.main(["station", "kiosk", "--windowed"]) == 1
    assert started == []
    said = capsys.readouterr().err
    assert said.startswith(start) and said.count("\n") == 1  # one line
    assert "kiosk_ar.qm" in said and "pyside6-lrelease" in said
