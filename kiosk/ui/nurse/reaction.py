"""The nurse station's "Reaction" tab: an adverse reaction during or after the donation.

Big choices a nurse taps with one hand while the other holds a compress: the
kind (as the report counts it), during or after, the time (now by default), and
what was done. One button records it (audited, counted at once on the
organiser station); the reactions already recorded for this visit stay listed
below, so nobody records the same one twice without seeing it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import reactions
from kiosk.domain import staff as perms
from kiosk.domain.clock import CASABLANCA, to_local
from kiosk.printing import report_labels as R
from kiosk.printing.labels import QT_TRANSLATE_NOOP
from kiosk.ui.widgets import isolate, label

if TYPE_CHECKING:
    from kiosk.storage.visit_view import VisitDetails
    from kiosk.ui.nurse.context import StationContext

CONTEXT = "NurseReaction"

# Looked up at display time in the station's language.
ACTION_TEXTS = {
    "observation": QT_TRANSLATE_NOOP("NurseReaction", "Kept under observation"),
    "legs_raised": QT_TRANSLATE_NOOP("NurseReaction", "Lying down, legs raised"),
    "fluids": QT_TRANSLATE_NOOP("NurseReaction", "Drink or sugar given"),
    "cold_compress": QT_TRANSLATE_NOOP("NurseReaction", "Cold compress"),
    "pressure": QT_TRANSLATE_NOOP("NurseReaction", "Pressure on the puncture"),
    "donation_stopped": QT_TRANSLATE_NOOP("NurseReaction", "Donation stopped"),
    "doctor_called": QT_TRANSLATE_NOOP("NurseReaction", "Doctor called"),
    "hospital_transfer": QT_TRANSLATE_NOOP("NurseReaction", "Sent to hospital"),
}


class ReactionTab(QWidget):
    """`recorded()` after a reaction was stored."""

    recorded = Signal()

    def __init__(self, context: StationContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.details: VisitDetails | None = None
        self.heading = label("section", align=Qt.AlignmentFlag.AlignLeading)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        kinds = QGridLayout()
        for index, kind in enumerate(reactions.KINDS):
            button = QRadioButton()
            button.setObjectName(f"reaction_{kind}")
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button, index // 2, index % 2)
        self.phase_group = QButtonGroup(self)
        self.during = QRadioButton()
        self.after = QRadioButton()
        self.after.setChecked(True)
        for button in (self.during, self.after):
            self.phase_group.addButton(button)
        self.time_label = label("field", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        phase = QHBoxLayout()
        phase.addWidget(self.during)
        phase.addWidget(self.after)
        phase.addStretch(1)
        phase.addWidget(self.time_label)
        phase.addWidget(self.time)
        self.actions_heading = label("field", align=Qt.AlignmentFlag.AlignLeading)
        self.action_boxes: dict[str, QCheckBox] = {}
        actions = QGridLayout()
        for index, action in enumerate(reactions.ACTIONS):
            box = QCheckBox()
            box.setObjectName(f"action_{action}")
            self.action_boxes[action] = box
            actions.addWidget(box, index // 2, index % 2)
        self.record_button = QPushButton()
        self.record_button.setObjectName("primary")
        self.history: QLabel = label("facts")
        self.history.setWordWrap(True)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addLayout(kinds)
        outer.addLayout(phase)
        outer.addWidget(self.actions_heading)
        outer.addLayout(actions)
        outer.addWidget(self.record_button)
        outer.addWidget(self.history)
        outer.addStretch(1)
        self.record_button.clicked.connect(self.record)
        self.kind_group.buttonToggled.connect(lambda *_: self._enable())
        self.translate_ui()

    def translate_ui(self) -> None:
        words = self.context.words
        translate = words.translate
        self.heading.setText(translate("NurseReaction", "Adverse reaction during or after the donation"))
        for kind, button in self.kind_buttons.items():
            button.setText(translate(R.CONTEXT, R.REACTION_KINDS[kind]))
        self.during.setText(translate("NurseReaction", "During the donation"))
        self.after.setText(translate("NurseReaction", "After the donation"))
        self.time_label.setText(translate("NurseReaction", "At"))
        self.actions_heading.setText(translate("NurseReaction", "What was done"))
        for action, box in self.action_boxes.items():
            box.setText(translate(CONTEXT, ACTION_TEXTS[action]))
        self.record_button.setText(translate("NurseReaction", "Record the reaction"))
        self._show_history()

    def set_details(self, details: VisitDetails | None) -> None:
        changed = details is None or self.details is None or details.visit_id != self.details.visit_id
        self.details = details
        if changed:
            self._reset()
        self._show_history()
        self._enable()

    def _reset(self) -> None:
        self.kind_group.setExclusive(False)
        for button in self.kind_buttons.values():
            button.setChecked(False)
        self.kind_group.setExclusive(True)
        self.after.setChecked(True)
        for box in self.action_boxes.values():
            box.setChecked(False)
        now = to_local(self.context.app.now())
        self.time.setTime(QTime(now.hour, now.minute))

    def _enable(self) -> None:
        details = self.details
        open_ = details is not None and details.status in ("interview", "donated")
        allowed = self.context.may(perms.DECIDE)
        for widget in (*self.kind_buttons.values(), self.during, self.after, self.time, *self.action_boxes.values()):
            widget.setEnabled(open_ and allowed)
        self.record_button.setEnabled(open_ and allowed and self.chosen_kind() is not None)

    def chosen_kind(self) -> str | None:
        return next((kind for kind, button in self.kind_buttons.items() if button.isChecked()), None)

    def occurred_at(self) -> datetime:
        """The time picked, today at the venue, as UTC."""
        now_local = to_local(self.context.app.now())
        picked = self.time.time()
        local = datetime(
            now_local.year, now_local.month, now_local.day, picked.hour(), picked.minute(), tzinfo=CASABLANCA
        )
        return local.astimezone(self.context.app.now().tzinfo)

    def record(self) -> None:
        from kiosk.storage.reactions import record_reaction

        details, kind, actor = self.details, self.chosen_kind(), self.context.actor
        if details is None or kind is None or actor is None:
            return
        done = self.context.write(
            lambda s: (
                record_reaction(
                    s,
                    details.visit_id,
                    kind=kind,
                    phase="during" if self.during.isChecked() else "after",
                    actions=[a for a, box in self.action_boxes.items() if box.isChecked()],
                    occurred_at=self.occurred_at(),
                    actor=actor,
                    now=self.context.app.now(),
                ).id
            )
        )
        if done is not None:
            self.context.say(lambda: self.context.words.translate("NurseReaction", "Reaction recorded."))
            self._reset()
            self.recorded.emit()

    def _show_history(self) -> None:
        details = self.details
        translate = self.context.words.translate
        if details is None or not details.reactions:
            self.history.clear()
            return
        lines = [translate("NurseReaction", "Recorded for this visit:")]
        for seen in details.reactions:
            lines.append(
                f"{isolate(f'{to_local(seen.occurred_at):%H:%M}')} · "
                f"{translate(R.CONTEXT, R.REACTION_KINDS.get(seen.kind, seen.kind))}"
            )
        self.history.setText("\n".join(lines))
