"""Campaigns as files: `resources/campaigns/*.toml`, checked before anything is stored.

A campaign is open only on its own days; the demonstration campaign is open
on any day, so that the whole flow can be tried at any time.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.i18n import LANGUAGES

SLUG = re.compile(r"[a-z0-9][a-z0-9-]{1,62}")
BILINGUAL = ("name", "venue", "city", "region", "contact")


class CampaignFileError(ValueError):
    """A campaign file that cannot be used; the message names the file and field."""


@dataclass(frozen=True)
class CampaignSpec:
    slug: str
    name: dict[str, str]
    venue: dict[str, str]
    city: dict[str, str]
    region: dict[str, str]
    contact: dict[str, str]
    first_day: date
    last_day: date
    daily_target: int
    slogan: dict[str, str] | None = None
    organisers: list[dict[str, str]] = field(default_factory=list)
    partners: list[dict[str, str]] = field(default_factory=list)
    demo: bool = False

    def is_open(self, day: date) -> bool:
        return is_open(self.first_day, self.last_day, self.demo, day)


def is_open(first_day: date, last_day: date, demo: bool, day: date) -> bool:
    """Whether donors may register on `day`."""
    return demo or first_day <= day <= last_day


def _bilingual(value: object, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise CampaignFileError(f"{where}: expected a table with ar and fr")
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise CampaignFileError(f"{where}.{lang}: missing text")
        out[lang] = text.strip()
    extra = set(value) - {"ar", "fr"}
    if extra:
        raise CampaignFileError(f"{where}: unknown language {sorted(extra)[0]!r}")
    return out


def parse_campaign(data: Mapping[str, Any], source: str = "<campaign>") -> CampaignSpec:
    """Check a campaign table (as read from TOML) field by field."""
    known = {"slug", "demo", "slogan", "first_day", "last_day", "daily_target", "organisers", "partners", *BILINGUAL}
    unknown = sorted(set(data) - known)
    if unknown:
        raise CampaignFileError(f"{source}: unknown field {unknown[0]!r}")
    slug = data.get("slug")
    if not isinstance(slug, str) or not SLUG.fullmatch(slug):
        raise CampaignFileError(f"{source}: slug: lower-case letters, digits and hyphens, 2-63 characters")
    for key in ("first_day", "last_day"):
        if not isinstance(data.get(key), date):
            raise CampaignFileError(f"{source}: {key}: expected a date like 2025-12-02")
    if data["last_day"] < data["first_day"]:
        raise CampaignFileError(f"{source}: last_day is before first_day")
    target = data.get("daily_target")
    if not isinstance(target, int) or isinstance(target, bool) or not 1 <= target <= 10_000:
        raise CampaignFileError(f"{source}: daily_target: a whole number of donors from 1 to 10000")
    texts = {key: _bilingual(data.get(key), f"{source}: {key}") for key in BILINGUAL}
    slogan = _bilingual(data["slogan"], f"{source}: slogan") if "slogan" in data else None
    people: dict[str, list[dict[str, str]]] = {}
    for key in ("organisers", "partners"):
        value = data.get(key, [])
        if not isinstance(value, list):
            raise CampaignFileError(f"{source}: {key}: expected a list of [[{key}]] tables")
        people[key] = [_bilingual(item, f"{source}: {key}[{i}]") for i, item in enumerate(value)]
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
        slogan=slogan,
        demo=demo,
        name=texts["name"],
        venue=texts["venue"],
        city=texts["city"],
        region=texts["region"],
        contact=texts["contact"],
        organisers=people["organisers"],
        partners=people["partners"],
    )


def load_campaign_file(path: Path) -> CampaignSpec:
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise CampaignFileError(f"{path}: cannot read: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise CampaignFileError(f"{path}: not valid TOML: {error}") from None
    return parse_campaign(data, str(path))


def spec_to_dict(spec: CampaignSpec) -> dict[str, Any]:
    """A campaign as JSON-ready data (dates as ISO strings)."""
    data = asdict(spec)
    data["first_day"], data["last_day"] = spec.first_day.isoformat(), spec.last_day.isoformat()
    if data["slogan"] is None:
        del data["slogan"]
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
