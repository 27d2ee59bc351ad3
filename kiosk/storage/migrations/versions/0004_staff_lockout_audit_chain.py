"""Sign-in lockout kept in the database (per staff member and per station); the
audit log chained with SHA-256 (existing events chained here, in id order) and
made append-only by triggers.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kiosk.storage.audit import GENESIS, canonical, link_hash
from kiosk.storage.types import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event"
    " BEGIN SELECT RAISE(ABORT, 'audit events are append-only: UPDATE refused'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event"
    " BEGIN SELECT RAISE(ABORT, 'audit events are append-only: DELETE refused'); END",
)
POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION kiosk_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP;
END
$$ LANGUAGE plpgsql
"""
POSTGRES_TRIGGERS = (
    "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event"
    " FOR EACH ROW EXECUTE FUNCTION kiosk_audit_append_only()",
    "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event"
    " FOR EACH STATEMENT EXECUTE FUNCTION kiosk_audit_append_only()",
)

# The columns as the application reads them, so the hashes match what `verify` computes.
EVENTS = sa.table(
    "audit_event",
    sa.column("id", sa.Integer()),
    sa.column("at", UTCDateTime()),
    sa.column("station", sa.String()),
    sa.column("staff_id", sa.Integer()),
    sa.column("action", sa.String()),
    sa.column("donor_id", sa.Integer()),
    sa.column("visit_id", sa.Integer()),
    sa.column("detail", sa.JSON()),
    sa.column("seq", sa.Integer()),
    sa.column("hash", sa.String()),
)


def _chain_existing_events(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.select(
            EVENTS.c.id,
            EVENTS.c.at,
            EVENTS.c.station,
            EVENTS.c.staff_id,
            EVENTS.c.action,
            EVENTS.c.donor_id,
            EVENTS.c.visit_id,
            EVENTS.c.detail,
        ).order_by(EVENTS.c.id)
    ).all()
    previous, links = GENESIS, []
    for seq, row in enumerate(rows, start=1):
        content = canonical(seq, row.at, row.station, row.staff_id, row.action, row.donor_id, row.visit_id, row.detail)
        previous = link_hash(previous, content)
        links.append({"row_id": row.id, "row_seq": seq, "row_hash": previous})
    if links:
        conn.execute(
            sa.update(EVENTS)
            .where(EVENTS.c.id == sa.bindparam("row_id"))
            .values(seq=sa.bindparam("row_seq"), hash=sa.bindparam("row_hash")),
            links,
        )
    conn.execute(
        sa.text("INSERT INTO audit_head (id, seq, hash) VALUES (1, :seq, :hash)"), {"seq": len(links), "hash": previous}
    )


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "sign_in_lock",
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "subject"),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))

    _chain_existing_events(op.get_bind())

    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint("uq_audit_event_seq", ["seq"])

    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    elif op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_FUNCTION)
        for statement in POSTGRES_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    """Downgrade schema."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS kiosk_audit_append_only()")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_constraint("uq_audit_event_seq", type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("seq")
    op.drop_table("audit_head")
    op.drop_table("sign_in_lock")
