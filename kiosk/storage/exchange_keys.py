"""This station's keys and the peers it trusts, kept as files in the data directory.

Two key pairs per station (PyNaCl, libsodium): Ed25519 signs the bundles it
exports, X25519 receives the bundles sealed to it. Private keys live in one
file readable by the account alone (0600, folder 0700); peers' public keys in
`trusted.json`. The public form is a few lines of text that `kiosk keys show`
prints and `kiosk keys trust NAME FILE` reads; its fingerprint is short
enough to compare aloud over the phone before trusting it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from kiosk.domain.sites import Site
from kiosk.errors import CodedError

PUBLIC_HEADER = "qatra-station-keys 1"
_NAME = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


class KeysError(CodedError):
    """A key file missing, unreadable or malformed: its code (kiosk.errors) says which and why."""


@dataclass(frozen=True)
class PublicKeys:
    """What a peer needs to send to a station and to check what it signed."""

    site: str  # "CRTS-MKN/khouribga-1"
    sign: bytes  # Ed25519 verify key, 32 bytes
    box: bytes  # X25519 public key, 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign, self.box)

    def text(self) -> str:
        return "\n".join(
            (
                PUBLIC_HEADER,
                f"site {self.site}",
                f"sign {_b64(self.sign)}",
                f"box {_b64(self.box)}",
                f"fingerprint {self.fingerprint}",
                "",
            )
        )

    def as_dict(self) -> dict[str, str]:
        return {"site": self.site, "sign": _b64(self.sign), "box": _b64(self.box)}


@dataclass(frozen=True)
class StationKeys:
    signing: SigningKey
    private: PrivateKey
    site: str

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self.site, bytes(self.signing.verify_key), bytes(self.private.public_key))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def fingerprint(sign: bytes, box: bytes) -> str:
    """Five groups of four hex digits over both public keys: `3F2A-91C0-7B4D-2E11-A0C3`."""
    digest = hashlib.sha256(b"qatra-keys" + sign + box).hexdigest()[:20].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def box_fingerprint(box: bytes) -> str:
    """A short id of an encryption key, written in clear on a bundle to say whom it is for."""
    return hashlib.sha256(b"qatra-box" + box).hexdigest()[:16]


def keys_dir(data: Path) -> Path:
    folder = data / "keys"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def write_private(path: Path, data: bytes) -> None:
    """Write a file only this account can read, whole or not at all."""
    partial = path.with_name(path.name + ".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(partial, 0o600)
    partial.replace(path)


def _station_file(data: Path) -> Path:
    return keys_dir(data) / "station.key"


def create(data: Path, site: Site) -> StationKeys:
    """New key pairs for this station; refused (`KeysError`) when it already has some,
    since peers trust the old ones."""
    path = _station_file(data)
    if path.exists():
        raise KeysError("keys.exists", path=path)
    signing, private = SigningKey.generate(), PrivateKey.generate()
    body = {"site": str(site), "sign": _b64(bytes(signing)), "box": _b64(bytes(private))}
    write_private(path, json.dumps(body).encode("utf-8"))
    return StationKeys(signing, private, str(site))


def load(data: Path) -> StationKeys:
    path = _station_file(data)
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        return StationKeys(
            SigningKey(base64.b64decode(body["sign"])), PrivateKey(base64.b64decode(body["box"])), body["site"]
        )
    except FileNotFoundError:
        raise KeysError("keys.none") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise KeysError("keys.unreadable", path=path, reason=error) from None


def parse_public(text: str) -> PublicKeys:
    """Read the form `kiosk keys show` prints; `KeysError` saying what is wrong."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or lines[0] != PUBLIC_HEADER:
        raise KeysError("keys.not_public", header=PUBLIC_HEADER)
    fields = dict(line.split(" ", 1) for line in lines[1:] if " " in line)
    try:
        sign, box = base64.b64decode(fields["sign"], validate=True), base64.b64decode(fields["box"], validate=True)
        VerifyKey(sign), PublicKey(box)
    except KeyError as missing:
        raise KeysError("keys.line_missing", line=missing.args[0]) from None
    except Exception:  # binascii.Error, nacl's ValueError/TypeError on a wrong length
        raise KeysError("keys.bad_key") from None
    keys = PublicKeys(fields.get("site", "?"), sign, box)
    stated = fields.get("fingerprint")
    if stated is not None and stated != keys.fingerprint:
        raise KeysError("keys.fingerprint")
    return keys


def _trusted_file(data: Path) -> Path:
    return keys_dir(data) / "trusted.json"


def trusted(data: Path) -> dict[str, PublicKeys]:
    path = _trusted_file(data)
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise KeysError("keys.trusted_unreadable", path=path, reason=error) from None
    return {
        name: PublicKeys(item["site"], base64.b64decode(item["sign"]), base64.b64decode(item["box"]))
        for name, item in body.items()
    }


def trust(data: Path, name: str, keys: PublicKeys) -> None:
    """Record a peer under `name` (lower-case letters, digits, - and _)."""
    if not _NAME.fullmatch(name):
        raise KeysError("keys.peer_name")
    peers = trusted(data)
    for other, known in peers.items():
        if other != name and known.sign == keys.sign:
            raise KeysError("keys.already_trusted", name=other)
    peers[name] = keys
    body = {n: k.as_dict() for n, k in sorted(peers.items())}
    write_private(_trusted_file(data), json.dumps(body, indent=2).encode("utf-8"))
