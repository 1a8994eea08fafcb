"""Editor widgets generated from a `Param` declaration: bounds, choices and defaults come from it.

A field shows a raw JSON value and emits the raw value the user chose; it never validates on its
own beyond the declared bounds, because the one validation (the engine's) reports problems, which
the field then shows in red under itself.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox,
                               QToolButton, QVBoxLayout, QWidget)

from netbuilder.engine.params import Param
from netbuilder.views.translation import translate

INT_LIMIT = 2**31 - 1
FLOAT_LIMIT = 1e12
NULL_TEXT = "default"


LABEL_WIDTH = 96  # one label column width for every form, so inspector sections line up


def param_label(param: Param) -> str:
    """The field's label: the parameter's key in words, translated (the key itself is in the tooltip)."""
    return translate("ParamLabels", param.name.replace("_", " "))


def form_label(text: str, tooltip: str = "") -> QLabel:
    label = QLabel(text)
    label.setMinimumWidth(LABEL_WIDTH)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        label.setToolTip(tooltip)
    return label


def param_tooltip(param: Param) -> str:
    text = f"<tt>{html.escape(param.describe())}</tt>"
    if param.doc:
        text += f"<br>{html.escape(translate('Params', param.doc))}"
    if param.nullable:
        text += translate("ParamFields", "<br><i>{0} = null in the file</i>").format(NULL_TEXT)
    return text


class FloatSpinBox(QDoubleSpinBox):
    """A spin box for floats of any magnitude (1e-8 … 1e6): shows %g, steps by a tenth of the order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDecimals(12)

    def textFromValue(self, value: float) -> str:
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip().replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        stripped = text.strip().replace(",", ".")
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        try:
            value = float(stripped)
        except ValueError:
            partial = stripped in ("", "-", "+", ".", "-.") or stripped.lower().endswith(("e", "e-", "e+"))
            return (QValidator.State.Intermediate if partial else QValidator.State.Invalid), text, pos
        if not math.isfinite(value):
            return QValidator.State.Invalid, text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        v = self.value()
        step = 10 ** math.floor(math.log10(abs(v))) / 10 if v else 0.01
        self.setValue(float(f"{v + steps * step:.10g}"))  # no 0.0011000000000000001 in saved files


