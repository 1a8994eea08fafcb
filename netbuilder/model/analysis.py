"""What the builder shows about a pipeline without running it: shapes, counts and problems.

Problems come from the same validation that loading a file and `netbuilder check` use
(`parse_spec`), so the window can never call a network fine that the trainer would refuse. Paths
such as ``layers[3].kernel_size`` are translated to node ids, because an index goes stale the
moment a layer moves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from netbuilder.i18n import translate
from netbuilder.engine.errors import SpecError, readable_path
from netbuilder.engine.spec import LayerReport, NetworkSpec, analyze_layers, parse_spec
from netbuilder.model.pipeline import Pipeline

_LAYER_PATH = re.compile(r"^layers\[(\d+)\](?:\.(.*))?$")
BYTES_PER_WEIGHT = 4  # the engine trains in float32


@dataclass(frozen=True)
class Issue:
    """One problem, located: on a layer node (with the parameter at fault) or on a setting."""
    path: str  # full JSON path, e.g. "layers[3].kernel_size" or "loss"
    message: str
    node_id: int | None = None
    param: str = ""  # path relative to the layer ("" when the layer as a whole is at fault)

    def __str__(self) -> str:
        return f"{readable_path(self.path)}: {self.message}" if self.path else self.message


@dataclass
class Analysis:
    reports: dict[int, LayerReport] = field(default_factory=dict)  # node id -> report
    issues: list[Issue] = field(default_factory=list)
    spec: NetworkSpec | None = None  # the frozen, valid spec; None while any problem exists

    @property
    def ok(self) -> bool:
        return self.spec is not None

    @property
    def file_issues(self) -> list[Issue]:
        """The problems that make a saved file fail to load (the data source is not checked there)."""
        return [i for i in self.issues if i.path != "data"]

    def issues_for(self, node_id: int) -> list[Issue]:
        return [i for i in self.issues if i.node_id == node_id]

    @property
    def param_count(self) -> int:
        return sum(r.param_count for r in self.reports.values())

    @property
    def macs(self) -> int:
        return sum(r.macs for r in self.reports.values())

    @property
    def weight_bytes(self) -> int:
        return self.param_count * BYTES_PER_WEIGHT


def analyze(pipeline: Pipeline) -> Analysis:
    """Validate once: the layer reports come from the same pass that builds the spec (a 100-layer
    network is edited at typing speed), unless that pass could not read the input shape."""
    ids = pipeline.ids
    issues: list[Issue] = []
    try:
        spec = parse_spec(pipeline.to_doc())
        reports = list(spec.layers)
    except SpecError as e:
        issues = [_locate(p.path, p.message, ids) for p in e.problems]
        spec, reports = None, getattr(e, "reports", None)
    if reports is None or len(reports) != len(ids) or (reports and reports[0].input_shape != pipeline.input_shape):
        reports = analyze_layers(pipeline.input_shape, pipeline.raw_layers())
    result = Analysis(reports=dict(zip(ids, reports)), issues=issues)
    # The file format lets "data" be absent or odd (the command line can supply it), but the
    # window's Train button has nothing else to go on.
    data = pipeline.settings.get("data")
    message = data_spec_problem(data) if isinstance(data, str) else None
    if data is None:
        message = translate("Engine", "no data source: choose one in the network settings, e.g. builtin:shapes")
    if message:
        result.issues.append(Issue("data", message))
        spec = None
    result.spec = spec
    return result


def data_spec_problem(text: str) -> str | None:
    """Why a data SPEC cannot work, judged from its text alone (no file is opened), or None."""
    from netbuilder.data.errors import DataError
    from netbuilder.data.loader import SCHEMES
    from netbuilder.data.spec import parse_spec as parse_data_spec
    try:
        scheme = parse_data_spec(text).scheme
    except DataError as e:
        return str(e)
    if scheme not in SCHEMES:
        return translate("Engine", 'unknown data source "{0}:"; use one of {1}').format(scheme, ", ".join(s + ":" for s in SCHEMES))
    return None


def _locate(path: str, message: str, ids: list[int]) -> Issue:
    m = _LAYER_PATH.match(path)
    if m and int(m.group(1)) < len(ids):
        return Issue(path, message, ids[int(m.group(1))], m.group(2) or "")
    return Issue(path, message)
