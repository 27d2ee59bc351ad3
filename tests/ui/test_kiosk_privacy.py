"""The public kiosk as a stranger or a child would use it: a CIN alone shows
nothing of its holder, a birth date must match first, a deferral never shows
its reason, and someone too young leaves nothing behind."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from sqlalchemy import func, select

from kiosk.kiosk_flow import MAX_TRIES
from kiosk.storage import campaigns, registration
from kiosk.storage.models import AuditEvent, Deferral, Donor, QuestionnaireResponse, Visit
from kiosk.ui.kiosk_station.pickers import ROW_HEIGHT

SALMA_BORN = date(1991, 5, 5)  # as the `returning_donor` fixture registers her, CIN BK123456
SALMA = ("Salma", "Benjelloun", "سلمى", "بنجلون", "42", "612345", "BK123456", "1991")


def seen(window) -> str:
    """Every text a passer-by can read on the kiosk now."""
    widgets = [*window.findChildren(QLabel), *window.findChildren(QPushButton)]
    return " ".join(w.text() for w in widgets if w.isVisibleTo(window) and w.text())


def type_cin(donor, window, cin: str) -> None:
    donor.tap(window.screens.path.cin)
    donor.fill(window.screens.cin.field, cin)
    donor.tap(window.screens.cin.next_button)


def queue_salma(app, donor_id: int) -> None:
    with app.db.write() as s:
        registration.check_in(
            s,
            campaigns.active_campaign(s),
            s.get(Donor, donor_id),
            date(2025, 12, 2),
            datetime(2025, 12, 2, 9, tzinfo=UTC),
            outcome="eligible",
            until=None,
            reasons=[],
            pack="ma-amsd@1.0",
            answers={},
        )


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_stranger_who_types_a_queued_donors_cin_learns_nothing(
    qtbot, make_window, donor_at, app, returning_donor, lang
):
    queue_salma(app, returning_donor())
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"] if lang == "fr" else window.welcome.buttons["ar"])
    type_cin(donor, window, "BK123456")
    donor.sees("birth_date")
    shown = seen(window)
    assert not any(private in shown for private in SALMA if private != "BK123456")
    donor.birth_date(date(1990, 1, 1))
    donor.tap_next()
    donor.sees("not_matched")
    shown = seen(window)
    assert not any(private in shown for private in SALMA)
    if lang == "fr":
        assert window.screens.not_matched.heading.text() == "Ces informations ne correspondent pas"
    assert window.screens.not_matched.again.isVisible() and window.screens.not_matched.new.isVisible()


def test_a_wrong_birth_date_reads_exactly_like_an_unknown_cin(qtbot, make_window, donor_at, returning_donor):
    returning_donor()
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    screens = []
    for cin in ("BK123456", "JA440001"):
        type_cin(donor, window, cin)
        donor.gives_birth_date(date(1990, 1, 1))
        donor.sees("not_matched")
        screens.append(seen(window))
        donor.tap(window.screens.not_matched.back_button)
        donor.sees("cin")
        assert window.screens.cin.field.text() == cin  # what the visitor typed, to correct it
        donor.tap(window.screens.cin.back_button)
    assert screens[0] == screens[1]


def test_after_three_wrong_birth_dates_only_a_staff_member_can_help(qtbot, make_window, donor_at, app, returning_donor):
    returning_donor()
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    type_cin(donor, window, "BK123456")
    for attempt in range(MAX_TRIES):
        donor.gives_birth_date(date(1990, 1, 1 + attempt))
        donor.sees("not_matched")
        if attempt + 1 < MAX_TRIES:
            donor.tap(window.screens.not_matched.again)
            donor.tap(window.screens.cin.next_button)
    screen = window.screens.not_matched
    assert (
        screen.text.text() == "Nous ne pouvons pas confirmer ces informations ici. Veuillez voir un membre de l’équipe."
    )
    assert not screen.again.isVisible() and not screen.new.isVisible() and not screen.back_button.isVisible()
    donor.tap(screen.next_button)
    donor.sees("welcome")
    # Her own birth date does not open her record on this kiosk any more, after a "Finish".
    donor.tap(window.welcome.buttons["fr"])
    type_cin(donor, window, "BK123456")
    donor.gives_birth_date(SALMA_BORN)
    donor.sees("not_matched")
    assert "Salma" not in seen(window) and "S\u2026a" not in seen(window)


def test_the_cin_holder_with_her_birth_date_sees_a_masked_name_then_her_ticket(
    qtbot, make_window, donor_at, app, returning_donor
):
    queue_salma(app, returning_donor())
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    type_cin(donor, window, "bk123456")
    donor.gives_birth_date(SALMA_BORN)
    donor.sees("confirm")
    assert window.screens.confirm.who.text() == "S\u2026a B."
    assert not any(private in seen(window) for private in SALMA)
    donor.tap(window.screens.confirm.yes)
    donor.tap(window.screens.consent.accept)
    donor.sees("message")  # only now, after the second factor: she already has a ticket
    assert "001" in window.screens.message.text.text()


def test_a_permanently_deferred_donor_is_thanked_and_sent_to_staff_without_the_reason(
    qtbot, make_window, donor_at, app, returning_donor
):
    donor_id = returning_donor()
    with app.db.write() as s:
        s.add(
            Deferral(donor_id=donor_id, reason="hepatitis", permanent=True, created_at=datetime(2025, 3, 1, tzinfo=UTC))
        )
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    type_cin(donor, window, "BK123456")
    donor.gives_birth_date(SALMA_BORN)
    donor.tap(window.screens.confirm.yes)
    donor.tap(window.screens.consent.accept)
    donor.sees("deferred")
    screen = window.screens.deferred
    assert screen.heading.text() == "Merci d’être venue"  # she is known: the words are hers
    assert screen.text.text() == (
        "Merci de votre générosité. Veuillez voir un membre de l’équipe médicale avant d’aller plus loin."
    )
    assert not any(word in seen(window).lower() for word in ("hépatite", "hepatitis", "définitiv", "permanent"))


def nothing_stored(app, *private: str) -> None:
    with app.db.read() as s:
        for model in (Donor, Visit, QuestionnaireResponse, Deferral):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model.__name__
        details = json.dumps([e.detail for e in s.scalars(select(AuditEvent))], ensure_ascii=False)
    assert not any(p in details for p in private)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_fourteen_year_old_is_thanked_at_her_birth_date_and_nothing_is_stored(
    qtbot, make_window, donor_at, app, lang
):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"] if lang == "fr" else window.welcome.buttons["ar"])
    donor.tap(window.screens.path.new)
    donor.gives_birth_date(date(2011, 6, 15))  # 14 on the campaign's day
    donor.sees("deferred")  # before any consent, name, CIN or phone
    text = window.screens.deferred.text.text()
    if lang == "fr":
        assert (
            text
            == "Merci de votre générosité. Vous pourrez donner votre sang à partir du \u206815\u00a0juin\u00a02029\u2069."
        )
    else:
        assert "2029" in text and "يونيو" in text
    nothing_stored(app, "2011-06-15")
    donor.tap(window.screens.deferred.next_button)
    donor.sees("welcome")
    assert window.flow.fields == {}


def test_a_fourteen_year_old_who_typed_her_cin_first_leaves_nothing_either(qtbot, make_window, donor_at, app):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    type_cin(donor, window, "JA440077")
    donor.gives_birth_date(date(2011, 6, 15))
    donor.sees("deferred")
    nothing_stored(app, "JA440077", "2011-06-15")


@pytest.mark.parametrize(
    ("lang", "who", "how_long"),
    [
        ("fr", "l’équipe médicale de cette campagne (infirmiers, infirmières et médecins), au poste infirmier", "15"),
        ("ar", "الفريق الطبي لهذه الحملة", "15"),
    ],
)
def test_the_consent_notice_says_who_sees_the_answers_and_for_how_long(
    qtbot, make_window, donor_at, lang, who, how_long
):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"] if lang == "fr" else window.welcome.buttons["ar"])
    donor.tap(window.screens.path.new)
    donor.gives_birth_date(date(1990, 6, 1))
    donor.sees("consent")
    QApplication.processEvents()  # the language change reaches a screen through the event loop
    notice = window.screens.consent.notice.text()
    assert who in notice
    assert f"\u2066{how_long}\u2069" in notice


def test_the_next_visitor_does_not_see_where_the_previous_one_scrolled_the_birth_date(qtbot, make_window, donor_at):
    window = make_window()
    donor = donor_at(window)
    picker = window.screens.birth_date.picker
    untouched = [w.verticalScrollBar().value() for w in (picker.days, picker.months, picker.years)]
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.new)
    donor.gives_birth_date(date(1972, 11, 27))
    donor.tap(window.screens.consent.refuse)
    donor.tap(window.screens.message.next_button)
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.new)
    donor.sees("birth_date")
    assert picker.value() is None
    days, months, years = (w.verticalScrollBar().value() for w in (picker.days, picker.months, picker.years))
    assert (days, months) == (0, 0) == tuple(untouched[:2])
    assert abs(years - untouched[2]) < ROW_HEIGHT  # around the same year as for the first visitor


def register_with_cin(donor, window, cin: str, born: date) -> None:
    """A first donation in French up to the contact page's Next, with `cin` typed."""
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.new)
    donor.gives_birth_date(born)
    donor.tap(window.screens.consent.accept)
    donor.sees("register_names_latin")
    donor.fill(window.screens.names_latin.widgets["first_name_latin"], "Nadia")
    donor.fill(window.screens.names_latin.widgets["last_name_latin"], "Alami")
    donor.tap_next()
    donor.tap_next()  # no Arabic name: optional
    donor.sees("register_about")
    donor.tap(window.screens.about.widgets["sex"].choices["F"])
    donor.tap_next()
    donor.sees("register_contact")
    contact = window.screens.contact
    donor.fill(contact.widgets["cin"], cin)
    donor.fill(contact.widgets["phone"], "0661234567")
    donor.tap_next()


