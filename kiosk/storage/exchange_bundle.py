"""Seal and open exchange bundles: sign the manifest, seal the zip to one peer.

On the stick, a bundle is a 24-byte header and a libsodium sealed box:

    b"QATRAXB" | version (1 byte) | recipient key id (8 bytes) | sealed length (8 bytes, big-endian)

The header holds nothing about anyone: the recipient key id is a hash of the
peer's public encryption key, so a station says "not for me" before trying to
open it, and a cut file is told apart from a damaged one. Inside, the zip holds
`manifest.json`, its Ed25519 signature `manifest.sig`, and the members whose
SHA-256 the manifest lists: the signature covers every byte that counts.
Every check comes before anything is written (kiosk.storage.exchange).
"""

from __future__ import annotations

import base64
import io
import struct
import zipfile
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PublicKey, SealedBox
from nacl.signing import VerifyKey

from kiosk.domain.exchange import MANIFEST, SIGNATURE, BundleError, Manifest, digest, read_manifest
from kiosk.storage.exchange_keys import PublicKeys, StationKeys, box_fingerprint

MAGIC = b"QATRAXB"
ENVELOPE_VERSION = 1
_HEADER = struct.Struct(">7sB8sQ")
MAX_BUNDLE = 2 << 30  # 2 GiB: a campaign's records are far below


@dataclass(frozen=True)
class Opened:
    manifest: Manifest
    members: dict[str, bytes]
    signer: str  # the trusted peer's name


def seal(manifest: Manifest, members: dict[str, bytes], keys: StationKeys, peer: PublicKeys) -> bytes:
    """The bundle's bytes: the manifest signed by this station, the zip sealed to `peer`."""
    manifest_raw = manifest.to_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(MANIFEST, manifest_raw)
        archive.writestr(SIGNATURE, keys.signing.sign(manifest_raw).signature)
        for name, raw in members.items():
            archive.writestr(name, raw)
    sealed = SealedBox(PublicKey(peer.box)).encrypt(buffer.getvalue())
    recipient = bytes.fromhex(box_fingerprint(peer.box))
    return _HEADER.pack(MAGIC, ENVELOPE_VERSION, recipient, len(sealed)) + sealed


def open_bundle(data: bytes, keys: StationKeys, trusted: dict[str, PublicKeys]) -> Opened:
    """The verified manifest and members of a bundle for this station; BundleError
    with one line saying why otherwise (damaged, cut, not for us, untrusted…)."""
    if len(data) < _HEADER.size or not data.startswith(MAGIC):
        raise BundleError("bundle.not_bundle")
    _magic, version, recipient, length = _HEADER.unpack_from(data)
    if version > ENVELOPE_VERSION:
        raise BundleError("bundle.newer", version=version, supported=ENVELOPE_VERSION)
    mine = bytes(keys.private.public_key)
    if recipient.hex() != box_fingerprint(mine):
        raise BundleError("bundle.other_station")
    sealed = data[_HEADER.size :]
    if len(sealed) < length:
        raise BundleError("bundle.truncated", size=len(sealed) + _HEADER.size, expected=length + _HEADER.size)
    if len(sealed) > length:
        raise BundleError("bundle.trailing")
    try:
        plain = SealedBox(keys.private).decrypt(sealed)
    except CryptoError:
        raise BundleError("bundle.integrity") from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain))
        names = set(archive.namelist())
        if MANIFEST not in names:
            raise BundleError("bundle.no_manifest")
        if SIGNATURE not in names:
            raise BundleError("bundle.unsigned")
        manifest_raw, signature = archive.read(MANIFEST), archive.read(SIGNATURE)
        signer = _signer(manifest_raw, signature, trusted)
        manifest = read_manifest(manifest_raw)
        if manifest.recipient.get("box") != box_fingerprint(mine):
            raise BundleError("bundle.not_addressed")
        members = {}
        for name, entry in manifest.members.items():
            if name not in names:
                raise BundleError("bundle.member_missing", member=name)
            raw = archive.read(name)
            if digest(raw) != entry.get("sha256"):
                raise BundleError("bundle.member_altered", member=name)
            members[name] = raw
        extra = names - set(manifest.members) - {MANIFEST, SIGNATURE}
        if extra:
            raise BundleError("bundle.member_extra", member=sorted(extra)[0])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError):
        raise BundleError("bundle.archive") from None
    return Opened(manifest, members, signer)


def _signer(manifest_raw: bytes, signature: bytes, trusted: dict[str, PublicKeys]) -> str:
    """The trusted peer whose key signed the manifest."""
    import json

    try:
        producer = json.loads(manifest_raw)["producer"]
        claimed = base64.b64decode(producer["sign"], validate=True)
        site = str(producer.get("site", "?"))
    except (ValueError, KeyError, TypeError):
        raise BundleError("bundle.no_signer") from None
    for name, peer in trusted.items():
        if peer.sign == claimed:
            try:
                VerifyKey(peer.sign).verify(manifest_raw, signature)
            except (BadSignatureError, ValueError):
                raise BundleError("bundle.signature", signer=name) from None
            return name
    raise BundleError("bundle.untrusted", site=site)


# -- whole bundles ----------------------------------------------------------------------------
def build(
    records: dict[str, list[dict[str, Any]]],
    *,
    keys: StationKeys,
    site: str,
    peer_name: str,
    peer: PublicKeys,
    period: dict[str, str | None],
    now: datetime,
) -> tuple[bytes, dict[str, int]]:
    """A bundle of `records` (kiosk.storage.exchange.collect) for `peer`, and its counts per kind."""
    from kiosk.domain import exchange as fmt

    members, counts, entries = {}, {}, {}
    for kind in fmt.KINDS:
        raw, counts[kind] = fmt.dumps_lines(records.get(kind, []))
        name = fmt.member(kind)
        members[name] = raw
        entries[name] = {"kind": kind, "count": counts[kind], "sha256": fmt.digest(raw)}
    manifest = Manifest(
        producer={"site": site, "sign": keys.public.as_dict()["sign"]},
        recipient={"name": peer_name, "box": box_fingerprint(peer.box)},
        created_at=fmt.to_json(now),
        period={**period, "until": fmt.to_json(now)},
        members=entries,
    )
    return seal(manifest, members, keys, peer), counts


def read(
    data: bytes, keys: StationKeys, trusted: dict[str, PublicKeys]
) -> tuple[Opened, dict[str, list[dict[str, Any]]]]:
    """The opened bundle and its records, every one checked; BundleError otherwise."""
    from kiosk.domain import exchange as fmt

    opened = open_bundle(data, keys, trusted)
    records = {}
    for name, entry in opened.manifest.members.items():
        kind = entry["kind"]
        records[kind] = list(fmt.records(kind, opened.members[name], name))
        if len(records[kind]) != entry.get("count"):
            raise BundleError("bundle.count", member=name, count=len(records[kind]), listed=entry.get("count"))
    return opened, records
