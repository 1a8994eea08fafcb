"""The Qt-free pipeline model that the builder window edits."""

from netbuilder.model.analysis import Analysis, Issue, analyze
from netbuilder.model.pipeline import UNSET, LayerNode, Pipeline, new_layer

__all__ = ["Analysis", "Issue", "LayerNode", "Pipeline", "UNSET", "analyze", "new_layer"]
