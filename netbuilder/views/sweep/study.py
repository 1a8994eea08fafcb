"""Run ▸ Studies: the classic comparisons of resources/studies, one dialog each: what the study
compares and how it scales the inputs, the data (built-in by default, or a cifar10: folder), seeds
and parallel runs; then the same progress, Cancel and spread as any sweep."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from netbuilder.runs import sweep_plan as plan
from netbuilder.runs.sweep_study import load_study, study_data, study_epochs
from netbuilder.views.sweep.dialog import SweepDialog
from netbuilder.views.translation import translate


class StudyDialog(SweepDialog):
    def __init__(self, name: str, folder=None, parent=None):
        self.study_definition, self.study = load_study(name)
        super().__init__({"name": self.study.get("title", name)}, folder=folder, parent=parent)
        self.setWindowTitle(translate("SweepStudy", "Study: {0}").format(self._t(self.study.get('title', name))))

    @staticmethod
    def _t(text: str) -> str:
        """A bundled study's own text (title, description, scaling) from the catalogue's "Studies"."""
        return translate("Studies", text) if text else text

    def _form_page(self) -> QWidget:
        import os
        page = QWidget()
        layout = QVBoxLayout(page)
        for text, bold in ((self._t(self.study.get("title", "")), True), (self._t(self.study.get("description", "")), False),
                           (translate("SweepStudy", "Inputs: {0}").format(self._t(self.study.get('scaling', ''))), False)):
            label = QLabel(f"<b>{text}</b>" if bold else text)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        self.data = QLineEdit(self.study.get("data") or "")
        self.data.setToolTip(translate("SweepStudy", "A built-in set runs anywhere; for the write-ups' task give cifar10:FOLDER "
                             "(airplane vs ship is added) and the networks' own epochs are used."))
        self.seeds = QSpinBox()
        self.seeds.setRange(1, 1000)
        self.seeds.setValue(len(self.study_definition.seeds))
        self.jobs = QSpinBox()
        self.jobs.setRange(1, max(1, os.cpu_count() or 1) * 4)
        self.jobs.setValue(max(1, os.cpu_count() or 1))
        form.addRow(translate("SweepStudy", "Data"), self.data)
        form.addRow(translate("SweepStudy", "Seeds"), self.seeds)
        form.addRow(translate("SweepStudy", "Parallel runs"), self.jobs)
        layout.addLayout(form)
        self.rows, self.swaps = [], []
        self.count = QLabel()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("problemText")
        layout.addWidget(self.count)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.start = buttons.addButton(translate("SweepStudy", "Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start.clicked.connect(self.start_sweep)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.seeds.valueChanged.connect(self._update_count)
        return page

    def definition(self) -> plan.SweepDefinition:
        definition, doc = load_study(self.study["name"])
        definition.data = study_data(doc, self.data.text().strip() or None)
        definition.epochs = study_epochs(doc, definition.data)
        definition.seeds = list(range(self.seeds.value()))
        return definition
