"""kiosk.storage.rows: an object inserted with Core behaves as one the ORM loaded."""

from datetime import UTC, date, datetime

from sqlalchemy import event, inspect

from kiosk.storage.models import Donor
from kiosk.storage.rows import insert_row

AT = datetime(2025, 12, 2, 9, 30, tzinfo=UTC)


def test_an_inserted_row_is_a_loaded_object_that_later_changes_are_written_from(app):
    statements: list[str] = []

    def seen(conn, cursor, statement, *rest):
        statements.append(statement.split()[0])

    values = {
        "number": "QTR-900001",
        "card_token": "card-900001",
        "cin": "RW1",
        "sex": "F",
        "birth_date": date(1992, 3, 14),
        "language": "fr",
        "consent_at": AT,
        "consent_version": "v1",
    }
    with app.db.write() as s:
        s.connection()  # the transaction's BEGIN
        event.listen(app.db.engine, "before_cursor_execute", seen)
        try:
            donor = insert_row(s, Donor, values)
            state = inspect(donor)
            assert state.persistent and not state.modified and not s.new and not s.dirty
            assert s.get(Donor, donor.id) is donor  # in the identity map: no SELECT
            assert (donor.cin, donor.birth_date, donor.consent_at, donor.city) == ("RW1", date(1992, 3, 14), AT, None)
            assert donor.uuid and donor.created_at  # the column defaults, as written
            donor.city = "Khouribga"  # a change after the insert is tracked and flushed
            s.flush()
        finally:
            event.remove(app.db.engine, "before_cursor_execute", seen)
    assert statements == ["INSERT", "UPDATE"]
    with app.db.read() as s:
        again = s.get_one(Donor, donor.id)
        columns = Donor.__table__.c.keys()
        assert {c: getattr(again, c) for c in columns} == {c: getattr(donor, c) for c in columns}  # every column
        assert (again.uuid, again.city, again.consent_at, again.blood_group) == (donor.uuid, "Khouribga", AT, None)
