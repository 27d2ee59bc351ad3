"""Test configuration shared by the whole suite.

Qt runs offscreen (set before any QApplication exists); every test that uses
`qtbot` or `qapp` is marked `gui`, so `pytest -m "not gui"` runs the plain
Python part alone.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

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


@pytest.fixture(scope="session")
def opened_template(tmp_path_factory) -> Path:
    """A database as a kiosk's first start leaves it (migrated, bundled campaigns
    stored), made once per test run: running every migration costs about a second,
    and two hundred tests start from this state."""
    from kiosk.app import App

    path = tmp_path_factory.mktemp("opened") / "kiosk.db"
    application = App(f"sqlite:///{path}", clock=lambda: CAMPAIGN_MORNING)
    application.open()
    application.close()
    return path


def copy_closed_database(template: Path, url: str) -> None:
    """The template's one file copied to `url`'s path, private like a new database."""
    target = Path(url.removeprefix("sqlite:///"))
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    target.chmod(0o600)


@pytest.fixture(scope="session")
def filled_template_db(tmp_path_factory) -> Path:
    """A closed database with 300 registrations, made once per test run; tests copy it."""
    from tests.safety.helpers import filled_template

    return filled_template(tmp_path_factory.mktemp("filled"))


@pytest.fixture
def app(db_url, opened_template):
    """An opened App on a new database with the bundled campaigns, at a fixed time."""
    from kiosk.app import App

    copy_closed_database(opened_template, db_url)
    application = App(db_url, clock=lambda: CAMPAIGN_MORNING)
    application.open()
    yield application
    application.close()
