"""SQLAlchemy 2 storage: models, engine and pragmas, repositories, migrations.

Nothing here imports Qt; nothing here is SQLite-only except the connection
pragmas, so the same code runs on PostgreSQL through another URL.
"""
