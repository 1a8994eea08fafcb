"""The NetBuilder engine: our own numpy deep-learning code, no Qt and no other framework.

Public contract::

    net = Network.from_spec(spec, seed=0, dtype=np.float32)
    net.layers, net.output_shapes, net.forward(x, train=False), net.loss_and_gradients(x, t)
"""

from netbuilder.engine.errors import Problem, SpecError
from netbuilder.engine.network import Network, WeightsMismatch
from netbuilder.engine.registry import layer_class, layer_kinds
from netbuilder.engine.spec import NetworkSpec, analyze_layers, parse_spec

__all__ = ["Network", "NetworkSpec", "Problem", "SpecError", "WeightsMismatch", "analyze_layers",
           "layer_class", "layer_kinds", "parse_spec"]
