"""`kiosk keys`, `kiosk export` and `kiosk import` speak the operator's language
(KIOSK_LANG, as every command): what went well and why a file is refused, in
Arabic and in French, from the one registry of messages."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.register import REQUIRED
from tests.storage.exchange_world import Station, donor_gives, pair

GAVE = date(2025, 12, 2)
ENGLISH = ("refused", "wrote", "imported", "added", "keys created", "trusted", "no trusted peer", "cannot")

WORDS = {
    "ar": {
        "created": "أُنشئت المفاتيح لـ CRTS-MKN/laptop-a",
        "has_keys": "kiosk keys: لهذه المحطة مفاتيح من قبل",
        "no_peers": "لا شريك موثوق بعد",
        "altered": "kiosk keys: سطر البصمة لا يطابق المفاتيح: لقد غُيّر الملف",
        "trusted": "صار laptop-b (CRTS-MKN/laptop-b) موثوقًا",
        "no_peer": "kiosk export: لا شريك موثوق باسم 'centre'",
        "no_campaign": "kiosk export: لا حملة 'nowhere' في قاعدة البيانات هذه",
        "exported": "لـ laptop-b (CRTS-MKN/laptop-b): ",
        "counts": "المتبرعون: 1",
        "refused": "kiosk import: مرفوض: لم تجتز الحزمة فحص السلامة: لقد تلفت أو غُيّرت",
        "imported": "استُورد من laptop-a (CRTS-MKN/laptop-a)",
        "added": "أضيف: المتبرعون: 1، ",
        "register": "kiosk import: مرفوض: السطر 2: القيمة '1988-02-30' في birth_date ليست تاريخًا موجودًا؛ لم يُستورد شيء",
    },
    "fr": {
        "created": "clés créées pour CRTS-MKN/laptop-a",
        "has_keys": "kiosk keys: ce poste a déjà des clés",
        "no_peers": "aucun pair de confiance pour l’instant",
        "altered": "kiosk keys: la ligne d’empreinte ne correspond pas aux clés : le fichier a été modifié",
        "trusted": "laptop-b (CRTS-MKN/laptop-b) est désormais de confiance",
        "no_peer": "kiosk export: aucun pair de confiance nommé 'centre'",
        "no_campaign": "kiosk export: aucune campagne 'nowhere' dans cette base",
        "exported": " écrit pour laptop-b (CRTS-MKN/laptop-b) : ",
        "counts": "donneurs : 1",
        "refused": "kiosk import: refusé : le paquet échoue à son contrôle d’intégrité : il a été endommagé ou modifié",
        "imported": "importé depuis laptop-a (CRTS-MKN/laptop-a)",
        "added": "ajouté :      donneurs : 1, ",
        "register": "kiosk import: refusé : ligne 2 : birth_date '1988-02-30' n’est pas une date qui existe ; "
        "rien n’a été importé",
    },
}


def _no_english(text: str) -> None:
    assert not [word for word in ENGLISH if word in text], text


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_keys_speak_the_operators_language(tmp_path, monkeypatch, lang):
    monkeypatch.setenv("KIOSK_LANG", lang)
    words = WORDS[lang]
    laptop_a, laptop_b = Station(tmp_path, "laptop-a"), Station(tmp_path, "laptop-b")
    for station in (laptop_a, laptop_b):
        station.ok("db", "init", "--centre", "CRTS-MKN", "--station", station.name)
    created = laptop_a.ok("keys", "init")
    assert created.startswith(words["created"]) and created.count("\n") == 1
    again = laptop_a.cli("keys", "init")
    assert again.code == 1 and again.err.startswith(words["has_keys"])
    listed = laptop_a.cli("keys", "list")
    assert listed.code == 0 and words["no_peers"] in listed.err

    laptop_b.ok("keys", "init")
    public = laptop_b.ok("keys", "show")
    (tmp_path / "public.txt").write_text(public, encoding="utf-8")
    fingerprint = next(line for line in public.splitlines() if line.startswith("fingerprint "))
    altered = tmp_path / "altered.txt"
    altered.write_text(public.replace(fingerprint, "fingerprint 0000-0000-0000-0000-0000"), encoding="utf-8")
    refused = laptop_a.cli("keys", "trust", "laptop-b", str(altered))
    assert refused.code == 1 and words["altered"] in refused.err
    trusted = laptop_a.ok("keys", "trust", "laptop-b", str(tmp_path / "public.txt"))
    assert trusted.startswith(words["trusted"])
    for text in (created, again.err, listed.err, refused.err, trusted):
        _no_english(text)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_export_and_import_speak_the_operators_language(tmp_path, monkeypatch, lang):
    laptop_a, laptop_b = pair(tmp_path, "laptop-a", "laptop-b")
    donor_gives(laptop_a, GAVE, cin="AB123456", bag="KH0001")
    monkeypatch.setenv("KIOSK_LANG", lang)
    words = WORDS[lang]
    no_peer = laptop_a.cli("export", "--to", "centre", "--out", str(tmp_path))
    assert no_peer.code == 1 and no_peer.err.startswith(words["no_peer"])
    no_campaign = laptop_a.cli("export", "--to", "laptop-b", "--out", str(tmp_path), "--campaign", "nowhere")
    assert no_campaign.code == 1 and no_campaign.err.startswith(words["no_campaign"])
    bundle = tmp_path / "to-b.qxb"
    exported = laptop_a.ok("export", "--to", "laptop-b", "--out", str(bundle))
    assert words["exported"] in exported and words["counts"] in exported

    broken = tmp_path / "broken.qxb"
    data = bytearray(bundle.read_bytes())
    data[-1] ^= 0xFF
    broken.write_bytes(bytes(data))
    before = laptop_b.digest()
    refused = laptop_b.cli("import", str(broken))
    assert (refused.code, refused.out) == (1, "") and refused.err == words["refused"] + "\n"
    assert laptop_b.digest() == before

    imported = laptop_b.ok("import", str(bundle))
    assert imported.startswith(words["imported"] + "\n")
    assert words["added"] in imported

    register = tmp_path / "register.csv"
    row = {"cin": "ZZ123", "last_name_latin": "Alaoui", "sex": "M", "birth_date": "1988-02-30"}
    lines = [",".join(REQUIRED), ",".join(row.get(column, "") for column in REQUIRED)]
    register.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bad = laptop_b.cli("import", "--register", str(register))
    assert bad.code == 1 and bad.err == words["register"] + "\n"
    for text in (no_peer.err, no_campaign.err, exported, refused.err, imported, bad.err):
        _no_english(text)
