"""Records that leave the machine get a global id (UUID); donors a number unique
across the centre; the centre's register of donors' past donations.

Existing rows get a random UUID each; existing donors keep the number their card
already shows (`QTR-` and the id), and the site's count starts after them.
The uuid columns stay nullable: SQLite adds NOT NULL only by rebuilding a table,
which other tables' foreign keys forbid here; every insert fills them (models).

Revision ID: 0006
Revises: 0007 (0003 on its own branch; 0008 and 0007 reached main first)
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("donor", "visit", "questionnaire_response", "deferral", "donation", "vital_signs", "audit_event")
BATCH = 5000


def _backfill(table: str) -> None:
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text(f"SELECT id FROM {table} WHERE uuid IS NULL"))]
    update = sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id")
    for start in range(0, len(ids), BATCH):
        bind.execute(update, [{"uuid": str(uuid.uuid4()), "id": i} for i in ids[start : start + BATCH]])


def _backfill_append_only(table: str) -> None:
    """`table` refuses UPDATE (audit_event: migration 0004's triggers): the triggers are
    lifted for this one backfill and restored as they were. The id is not part of an
    event's hashed content, so the chain still verifies."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        _backfill(table)
        op.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        return
    triggers = bind.execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :table"), {"table": table}
    ).all()
    for name, _sql in triggers:
        op.execute(f"DROP TRIGGER {name}")
    _backfill(table)
    for _name, sql in triggers:
        op.execute(sql)


def upgrade() -> None:
    """Upgrade schema."""
    for table in TABLES:
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        if table == "audit_event":
            _backfill_append_only(table)
        else:
            _backfill(table)
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)
    op.add_column("donor", sa.Column("number", sa.String(length=32), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("UPDATE donor SET number = 'QTR-' || lpad(id::text, 6, '0')")
    else:
        op.execute("UPDATE donor SET number = 'QTR-' || substr('000000' || id, -max(6, length(id)))")
    op.create_index("ix_donor_number", "donor", ["number"], unique=True)
    count = bind.execute(sa.text("SELECT coalesce(max(id), 0) FROM donor")).scalar()
    bind.execute(sa.text("INSERT INTO setting (key, value) VALUES ('site.donor_count', :v)"), {"v": str(count)})
    op.create_table(
        "donor_register",
        sa.Column("donor_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=True),
        sa.Column("last_kind", sa.String(length=16), nullable=True),
        sa.Column("count_12m", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["donor_id"], ["donor.id"]),
        sa.PrimaryKeyConstraint("donor_id"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("donor_register")
    op.execute("DELETE FROM setting WHERE key IN ('site.donor_count', 'site.centre', 'site.station')")
    op.drop_index("ix_donor_number", table_name="donor")
    with op.batch_alter_table("donor") as batch_op:
        batch_op.drop_column("number")
    for table in reversed(TABLES):
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("uuid")
