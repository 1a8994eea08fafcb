"""The inspector's page when no layer is selected: the network's input, data, loss and training.

Loss, optimizer and schedule are each a kind chosen from the engine's table plus that kind's
declared parameters, so the fields here come from the same declarations that validate the file.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPlainTextEdit, QToolButton, QVBoxLayout, QWidget)

from netbuilder.format import shape_text
from netbuilder.engine.losses import LOSSES
from netbuilder.engine.optim import OPTIMIZERS, SCHEDULES
from netbuilder.engine.spec import (AUGMENTATIONS, DEFAULT_LOSS, DEFAULT_OPTIMIZER, DEFAULT_SCHEDULE,
                                    TRAINING_PARAMS)
from netbuilder.model.pipeline import UNSET
from netbuilder.views.layer_editor import heading
from netbuilder.views.param_fields import ParamForm, form_label
from netbuilder.views.translation import translate


def data_spec_help() -> str:
    """The SPEC forms, generated from the data sources' own declarations (data/source_info.py)."""
    from netbuilder.data import describe_spec_syntax
    return describe_spec_syntax()


def with_target(spec: str, scheme: str, target: str) -> str:
    """`spec` pointed at a new file or folder: its options are kept when the scheme stays the same."""
    old_scheme, _, rest = (spec or "").partition(":")
    query = rest.partition("?")[2] if old_scheme.strip().lower() == scheme else ""
    return f"{scheme}:{target}" + (f"?{query}" if query else "")


def parse_shape(text: str) -> list[int] | None:
    """ "1 × 28 × 28", "1,28,28" or "784" -> a list of ints; None when it is not that."""
    parts = [p for p in re.split(r"[\s,x×*()\[\]]+", text.strip()) if p]
    if not parts or not all(p.isdigit() for p in parts):
        return None
    return [int(p) for p in parts]


