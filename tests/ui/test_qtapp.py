"""The application every station starts with."""

from kiosk.ui.qtapp import UI_FAMILIES, load_fonts


def test_screens_get_their_two_bundled_families_and_nothing_else(qapp):
    """Noto Sans and Noto Sans Arabic come with the kiosk, so a PC without Arabic
    fonts shows the same screens; Amiri stays with the printed documents."""
    assert sorted(set(load_fonts())) == sorted(UI_FAMILIES)
