"""The day's exchange bundle (docs/exchange.md), written beside the day's report
when the organiser saves them to a folder (a USB stick for the centre).

The same bundle `kiosk export --to NAME --campaign SLUG --since DAY` writes
(`write_bundle` is that command's too): the campaign in use, from that day on,
signed by this station and sealed to one trusted peer. Its name is random: nothing in it or in its name reads in
clear. Plain Python, so the organiser station runs it off the GUI thread.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.app import App


class NoPeer(LookupError):
    """No trusted peer of that name (or none at all) on this station."""


class NoCampaign(LookupError):
    """No campaign in use, or none with the slug asked for: there is nothing to send."""


@dataclass(frozen=True)
class Written:
    path: Path
    peer: str
    site: str  # the peer's site, as its keys name it
    counts: dict[str, int]


def trusted_peers() -> list[str]:
    """The names of the peers this station trusts (`kiosk keys list`), sorted;
    none when the trusted keys cannot be read (the bundle then says why)."""
    from kiosk.paths import data_dir
    from kiosk.storage import exchange_keys as keys

    try:
        return sorted(keys.trusted(data_dir()))
    except keys.KeysError:
        return []


def write_bundle(
    app: App,
    peer_name: str,
    out: Path,
    *,
    campaign: str | None,
    since: date | None,
    station: str,
    staff_id: int | None = None,
) -> Written:
    """Write one bundle for `peer_name` at `out` (a folder: under a random name in
    it), of `campaign`'s records (None: every campaign's) from `since` on, and audit it.

    Raises NoPeer, NoCampaign (no campaign `campaign`), `exchange_keys.KeysError`
    (this station has no keys yet) or OSError (`out` cannot be written); nothing
    is written then."""
    from kiosk.paths import data_dir, write_whole
    from kiosk.storage import audit, exchange, site
    from kiosk.storage import exchange_keys as keys
    from kiosk.storage.exchange_bundle import build

    data = data_dir()
    peer = keys.trusted(data).get(peer_name)
    if peer is None:
        raise NoPeer(peer_name)
    mine = keys.load(data)
    with app.db.write() as session:
        here = str(site.current(session))
        try:
            records = exchange.collect(session, campaign=campaign, since=since)
        except LookupError:
            raise NoCampaign(campaign) from None
        now = app.now()
        period = {"campaign": campaign, "since": since.isoformat() if since else None}
        bundle, counts = build(records, keys=mine, site=here, peer_name=peer_name, peer=peer, period=period, now=now)
        path = out / f"qatra-{secrets.token_hex(6)}.qxb" if out.is_dir() else out  # says nothing of the campaign
        write_whole(path, bundle)
        audit.record(session, station, staff_id, "exchange.export", detail={"to": peer_name, **counts}, at=now)
    return Written(path, peer_name, peer.site, counts)


def write_day_bundle(
    app: App, peer_name: str, folder: Path, day: date, *, station: str, staff_id: int | None = None
) -> Written:
    """Write the day's bundle for `peer_name` into `folder` (`write_bundle` for the
    campaign in use, from `day` on); NoCampaign when no campaign is in use."""
    from kiosk.storage import campaigns

    with app.db.read() as session:
        campaign = campaigns.active_campaign(session)
        slug = campaign.slug if campaign is not None else None
    if slug is None:
        raise NoCampaign()
    return write_bundle(app, peer_name, folder, campaign=slug, since=day, station=station, staff_id=staff_id)
