from datetime import date
from pathlib import Path

import pytest

from kiosk import errors, paths
from kiosk.domain.campaigns import CampaignFileError, load_campaign_file, spec_from_dict, spec_to_dict


def test_bundled_campaigns_load_and_one_is_the_demo():
    specs = [load_campaign_file(p) for p in sorted(paths.CAMPAIGNS.glob("*.toml"))]
    assert {s.slug for s in specs} >= {
        "khouribga-2025-12",
        "ain-chock-2026-01",
        "marrakech-2026-01",
        "khenifra",
        "taza",
    }
    demo = [s for s in specs if s.demo]
    assert [s.slug for s in demo] == ["khouribga-2025-12"]
    khouribga = demo[0]
    assert khouribga.slogan["ar"] == "قطرة دم… حياة تستمر"
    assert khouribga.venue["fr"] == "Place des Moujahidines"
    assert khouribga.organisers[0]["ar"] == "جمعية الياقوت الخيرية"
    assert (khouribga.first_day, khouribga.last_day) == (date(2025, 12, 2), date(2025, 12, 3))


def test_demo_is_open_every_day_a_real_campaign_only_on_its_days():
    demo = load_campaign_file(paths.CAMPAIGNS / "khouribga-2025-12.toml")
    real = load_campaign_file(paths.CAMPAIGNS / "ain-chock-2026-01.toml")
    assert demo.is_open(date(2031, 7, 1))
    assert [real.is_open(date(2026, 1, d)) for d in (11, 12, 13, 14)] == [False, True, True, False]


def test_round_trip_through_json():
    spec = load_campaign_file(paths.CAMPAIGNS / "khenifra.toml")
    assert spec_from_dict(spec_to_dict(spec)) == spec


@pytest.mark.parametrize(
    "text, code, message",
    [
        ("slug = 'x y'", "campaign_file.slug", "slug"),
        ("[[[", "file.not_toml", "not valid TOML (line 1)"),
        (
            "slug='ok'\nfirst_day=2025-12-03\nlast_day=2025-12-02",
            "campaign_file.order",
            "last_day is before first_day",
        ),
        (
            "slug='ok'\nfirst_day=2025-12-02\nlast_day=2025-12-02\ndaily_target=-3",
            "campaign_file.target",
            "daily_target",
        ),
        (
            "slug='ok'\nfirst_day=2025-12-02\nlast_day=2025-12-02\ndaily_target=5\nname={ar='x'}",
            "campaign_file.text_missing",
            "name.fr: missing text",
        ),
        ("slug='ok'\ncolour='red'", "campaign_file.unknown_field", "unknown field colour"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, text, code, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CampaignFileError) as refused:
        load_campaign_file(path)
    assert refused.value.code == code
    said = {lang: errors.error_message(refused.value, lang) for lang in ("en", "ar", "fr")}
    assert message in said["en"]
    assert all(str(path) in text for text in said.values())
    assert said["ar"] != said["en"] != said["fr"]  # every language has its own words


def test_a_file_check_reads_in_arabic_and_french_with_its_details(tmp_path: Path):
    path = tmp_path / "long.toml"
    path.write_text(
        "slug='ok'\nfirst_day=2025-12-02\nlast_day=2025-12-02\ndaily_target=5\nname={ar='x', fr='" + "y" * 121 + "'}",
        encoding="utf-8",
    )
    with pytest.raises(CampaignFileError) as refused:
        load_campaign_file(path)
    assert errors.error_message(refused.value, "fr") == f"{path} : name.fr : 120 caractères au plus, et non 121."
    assert errors.error_message(refused.value, "ar") == f"{path}: name.fr: 120 حرفًا على الأكثر، وليس 121."


def test_a_campaign_built_in_code_gets_texts_with_their_fallback():
    from datetime import date

    from kiosk.domain.campaigns import CampaignSpec
    from kiosk.i18n.texts import Texts

    spec = CampaignSpec(
        slug="code",
        name={"ar": "حملة", "fr": "Campagne"},
        venue={"fr": "Salle"},
        city={"ar": "تازة", "fr": "Taza"},
        region={"ar": "فاس مكناس", "fr": "Fès-Meknès"},
        contact={"ar": "الطاقم", "fr": "L’équipe"},
        first_day=date(2026, 1, 10),
        last_day=date(2026, 1, 10),
        daily_target=50,
        organisers=[{"ar": "الوكالة", "fr": "AMSD"}],
    )
    assert isinstance(spec.name, Texts) and isinstance(spec.organisers[0], Texts)
    assert (spec.venue.of("ar"), spec.organisers[0].of("fr")) == ("Salle", "AMSD")


def test_every_bundled_campaign_names_who_issues_its_documents_as_the_press_does():
    issuers = {p.stem: load_campaign_file(p).issuer for p in sorted(paths.CAMPAIGNS.glob("*.toml"))}
    assert all(issuer is not None for issuer in issuers.values())
    assert issuers["khenifra"].to_dict() == {
        "ar": "المركز الجهوي لتحاقن الدم بمكناس",
        "fr": "Centre régional de transfusion sanguine de Meknès",
    }
    assert issuers["khouribga-2025-12"]["ar"] == "الوكالة المغربية للدم ومشتقاته"
    assert issuers["ain-chock-2026-01"]["fr"].endswith("Région Casablanca-Settat")


def test_the_issuer_is_optional_checked_like_every_text_and_kept_through_json(tmp_path: Path):
    base = (paths.CAMPAIGNS / "taza.toml").read_text(encoding="utf-8")
    without = tmp_path / "without.toml"
    without.write_text("\n".join(line for line in base.splitlines() if not line.startswith("issuer")), encoding="utf-8")
    spec = load_campaign_file(without)
    assert spec.issuer is None
    assert spec_from_dict(spec_to_dict(spec)) == spec
    full = load_campaign_file(paths.CAMPAIGNS / "taza.toml")
    assert spec_from_dict(spec_to_dict(full)).issuer == full.issuer
    for bad, message in [
        ("issuer = { ar = 'مركز' }", "issuer.fr: missing text"),
        (f"issuer = {{ ar = 'x', fr = '{'y' * 151}' }}", "150 characters"),
    ]:
        path = tmp_path / "bad.toml"
        path.write_text(
            "\n".join(bad if line.startswith("issuer") else line for line in base.splitlines()), encoding="utf-8"
        )
        with pytest.raises(CampaignFileError) as refused:
            load_campaign_file(path)
        assert message in errors.error_message(refused.value, "en")