def donor_count(app) -> int:
    with app.db.read() as s:
        return s.scalar(select(func.count()).select_from(Donor))


def test_registering_with_someone_elses_cin_does_not_say_it_is_registered(
    qtbot, make_window, donor_at, app, returning_donor
):
    returning_donor()
    window = make_window()
    donor = donor_at(window)
    register_with_cin(donor, window, "BK123456", date(1990, 1, 1))
    assert window.current == "register_contact"  # never registered twice
    error = window.screens.contact.errors["cin"].text()
    assert error == "Vérifiez le numéro ou demandez à l’équipe."
    shown = seen(window).lower()
    assert not any(word in shown for word in ("déjà", "enregistré", "j'ai déjà donné"))
    assert not any(private in seen(window) for private in SALMA if private != "BK123456")
    assert donor_count(app) == 1
    # Another number goes on: the visitor had mistyped hers.
    donor.fill(window.screens.contact.widgets["cin"], "JA440001")
    donor.tap_next()
    donor.sees("register_blood")


def test_after_three_tries_on_the_registration_page_only_staff_can_help(
    qtbot, make_window, donor_at, app, returning_donor
):
    returning_donor()
    window = make_window()
    donor = donor_at(window)
    register_with_cin(donor, window, "BK123456", date(1990, 1, 1))
    for _attempt in range(MAX_TRIES - 1):
        assert window.current == "register_contact"
        donor.tap_next()
    donor.sees("not_matched")
    screen = window.screens.not_matched
    assert not screen.again.isVisible() and not screen.back_button.isVisible()
    assert donor_count(app) == 1


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_cin_holder_registering_again_is_recognised_by_her_birth_date(
    qtbot, make_window, donor_at, app, returning_donor, lang
):
    salma_id = returning_donor()
    window = make_window()
    donor = donor_at(window)
    register_with_cin(donor, window, "BK123456", SALMA_BORN)
    donor.sees("confirm")
    assert window.screens.confirm.who.text() == "S\u2026a B."
    if lang == "ar":
        donor.tap(window.header.language)  # the masked name follows the language
        qtbot.waitUntil(lambda: window.screens.confirm.who.text() == "س\u2026ى ب.")
    donor.tap(window.screens.confirm.yes)
    donor.sees("question")  # her consent was given before the pages: not asked twice
    donor.answer_all()
    donor.tap(window.screens.review.next_button)
    donor.sees("ticket")
    assert donor_count(app) == 1
    with app.db.read() as s:
        assert s.scalar(select(Visit.donor_id)) == salma_id
