"""Bundles between stations: the round trip through the centre, idempotent
imports, conflicts, and every kind of broken bundle refused with the database
left byte for byte as it was."""

from __future__ import annotations

import io
import json
import shutil
import stat
import zipfile
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from nacl.public import PublicKey, SealedBox
from sqlalchemy import func, select

from kiosk.domain import exchange as fmt
from kiosk.storage import audit
from kiosk.storage import exchange_keys as keys
from kiosk.storage.exchange_bundle import _HEADER, seal
from kiosk.storage.models import AuditEvent, Deferral, Donation, Donor, Visit
from tests.storage.exchange_world import Station, at_kiosk, donor_gives, morning, pair

GAVE_AT_A = date(2025, 11, 2)
AT_B = GAVE_AT_A + timedelta(days=30)


def test_keys_are_private_and_shown_with_a_fingerprint(tmp_path):
    station = Station(tmp_path, "laptop-a").setup()
    key_file = station.data / "keys" / "station.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    shown = station.ok("keys", "show")
    assert shown.startswith("qatra-station-keys 1\nsite CRTS-MKN/laptop-a\n")
    public = keys.parse_public(shown)
    assert f"fingerprint {public.fingerprint}" in shown
    assert json.loads(key_file.read_text())["sign"] not in shown
    assert "already has keys" in station.cli("keys", "init").err
    other = Station(tmp_path, "centre").setup()
    assert "trusted laptop-a (CRTS-MKN/laptop-a)" in other.ok(
        "keys", "trust", "laptop-a", str(station.root / "public.txt")
    )
    assert public.fingerprint in other.ok("keys", "list")
    altered = shown.replace(public.fingerprint, "0000-0000-0000-0000-0000")
    (tmp_path / "altered.txt").write_text(altered)
    assert "does not match the keys" in other.cli("keys", "trust", "other", str(tmp_path / "altered.txt")).err


def test_round_trip_from_laptop_a_through_the_centre_to_laptop_b(tmp_path):
    """A man gives at laptop A; A's records reach the centre, the centre's reach
    laptop B: 30 days later B's kiosk knows his card and defers him until the
    end of the 8-week interval."""
    laptop_a, centre, laptop_b = (Station(tmp_path, n).setup() for n in ("laptop-a", "centre", "laptop-b"))
    for one, other in ((laptop_a, centre), (centre, laptop_a), (centre, laptop_b), (laptop_b, centre)):
        one.trust(other)
    youssef = donor_gives(laptop_a, GAVE_AT_A, cin="AB123456", bag="KH0001")
    assert youssef["number"] == "LAPTOP-A-000001"

    bundle = laptop_a.export(centre)
    assert b"AB123456" not in bundle.read_bytes() and b"Youssef" not in bundle.read_bytes()
    assert "added:      1 donor, 1 visit, 1 response, 1 vitals, 1 donation" in centre.ok("import", str(bundle))
    onward = centre.export(laptop_b)
    assert "1 donor" in laptop_b.ok("import", str(onward))

    app = laptop_b.app(morning(AT_B))
    try:
        result, masked = at_kiosk(app, card=youssef["card"], birth=date(1988, 4, 2))
        assert masked.name("fr") == "Y…f A."
        assert (result.kind, result.until) == ("deferred", GAVE_AT_A + timedelta(weeks=8))
        with app.db.read() as s:
            donor = s.scalar(select(Donor).where(Donor.uuid == youssef["uuid"]))
            assert donor.number == "LAPTOP-A-000001"
            assert s.scalar(select(Donation.bag_number).where(Donation.donor_id == donor.id)) == "KH0001"
    finally:
        app.close()
    for station in (centre, laptop_b):  # the imported events took their places in each chain
        app = station.app(morning(AT_B))
        try:
            with app.db.read() as s:
                assert audit.verify(s).intact
                assert s.scalar(select(func.count()).select_from(AuditEvent)) > 0
        finally:
            app.close()


@pytest.fixture
def stations(tmp_path):
    laptop_a, laptop_b = pair(tmp_path, "laptop-a", "laptop-b")
    donor_gives(laptop_a, GAVE_AT_A, cin="AB123456", bag="KH0001")
    donor_gives(laptop_a, GAVE_AT_A, cin="K12345", sex="F", bag="KH0002", first="Khadija")
    return laptop_a, laptop_b


