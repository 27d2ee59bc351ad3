"""Which site made a record: a centre code and a station id, set once per database.

The station's upper-cased id is the prefix of the donor numbers it gives
(`KHOURIBGA-1-000042`), the way an ISBT 128 facility number names the site on
a bag label: two campaign laptops of one centre never print the same number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.coded_error import CodedError

_CENTRE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")
_STATION = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
CENTRE_MAX, STATION_MAX = 16, 20


class SiteError(ValueError):
    """A centre code or station id that cannot be used, or a site already set otherwise."""


class SiteRefused(CodedError, SiteError):
    """A centre code or station id that cannot be used, as a code of kiosk.errors."""


@dataclass(frozen=True)
class Site:
    centre: str  # "CRTS-MKN"
    station: str  # "khouribga-1"

    @property
    def prefix(self) -> str:
        """The donor numbers' prefix."""
        return self.station.upper()

    def __str__(self) -> str:
        return f"{self.centre}/{self.station}"


# A database nobody initialised: the demonstration site, whose numbers stay `QTR-000123`.
DEMO = Site("DEMO", "qtr")


def site(centre: str, station: str) -> Site:
    """A checked site; `SiteRefused` saying what is wrong otherwise."""
    centre, station = centre.strip().upper(), station.strip().lower()
    if not (0 < len(centre) <= CENTRE_MAX and _CENTRE.fullmatch(centre)):
        raise SiteRefused("site.centre", most=CENTRE_MAX)
    if not (0 < len(station) <= STATION_MAX and _STATION.fullmatch(station)):
        raise SiteRefused("site.station", most=STATION_MAX)
    return Site(centre, station)