class ParamField(QWidget):
    """One parameter's editor. `edited` carries the raw value to store (None for null)."""

    edited = Signal(object)

    def __init__(self, param: Param, parent=None):
        super().__init__(parent)
        self.param = param
        self.mode: QComboBox | None = None
        self.label: QLabel | None = None  # set by the form that shows this field
        self.special = None  # the one extra value the spin box shows at its minimum (None or an `also`)
        self._has_special = False
        extras = ([None] if param.nullable else []) + list(param.also)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        if param.type == "bool":
            self.editor = QCheckBox()
            self.editor.toggled.connect(lambda v: self.edited.emit(bool(v)))
        elif param.type == "choice":
            self.editor = QComboBox()
            self.editor.addItems([str(c) for c in param.choices])
            self.editor.activated.connect(lambda i: self.edited.emit(param.choices[i]))
        else:
            self.editor = self._make_spin(extras)
            if extras and not self._has_special:
                self.mode = QComboBox()
                self.mode.addItems([NULL_TEXT if e is None else str(e) for e in extras] + ["number"])
                self.mode.setToolTip(translate("ParamFields", "Use a named setting or a number"))
                self.mode.activated.connect(self._mode_chosen)
                self._extras = extras
                row.addWidget(self.mode)
        self.editor.setToolTip(param_tooltip(param))
        row.addWidget(self.editor, 1)
        self.problem = QLabel(objectName="fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.problem)
        self.setToolTip(param_tooltip(param))

    def _make_spin(self, extras):
        p = self.param
        if p.type == "int":
            spin = QSpinBox()
            lo = int(max(p.min, -INT_LIMIT)) if p.min is not None else -INT_LIMIT
            if p.min_exclusive:
                lo += 1
            hi = int(min(p.max, INT_LIMIT)) if p.max is not None else INT_LIMIT
            if len(extras) == 1 and p.min is not None:
                lo -= 1
                self._has_special = True
        else:
            spin = FloatSpinBox()
            lo = p.min if p.min is not None else -FLOAT_LIMIT
            hi = p.max if p.max is not None else FLOAT_LIMIT
            if len(extras) == 1 and p.min is not None and p.min_exclusive:
                self._has_special = True  # the excluded minimum itself stands for the extra value
        spin.setRange(lo, hi)
        if self._has_special:
            self.special = extras[0]
            spin.setSpecialValueText(NULL_TEXT if self.special is None else str(self.special))
        spin.setKeyboardTracking(True)
        spin.setAccelerated(True)
        spin.valueChanged.connect(self._spin_changed)
        return spin

    # --- value in ----------------------------------------------------------------------------
    def set_value(self, value) -> None:
        """Show a raw value without emitting `edited`."""
        ed = self.editor
        ed.blockSignals(True)
        try:
            if isinstance(ed, QCheckBox):
                ed.setChecked(bool(value))
            elif self.param.type == "choice":
                if value in self.param.choices:
                    ed.setCurrentIndex(self.param.choices.index(value))
            else:
                self._set_spin(value)
        finally:
            ed.blockSignals(False)

    def _set_spin(self, value) -> None:
        ed = self.editor
        is_extra = value is None or (isinstance(value, str) and value in self.param.also)
        if self._has_special:
            if is_extra:
                ed.setValue(ed.minimum())
            elif isinstance(value, (int, float)) and not isinstance(value, bool) and ed.value() != value:
                ed.setValue(value)
            return
        if self.mode is not None:
            self.mode.blockSignals(True)
            self.mode.setCurrentIndex(self._extras.index(value) if is_extra and value in self._extras
                                      else len(self._extras))
            self.mode.blockSignals(False)
            ed.setEnabled(not is_extra)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and ed.value() != value:
            ed.setValue(value)

    def set_problem(self, message: str | None) -> None:
        """Red text under the field and a red label; the editor itself keeps its native look."""
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        if self.label is not None and self.label.property("invalid") != bool(message):
            self.label.setProperty("invalid", bool(message))
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)

    # --- value out ---------------------------------------------------------------------------
    def _spin_changed(self, value) -> None:
        if self._has_special and value == self.editor.minimum():
            self.edited.emit(self.special)
        elif self.param.type == "int":
            self.edited.emit(int(value))
        else:
            self.edited.emit(float(value))

    def _mode_chosen(self, index: int) -> None:
        if index < len(self._extras):
            self.editor.setEnabled(False)
            self.edited.emit(self._extras[index])
        else:
            self.editor.setEnabled(True)
            self._spin_changed(self.editor.value())


class ParamForm(QWidget):
    """Label + field rows for a tuple of Params; `advanced` ones fold away under "More"."""

    edited = Signal(str, object)  # param name, raw value
    show_advanced = False  # remembered across forms, so "More" stays open while clicking around

    def __init__(self, params: tuple[Param, ...], parent=None):
        super().__init__(parent)
        self.fields: dict[str, ParamField] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        basic = [p for p in params if not p.advanced]
        advanced = [p for p in params if p.advanced]
        outer.addLayout(self._rows(basic))
        self.more = None
        if advanced:
            self.more = QToolButton(objectName="moreButton")
            self.more.setCheckable(True)
            self.more.setChecked(ParamForm.show_advanced)
            self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.more.setText(translate("ParamFields", "More ({0})").format(len(advanced)))
            self.more.setToolTip(translate("ParamFields", "Show settings that rarely need changing: ") + ", ".join(p.name for p in advanced))
            self.more.setAutoRaise(True)
            self.more_box = QWidget()
            self.more_box.setLayout(self._rows(advanced))
            self.more.toggled.connect(self._toggle_more)
            self._toggle_more(ParamForm.show_advanced)
            outer.addWidget(self.more)
            outer.addWidget(self.more_box)

    def _rows(self, params) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for p in params:
            field = ParamField(p)
            field.edited.connect(lambda value, name=p.name: self.edited.emit(name, value))
            label = form_label(param_label(p), param_tooltip(p))
            label.setBuddy(field.editor)
            field.label = label
            form.addRow(label, field)
            self.fields[p.name] = field
        return form

    def _toggle_more(self, on: bool) -> None:
        ParamForm.show_advanced = on
        self.more.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.more_box.setVisible(on)

    def set_values(self, raw: dict) -> None:
        """Show raw values, the declared default where a value is absent."""
        for name, field in self.fields.items():
            p = field.param
            field.set_value(raw[name] if name in raw else (None if p.required else p.default))

    def set_problems(self, problems: dict[str, str]) -> None:
        for name, field in self.fields.items():
            field.set_problem(problems.get(name))
        if self.more is not None and any(problems.get(n) for n, f in self.fields.items() if f.param.advanced):
            self.more.setChecked(True)  # never hide the field at fault
