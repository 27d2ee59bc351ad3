"""The pulse and the body temperature among the vital signs the nurse measures
(their thresholds are in the rule pack, like the others').

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("vital_signs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pulse", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("temperature_c", sa.Float(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("vital_signs", schema=None) as batch_op:
        batch_op.drop_column("temperature_c")
        batch_op.drop_column("pulse")
