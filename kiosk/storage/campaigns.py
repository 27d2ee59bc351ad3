"""Campaigns in the database: import from files, list, and the one in use."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from kiosk.domain.campaigns import TEXTS, CampaignDays, CampaignFileError, CampaignSpec, load_campaign_file
from kiosk.i18n.texts import Texts
from kiosk.storage.models import Campaign, Setting
from kiosk.storage.rows import table_of

ACTIVE_KEY = "active_campaign"
_PEOPLE = ("organisers", "partners")
CAMPAIGN, SETTING = table_of(Campaign), table_of(Setting)

# Built once (see kiosk.storage.rows): every check-in reads a campaign's days, and
# only those: the ORM object would also decode its nine JSON texts.
_DAYS = select(CAMPAIGN.c.id, CAMPAIGN.c.first_day, CAMPAIGN.c.last_day, CAMPAIGN.c.demo)
_DAYS_OF = _DAYS.where(CAMPAIGN.c.id == bindparam("campaign_id"))
_ACTIVE_DAYS = _DAYS.join(SETTING, SETTING.c.value == CAMPAIGN.c.slug).where(SETTING.c.key == ACTIVE_KEY)


def spec_of(row: Campaign) -> CampaignSpec:
    return CampaignSpec(
        slug=row.slug,
        first_day=row.first_day,
        last_day=row.last_day,
        daily_target=row.daily_target,
        demo=row.demo,
        slogan=Texts(row.slogan) if row.slogan else None,
        issuer=Texts(row.issuer) if row.issuer else None,
        organisers=[Texts(item) for item in row.organisers],
        partners=[Texts(item) for item in row.partners],
        **{key: Texts(getattr(row, key)) for key in TEXTS},
    )


def save_campaign(session: Session, spec: CampaignSpec) -> Campaign:
    """Insert the campaign, or update the one with the same slug."""
    row = session.scalar(select(Campaign).where(Campaign.slug == spec.slug))
    if row is None:
        row = Campaign(slug=spec.slug)
        session.add(row)
    for key in TEXTS:
        setattr(row, key, getattr(spec, key).to_dict())
    row.slogan = spec.slogan.to_dict() if spec.slogan else None
    row.issuer = spec.issuer.to_dict() if spec.issuer else None
    for key in _PEOPLE:
        setattr(row, key, [item.to_dict() for item in getattr(spec, key)])
    row.first_day, row.last_day = spec.first_day, spec.last_day
    row.daily_target, row.demo = spec.daily_target, spec.demo
    session.flush()
    return row


def import_campaign_file(session: Session, path: Path, report: list[CampaignFileError] | None = None) -> Campaign:
    """Check the whole file first (CampaignFileError), then store it; texts
    missing in a language that has a fallback are appended to `report`."""
    return save_campaign(session, load_campaign_file(path, report))


def list_campaigns(session: Session) -> list[Campaign]:
    return list(session.scalars(select(Campaign).order_by(Campaign.first_day.desc(), Campaign.slug)))


def find_campaign(session: Session, slug: str) -> Campaign | None:
    return session.scalar(select(Campaign).where(Campaign.slug == slug))


def active_campaign(session: Session) -> Campaign | None:
    slug = session.get(Setting, ACTIVE_KEY)
    return find_campaign(session, slug.value) if slug else None


def campaign_days(session: Session, campaign_id: int) -> CampaignDays:
    """The id and days of a stored campaign (`NoResultFound` for an unknown id)."""
    return CampaignDays(*session.execute(_DAYS_OF, {"campaign_id": campaign_id}).one())


def active_campaign_days(session: Session) -> CampaignDays | None:
    """`active_campaign`'s id and days alone, in one query: what a check-in needs.
    Through the session, so a campaign just put in use in it (`use_campaign`) is seen."""
    row = session.execute(_ACTIVE_DAYS).first()
    return None if row is None else CampaignDays(*row)


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
