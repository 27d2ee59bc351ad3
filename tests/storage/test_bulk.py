"""Rows written by the bulk path read back exactly as rows the ORM wrote."""

from datetime import UTC, date, datetime

from sqlalchemy import select

from kiosk.storage.bulk import insert_rows, rows_where_in
from kiosk.storage.models import Deferral, Donor

AT = datetime(2025, 12, 2, 9, 30, 15, 123456, tzinfo=UTC)


def donor(cin: str, uuid: str) -> dict:
    return {
        "uuid": uuid,
        "number": f"QTR-{cin}",
        "card_token": f"card-{cin}",
        "cin": cin,
        "sex": "F",
        "birth_date": date(1992, 3, 14),
        "language": "ar",
        "consent_at": AT,
        "consent_version": "v1",
        "created_at": AT,
        "updated_at": AT,
    }


def test_bulk_rows_read_back_as_orm_rows(app):
    with app.db.write() as s:
        s.add(Donor(**donor("K1", "00000000-0000-4000-8000-000000000001")))
        s.flush()
        insert_rows(s.connection(), Donor.__table__, [donor("K2", "00000000-0000-4000-8000-000000000002")])
        ids = {row.cin: row.id for row in s.execute(select(Donor.cin, Donor.id))}
        insert_rows(
            s.connection(),
            Deferral.__table__,
            [
                {
                    "uuid": "u1",
                    "donor_id": ids["K2"],
                    "visit_id": None,
                    "reason": "r",
                    "until": date(2026, 1, 1),
                    "permanent": True,
                    "created_at": AT,
                }
            ],
        )
    with app.db.read() as s:
        one, two = s.scalars(select(Donor).order_by(Donor.id)).all()
        fields = ("sex", "birth_date", "consent_at", "created_at", "updated_at", "language")
        assert [getattr(one, f) for f in fields] == [getattr(two, f) for f in fields]
        assert two.consent_at == AT
        raw = s.connection().exec_driver_sql("SELECT consent_at, birth_date FROM donor ORDER BY id").all()
        assert raw[0] == raw[1]
        deferral = s.scalar(select(Deferral))
        assert (deferral.permanent, deferral.until, deferral.created_at) == (True, date(2026, 1, 1), AT)
        found = rows_where_in(s.connection(), Donor.__table__, "cin", ["K2", "K9"], ["birth_date", "updated_at"])
        assert [(r.cin, r.birth_date, r.updated_at) for r in found] == [("K2", date(1992, 3, 14), AT)]
