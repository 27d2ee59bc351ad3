"""Campaigns in the database: import from files, list, and the one in use."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.campaigns import CampaignSpec, load_campaign_file
from kiosk.storage.models import Campaign, Setting

ACTIVE_KEY = "active_campaign"
_PEOPLE = ("organisers", "partners")
_TEXTS = ("name", "venue", "city", "region", "contact")


def spec_of(row: Campaign) -> CampaignSpec:
    return CampaignSpec(
        slug=row.slug,
        first_day=row.first_day,
        last_day=row.last_day,
        daily_target=row.daily_target,
        demo=row.demo,
        slogan={"ar": row.slogan_ar, "fr": row.slogan_fr} if row.slogan_ar and row.slogan_fr else None,
        organisers=list(row.organisers),
        partners=list(row.partners),
        **{key: {"ar": getattr(row, f"{key}_ar"), "fr": getattr(row, f"{key}_fr")} for key in _TEXTS},
    )


def save_campaign(session: Session, spec: CampaignSpec) -> Campaign:
    """Insert the campaign, or update the one with the same slug."""
    row = session.scalar(select(Campaign).where(Campaign.slug == spec.slug))
    if row is None:
        row = Campaign(slug=spec.slug)
        session.add(row)
    for key in _TEXTS:
        setattr(row, f"{key}_ar", spec.__dict__[key]["ar"])
        setattr(row, f"{key}_fr", spec.__dict__[key]["fr"])
    row.slogan_ar = spec.slogan["ar"] if spec.slogan else None
    row.slogan_fr = spec.slogan["fr"] if spec.slogan else None
    for key in _PEOPLE:
        setattr(row, key, [dict(item) for item in getattr(spec, key)])
    row.first_day, row.last_day = spec.first_day, spec.last_day
    row.daily_target, row.demo = spec.daily_target, spec.demo
    session.flush()
    return row


def import_campaign_file(session: Session, path: Path) -> Campaign:
    """Check the whole file first (CampaignFileError), then store it."""
    return save_campaign(session, load_campaign_file(path))


def list_campaigns(session: Session) -> list[Campaign]:
    return list(session.scalars(select(Campaign).order_by(Campaign.first_day.desc(), Campaign.slug)))


def find_campaign(session: Session, slug: str) -> Campaign | None:
    return session.scalar(select(Campaign).where(Campaign.slug == slug))


def active_campaign(session: Session) -> Campaign | None:
    slug = session.get(Setting, ACTIVE_KEY)
    return find_campaign(session, slug.value) if slug else None


def use_campaign(session: Session, slug: str) -> Campaign | None:
    """Make `slug` the campaign every station of this database serves."""
    row = find_campaign(session, slug)
    if row is None:
        return None
    setting = session.get(Setting, ACTIVE_KEY)
    if setting is None:
        session.add(Setting(key=ACTIVE_KEY, value=slug))
    else:
        setting.value = slug
    return row


def seed_bundled(session: Session, folder: Path) -> Campaign | None:
    """On a new database: store the bundled campaigns and use the demonstration one."""
    if session.scalar(select(Campaign.id).limit(1)) is not None:
        return None
    demo = None
    for path in sorted(folder.glob("*.toml")):
        row = import_campaign_file(session, path)
        if row.demo and demo is None:
            demo = row
    if demo is not None:
        use_campaign(session, demo.slug)
    return demo
