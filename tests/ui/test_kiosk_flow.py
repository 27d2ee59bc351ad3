"""The donor kiosk driven as donors drive it: taps on the real buttons, typing on
the on-screen keyboard, a USB scanner typing a card, a printer that jams."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select

from kiosk.app import CONSENT_VERSION
from kiosk.domain.eligibility import say
from kiosk.i18n.typography import typeset
from kiosk.storage.models import Deferral, Donor, PrintJob, QuestionnaireResponse, Visit
from kiosk.ui.kiosk_station.result import PRINT_FAILED, PRINTED, PRINTING

MORNING = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
CARD = "c7Hn2Qe9XaLr4Vt1Kp0sMw"  # as the `returning_donor` fixture registers her
SALMA_BORN = date(1991, 5, 5)


def visible_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget) and label.text()]


def scan_card(qtbot, text: str) -> None:
    """A USB scanner: keystrokes into whatever has the focus, then Enter."""
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "scan"
    qtbot.keyClicks(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Return)


def wait_printed(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.screens.ticket.printing != PRINTING, timeout=10_000)


def test_first_time_donor_in_arabic_gets_a_printed_ticket(qtbot, qapp, make_window, donor_at, app, printer):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["ar"])
    donor.sees("path")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    donor.tap(window.screens.path.new)

    donor.sees("birth_date")  # the age first: nothing is typed before it is known
    assert not window.keyboard.isVisible()
    donor.birth_date(date(1994, 3, 14))
    assert window.screens.birth_date.picker.months.selectedItems()[0].text() == "مارس"
    donor.tap_next()

    donor.sees("consent")
    consent = window.screens.consent
    notice = consent.notice.text()
    assert "جمعية الياقوت الخيرية" in notice and "09-08" in notice and CONSENT_VERSION in notice
    donor.tap(consent.accept)

    donor.sees("register_names_ar")
    names = window.screens.names_ar
    assert window.keyboard.isVisible() and window.keyboard.current == "arabic"
    donor.type("فاطمة")
    donor.tap(names.widgets["last_name_ar"])
    donor.type("الزهراء")
    assert names.widgets["first_name_ar"].text() == "فاطمة"
    assert names.errors["first_name_ar"].text() == "✓"
    donor.tap_next()
    donor.sees("register_names_latin")  # the other alphabet may stay empty
    assert window.keyboard.current == "latin"
    donor.tap_next()

    donor.sees("register_about")
    assert not window.keyboard.isVisible()
    about = window.screens.about
    donor.tap(about.widgets["sex"].choices["F"])
    donor.tap_next()

    donor.sees("register_contact")
    contact = window.screens.contact
    assert window.keyboard.current == "cin"
    donor.type("JA123456")
    donor.fill(contact.widgets["phone"], "0661234567")
    assert window.keyboard.current == "phone"
    donor.tap_next()
    donor.sees("register_blood")
    donor.tap(window.screens.blood.widgets["blood_group"].choices["O+"])
    donor.tap_next()

    donor.sees("question")
    question = window.screens.question
    assert question.text.text() == say(window.questions[0].questions[0].text, "ar", "F")
    assert question.progress_text.text() == f"السؤال \u20661\u2069 من \u2066{len(window.questions)}\u2069"
    donor.answer_all()
    donor.sees("review")
    donor.tap(window.screens.review.next_button)

    donor.sees("ticket")
    ticket = window.screens.ticket
    assert ticket.number.text() == "001"
    assert ticket.ahead.text() == "لا أحد قبلكِ: أنتِ التالية."
    # She had not eaten: the advice is on the ticket screen (no deferral).
    assert ticket.advice.isVisible() and "تناولي وجبة خفيفة واشربي الماء" in ticket.advice.text()
    wait_printed(qtbot, window)
    assert ticket.printing == PRINTED
    assert ticket.print_status.text() == "يرجى أخذ تذكرتك المطبوعة."

    with app.db.read() as s:
        row = s.scalar(select(Donor))
        assert (row.first_name_ar, row.last_name_ar, row.first_name_latin) == ("فاطمة", "الزهراء", None)
        assert (row.cin, row.phone, row.sex, row.birth_date) == ("JA123456", "+212661234567", "F", date(1994, 3, 14))
        assert (row.blood_group, row.language, row.consent_version) == ("O+", "ar", CONSENT_VERSION)
        assert row.consent_at == MORNING
        visit = s.scalar(select(Visit))
        assert (visit.donor_id, visit.ticket, visit.status, visit.needs_staff) == (row.id, 1, "waiting", False)
        response = s.scalar(select(QuestionnaireResponse))
        assert (response.pack, response.outcome) == ("ma-amsd@1.2", "eligible")
        asked = [q.id for step in window.questions for q in step.questions]
        assert response.answers == dict.fromkeys(asked, False)  # every question asked, for the nurse
        job = s.scalar(select(PrintJob))
        assert (job.visit_id, job.status, job.attempts) == (visit.id, "printed", 1)
    assert printer.printed == [Path(job.pdf_path)]
    assert Path(job.pdf_path).read_bytes().startswith(b"%PDF")

    donor.tap(ticket.next_button)  # Finish: the next donor finds nothing
    donor.sees("welcome")
    assert window.flow.fields == {} and names.widgets["first_name_ar"].text() == ""


def test_returning_donor_with_a_card_in_french(qtbot, qapp, make_window, donor_at, app, returning_donor):
    donor_id = returning_donor()
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    donor.sees("path")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    donor.tap(window.screens.path.card)
    donor.sees("card")
    scan_card(qtbot, f"QC:{CARD}")

    donor.sees("birth_date")  # the card alone shows nothing: her birth date confirms it is her
    assert "Salma" not in " ".join(visible_texts(window))
    donor.birth_date(date(1991, 5, 5))
    donor.tap_next()
    donor.sees("confirm")
    confirm = window.screens.confirm
    shown = " ".join(visible_texts(confirm))
    assert confirm.who.text() == "S\u2026a B."
    for private in ("Salma", "Benjelloun", "BK123456", "42", "612345", "1991"):
        assert private not in shown  # the kiosk is public: never the record
    donor.tap(confirm.yes)
    donor.sees("consent")
    donor.tap(window.screens.consent.accept)

    donor.sees("question")  # no registration for a returning donor
    assert window.screens.question.yes.text() == "Oui"
    donor.answer_all()
    donor.sees("review")
    assert window.screens.review.next_button.text() == "Envoyer"
    donor.tap(window.screens.review.next_button)
    donor.sees("ticket")
    assert window.screens.ticket.number.text() == "001"
    assert window.screens.ticket.heading.text() == "Votre ticket"
    wait_printed(qtbot, window)

    with app.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Donor)) == 1
        row = s.get(Donor, donor_id)
        assert (row.consent_version, row.consent_at) == (CONSENT_VERSION, MORNING)  # accepted again, now
        visit = s.scalar(select(Visit))
        assert (visit.donor_id, visit.ticket, visit.status) == (donor_id, 1, "waiting")


def test_a_donor_back_from_the_dentist_is_told_when_to_come_back(qtbot, make_window, donor_at, app):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.new)
    donor.birth_date(date(1988, 7, 21))
    donor.tap_next()
    donor.tap(window.screens.consent.accept)
    donor.sees("register_names_latin")
    assert window.keyboard.current == "latin"
    for letter in "youssef":  # a name starts with a capital without touching shift
        donor.press(letter)
    assert window.screens.names_latin.widgets["first_name_latin"].text() == "Youssef"
    donor.fill(window.screens.names_latin.widgets["last_name_latin"], "Alaoui")
    donor.tap_next()
    donor.tap_next()  # no Arabic name: optional
    donor.sees("register_about")
    donor.tap(window.screens.about.widgets["sex"].choices["M"])
    donor.tap_next()
    donor.tap_next()  # no CIN, no phone
    donor.sees("register_blood")
    blood = window.screens.blood
    donor.tap_next()  # Next alone is no answer: "I don't know" is a choice to tap
    assert window.current == "register_blood"
    assert blood.errors["blood_group"].text() == "Veuillez choisir un groupe, ou «\u00a0Je ne sais pas\u00a0»."
    donor.tap(blood.widgets["blood_group"].choices[""])
    donor.tap_next()
    donor.sees("question")
    donor.answer_all({"dental_care": (2025, 11)})
    donor.sees("review")
    review = window.screens.review
    dental = next(i for i, (q, _value, _step) in enumerate(review.rows) if q.id == "dental_care")
    assert "novembre 2025" in review.list.texts()[dental][1]
    donor.tap(review.next_button)

    donor.sees("deferred")
    screen = window.screens.deferred
    assert screen.text.text() == (
        "Merci de votre générosité. Vous pourrez donner votre sang à partir du \u206830\u00a0mai\u00a02026\u2069."
    )
    assert screen.heading.text() == "Merci d’être venu"
    assert screen.reasons.text() == (
        "\u2022 Des soins dentaires récents\u00a0: vous pourrez donner à partir du \u206830\u00a0mai\u00a02026\u2069."
    )
    with app.db.read() as s:
        visit = s.scalar(select(Visit))
        assert (visit.status, visit.ticket) == ("deferred", None)
        deferral = s.scalar(select(Deferral))
        assert (deferral.until, deferral.permanent, deferral.reason) == (date(2026, 5, 30), False, "dental_care")
        response = s.scalar(select(QuestionnaireResponse))
        assert response.answers["dental_care"] == "2025-11-30"  # the last day of the month named
        assert {v for k, v in response.answers.items() if k != "dental_care"} == {False}
        assert s.scalar(select(func.count()).select_from(PrintJob)) == 0


def test_switching_language_in_the_middle_of_the_questionnaire(
    qtbot, qapp, make_window, donor_at, app, returning_donor
):
    returning_donor()
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["ar"])
    donor.tap(window.screens.path.card)
    scan_card(qtbot, CARD)
    donor.gives_birth_date(SALMA_BORN)
    donor.tap(window.screens.confirm.yes)
    donor.tap(window.screens.consent.accept)
    question = window.screens.question
    donor.tap(question.no)  # no donation elsewhere
    donor.tap(question.yes)  # today: one of these
    today = window.questions[1]
    assert question.choosing and question.text.text() == say(today.text, "ar", "F")
    assert question.choice_for("medication").text() == today.questions[1].item["ar"]

    donor.tap(window.header.language)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.flow.language == "fr"
    # Qt delivers LanguageChange through the event loop: the screen follows at once after.
    qtbot.waitUntil(lambda: question.text.text() == typeset(today.text["fr"], "fr"), timeout=1000)
    assert question.choice_for("medication").text() == today.questions[1].item["fr"]
    assert question.progress_text.text() == f"Question \u20662\u2069 sur \u2066{len(window.questions)}\u2069"
    assert (question.which_ok.text(), question.back_button.text()) == ("Suivant", "Retour")
    assert window.header.language.text() == "العربية"
    donor.tap(question.choice_for("medication"))
    donor.tap(question.which_ok)
    assert question.step.id == "pregnancy_now"
    donor.tap(question.back_button)
    assert question.text.text() == typeset(today.text["fr"], "fr") and not question.choosing
    assert window.flow.answers == {"donated_elsewhere": None, "feels_unwell": False, "medication": True}
    donor.tap(question.yes)
    assert question.choice_for("medication").isChecked()  # her answer, kept
    donor.tap(question.which_ok)
    donor.answer_all()
    donor.sees("review")
    review = window.screens.review
    rows = {q.id: shown for (q, _v, _s), (_t, shown) in zip(review.rows, review.list.texts(), strict=True)}
    assert (rows["medication"], rows["feels_unwell"], rows["donated_elsewhere"]) == ("Oui", "Non", "Non")
    donor.tap(review.next_button)
    donor.sees("ticket")
    assert window.screens.ticket.nurse.text() == "Un membre de l’équipe médicale parlera avec vous avant le don."
    with app.db.read() as s:
        assert s.scalar(select(QuestionnaireResponse)).outcome == "refer"


def test_inactivity_discards_everything_typed(qtbot, qapp, make_window, donor_at, switch):
    window = make_window(idle_ms=150, countdown_ms=400)
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.new)
    donor.gives_birth_date(date(1990, 6, 1))
    donor.tap(window.screens.consent.accept)
    donor.type("Nadia")
    overlay = window.idle_overlay
    qtbot.waitUntil(overlay.isVisible, timeout=3000)
    assert overlay.heading.text() == "Êtes-vous toujours là\u202f?"
    donor.tap(overlay.resume)  # a touch: the donor is there, nothing is lost
    assert not overlay.isVisible()
    assert window.screens.names_latin.widgets["first_name_latin"].text() == "Nadia"

    qtbot.waitUntil(overlay.isVisible, timeout=3000)
    with qtbot.waitSignal(window.shown, timeout=3000, check_params_cb=lambda name: name == "welcome"):
        pass
    assert not overlay.isVisible()
    assert window.current == "welcome"
    assert window.flow.fields == {} and window.flow.consent_at is None
    assert window.screens.names_latin.widgets["first_name_latin"].text() == ""
    assert switch.language == "ar" and not window.keyboard.isVisible()


def test_every_field_explains_what_is_wrong(qtbot, make_window, donor_at, app, returning_donor):
    returning_donor(card="other-card")  # owns CIN BK123456
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])

    # The CIN of a returning donor without a card, and an unknown card.
    donor.tap(window.screens.path.cin)
    cin = window.screens.cin
    donor.type("12AB")
    donor.tap(cin.next_button)
    assert cin.error.text() == "1 ou 2 lettres, puis des chiffres\u00a0: AB123456."
    donor.tap(cin.back_button)
    donor.tap(window.screens.path.card)
    scan_card(qtbot, "QC:no-such-card")
    assert window.screens.card.error.text() == (
        "Cette carte n’a pas été reconnue. Veuillez réessayer, ou utiliser le numéro de votre carte d’identité."
    )
    donor.tap(window.screens.card.back_button)

    donor.tap(window.screens.path.new)
    birth = window.screens.birth_date
    donor.tap_next()
    assert birth.error.text() == "Veuillez choisir le jour, le mois et l’année."
    donor.birth_date(date(2025, 12, 31))
    donor.tap_next()
    assert birth.error.text() == "Cette date est dans le futur."
    donor.birth_date(date(1990, 12, 31))
    assert not birth.error.isVisible()
    donor.tap_next()
    donor.tap(window.screens.consent.accept)
    latin = window.screens.names_latin
    donor.type("Fatima3")
    assert latin.errors["first_name_latin"].text() == "Des lettres uniquement, s’il vous plaît."
    donor.fill(latin.widgets["first_name_latin"], "فاطمة")
    assert latin.errors["first_name_latin"].text() == "Veuillez écrire en lettres latines ici."
    donor.fill(latin.widgets["first_name_latin"], "F")
    assert latin.errors["first_name_latin"].text() == "Au moins deux lettres, s’il vous plaît."
    donor.fill(latin.widgets["first_name_latin"], "Fatima")
    donor.tap_next()
    assert window.current == "register_names_latin"
    assert latin.errors["last_name_latin"].text() == "Veuillez écrire ce nom."
    donor.type("Zahra")
    donor.tap_next()

    arabic = window.screens.names_ar
    donor.type("Zahra")
    assert arabic.errors["first_name_ar"].text() == "Veuillez écrire en lettres arabes ici."
    donor.fill(arabic.widgets["first_name_ar"], "")
    donor.tap_next()

    about = window.screens.about
    donor.tap_next()
    assert about.errors["sex"].text() == "Veuillez choisir."
    donor.tap(about.widgets["sex"].choices["F"])
    donor.tap_next()

    contact = window.screens.contact
    donor.type("123")
    assert contact.errors["cin"].text() == "1 ou 2 lettres, puis des chiffres\u00a0: AB123456."
    donor.fill(contact.widgets["phone"], "0512")
    assert contact.errors["phone"].text() == "10 chiffres, par exemple 0612345678."
    donor.fill(contact.widgets["phone"], "+33612345678")
    assert contact.errors["phone"].text() == "Un numéro marocain, s’il vous plaît."
    donor.fill(contact.widgets["phone"], "0612345678")
    donor.fill(contact.widgets["cin"], "bk123456")
    assert contact.errors["cin"].text() == "✓"
    donor.tap_next()
    assert window.current == "register_contact"
    # Someone else's CIN: words that say nothing of its holder (tests/ui/test_kiosk_privacy.py).
    assert contact.errors["cin"].text() == "Vérifiez le numéro ou demandez à l’équipe."

    donor.tap(window.header.language)  # the messages follow the language
    qtbot.waitUntil(lambda: contact.errors["cin"].text() == "تحقق من الرقم أو اسأل الطاقم.", timeout=1000)
    assert contact.errors["phone"].text() == "✓"


def test_a_jammed_printer_loses_nothing(qtbot, make_window, donor_at, app, printer, returning_donor):
    returning_donor()
    printer.fail = True
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["ar"])
    donor.tap(window.screens.path.card)
    scan_card(qtbot, CARD)
    donor.gives_birth_date(SALMA_BORN)
    donor.tap(window.screens.confirm.yes)
    donor.tap(window.screens.consent.accept)
    donor.answer_all()
    donor.tap(window.screens.review.next_button)
    donor.sees("ticket")
    wait_printed(qtbot, window)
    ticket = window.screens.ticket
    assert ticket.printing == PRINT_FAILED
    assert ticket.number.text() == "001"  # the donor still has their number
    assert ticket.print_status.text() == "الطابعة لا تعمل. يرجى إظهار هذا الرقم للممرض(ة): تذكرتك محفوظة."
    # One thing said: no "take your ticket" above a printer that printed nothing.
    said = " ".join(visible_texts(ticket))
    assert "أخذ" not in said and "خذي" not in said and "خذ " not in said
    assert "يُرجى حفظ الرقم المعروض هنا" in ticket.message.text()
    with app.db.read() as s:
        visit = s.scalar(select(Visit))
        assert (visit.ticket, visit.status) == (1, "waiting")
        job = s.scalar(select(PrintJob))
        assert (job.visit_id, job.status, job.attempts, job.last_error) == (visit.id, "failed", 1, "out of paper")
    assert Path(job.pdf_path).read_bytes().startswith(b"%PDF")  # kept for the nurse station to print
