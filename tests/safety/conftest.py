"""The command line speaks the language the operator chose (KIOSK_LANG): these
tests read its French lines unless one asks for Arabic."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def french_command_line(monkeypatch):
    monkeypatch.setenv("KIOSK_LANG", "fr")
