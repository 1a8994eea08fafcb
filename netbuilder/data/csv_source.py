"""A table of numbers with one label column, from a CSV file with a header row.

This is where users' own data arrives, so it is the loader most likely to meet odd files: the
checks name the column and line a person has to fix. Missing cells follow the mission's three
remedies (drop the rows, zero-fill, drop the columns) plus mean-filling; the mean, like the
normalisation, is fitted on the training part only so nothing about the test rows leaks into
training. The label column is never among the inputs.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import csv
import io

import numpy as np

from netbuilder.data.dataset import Dataset, stratified_indices
from netbuilder.data.errors import DataError, as_path, did_you_mean, shown
from netbuilder.data.files import read_bytes
from netbuilder.data.normalize import minmax, standardize
from netbuilder.data.source_info import Picker, SourceInfo
from netbuilder.data.spec import Options, Spec

MISSING = ("", "na", "n/a", "nan", "?", "null")  # compared stripped and lower-cased
MISSING_POLICIES = ("drop-rows", "zero", "mean", "drop-columns")
NORMALIZATIONS = ("standard", "minmax", "none")
OPTIONS = ("label", "missing", "normalize", "test_fraction")
MAX_NUMERIC_LABEL = 2**31  # whole-number labels beyond this are IDs or codes: used as class names (text)
FLOAT32_MAX = float(np.finfo(np.float32).max)

SOURCE = SourceInfo(
    ("csv",), "csv:FILE[?label=COLUMN&missing=drop-rows|zero|mean|drop-columns&normalize=standard|minmax|none&test_fraction=0.2]",
    "header row; label column by name (default: last); inputs must be numeric",
    {"csv": Picker("CSV table…", False, "CSV tables (*.csv);;All files (*)")})


def read_rows(path) -> tuple[list[str], list[list[str]], list[int]]:
    """Header, data rows (cells stripped) and each row's line number; blank lines are skipped."""
    raw = read_bytes(path, translate("Data", "a CSV table (text with one row per line)"), binary_ok=False)
    if not raw.strip():
        raise DataError(translate("Data", "{0} is empty; a CSV needs a header row and at least one data row.").format(shown(path)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # never fails; spreadsheet exports are often Windows-1252
    first_line = text.lstrip().split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)  # ',' when none appears (a single column)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows, lines = [], []
    try:
        for row in reader:
            cells = [cell.strip() for cell in row]
            if not any(cells):
                continue
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                raise DataError(translate("Data", "Line {0} of {1} has {2} fields but the header has {3}.").format(reader.line_num, shown(path), len(cells), len(header)))
            rows.append(cells)
            lines.append(reader.line_num)
    except csv.Error as e:
        raise DataError(translate("Data", "{0} is not a readable CSV file (line {1}: {2}).").format(shown(path), reader.line_num, e)) from None
    if not rows:
        raise DataError(translate("Data", "{0} has a header but no data rows.").format(shown(path)))
    header = [name or translate("Data", "column {0}").format(i + 1) for i, name in enumerate(header)]
    seen = set()
    for name in header:
        if name in seen:
            raise DataError(translate("Data", "{0} has two columns named \"{1}\"; column names must be unique.").format(shown(path), name))
        seen.add(name)
    return header, rows, lines


def find_label_column(header: list[str], wanted: str | None, path) -> int:
    if wanted is None:
        return len(header) - 1
    if wanted in header:
        return header.index(wanted)
    folded = [i for i, name in enumerate(header) if name.lower() == wanted.lower()]
    if len(folded) == 1:
        return folded[0]
    raise DataError(translate("Data", "{0} has no label column \"{1}\"{2}; its columns are {3}.").format(shown(path), wanted, did_you_mean(wanted, header), ', '.join(header)))


def parse_labels(cells: np.ndarray, column: str, path, lines: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Class indices and names: whole numbers sort numerically, anything else as text."""
    try:
        values = cells.astype(np.float64)
    except ValueError:
        values = None
    small = values is not None and np.isfinite(values).all() and (np.abs(values) <= MAX_NUMERIC_LABEL).all()
    if small:
        fractional = values != np.round(values)
        if fractional.any():
            i = int(np.argmax(fractional))
            raise DataError(translate("Data", "Label column \"{0}\" of {1} holds {2} on line {3}; labels must be class names or whole numbers (NetBuilder classifies, it does not regress).").format(column, shown(path), cells[i], lines[i]))
        classes, y = np.unique(values.astype(np.int64), return_inverse=True)
        names = [str(c) for c in classes]
    else:
        classes, y = np.unique(cells, return_inverse=True)
        names = [str(c) for c in classes]
    if len(names) < 2:
        raise DataError(translate("Data", "Label column \"{0}\" of {1} has only one class (\"{2}\"); a classifier needs at least two.").format(column, shown(path), names[0]))
    return y.astype(np.int64), names


def parse_features(cells: np.ndarray, missing: np.ndarray, columns: list[str], path, lines: np.ndarray) -> np.ndarray:
    """float64 matrix with NaN where a cell is missing, or DataError naming the first bad cell."""
    filled = np.where(missing, "nan", cells)
    try:
        values = filled.astype(np.float64)
    except ValueError:
        values = None
    if values is not None and not (np.abs(values) > FLOAT32_MAX).any():
        return values
    for j, column in enumerate(columns):  # rare path: find the first offending cell for the message
        for i, cell in enumerate(filled[:, j]):
            try:
                value = float(cell)
            except ValueError:
                raise DataError(translate("Data", "Column \"{0}\" of {1} is not numeric: line {2} holds \"{3}\"; use it as the label column or remove it.").format(column, shown(path), lines[i], cells[i, j])) from None
            if abs(value) > FLOAT32_MAX:
                raise DataError(translate("Data", "Column \"{0}\" of {1}, line {2}, holds \"{3}\", beyond the range of 32-bit numbers (±{4:.3g}) the network computes with; rescale that column.").format(column, shown(path), lines[i], cells[i, j], FLOAT32_MAX))
    raise AssertionError("unreachable: astype failed but every cell parses")  # pragma: no cover


def load(spec: Spec, seed: int) -> Dataset:
    opts = Options(spec, OPTIONS)
    policy = opts.choice("missing", "drop-rows", MISSING_POLICIES)
    normalization = opts.choice("normalize", "standard", NORMALIZATIONS)
    test_fraction = opts.fraction("test_fraction", 0.2)
    if not spec.target:
        raise DataError(translate("Data", "The dataset SPEC \"{0}\" names no file; write csv:FILE.").format(spec.text))
    path = as_path(spec.target)
    header, rows, line_list = read_rows(path)
    label_index = find_label_column(header, opts.text("label"), path)
    label_name = header[label_index]
    table = np.array(rows, dtype=str)
    lines = np.array(line_list)
    missing = np.isin(np.char.lower(table), MISSING)
    notes = []

    labelled = ~missing[:, label_index]
    if not labelled.all():
        notes.append(translate("Data", "dropped {0} rows without a value in label column \"{1}\"").format(int((~labelled).sum()), label_name))
        table, missing, lines = table[labelled], missing[labelled], lines[labelled]
        if not len(table):
            raise DataError(translate("Data", "Every row of {0} lacks a value in label column \"{1}\".").format(shown(path), label_name))
    y, class_names = parse_labels(table[:, label_index], label_name, path, lines)

    feature_columns = [name for i, name in enumerate(header) if i != label_index]
    if not feature_columns:
        raise DataError(translate("Data", "{0} has only the label column \"{1}\" and no input columns.").format(shown(path), label_name))
    keep = [i for i in range(len(header)) if i != label_index]
    features, missing = table[:, keep], missing[:, keep]
    x = parse_features(features, missing, feature_columns, path, lines)

    if policy == "drop-rows":
        complete = ~missing.any(axis=1)
        if not complete.all():
            notes.append(translate("Data", "dropped {0} rows with missing values").format(int((~complete).sum())))
            x, y, missing = x[complete], y[complete], missing[complete]
        if not len(x):
            raise DataError(translate("Data", "Every row of {0} has a missing value; try ?missing=mean or ?missing=drop-columns instead of dropping rows.").format(shown(path)))
    elif policy == "drop-columns":
        holey = missing.any(axis=0)
        if holey.any():
            notes.append(translate("Data", "dropped columns with missing values: ")
                         + ", ".join(c for c, h in zip(feature_columns, holey) if h))
            x, missing = x[:, ~holey], missing[:, ~holey]
            feature_columns = [c for c, h in zip(feature_columns, holey) if not h]
        if not feature_columns:
            raise DataError(translate("Data", "Every input column of {0} has a missing value, so dropping them leaves nothing; try ?missing=mean or ?missing=zero.").format(shown(path)))
    elif policy == "zero":
        x[missing] = 0.0

    train, test = stratified_indices(y, test_fraction, seed)
    x_train, x_test = x[train], x[test]
    fill = [0.0] * x.shape[1] if policy == "zero" else None
    if policy == "mean":
        means = np.zeros(x.shape[1])
        has = ~np.isnan(x_train).all(axis=0)
        means[has] = np.nanmean(x_train[:, has], axis=0)
        x_train = np.where(np.isnan(x_train), means, x_train)
        x_test = np.where(np.isnan(x_test), means, x_test)
        fill = [float(v) for v in means]
    stats = {}
    if normalization == "standard":
        x_train, x_test = standardize(x_train, x_test, axes=(0,), stats=stats)
    elif normalization == "minmax":
        x_train, x_test = minmax(x_train, x_test, stats)
    present = set(np.unique(y[train]).tolist())
    if len(present) < len(class_names):
        notes.append(translate("Data", "classes without training rows: ")
                     + ", ".join(n for i, n in enumerate(class_names) if i not in present))
    preprocessing = {"input": "table", "columns": feature_columns, "label": label_name, "missing": policy,
                     "fill": fill, "shift": stats.get("shift"), "scale": stats.get("scale")}
    return Dataset(spec.text, x_train.astype(np.float32), y[train], x_test.astype(np.float32), y[test],
                   class_names, notes, preprocessing)
