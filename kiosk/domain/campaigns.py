"""Campaigns as files: `resources/campaigns/*.toml`, checked before anything is stored.

A campaign is open only on its own days; the demonstration campaign is open
on any day, so that the whole flow can be tried at any time.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.coded_error import CodedError
from kiosk.domain.text import plain
from kiosk.i18n import BY_CODE, LANGUAGES
from kiosk.i18n.texts import Texts, check_texts

SLUG = re.compile(r"[a-z0-9][a-z0-9-]{1,62}")
TEXTS = ("name", "venue", "city", "region", "contact")  # one text per language each
# The longest each text may be, in characters: what fits a ticket, a card and the
# board. A campaign file is a few kilobytes; anything far larger is not one.
TEXT_MAX = {"name": 120, "venue": 120, "city": 80, "region": 80, "contact": 300, "slogan": 120, "issuer": 150}
# Texts a campaign file may leave out: the slogan, and the body that issues its
# cards and certificates (the regional transfusion centre or AMSD region).
OPTIONAL_TEXTS = ("slogan", "issuer")
PERSON_MAX = 150  # one organiser or partner
PEOPLE_MAX = 20  # organisers, partners
FILE_MAX_BYTES = 256 * 1024
# Campaign days: a campaign runs days, not years, and in this century.
YEARS = range(2000, 2100)
LONGEST_DAYS = 366


class CampaignFileError(CodedError, ValueError):
    """A campaign file that cannot be used: a code of the error registry
    (`campaign_file.…`), with the file and the field in its details."""


@dataclass(frozen=True)
class CampaignSpec:
    slug: str
    name: Texts
    venue: Texts
    city: Texts
    region: Texts
    contact: Texts
    first_day: date
    last_day: date
    daily_target: int
    slogan: Texts | None = None
    issuer: Texts | None = None
    organisers: list[Texts] = field(default_factory=list)
    partners: list[Texts] = field(default_factory=list)
    demo: bool = False

    def __post_init__(self) -> None:
        """Texts given as plain mappings (`{"ar": …, "fr": …}`) become `Texts`."""
        for key in (*TEXTS, *OPTIONAL_TEXTS):
            value = getattr(self, key)
            if value is not None and not isinstance(value, Texts):
                object.__setattr__(self, key, Texts(value))
        for key in ("organisers", "partners"):
            object.__setattr__(self, key, [v if isinstance(v, Texts) else Texts(v) for v in getattr(self, key)])

    def is_open(self, day: date) -> bool:
        return is_open(self.first_day, self.last_day, self.demo, day)


def is_open(first_day: date, last_day: date, demo: bool, day: date) -> bool:
    """Whether donors may register on `day`."""
    return demo or first_day <= day <= last_day


@dataclass(frozen=True)
class CampaignDays:
    """A stored campaign's id and the days it is open: all a check-in needs of
    it (kiosk.storage.campaigns reads these four columns alone, not its texts)."""

    id: int
    first_day: date
    last_day: date
    demo: bool

    def is_open(self, day: date) -> bool:
        return is_open(self.first_day, self.last_day, self.demo, day)


def _texts(value: Any, file: str, where: str, report: list[CampaignFileError] | None) -> Texts:
    """A `{ ar = "…", fr = "…" }` table: every language without fallback must have
    its text; a language with a fallback that has none is noted in `report`."""
    check = check_texts(value)
    if check.not_a_table:
        raise CampaignFileError("campaign_file.texts", file=file, field=where, languages=", ".join(LANGUAGES))
    for code in (*check.required, *check.empty):
        raise CampaignFileError("campaign_file.text_missing", file=file, field=where, lang=code)
    for code in check.unknown:
        raise CampaignFileError("campaign_file.language", file=file, field=where, lang=code)
    assert check.texts is not None
    if report is not None:
        for code in check.missing:
            report.append(
                CampaignFileError(
                    "campaign_file.fallback",
                    file=file,
                    field=where,
                    lang=code,
                    language=BY_CODE[code].name,
                    shown=check.texts.source(code),
                )
            )
    return check.texts


def _plain_texts(value: object, file: str, where: str, longest: int) -> object:
    """A table of texts as read, each text without invisible, bidi-override or
    control characters (as donor names) and at most `longest` characters; what
    is not a table of texts is left for `_texts` to refuse."""
    if not isinstance(value, dict):
        return value
    out = dict(value)
    for lang, text in value.items():
        if not isinstance(text, str):
            continue
        if len(text) > 4 * longest or len(plain(text)) > longest:  # clean only what could fit
            length = len(text) if len(text) > 4 * longest else len(plain(text))
            raise CampaignFileError(
                "campaign_file.text_long", file=file, field=f"{where}.{lang}", max=longest, length=length
            )
        out[lang] = plain(text)
    return out


def parse_campaign(
    data: Mapping[str, Any], source: str = "<campaign>", report: list[CampaignFileError] | None = None
) -> CampaignSpec:
    """Check a campaign table (as read from TOML) field by field; texts missing in
    a language that has a fallback are appended to `report`."""
    known = {"slug", "demo", *OPTIONAL_TEXTS, "first_day", "last_day", "daily_target", "organisers", "partners", *TEXTS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise CampaignFileError("campaign_file.unknown_field", file=source, field=unknown[0])
    slug = data.get("slug")
    if not isinstance(slug, str) or not SLUG.fullmatch(slug):
        raise CampaignFileError("campaign_file.slug", file=source)
    for key in ("first_day", "last_day"):
        day = data.get(key)
        if not isinstance(day, date) or isinstance(day, datetime):  # a date-time is not a day
            raise CampaignFileError("campaign_file.date", file=source, field=key)
        if day.year not in YEARS:
            raise CampaignFileError(
                "campaign_file.year", file=source, field=key, first=YEARS.start, last=YEARS.stop - 1
            )
    if data["last_day"] < data["first_day"]:
        raise CampaignFileError("campaign_file.order", file=source)
    if (data["last_day"] - data["first_day"]).days >= LONGEST_DAYS:
        raise CampaignFileError("campaign_file.too_long", file=source, days=LONGEST_DAYS)
    target = data.get("daily_target")
    if not isinstance(target, int) or isinstance(target, bool) or not 1 <= target <= 10_000:
        raise CampaignFileError("campaign_file.target", file=source)
    texts = {key: _texts(_plain_texts(data.get(key), source, key, TEXT_MAX[key]), source, key, report) for key in TEXTS}
    optional = {
        key: _texts(_plain_texts(data[key], source, key, TEXT_MAX[key]), source, key, report)
        for key in OPTIONAL_TEXTS
        if key in data
    }
    people: dict[str, list[Texts]] = {}
    for key in ("organisers", "partners"):
        value = data.get(key, [])
        if not isinstance(value, list):
            raise CampaignFileError("campaign_file.list", file=source, field=key)
        if len(value) > PEOPLE_MAX:
            raise CampaignFileError("campaign_file.too_many", file=source, field=key, max=PEOPLE_MAX)
        people[key] = [
            _texts(_plain_texts(item, source, f"{key}[{i}]", PERSON_MAX), source, f"{key}[{i}]", report)
            for i, item in enumerate(value)
        ]
    if not people["organisers"]:
        raise CampaignFileError("campaign_file.organisers", file=source)
    demo = data.get("demo", False)
    if not isinstance(demo, bool):
        raise CampaignFileError("campaign_file.demo", file=source)
    return CampaignSpec(
        slug=slug,
        first_day=data["first_day"],
        last_day=data["last_day"],
        daily_target=target,
        slogan=optional.get("slogan"),
        issuer=optional.get("issuer"),
        demo=demo,
        name=texts["name"],
        venue=texts["venue"],
        city=texts["city"],
        region=texts["region"],
        contact=texts["contact"],
        organisers=people["organisers"],
        partners=people["partners"],
    )


def load_campaign_file(path: Path, report: list[CampaignFileError] | None = None) -> CampaignSpec:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(FILE_MAX_BYTES + 1)
    except OSError as error:
        raise CampaignFileError("file.unreadable", file=str(path), reason=error) from None
    if len(raw) > FILE_MAX_BYTES:
        raise CampaignFileError("file.too_large", file=str(path), kb=FILE_MAX_BYTES // 1024)
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise CampaignFileError("file.not_text", file=str(path)) from None
    except tomllib.TOMLDecodeError as error:
        raise CampaignFileError("file.not_toml", file=str(path), line=toml_line(error)) from None
    except RecursionError:
        raise CampaignFileError("file.nested", file=str(path)) from None
    return parse_campaign(data, str(path), report)


def toml_line(error: tomllib.TOMLDecodeError) -> str:
    """The line tomllib names in its (English) message, or "?"."""
    found = re.search(r"at line (\d+)", str(error))
    return found.group(1) if found else "?"


def spec_to_dict(spec: CampaignSpec) -> dict[str, Any]:
    """A campaign as JSON-ready data (dates as ISO strings)."""
    data: dict[str, Any] = {f.name: getattr(spec, f.name) for f in fields(spec)}
    for key in (*TEXTS, *OPTIONAL_TEXTS):
        if data[key] is not None:
            data[key] = data[key].to_dict()
    for key in ("organisers", "partners"):
        data[key] = [texts.to_dict() for texts in data[key]]
    data["first_day"], data["last_day"] = spec.first_day.isoformat(), spec.last_day.isoformat()
    for key in OPTIONAL_TEXTS:
        if data[key] is None:
            del data[key]
    return data


def spec_from_dict(data: Mapping[str, Any]) -> CampaignSpec:
    """The inverse of `spec_to_dict`, checked like a file."""
    data = dict(data)
    try:
        for key in ("first_day", "last_day"):
            data[key] = date.fromisoformat(data[key])
    except (KeyError, TypeError, ValueError):
        raise CampaignFileError("campaign_file.date", file="campaign data", field="first_day, last_day") from None
    return parse_campaign(data, "campaign data")