def test_importing_twice_gives_an_identical_database(stations):
    laptop_a, laptop_b = stations
    bundle = laptop_a.export(laptop_b)
    laptop_b.ok("import", str(bundle))
    before = laptop_b.dump()
    again = laptop_b.ok("import", str(bundle))
    assert "added:      nothing" in again and "unchanged:  1 campaign, 2 donor, 2 visit" in again
    assert laptop_b.dump() == before


def test_two_laptops_exchange_and_end_with_the_same_donors_and_visits(stations):
    laptop_a, laptop_b = stations
    donor_gives(laptop_b, GAVE_AT_A, cin="ZT9876", bag="KB0001", first="Omar")
    to_b, to_a = laptop_a.export(laptop_b), laptop_b.export(laptop_a)
    laptop_b.ok("import", str(to_b))
    laptop_a.ok("import", str(to_a))

    def seen(station):
        app = station.app(morning(AT_B))
        try:
            with app.db.read() as s:
                donors = set(s.execute(select(Donor.uuid, Donor.number, Donor.cin, Donor.birth_date)).all())
                visits = set(s.execute(select(Visit.uuid, Visit.status, Visit.day)).all())
                donations = set(s.scalars(select(Donation.bag_number)))
            return donors, visits, donations
        finally:
            app.close()

    at_a, at_b = seen(laptop_a), seen(laptop_b)
    assert at_a == at_b
    assert {n for _, n, _, _ in at_a[0]} == {"LAPTOP-A-000001", "LAPTOP-A-000002", "LAPTOP-B-000001"}
    assert len(at_a[1]) == 3 and at_a[2] == {"KH0001", "KH0002", "KB0001"}


def test_a_cin_with_another_birth_date_is_a_conflict_listed_and_not_merged(stations):
    laptop_a, laptop_b = stations
    donor_gives(laptop_b, GAVE_AT_A, cin="AB123456", birth=date(1991, 7, 7), bag="KB0009", first="Other")
    out = laptop_b.ok("import", str(laptop_a.export(laptop_b)))
    assert "conflicts:  1 (not merged)" in out
    assert "LAPTOP-A-000001 (CIN AB123456): same CIN, birth date 1991-07-07 here, 1988-04-02 in the bundle" in out
    app = laptop_b.app(morning(AT_B))
    try:
        with app.db.read() as s:
            here = s.scalars(select(Donor).where(Donor.cin == "AB123456")).all()
            assert [(d.birth_date, d.first_name_latin) for d in here] == [(date(1991, 7, 7), "Other")]
            assert s.scalar(select(Donation).where(Donation.bag_number == "KH0001")) is None
            assert s.scalar(select(Donation).where(Donation.bag_number == "KH0002")) is not None
    finally:
        app.close()


def test_the_same_person_registered_at_two_sites_is_one_donor(stations):
    laptop_a, laptop_b = stations
    donor_gives(laptop_b, AT_B, cin="AB123456", bag="KB0009")
    assert "conflicts:  0" in laptop_b.ok("import", str(laptop_a.export(laptop_b)))
    app = laptop_b.app(morning(AT_B))
    try:
        with app.db.read() as s:
            donor = s.scalar(select(Donor).where(Donor.cin == "AB123456"))
            assert donor.number == "LAPTOP-B-000001"
            assert (
                sorted(s.scalars(select(Donation.bag_number).where(Donation.donor_id == donor.id)))
                == [
                    "KH0001",
                    "KB0009",
                ][::-1]
            )
    finally:
        app.close()


