"""Adverse reactions to a donation, recorded at the nurse station.

Revision ID: 0008
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "adverse_reaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("donor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("phase", sa.String(length=8), nullable=False),
        sa.Column("severe", sa.Boolean(), nullable=False),
        sa.Column("actions", sa.JSON(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["donor_id"], ["donor.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("adverse_reaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_adverse_reaction_donor_id"), ["donor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_adverse_reaction_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("adverse_reaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adverse_reaction_visit_id"))
        batch_op.drop_index(batch_op.f("ix_adverse_reaction_donor_id"))
    op.drop_table("adverse_reaction")
