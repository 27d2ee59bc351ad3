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


class CampaignFileError(ValueError):
    """A campaign file that cannot be used; the message names the file and field."""


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


def _texts(value: Any, where: str, report: list[str] | None) -> Texts:
    """A `{ ar = "…", fr = "…" }` table: every language without fallback must have
    its text; a language with a fallback that has none is noted in `report`."""
    check = check_texts(value)
    if check.not_a_table:
        raise CampaignFileError(f"{where}: expected a table of texts by language ({', '.join(LANGUAGES)})")
    for code in (*check.required, *check.empty):
        raise CampaignFileError(f"{where}.{code}: missing text")
    for code in check.unknown:
        raise CampaignFileError(f"{where}: unknown language {code!r}")
    assert check.texts is not None
    if report is not None:
        for code in check.missing:
            shown = check.texts.source(code)
            report.append(f"{where}.{code}: no text in {BY_CODE[code].name}; the {shown} text is shown instead")
    return check.texts


def _plain_texts(value: object, where: str, longest: int) -> object:
    """A table of texts as read, each text without invisible, bidi-override or
    control characters (as donor names) and at most `longest` characters; what
    is not a table of texts is left for `_texts` to refuse."""
    if not isinstance(value, dict):
        return value
    out = dict(value)
    for lang, text in value.items():
        if not isinstance(text, str):
            continue
        if len(text) > 4 * longest:  # clean only what could fit
            raise CampaignFileError(f"{where}.{lang}: {longest} characters at most")
        out[lang] = plain(text)
        if len(out[lang]) > longest:
            raise CampaignFileError(f"{where}.{lang}: {longest} characters at most, not {len(out[lang])}")
    return out


def parse_campaign(
    data: Mapping[str, Any], source: str = "<campaign>", report: list[str] | None = None
) -> CampaignSpec:
    """Check a campaign table (as read from TOML) field by field; texts missing in
    a language that has a fallback are appended to `report`."""
    known = {"slug", "demo", *OPTIONAL_TEXTS, "first_day", "last_day", "daily_target", "organisers", "partners", *TEXTS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise CampaignFileError(f"{source}: unknown field {unknown[0]!r}")
    slug = data.get("slug")
    if not isinstance(slug, str) or not SLUG.fullmatch(slug):
        raise CampaignFileError(f"{source}: slug: lower-case letters, digits and hyphens, 2-63 characters")
    for key in ("first_day", "last_day"):
        day = data.get(key)
        if not isinstance(day, date) or isinstance(day, datetime):  # a date-time is not a day
            raise CampaignFileError(f"{source}: {key}: expected a date like 2025-12-02")
        if day.year not in YEARS:
            raise CampaignFileError(f"{source}: {key}: a day from {YEARS.start} to {YEARS.stop - 1}")
    if data["last_day"] < data["first_day"]:
        raise CampaignFileError(f"{source}: last_day is before first_day")
    if (data["last_day"] - data["first_day"]).days >= LONGEST_DAYS:
        raise CampaignFileError(f"{source}: last_day: a campaign lasts {LONGEST_DAYS} days at most")
    target = data.get("daily_target")
    if not isinstance(target, int) or isinstance(target, bool) or not 1 <= target <= 10_000:
        raise CampaignFileError(f"{source}: daily_target: a whole number of donors from 1 to 10000")
    texts = {
        key: _texts(_plain_texts(data.get(key), f"{source}: {key}", TEXT_MAX[key]), f"{source}: {key}", report)
        for key in TEXTS
    }
    optional = {
        key: _texts(_plain_texts(data[key], f"{source}: {key}", TEXT_MAX[key]), f"{source}: {key}", report)
        for key in OPTIONAL_TEXTS
        if key in data
    }
    people: dict[str, list[Texts]] = {}
    for key in ("organisers", "partners"):
        value = data.get(key, [])
        if not isinstance(value, list):
            raise CampaignFileError(f"{source}: {key}: expected a list of [[{key}]] tables")
        if len(value) > PEOPLE_MAX:
            raise CampaignFileError(f"{source}: {key}: {PEOPLE_MAX} at most")
        people[key] = [
            _texts(_plain_texts(item, f"{source}: {key}[{i}]", PERSON_MAX), f"{source}: {key}[{i}]", report)
            for i, item in enumerate(value)
        ]
    if not people["organisers"]:
        raise CampaignFileError(f"{source}: organisers: at least one organiser")
    demo = data.get("demo", False)
    if not isinstance(demo, bool):
        raise CampaignFileError(f"{source}: demo: true or false")
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


def load_campaign_file(path: Path, report: list[str] | None = None) -> CampaignSpec:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(FILE_MAX_BYTES + 1)
    except OSError as error:
        raise CampaignFileError(f"{path}: cannot read: {error.strerror or error}") from None
    if len(raw) > FILE_MAX_BYTES:
        raise CampaignFileError(f"{path}: larger than {FILE_MAX_BYTES // 1024} KB: not a campaign file")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise CampaignFileError(f"{path}: not a text file (UTF-8)") from None
    except tomllib.TOMLDecodeError as error:
        raise CampaignFileError(f"{path}: not valid TOML: {error}") from None
    except RecursionError:
        raise CampaignFileError(f"{path}: not valid TOML: nested too deeply") from None
    return parse_campaign(data, str(path), report)


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
        raise CampaignFileError("campaign data: bad or missing day") from None
    return parse_campaign(data, "campaign data")
