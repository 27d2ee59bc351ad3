"""The questionnaire as a donor lives it: few screens, a donation elsewhere that
counts, and every screen speaking to a woman as a woman and to a man as a man."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kiosk.domain.eligibility import AnswerKind, default_pack, say
from kiosk.domain.validation import DonorDetails
from kiosk.i18n.typography import typeset
from kiosk.storage import registration
from kiosk.storage.models import Deferral, QuestionnaireResponse, Visit

PACK = default_pack()
MORNING = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)  # the kiosk's `app` clock: 2 December 2025
CARDS = {"F": "Fq8Lm2Tr5Vx1Bn7Kd4Hs0w", "M": "Mq8Lm2Tr5Vx1Bn7Kd4Hs0w"}
BORN = date(1991, 5, 5)
NEUTRAL_MARKS = ("(e)", "(ة)", "(ـة)")


def card_donor(app, sex: str) -> int:
    """A registered donor with a card and no donation yet (so: every question)."""
    names = {"F": ("Salma", "سلمى"), "M": ("Karim", "كريم")}[sex]
    with app.db.write() as s:
        donor = registration.create_donor(
            s,
            DonorDetails(
                sex=sex,
                birth_date=BORN,
                first_name_latin=names[0],
                last_name_latin="Tazi",
                first_name_ar=names[1],
                last_name_ar="التازي",
                phone="+212661000077" if sex == "M" else "+212661000078",
            ),
            "2025-01.0",
            MORNING,
        )
        donor.card_token = CARDS[sex]
        s.flush()
        return donor.id


def to_questions(qtbot, window, donor, sex: str, lang: str) -> None:
    donor.tap(window.welcome.buttons["ar"] if lang == "ar" else window.welcome.buttons["fr"])
    donor.tap(window.screens.path.card)
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, CARDS[sex])
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    donor.gives_birth_date(BORN)
    donor.tap(window.screens.confirm.yes)
    donor.tap(window.screens.consent.accept)
    donor.sees("question")


@pytest.mark.parametrize("sex", ["F", "M"])
def test_a_woman_answering_no_to_everything_sees_at_most_20_question_screens_and_a_man_fewer(
    qtbot, make_window, donor_at, app, sex
):
    card_donor(app, sex)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, sex, "fr")
    progress = window.screens.question.progress
    shown = donor.answer_all()
    donor.sees("review")
    assert progress.maximum() == shown == len(window.questions)  # the bar counts screens, not rules
    assert progress.value() == shown
    # Every question of the pack for this donor was answered, on those few screens.
    assert set(window.flow.answers) == {q.id for q in PACK.questions_for(sex, True)}
    women, men = len(PACK.steps_for("F", True)), len(PACK.steps_for("M", True))
    assert shown == (women if sex == "F" else men)
    assert women <= 20 and men < women


def test_a_donor_who_gave_elsewhere_30_days_ago_is_deferred_with_the_right_date(qtbot, make_window, donor_at, app):
    """Salma gave at another campaign on 2 November 2025, 30 days before this one. She
    picks "November 2025"; the kiosk records the last day of that month (the safe side),
    30 November, and a woman waits 84 days: she may give from 22 February 2026."""
    card_donor(app, "F")
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, "F", "fr")
    screen = window.screens.question
    assert screen.step.id == "donated_elsewhere"
    assert screen.text.text().startswith("Au cours des 12 derniers mois, avez-vous donné votre sang ailleurs")
    donor.answer_all({"donated_elsewhere": (2025, 11)})
    donor.sees("review")
    donor.tap(window.screens.review.next_button)
    donor.sees("deferred")
    deferred = window.screens.deferred
    assert deferred.heading.text() == "Merci d’être venue"
    assert deferred.text.text() == (
        "Merci de votre générosité. Vous pourrez donner votre sang à partir du \u206822\u00a0février\u00a02026\u2069."
    )
    assert deferred.reasons.text() == (
        "\u2022 Un don de sang récent\u00a0: vous pourrez donner à partir du \u206822\u00a0février\u00a02026\u2069."
    )
    with app.db.read() as s:
        deferral = s.scalar(select(Deferral))
        assert (deferral.until, deferral.reason, deferral.permanent) == (date(2026, 2, 22), "interval", False)
        assert s.scalar(select(Visit)).status == "deferred"
        answers = s.scalar(select(QuestionnaireResponse)).answers
        assert answers["donated_elsewhere"] == "2025-11-30"


def _forms(text, lang: str) -> tuple[str, str] | None:
    """(feminine, masculine) when the pack words them differently, else None."""
    if text is None:
        return None
    feminine, masculine = typeset(say(text, lang, "F"), lang), typeset(say(text, lang, "M"), lang)
    return (feminine, masculine) if feminine != masculine else None


def _check(shown: str, text, lang: str, sex: str, addressed: list[str]) -> None:
    """`shown` is the pack's form for this sex, never the other one."""
    assert shown == typeset(say(text, lang, sex), lang)  # as French typography sets it
    forms = _forms(text, lang)
    if forms is not None:
        other = forms[1] if sex == "F" else forms[0]
        assert shown != other
        addressed.append(shown)


