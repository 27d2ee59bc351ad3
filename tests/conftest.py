"""Test configuration shared by the whole suite.

Qt runs offscreen (set before any QApplication exists); every test that uses
`qtbot` or `qapp` is marked `gui`, so `pytest -m "not gui"` runs the plain
Python part alone.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Each test gets its own data directory and never touches the user's."""
    data = tmp_path / "data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data))
    monkeypatch.delenv("KIOSK_DB", raising=False)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # commands speak the operator's locale (kiosk.errors); tests read English
    return data


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'kiosk.db'}"


# 2 December 2025, 10:00 in Khouribga (UTC+1): the demo campaign's first day.
CAMPAIGN_MORNING = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def app(db_url):
    """An opened App on a fresh database with the bundled campaigns, at a fixed time."""
    from kiosk.app import App

    application = App(db_url, clock=lambda: CAMPAIGN_MORNING)
    application.open()
    yield application
    application.close()
