"""The inspector's page for one selected layer: its declaration as a form, its shapes and problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from netbuilder.format import shape_text
from netbuilder.engine.registry import layer_kinds
from netbuilder.views import theme
from netbuilder.views.param_fields import ParamForm
from netbuilder.views.translation import translate


def heading(text: str) -> QLabel:
    return QLabel(text.upper(), objectName="sectionHeading")


class LayerEditor(QWidget):
    def __init__(self, document, node_id: int, parent=None):
        super().__init__(parent)
        self.document = document
        self.node_id = node_id
        node = document.pipeline.node(node_id)
        self.kind = node.kind
        self.cls = layer_kinds().get(node.kind)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)

        head = QHBoxLayout()
        head.setSpacing(10)
        icon = QLabel()
        category = self.cls.category if self.cls else None
        theme.styled(icon, lambda _pal: icon.setPixmap(theme.category_icon(category).pixmap(32, 32)))
        icon.setFixedSize(32, 32)
        title_box = QVBoxLayout()
        title_box.setSpacing(0)
        self.title = QLabel(node.kind, objectName="inspectorTitle")
        category = QLabel(translate("Layers", self.cls.category) if self.cls else translate("LayerEditor", "unknown kind"), objectName="muted")
        title_box.addWidget(self.title)
        title_box.addWidget(category)
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(title_box, 1)
        layout.addLayout(head)

        if self.cls is not None:
            doc = QLabel(theme.doc_html(translate("Layers", self.cls.doc)), objectName="muted")
            doc.setTextFormat(Qt.TextFormat.RichText)
            doc.setWordWrap(True)
            layout.addWidget(doc)

        facts = QFrame(objectName="factsBox")
        grid = QGridLayout(facts)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        self.facts: dict[str, QLabel] = {}
        for row, (key, label) in enumerate((("in", translate("LayerEditor", "Input")), ("out", translate("LayerEditor", "Output")), ("params", translate("LayerEditor", "Parameters")),
                                            ("macs", translate("LayerEditor", "Multiply-adds")))):
            name = QLabel(label, objectName="muted")
            value = QLabel()
            value.setFont(theme.mono_font())
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.facts[key] = value
        grid.setColumnStretch(1, 1)
        facts.setToolTip(translate("LayerEditor", "Computed from the input shape and the layers above; per sample"))
        layout.addWidget(facts)

        self.problem = QLabel(objectName="fieldProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

        self.form = None
        if self.cls is not None and self.cls.PARAMS:
            layout.addWidget(heading(translate("LayerEditor", "Parameters")))
            self.form = ParamForm(self.cls.PARAMS)
            self.form.edited.connect(self._edited)
            layout.addWidget(self.form)
        elif self.cls is not None:
            layout.addWidget(QLabel(translate("LayerEditor", "This layer has no settings."), objectName="muted"))
        layout.addStretch(1)
        self.refresh()

    def widget_for(self, issue):
        field = self.form.fields.get(issue.param.split(".")[0]) if self.form is not None else None
        return field.editor if field is not None else None

    def _edited(self, name: str, value) -> None:
        self.document.set_layer_param(self.node_id, name, value)

    def refresh(self) -> None:
        node = self.document.pipeline.node(self.node_id)
        report = self.document.analysis.reports.get(self.node_id)
        issues = self.document.analysis.issues_for(self.node_id)
        if self.form is not None:
            self.form.set_values(node.params)
            self.form.set_problems({i.param.split(".")[0]: i.message for i in issues if i.param})
        fields = self.form.fields if self.form is not None else {}
        whole = [i.message if not i.param else f"{i.param}: {i.message}"
                 for i in issues if i.param.split(".")[0] not in fields]  # not shown under a field
        self.problem.setText("\n".join(f"⚠ {m}" for m in whole))
        self.problem.setVisible(bool(whole))
        ok = report is not None and report.output_shape is not None
        self.facts["in"].setText(shape_text(report.input_shape) if report else "?")
        self.facts["out"].setText(shape_text(report.output_shape) if ok else "?")
        self.facts["params"].setText(f"{report.param_count:,}" if ok else "–")
        self.facts["macs"].setText(f"{report.macs:,}" if ok else "–")
