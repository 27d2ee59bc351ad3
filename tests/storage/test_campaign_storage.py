import subprocess
import sys

from kiosk import paths
from kiosk.storage import campaigns


def kiosk(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=env)


def test_new_database_serves_the_demo_campaign(app):
    spec = app.campaign()
    assert spec.slug == "khouribga-2025-12"
    assert spec.demo
    with app.db.read() as session:
        assert len(campaigns.list_campaigns(session)) == 5


def test_command_line_lists_uses_and_imports(db_url, tmp_path):
    listed = kiosk("campaign", "list", "--db", db_url)
    assert listed.returncode == 0
    assert "* khouribga-2025-12" in listed.stdout
    assert kiosk("campaign", "use", "taza", "--db", db_url).returncode == 0
    assert "* taza" in kiosk("campaign", "list", "--db", db_url).stdout
    missing = kiosk("campaign", "use", "nowhere", "--db", db_url)
    assert missing.returncode == 1 and "no campaign named 'nowhere'" in missing.stderr


def test_a_bad_file_is_refused_and_changes_nothing(app, tmp_path):
    original = (paths.CAMPAIGNS / "taza.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(
        original.replace('slug = "taza"', 'slug = "taza-2"').replace('ar = "الأمن الجهوي بتازة"', "ar = 5"),
        encoding="utf-8",
    )
    result = kiosk("campaign", "import", str(bad), "--db", app.db_url)
    assert result.returncode == 1
    assert "organisers[0].ar: missing text" in result.stderr
    with app.db.read() as session:
        assert campaigns.find_campaign(session, "taza-2") is None
    good = tmp_path / "good.toml"
    good.write_text(original.replace('slug = "taza"', 'slug = "taza-2"'), encoding="utf-8")
    assert kiosk("campaign", "import", str(good), "--db", app.db_url).stdout.strip() == "imported taza-2"
    with app.db.read() as session:
        assert campaigns.find_campaign(session, "taza-2").name["fr"] == "Don du sang de la sûreté régionale de Taza"