class KindForm(QWidget):
    """A kind combo (loss, optimizer or schedule) and the chosen kind's parameters."""

    edited = Signal(object, object)  # path relative to this setting (tuple), value

    def __init__(self, table: dict, default: dict, label: str, parent=None):
        super().__init__(parent)
        self.table = table
        self.default = default
        self.kind = None
        self.combo = QComboBox()
        for kind, cls in table.items():
            self.combo.addItem(kind, kind)
            self.combo.setItemData(self.combo.count() - 1, translate("Layers", cls.doc), Qt.ItemDataRole.ToolTipRole)
        self.combo.setToolTip(translate("SettingsEditor", "The {0}; each choice's formula shows on hover").format(label))
        self.combo.activated.connect(self._kind_chosen)
        self.doc = QLabel(objectName="muted")
        self.doc.setWordWrap(True)
        self.problem = QLabel(objectName="fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.form_holder = QVBoxLayout()
        self.form_holder.setContentsMargins(0, 0, 0, 0)
        self.form: ParamForm | None = None
        top = QFormLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setHorizontalSpacing(10)
        top.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        top.addRow(form_label(translate("ParamLabels", "type"), translate("SettingsEditor", "Which {0}").format(label)), self.combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.doc)
        layout.addWidget(self.problem)
        layout.addLayout(self.form_holder)

    def set_value(self, raw) -> None:
        raw = raw if isinstance(raw, dict) else self.default
        kind = raw.get("type")
        if kind != self.kind:
            self.kind = kind
            index = self.combo.findData(kind)
            self.combo.setCurrentIndex(index)
            if self.form is not None:
                self.form.deleteLater()
                self.form = None
            cls = self.table.get(kind)
            self.doc.setText(translate("Layers", cls.doc) if cls else translate("SettingsEditor", '"{0}" is not a known choice').format(kind))
            if cls is not None and cls.PARAMS:
                self.form = ParamForm(cls.PARAMS)
                self.form.edited.connect(lambda name, value: self.edited.emit((name,), value))
                self.form_holder.addWidget(self.form)
        if self.form is not None:
            self.form.set_values(raw)

    def set_problems(self, problems: dict[str, str]) -> None:
        """Problems by path relative to this setting; "" and "type" concern the choice itself."""
        whole = [problems[k] for k in ("", "type") if problems.get(k)]
        self.problem.setText("\n".join(whole))
        self.problem.setVisible(bool(whole))
        if self.form is not None:
            self.form.set_problems(problems)

    def _kind_chosen(self, index: int) -> None:
        kind = self.combo.itemData(index)
        if kind != self.kind:
            self.edited.emit((), {"type": kind})


class SettingsEditor(QWidget):
    def __init__(self, document, dialogs, parent=None):
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        title = QLabel(translate("SettingsEditor", "Network settings"), objectName="inspectorTitle")
        hint = QLabel(translate("SettingsEditor", "Select a layer to edit it; these apply to the whole network."), objectName="muted")
        hint.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(hint)

        # --- network --------------------------------------------------------------------------
        self.name = QLineEdit(placeholderText="untitled")
        self.name.setToolTip(translate("SettingsEditor", "The network's name, shown in the title bar and in reports"))
        self.name.textEdited.connect(lambda t: self._set(("name",), t or UNSET))
        self.description = QPlainTextEdit(placeholderText=translate("SettingsEditor", "What this network is for (optional)"))
        self.description.setToolTip(translate("SettingsEditor", "Free text saved with the network"))
        self.description.setFixedHeight(64)
        self.description.textChanged.connect(
            lambda: self._set(("description",), self.description.toPlainText() or UNSET))
        layout.addWidget(heading(translate("SettingsEditor", "Network")))
        layout.addLayout(self._form([(translate("ParamLabels", "name"), self.name),
                                     (translate("ParamLabels", "description"), self.description)]))

        # --- input and data -------------------------------------------------------------------
        self.shape = QLineEdit(placeholderText=translate("SettingsEditor", "e.g. 1 × 28 × 28 or 784"))
        self.shape.setToolTip(translate("SettingsEditor", "One sample's shape: channels × height × width for images, or a single "
                              "number of features"))
        self.shape.textEdited.connect(self._shape_edited)
        self.shape_problem = self._problem_label()
        self.data = QLineEdit(placeholderText="builtin:shapes")
        self.data.setToolTip(translate("SettingsEditor", "<p style='white-space:pre'>Where the samples come from, as a SPEC:<br><tt>{0}</tt></p>").format(data_spec_help()))
        self.data.textEdited.connect(lambda t: self._set(("data",), t.strip() or UNSET))
        browse = QToolButton(text="…", objectName="browseButton")
        browse.setToolTip(translate("SettingsEditor", "Choose a built-in set, a file or a folder"))
        browse.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        browse.setMenu(self._data_menu())
        self.browse = browse
        data_row = QHBoxLayout()
        data_row.setSpacing(4)
        data_row.addWidget(self.data, 1)
        data_row.addWidget(browse)
        self.data_problem = self._problem_label()
        layout.addWidget(heading(translate("SettingsEditor", "Input & data")))
        layout.addLayout(self._form([(translate("SettingsEditor", "input shape"), self._stack(self.shape, self.shape_problem)),
                                     (translate("ParamLabels", "data"), self._stack(data_row, self.data_problem))]))

        # --- loss and training ----------------------------------------------------------------
        self.loss = KindForm(LOSSES, DEFAULT_LOSS, "loss")
        self.loss.edited.connect(lambda path, v: self._kind_edited(("loss",), self.loss, path, v))
        layout.addWidget(heading(translate("SettingsEditor", "Loss")))
        layout.addWidget(self.loss)

        self.training = ParamForm(TRAINING_PARAMS)
        self.training.edited.connect(lambda name, v: self._set(("training", name), v))
        layout.addWidget(heading(translate("SettingsEditor", "Training")))
        layout.addWidget(self.training)
        self.early_stopping_hint = QLabel(translate("SettingsEditor", "Early stopping: training ends after that many epochs without a lower "
                                          "validation loss; restore best then puts back the best epoch's weights."))
        self.early_stopping_hint.setWordWrap(True)
        self.early_stopping_hint.setObjectName("smallHint")
        layout.addWidget(self.early_stopping_hint)
        self.augment: dict[str, QCheckBox] = {}
        aug_row = QHBoxLayout()
        aug_row.setSpacing(10)
        for name in AUGMENTATIONS:
            box = QCheckBox(name)
            box.setToolTip(translate("SettingsEditor", 'Augment training images with "{0}" (images only)').format(name))
            box.toggled.connect(self._augment_toggled)
            self.augment[name] = box
            aug_row.addWidget(box)
        aug_row.addStretch(1)
        self.augment_problem = self._problem_label()
        layout.addLayout(self._form([(translate("ParamLabels", "augment"), self._stack(aug_row, self.augment_problem))]))

        self.optimizer = KindForm(OPTIMIZERS, DEFAULT_OPTIMIZER, "optimizer")
        self.optimizer.edited.connect(
            lambda path, v: self._kind_edited(("training", "optimizer"), self.optimizer, path, v))
        layout.addWidget(heading(translate("SettingsEditor", "Optimizer")))
        layout.addWidget(self.optimizer)
        self.schedule = KindForm(SCHEDULES, DEFAULT_SCHEDULE, translate("SettingsEditor", "learning-rate schedule"))
        self.schedule.edited.connect(
            lambda path, v: self._kind_edited(("training", "schedule"), self.schedule, path, v))
        layout.addWidget(heading(translate("SettingsEditor", "Learning-rate schedule")))
        layout.addWidget(self.schedule)
        layout.addStretch(1)
        self.refresh()

    # --- building helpers --------------------------------------------------------------------
    @staticmethod
    def _problem_label() -> QLabel:
        label = QLabel(objectName="fieldProblem")
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _stack(top, bottom: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addLayout(top) if not isinstance(top, QWidget) else v.addWidget(top)
        v.addWidget(bottom)
        return box

    @staticmethod
    def _form(rows) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in rows:
            form.addRow(form_label(label, widget.toolTip()), widget)
        return form

    def _data_menu(self) -> QMenu:
        from netbuilder.data.builtin import NAMES
        from netbuilder.data.loader import PICKERS  # each source declares its own (data/source_info.py)
        menu = QMenu(self)
        builtin = menu.addMenu(translate("SettingsEditor", "Built-in (no files)"))
        for name in NAMES:
            builtin.addAction(name, lambda n=name: self._set(("data",), f"builtin:{n}"))
        menu.addSeparator()
        for scheme, picker in PICKERS.items():
            menu.addAction(picker.text, lambda s=scheme, p=picker: self._pick_data(s, p.folder, p.filters))
        return menu

    # --- edits -------------------------------------------------------------------------------
    def _set(self, path: tuple, value) -> None:
        self.document.set_setting(path, value)

    def _pick_data(self, scheme: str, folder: bool, filters: str) -> None:
        current = self.document.pipeline.get_setting(("data",)) or ""
        path = self.dialogs.pick_data_folder() if folder else self.dialogs.pick_data_file(filters)
        if path:
            self._set(("data",), with_target(current, scheme, path))

    def _shape_edited(self, text: str) -> None:
        shape = parse_shape(text)
        if shape is None:
            self.shape_problem.setText(translate("SettingsEditor", "write the shape as numbers, e.g. 1 × 28 × 28 or 784"))
            self.shape_problem.show()
            return
        self._set(("input", "shape"), shape)

    def _kind_edited(self, base: tuple, form: KindForm, path: tuple, value) -> None:
        current = self.document.pipeline.get_setting(base)
        if not path:  # a new kind: keep the values the new kind also declares (e.g. lr)
            cls = form.table[value["type"]]
            names = {p.name for p in cls.PARAMS}
            kept = {k: v for k, v in (current or {}).items() if k in names}
            self._set(base, {**value, **kept})
        elif isinstance(current, dict):
            self._set(base + path, value)
        else:
            self._set(base, {"type": form.kind, path[0]: value})

    def _augment_toggled(self) -> None:
        chosen = [n for n, box in self.augment.items() if box.isChecked()]
        self._set(("training", "augment"), chosen or UNSET)

    def widget_for(self, issue):
        """The editor a setting's problem (by its JSON path) is about, or None."""
        path = issue.path
        top = {"name": self.name, "description": self.description, "input": self.shape, "data": self.data}
        if path.split(".")[0] in top:
            return top[path.split(".")[0]]
        for prefix, form in (("training.optimizer", self.optimizer), ("training.schedule", self.schedule),
                             ("loss", self.loss)):
            if path == prefix or path.startswith(prefix + "."):
                name = path[len(prefix) + 1:].split(".")[0]
                field = form.form.fields.get(name) if form.form is not None else None
                return field.editor if field is not None else form.combo
        if path.startswith("training."):
            field = self.training.fields.get(path.split(".")[1].split("[")[0])
            return field.editor if field is not None else None
        return None

    # --- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        pipeline = self.document.pipeline
        get = pipeline.get_setting
        name = get(("name",))
        name = name if isinstance(name, str) else ""
        if self.name.text() != name:  # also while focused: an Undo from the field must show
            self.name.setText(name)
        description = get(("description",))
        description = description if isinstance(description, str) else ""
        if self.description.toPlainText() != description:
            self.description.blockSignals(True)
            self.description.setPlainText(description)
            self.description.blockSignals(False)
        shape = get(("input", "shape"))
        if not self.shape.hasFocus() or parse_shape(self.shape.text()) != shape:
            self.shape.setText(shape_text(shape, spaced=True) if isinstance(shape, list) else "")
        data = get(("data",))
        if self.data.text().strip() != (data or ""):
            self.data.setText(data if isinstance(data, str) else "")
            self.data.setCursorPosition(0)  # a long path shows its scheme, not its tail
        self.loss.set_value(get(("loss",)))
        training = get(("training",)) or {}
        training = training if isinstance(training, dict) else {}
        self.training.set_values(training)
        augment = training.get("augment") or []
        for n, box in self.augment.items():
            box.blockSignals(True)
            box.setChecked(n in augment)
            box.blockSignals(False)
        self.optimizer.set_value(training.get("optimizer"))
        self.schedule.set_value(training.get("schedule"))
        self._show_problems()

    def _show_problems(self) -> None:
        issues = {i.path: i.message for i in self.document.analysis.issues if i.node_id is None}

        def under(key: str) -> dict[str, str]:
            return {p[len(key) + 1:]: m for p, m in issues.items() if p == key or p.startswith(key + ".")}

        for label, key in ((self.shape_problem, "input"), (self.data_problem, "data")):
            found = [m for p, m in issues.items() if p == key or p.startswith(key + ".")]
            label.setText("\n".join(found))
            label.setVisible(bool(found))
        self.loss.set_problems(under("loss"))
        self.training.set_problems(under("training"))
        aug = [m for p, m in issues.items() if p.startswith("training.augment")]
        self.augment_problem.setText("\n".join(aug))
        self.augment_problem.setVisible(bool(aug))
        self.optimizer.set_problems(under("training.optimizer"))
        self.schedule.set_problems(under("training.schedule"))
