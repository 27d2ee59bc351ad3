"""`kiosk` on a real X server with no window manager, as on a kiosk PC that
starts straight into X: the welcome screen fills the screen and is painted."""

import os
import shutil
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.external

NEEDED = ("Xvfb", "xdotool")


@pytest.fixture
def display(tmp_path):
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian: xvfb xdotool)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_kiosk_fills_a_bare_x_screen(display, tmp_path):
    env = dict(os.environ, DISPLAY=display, KIOSK_DATA_DIR=str(tmp_path / "data"))
    env.pop("QT_QPA_PLATFORM", None)
    kiosk = subprocess.Popen([sys.executable, "-m", "kiosk"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        # xdotool gives up with an X error when a window it is reading goes away
        # (Qt makes and drops helper windows while starting), so search again.
        deadline, found = time.monotonic() + 30, None
        while time.monotonic() < deadline:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Qatra"],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
            )
            if found.stdout.split() or kiosk.poll() is not None:
                break
            time.sleep(0.1)
        if not found.stdout.split():
            kiosk.terminate()
            pytest.fail(
                f"no kiosk window on {display}: xdotool said {found.stderr.strip()!r} "
                f"(exit {found.returncode}); the kiosk said {kiosk.communicate(timeout=10)[1][-2000:]!r}"
            )
        window = found.stdout.split()[0]
        deadline = time.monotonic() + 10
        while True:  # the geometry settles a moment after mapping
            geometry = subprocess.run(
                ["xdotool", "getwindowgeometry", window], env=env, capture_output=True, text=True
            ).stdout
            if "1280x800" in geometry or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert "Geometry: 1280x800" in geometry
        shot = tmp_path / "screen.png"
        subprocess.run(
            [
                sys.executable,
                "-c",
                (
                    "import sys\nfrom PySide6.QtWidgets import QApplication\n"
                    "app = QApplication([])\napp.primaryScreen().grabWindow(0).save(sys.argv[1])"
                ),
                str(shot),
            ],
            env=env,
            check=True,
            timeout=30,
        )
        from PySide6.QtGui import QImage

        image = QImage(str(shot))
        assert (image.width(), image.height()) == (1280, 800)
        white = sum(image.pixelColor(x, 400).lightness() > 240 for x in range(0, 1280, 16))
        assert white > 40, "the welcome screen's white page is not painted across the screen"
    finally:
        kiosk.terminate()
        try:
            kiosk.wait(timeout=10)
        except subprocess.TimeoutExpired:
            kiosk.kill()
        kiosk.stderr.close()
