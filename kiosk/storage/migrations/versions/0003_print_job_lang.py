"""Print jobs keep their document's language (to render a lost PDF again) and
are counted per station and status without a scan.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lang", sa.String(length=2), nullable=True))
        batch_op.create_index("ix_print_job_waiting", ["status", "station"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.drop_index("ix_print_job_waiting")
        batch_op.drop_column("lang")
