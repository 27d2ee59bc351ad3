"""Campaign texts become {language: text} JSON columns (name, slogan, venue, city,
region, contact) instead of one column per language, so that a language is
added in resources/languages.toml and never in the schema; language codes get
room for three-letter codes such as zgh (Tamazight).

Downgrade writes the Arabic and French columns back; a text missing in one of
them takes the other (or any text it has), and texts in other languages are
dropped, as the old schema cannot hold them. Donors and print jobs in another
language go back to French, as the old code showed French for any other one.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (field, length of its old per-language columns, nullable)
TEXTS = (
    ("name", 200, False),
    ("slogan", 200, True),
    ("venue", 200, False),
    ("city", 100, False),
    ("region", 100, False),
    ("contact", 300, False),
)
OLD_LANGUAGES = ("ar", "fr")


def _campaign(*columns: sa.ColumnClause[Any]) -> sa.TableClause:
    return sa.table("campaign", sa.column("id", sa.Integer()), *columns)


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        for name, _length, _nullable in TEXTS:
            batch_op.add_column(sa.Column(name, sa.JSON(), nullable=True))

    old: list[sa.ColumnClause[Any]] = [
        sa.column(f"{name}_{lang}", sa.String()) for name, _, _ in TEXTS for lang in OLD_LANGUAGES
    ]
    new: list[sa.ColumnClause[Any]] = [sa.column(name, sa.JSON()) for name, _, _ in TEXTS]
    bind = op.get_bind()
    table = _campaign(*new)  # once: a column belongs to one table
    for row in bind.execute(sa.select(*_campaign(*old).c)).mappings().all():
        values: dict[str, Any] = {}
        for name, _, _ in TEXTS:
            texts = {lang: row[f"{name}_{lang}"] for lang in OLD_LANGUAGES if row[f"{name}_{lang}"]}
            values[name] = texts or None
        bind.execute(table.update().where(table.c.id == row["id"]).values(**values))

    with op.batch_alter_table("campaign", schema=None) as batch_op:
        for name, _length, nullable in TEXTS:
            for lang in OLD_LANGUAGES:
                batch_op.drop_column(f"{name}_{lang}")
            if not nullable:
                batch_op.alter_column(name, existing_type=sa.JSON(), nullable=False)
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.alter_column(
            "language", existing_type=sa.String(length=2), type_=sa.String(length=12), existing_nullable=False
        )
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.alter_column("lang", existing_type=sa.String(length=2), type_=sa.String(length=12))


def _one(texts: Any, lang: str) -> str | None:
    """The text in `lang` for an old column: its own, else the other old language's, else any."""
    if not isinstance(texts, dict) or not texts:
        return None
    for code in (lang, *OLD_LANGUAGES, *texts):
        if texts.get(code):
            return str(texts[code])
    return None


def downgrade() -> None:
    """Downgrade schema."""
    for name, column in (("donor", "language"), ("print_job", "lang")):
        coded = sa.table(name, sa.column(column, sa.String()))
        op.execute(coded.update().where(coded.c[column].not_in(OLD_LANGUAGES)).values({column: "fr"}))
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.alter_column("lang", existing_type=sa.String(length=12), type_=sa.String(length=2))
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.alter_column(
            "language", existing_type=sa.String(length=12), type_=sa.String(length=2), existing_nullable=False
        )

    with op.batch_alter_table("campaign", schema=None) as batch_op:
        for name, length, _nullable in TEXTS:
            for lang in OLD_LANGUAGES:
                batch_op.add_column(sa.Column(f"{name}_{lang}", sa.String(length=length), nullable=True))

    new: list[sa.ColumnClause[Any]] = [sa.column(name, sa.JSON()) for name, _, _ in TEXTS]
    old: list[sa.ColumnClause[Any]] = [
        sa.column(f"{name}_{lang}", sa.String()) for name, _, _ in TEXTS for lang in OLD_LANGUAGES
    ]
    bind = op.get_bind()
    table = _campaign(*old)  # once: a column belongs to one table
    for row in bind.execute(sa.select(*_campaign(*new).c)).mappings().all():
        values = {f"{name}_{lang}": _one(row[name], lang) for name, _, _ in TEXTS for lang in OLD_LANGUAGES}
        bind.execute(table.update().where(table.c.id == row["id"]).values(**values))

    with op.batch_alter_table("campaign", schema=None) as batch_op:
        for name, length, nullable in TEXTS:
            batch_op.drop_column(name)
            if not nullable:
                for lang in OLD_LANGUAGES:
                    batch_op.alter_column(f"{name}_{lang}", existing_type=sa.String(length=length), nullable=False)
