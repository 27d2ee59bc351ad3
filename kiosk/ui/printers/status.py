"""The staff's view of the print queue: "Documents waiting to print: 3" and Retry.

Hidden while nothing waits. The last printer problem is shown under the count,
in the staff's words, until a retry clears it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.printers.queue import PrintQueue
from kiosk.ui.widgets import LinesLabel


class PrintStatus(QWidget):
    """Give it the station's PrintQueue; `translate` is the staff language's lookup
    (the nurse station's `Words.translate`), by default the application's;
    `detail_lines` keeps the problem to that many lines (elided, whole in its tooltip)."""

    def __init__(
        self,
        queue: PrintQueue,
        translate: Callable[[str, str], str] | None = None,
        parent: QWidget | None = None,
        *,
        detail_lines: int = 0,
    ):
        super().__init__(parent)
        self.setObjectName("print_status")
        self.queue = queue
        self._translate = translate or QCoreApplication.translate
        self.count = 0
        self.problem: tuple[str, str, str] | None = None  # (kind, code, printer) of the last failure
        self.summary = QLabel()
        self.summary.setObjectName("print_waiting")
        # `detail_lines`: the problem in that many lines at most (a top bar that must not grow).
        self.detail = LinesLabel("print_problem", detail_lines) if detail_lines else QLabel()
        self.detail.setObjectName("print_problem")
        self.detail.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("print_retry")
        self.retry_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.summary)
        texts.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.addLayout(texts, 1)
        row.addWidget(self.retry_button)
        self.retry_button.clicked.connect(self.retry)
        queue.changed.connect(self.set_count)
        queue.failed.connect(self._failed)
        self.translate_ui()
        self.set_count(queue.waiting())

    def set_translate(self, translate: Callable[[str, str], str]) -> None:
        """The staff switched language (their own catalogue, not the application's)."""
        self._translate = translate
        self.translate_ui()

    def translate_ui(self) -> None:
        translate = self._translate
        self.summary.setText(translate("PrintQueue", "Documents waiting to print: %1").replace("%1", str(self.count)))
        self.retry_button.setText(translate("PrintQueue", "Retry"))
        self.detail.setText(self.queue.message(*self.problem, translate=translate) if self.problem else "")
        self.detail.setVisible(self.problem is not None)

    def set_count(self, count: int) -> None:
        self.count = count
        if count == 0:
            self.problem = None
        self.translate_ui()
        self.setVisible(count > 0)

    def retry(self) -> int:
        self.problem = None
        self.translate_ui()
        return self.queue.retry()

    def _failed(self, _job_id: int, _message: str) -> None:
        self.problem = self.queue.last_problem
        self.translate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)
