"""A donor's blood group as a laboratory confirmed it, kept apart from the one the
donor declared at the kiosk: only a confirmed group is printed on the card.

Revision ID: 0007
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("blood_group_confirmed", sa.String(length=3), nullable=True))
        batch_op.add_column(sa.Column("blood_group_source", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("blood_group_confirmed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.drop_column("blood_group_confirmed_at")
        batch_op.drop_column("blood_group_source")
        batch_op.drop_column("blood_group_confirmed")
