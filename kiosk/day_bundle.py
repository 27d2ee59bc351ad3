"""The day's exchange bundle (docs/exchange.md), written beside the day's report
when the organiser saves them to a folder (a USB stick for the centre).

The same bundle `kiosk export --to NAME --campaign SLUG --since DAY` writes:
the campaign in use, from that day on, signed by this station and sealed to
one trusted peer. Its name is random: nothing in it or in its name reads in
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
    """No campaign in use: there is no day to send."""


@dataclass(frozen=True)
class Written:
    path: Path
    peer: str
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


def write_day_bundle(
    app: App, peer_name: str, folder: Path, day: date, *, station: str, staff_id: int | None = None
) -> Written:
    """Write the day's bundle for `peer_name` into `folder` and audit it.

    Raises NoPeer, NoCampaign, `exchange_keys.KeysError` (this station has no
    keys yet) or OSError (the folder cannot be written); nothing is written then."""
    from kiosk.paths import data_dir, write_whole
    from kiosk.storage import audit, campaigns, exchange, site
    from kiosk.storage import exchange_keys as keys
    from kiosk.storage.exchange_bundle import build

    data = data_dir()
    peer = keys.trusted(data).get(peer_name)
    if peer is None:
        raise NoPeer(peer_name)
    mine = keys.load(data)
    with app.db.write() as session:
        campaign = campaigns.active_campaign(session)
        if campaign is None:
            raise NoCampaign()
        here = str(site.current(session))
        records = exchange.collect(session, campaign=campaign.slug, since=day)
        now = app.now()
        period: dict[str, str | None] = {"campaign": campaign.slug, "since": day.isoformat()}
        bundle, counts = build(records, keys=mine, site=here, peer_name=peer_name, peer=peer, period=period, now=now)
        path = folder / f"qatra-{secrets.token_hex(6)}.qxb"  # says nothing of the campaign or the donors
        write_whole(path, bundle)
        audit.record(session, station, staff_id, "exchange.export", detail={"to": peer_name, **counts}, at=now)
    return Written(path, peer_name, counts)
