"""The staff screens render to PNG for review, and each fits its screen (a window
that outgrew it would give a bigger image)."""

from PySide6.QtGui import QImage

from devtools.screenshots.board_screens import render as render_board
from devtools.screenshots.nurse_screens import render as render_nurse
from devtools.screenshots.organiser_screens import render as render_organiser


def sizes(paths):
    return {path.name: QImage(str(path)).size().toTuple() for path in paths}


def test_nurse_station_screens_render_at_laptop_size(qapp, tmp_path):
    written = render_nurse(tmp_path, langs=("ar",))
    assert sizes(written) == {
        f"nurse-{name}-ar.png": (1366, 768)
        for name in (
            "signin",
            "queue",
            "answers",
            "answers_rows",
            "vitals",
            "decision",
            "decision_confirm",
            "reaction",
            "override",
        )
    }


def test_board_renders_for_both_television_sizes(qapp, tmp_path):
    written = render_board(tmp_path)
    assert sizes(written) == {
        "board-empty-1920x1080.png": (1920, 1080),
        "board-1920x1080.png": (1920, 1080),
        "board-1280x720.png": (1280, 720),
        "board-new-call-1280x720.png": (1280, 720),
    }


def test_organiser_station_renders_at_laptop_size(qapp, tmp_path):
    written = render_organiser(tmp_path)
    assert sizes(written) == {
        f"organiser-{shot}-{lang}.png": (1366, 768) for shot in ("day", "banners") for lang in ("ar", "fr")
    }  # both banners shown still fit a 768-pixel laptop
