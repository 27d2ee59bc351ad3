"""The exchange bundle's format (docs/exchange.md): record kinds, the manifest,
the checks of every record, and the merge rules, without a database.

A bundle is a zip of one JSON Lines member per record kind and a manifest that
gives the format version, the producing site, the period, and each member's
count and SHA-256; the manifest is signed, the zip sealed to one peer
(kiosk.storage.exchange_bundle). Each kind has a JSON Schema in
resources/exchange/, checked record by record before anything is written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from kiosk.errors import CodedError
from kiosk.paths import RESOURCES

FORMAT = "qatra-exchange"
FORMAT_VERSION = 1
# In merge order: what a record points to comes before it.
KINDS = ("campaign", "donor", "visit", "response", "vitals", "donation", "deferral", "audit")
SCHEMAS = RESOURCES / "exchange"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MAX_LINE = 1 << 20  # one record's JSON; far above any real one


def member(kind: str) -> str:
    return f"{kind}.jsonl"


class BundleError(CodedError):
    """Why a bundle is refused (a code of kiosk.errors and its details); nothing was written."""


@dataclass(frozen=True)
class Manifest:
    producer: dict[str, str]  # site, sign (base64 Ed25519 key)
    recipient: dict[str, str]  # name, box (fingerprint of the peer's encryption key)
    created_at: str
    period: dict[str, str | None]  # since, until, campaign
    members: dict[str, dict[str, Any]]  # file name: {kind, count, sha256}
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        body = {"format": FORMAT, **self.__dict__}
        return json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")


def read_manifest(raw: bytes) -> Manifest:
    """The manifest, or BundleError: refused first when it is a newer format."""
    try:
        body = json.loads(raw)
    except ValueError:
        raise BundleError("bundle.manifest_json") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise BundleError("bundle.manifest_format")
    version = body.get("format_version")
    if not isinstance(version, int):
        raise BundleError("bundle.manifest_version")
    if version > FORMAT_VERSION:
        raise BundleError("bundle.newer", version=version, supported=FORMAT_VERSION)
    try:
        manifest = Manifest(
            producer=dict(body["producer"]),
            recipient=dict(body["recipient"]),
            created_at=str(body["created_at"]),
            period=dict(body["period"]),
            members={str(k): dict(v) for k, v in body["members"].items()},
            format_version=version,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BundleError("bundle.manifest_field") from None
    for name, entry in manifest.members.items():
        if entry.get("kind") not in KINDS or name != member(str(entry.get("kind"))):
            raise BundleError("bundle.member_unknown", member=name)
    return manifest


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


# -- records ----------------------------------------------------------------------------
def to_json(value: Any) -> Any:
    """A column value as the bundle writes it: dates ISO, times ISO in UTC with Z."""
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def dumps_lines(records: Iterable[dict[str, Any]]) -> tuple[bytes, int]:
    """JSON Lines of `records`, and how many."""
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True, default=to_json) for r in records]
    return ("\n".join(lines) + "\n" if lines else "").encode("utf-8"), len(lines)


@dataclass(frozen=True)
class _Kind:
    check: Callable[[Any], Any]
    dates: tuple[str, ...]
    times: tuple[str, ...]
    nested_dates: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def _kind(kind: str) -> _Kind:
    import fastjsonschema

    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))

    def formats(props: dict[str, Any], wanted: str) -> tuple[str, ...]:
        return tuple(name for name, spec in props.items() if spec.get("format") == wanted)

    props = schema["properties"]
    nested = {name: formats(spec["properties"], "date") for name, spec in props.items() if "properties" in spec}
    return _Kind(fastjsonschema.compile(schema), formats(props, "date"), formats(props, "date-time"), nested)


@cache
def schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of a record kind (read once; do not change it)."""
    loaded: dict[str, Any] = json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return loaded


def records(kind: str, raw: bytes, name: str) -> Iterator[dict[str, Any]]:
    """Each record of a member, checked against its kind's schema and with its
    dates and times as Python values; BundleError naming the line otherwise."""
    from fastjsonschema import JsonSchemaValueException

    spec = _kind(kind)
    for number, line in enumerate(raw.decode("utf-8", errors="strict").splitlines(), 1):
        if not line.strip():
            continue
        where = {"member": name, "line": number}
        if len(line) > MAX_LINE:
            raise BundleError("bundle.record_long", **where, max=MAX_LINE)
        try:
            record = json.loads(line)
            spec.check(record)
        except ValueError as error:
            if isinstance(error, JsonSchemaValueException):
                raise BundleError("bundle.record_invalid", **where, reason=error.message) from None
            raise BundleError("bundle.record_json", **where) from None
        try:
            for key in spec.dates:
                if record[key] is not None:
                    record[key] = date.fromisoformat(record[key])
            for key in spec.times:
                if record[key] is not None:
                    record[key] = _utc(datetime.fromisoformat(record[key]))
            for key, inner in spec.nested_dates.items():
                if record[key] is not None:
                    for sub in inner:
                        if record[key][sub] is not None:
                            record[key][sub] = date.fromisoformat(record[key][sub])
        except ValueError as error:
            raise BundleError("bundle.record_invalid", **where, reason=error) from None
        yield record


def _utc(value: datetime) -> datetime:
    from datetime import UTC

    if value.tzinfo is UTC:
        return value
    if value.tzinfo is None:
        raise ValueError(f"time {value.isoformat()} has no time zone")
    return value.astimezone(UTC)


# -- merge rules --------------------------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    """A record a merge left out, and why: a code of kiosk.errors and the details its message names."""

    code: str
    detail: dict[str, object] = field(default_factory=dict)


def identity_conflict(here: tuple[date, str], there: tuple[date, str]) -> tuple[str, str, str] | None:
    """Why two records with one CIN are not the same person: the field that differs
    (`birth_date` or `sex`), its value here and there; None when they agree."""
    (birth_here, sex_here), (birth_there, sex_there) = here, there
    if birth_here != birth_there:
        return "birth_date", birth_here.isoformat(), birth_there.isoformat()
    if sex_here != sex_there:
        return "sex", sex_here, sex_there
    return None


VISIT_TIMES = ("waiting_at", "called_at", "interview_at", "donated_at", "deferred_at", "left_at")


def later_visit(here: dict[str, Any], there: dict[str, Any]) -> bool:
    """Whether the incoming state of a visit is further along than the one kept:
    a visit exported at noon and again at night ends as the night's."""

    def last(state: dict[str, Any]) -> tuple[datetime, int]:
        times = [state[k] for k in VISIT_TIMES if state.get(k) is not None]
        return max(times), int(state.get("call_count") or 0)

    return last(there) > last(here)