@pytest.mark.parametrize(("lang", "sex"), [("ar", "F"), ("ar", "M"), ("fr", "F"), ("fr", "M")])
def test_every_screen_addresses_a_woman_in_the_feminine_and_a_man_in_the_masculine(
    qtbot, make_window, donor_at, app, lang, sex
):
    card_donor(app, sex)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, sex, lang)
    screen = window.screens.question
    addressed: list[str] = []
    while window.current == "question":
        step = screen.step
        for text in screen.texts():
            assert not any(mark in text for mark in NEUTRAL_MARKS), (sex, step.id, text)
        _check(screen.text.text(), step.text if step.grouped else step.questions[0].text, lang, sex, addressed)
        # A sensitive question says on screen that only the medical team reads the answer.
        assert screen.confidential.isVisible() == step.sensitive
        if step.sensitive:
            assert (
                screen.confidential.text()
                == {
                    "ar": "إجابتك سرية: لا يطّلع عليها إلا الطاقم الطبي.",
                    "fr": "Votre réponse est confidentielle\u00a0: seule l’équipe médicale la lit.",
                }[lang]
            )
        dated = next((q for q in step.questions if q.kind is AnswerKind.DATE), None)
        if dated is not None:  # the "when?" of this screen speaks to the donor too
            donor.tap(screen.yes)
            if step.grouped:
                donor.tap(screen.choice_for(dated.id))
                for text in screen.texts():
                    assert not any(mark in text for mark in NEUTRAL_MARKS), (sex, step.id, text)
                donor.tap(screen.which_ok)
            assert screen.asking_when
            _check(screen.when.text(), dated.when, lang, sex, addressed)
            for text in screen.texts():
                assert not any(mark in text for mark in NEUTRAL_MARKS), (sex, step.id, text)
            while screen.go_back():
                pass
        donor.tap(screen.no)
    donor.sees("review")
    review = window.screens.review
    for (question, _value, _step), (text, _shown) in zip(review.rows, review.list.texts(), strict=True):
        _check(text, question.text, lang, sex, addressed)
    donor.tap(review.next_button)
    donor.sees("ticket")
    ticket = window.screens.ticket
    advice = PACK.rule("meal").advice
    _check(ticket.advice.text().removeprefix("\u2022 "), advice, lang, sex, addressed)
    _check(ticket.message.text(), PACK.texts["eligible"], lang, sex, addressed)
    if lang == "ar":
        assert ticket.ahead.text() == {"F": "لا أحد قبلكِ: أنتِ التالية.", "M": "لا أحد قبلك: أنت التالي."}[sex]
        assert len(addressed) >= 40  # nearly every question screen, its "when?" and review line
    else:
        assert len(addressed) >= 8  # guérie / guéri, vaccinée / vacciné, opérée / opéré, revenue / revenu…


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_change_on_the_review_brings_back_that_question_then_the_review(qtbot, make_window, donor_at, app, lang):
    """The review's rows are drawn by one widget: its "Change" buttons are still
    buttons to the donor (on the leading or trailing side as the language reads)."""
    card_donor(app, "F")
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, "F", lang)
    donor.answer_all()
    donor.sees("review")
    review = window.screens.review
    row = next(
        i
        for i, (q, _value, step) in enumerate(review.rows)
        if i > 0 and q.kind is AnswerKind.YES_NO and not window.questions[step].grouped
    )
    question = review.rows[row][0]
    edit, text = review.list.button_rect(row), review.list.texts()[row][0]
    assert text == typeset(say(question.text, lang, "F"), lang)
    assert (edit.center().x() < review.list.width() // 2) == (lang == "ar")  # "Change" at the end of the line
    donor.tap(review.list, edit.center())
    donor.sees("question")
    assert question in window.screens.question.step.questions
    donor.tap(window.screens.question.yes)
    donor.sees("review")
    answers = review.list.texts()
    assert answers[row][1] == ("نعم" if lang == "ar" else "Oui")
    assert [a for i, (_q, a) in enumerate(answers) if i != row] == ["لا" if lang == "ar" else "Non"] * (
        len(answers) - 1
    )