def test_a_permanent_deferral_is_never_lifted_and_the_latest_date_wins(stations):
    laptop_a, laptop_b = stations
    app_a, app_b = laptop_a.app(morning(AT_B)), laptop_b.app(morning(AT_B))
    try:
        with app_a.db.write() as s:
            donor = s.scalar(select(Donor).where(Donor.cin == "AB123456"))
            s.add(Deferral(donor_id=donor.id, reason="haemoglobin", until=date(2026, 1, 10), created_at=morning(AT_B)))
            khadija = s.scalar(select(Donor).where(Donor.cin == "K12345"))
            s.add(Deferral(donor_id=khadija.id, reason="tattoo", until=date(2026, 3, 1), created_at=morning(AT_B)))
        app_b.close()
        laptop_b.ok("import", str(laptop_a.export(laptop_b)))
        with app_b.db.write() as s:
            donor = s.scalar(select(Donor).where(Donor.cin == "AB123456"))
            s.add(Deferral(donor_id=donor.id, reason="hepatitis", permanent=True, created_at=morning(AT_B)))
            khadija = s.scalar(select(Donor).where(Donor.cin == "K12345"))
            s.add(Deferral(donor_id=khadija.id, reason="cold", until=date(2025, 12, 20), created_at=morning(AT_B)))
        app_b.close()
        laptop_a.ok("import", str(laptop_b.export(laptop_a)))
        from kiosk.storage.registration import active_deferral

        for app in (app_a, app_b):
            with app.db.read() as s:
                ids = dict(s.execute(select(Donor.cin, Donor.id)).all())
                held = active_deferral(s, ids["AB123456"], AT_B)
                assert (held.permanent, held.reason) == (True, "hepatitis")
                held = active_deferral(s, ids["K12345"], AT_B)
                assert (held.until, held.reason) == (date(2026, 3, 1), "tattoo")
            app.close()
    finally:
        app_a.close()
        app_b.close()


# -- broken bundles --------------------------------------------------------------------------
def _opened(station: Station, bundle: bytes) -> zipfile.ZipFile:
    mine = keys.load(station.data)
    return zipfile.ZipFile(io.BytesIO(SealedBox(mine.private).decrypt(bundle[_HEADER.size :])))


def _resealed(station: Station, members: dict[str, bytes]) -> bytes:
    """A bundle rebuilt for `station` from given zip members (what a forger with its public key can do)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, raw in members.items():
            out.writestr(name, raw)
    peer = keys.parse_public((station.root / "public.txt").read_text())
    sealed = SealedBox(PublicKey(peer.box)).encrypt(buffer.getvalue())
    return bundle_header(peer.box, len(sealed)) + sealed


def bundle_header(box: bytes, length: int) -> bytes:
    return _HEADER.pack(b"QATRAXB", 1, bytes.fromhex(keys.box_fingerprint(box)), length)


@dataclass
class Made:
    """What the broken-bundle cases start from, made once for all of them."""

    root: Path  # laptop-b's folder, copied for each case
    good: bytes  # a bundle from laptop-a to laptop-b
    untrusted: bytes  # a bundle to laptop-b from a station it does not trust
    elsewhere: bytes  # a bundle from laptop-a to laptop-c
    laptop_a_keys: keys.StationKeys


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    root = tmp_path_factory.mktemp("bundles")
    laptop_a, laptop_b, laptop_c, stranger = pair(root, "laptop-a", "laptop-b", "laptop-c", "stranger")
    Path(laptop_b.data / "keys" / "trusted.json").write_text(
        json.dumps(
            {
                k: v
                for k, v in json.loads((laptop_b.data / "keys" / "trusted.json").read_text()).items()
                if k == "laptop-a"
            }
        )
    )
    donor_gives(laptop_a, GAVE_AT_A, cin="AB123456", bag="KH0001")
    laptop_b.ok("import", str(laptop_a.export(laptop_b)))  # B holds data already
    donor_gives(laptop_a, AT_B, cin="BE55555", bag="KH0003")
    return Made(
        laptop_b.root,
        laptop_a.export(laptop_b).read_bytes(),
        stranger.export(laptop_b).read_bytes(),
        laptop_a.export(laptop_c).read_bytes(),
        keys.load(laptop_a.data),
    )


def flipped(station, made):
    data = bytearray(made.good)
    data[len(data) // 2] ^= 0x04
    return bytes(data)


def truncated(station, made):
    return made.good[: len(made.good) - 300]


def member_removed(station, made):
    archive = _opened(station, made.good)
    return _resealed(station, {n: archive.read(n) for n in archive.namelist() if n != "visit.jsonl"})


def unsigned(station, made):
    archive = _opened(station, made.good)
    return _resealed(station, {n: archive.read(n) for n in archive.namelist() if n != fmt.SIGNATURE})


def record_altered(station, made):
    archive = _opened(station, made.good)
    members = {n: archive.read(n) for n in archive.namelist()}
    members["donation.jsonl"] = members["donation.jsonl"].replace(b"KH0001", b"KH0666")
    return _resealed(station, members)


def untrusted_signer(station, made):
    return made.untrusted


def for_another_station(station, made):
    return made.elsewhere


def newer_format(station, made):
    archive = _opened(station, made.good)
    manifest = fmt.read_manifest(archive.read(fmt.MANIFEST))
    members = {n: archive.read(n) for n in archive.namelist() if n.endswith(".jsonl")}
    peer = keys.parse_public((station.root / "public.txt").read_text())
    return seal(replace(manifest, format_version=2), members, made.laptop_a_keys, peer)


def not_a_bundle(station, made):
    return b"cin,last_name_latin\nAB1,x\n"


@pytest.mark.parametrize(
    "breaking, message",
    [
        (flipped, "the bundle fails its integrity check: it was damaged or altered"),
        (truncated, "the bundle is truncated"),
        (member_removed, "the bundle lacks its member visit.jsonl"),
        (unsigned, "the bundle is not signed"),
        (record_altered, "the member donation.jsonl does not match its checksum: it was altered"),
        (untrusted_signer, "the bundle is signed by CRTS-MKN/stranger, whose keys this station does not trust"),
        (for_another_station, "the bundle is encrypted for another station's key, not this one's"),
        (newer_format, "the bundle is in format 2, newer than this station reads (1): update Qatra first"),
        (not_a_bundle, "this file is not a Qatra bundle"),
    ],
)
def test_a_broken_bundle_is_refused_in_one_line_and_changes_nothing(made, tmp_path, breaking, message):
    shutil.copytree(made.root, tmp_path / "laptop-b")
    laptop_b = Station(tmp_path, "laptop-b")
    broken = tmp_path / "broken.qxb"
    broken.write_bytes(breaking(laptop_b, made))
    before = laptop_b.digest()
    ran = laptop_b.cli("import", str(broken))
    assert ran.code == 1 and ran.out == ""
    assert ran.err.startswith(f"kiosk import: refused: {message}") and ran.err.count("\n") == 1
    assert laptop_b.digest() == before
    wal = Path(f"{laptop_b.db_file}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_good_bundle_of_those_cases_imports(made, tmp_path):
    """The broken cases fail for what was broken, not for the bundle they start from."""
    shutil.copytree(made.root, tmp_path / "laptop-b")
    laptop_b = Station(tmp_path, "laptop-b")
    (tmp_path / "good.qxb").write_bytes(made.good)
    assert "added:      1 donor, 1 visit" in laptop_b.ok("import", str(tmp_path / "good.qxb"))


def test_an_export_names_nothing_and_says_what_it_holds(stations, tmp_path):
    laptop_a, laptop_b = stations
    folder = tmp_path / "stick"
    folder.mkdir()
    out = laptop_a.ok("export", "--to", "laptop-b", "--out", str(folder), "--campaign", "khouribga-2025-12")
    (written,) = folder.iterdir()
    assert written.name.startswith("qatra-") and written.suffix == ".qxb"
    assert "2 donor, 2 visit" in out
    assert "no trusted peer named 'centre'" in laptop_a.cli("export", "--to", "centre", "--out", str(folder)).err
    assert (
        "no campaign 'nowhere'"
        in laptop_a.cli("export", "--to", "laptop-b", "--out", str(folder), "--campaign", "nowhere").err
    )
    since = laptop_a.ok("export", "--to", "laptop-b", "--out", str(tmp_path / "s.qxb"), "--since", "2026-01-01")
    assert "donor" not in since.split(":", 1)[1].split("audit")[0]
    app = laptop_a.app(morning(AT_B))
    try:
        with app.db.read() as s:
            exports = s.scalars(select(AuditEvent).where(AuditEvent.action == "exchange.export")).all()
            assert exports and exports[0].detail["to"] == "laptop-b"
    finally:
        app.close()
