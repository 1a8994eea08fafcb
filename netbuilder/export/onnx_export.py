"""Writes a trained network as an ONNX model (opset 17), checked with onnx's full checker.

The input is NCHW (or N×D) with a symbolic batch dimension "N"; the output is what NetBuilder's
forward gives (probabilities after a final Softmax). Conventions that differ from NetBuilder's:
- LRN: ONNX also divides alpha by size, but centres an even-sized window the other way round
  (floor((size−1)/2) channels before, where NetBuilder and PyTorch take size//2). Odd sizes map to
  LRN directly; an even size is written as x / (k + alpha/size · Σ_window x²)^beta with the window
  sum as a 1×1 Conv of fixed 0/1 weights, which is exact.
- AveragePool: written without pads (NetBuilder pools valid windows only), so the count_include_pad
  question never arises.
- BatchNormalization: inference form, with the running mean and variance as its 4th and 5th inputs.
- Conv "same" with an even kernel: explicit asymmetric pads [top, left, bottom, right].
Metadata properties carry the class names, the preprocessing and the network file.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import json

import numpy as np

from netbuilder.export.naming import UnsupportedLayer, layer_names
from netbuilder.export.onnx_common import (INPUT, META_CLASSES, META_NETWORK, META_PREPROCESSING, OPSET, OUTPUT,
                                           require_onnx)
from netbuilder.io.network_file import to_json


class _Graph:
    def __init__(self, helper, numpy_helper):
        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes, self.inits = [], []

    def const(self, name, value, dtype=np.float32):
        self.inits.append(self.numpy_helper.from_array(np.array(value, dtype, order="C"), name))
        return name

    def node(self, op, inputs, output, name, **attrs):
        self.nodes.append(self.helper.make_node(op, inputs, [output], name=name, **attrs))
        return output


def _lrn(g, layer, name, x, out):
    if layer.size % 2:
        return g.node("LRN", [x], out, name, size=layer.size, alpha=layer.alpha, beta=layer.beta, bias=layer.k)
    c = layer.input_shape[0]
    before, after = layer.size // 2, (layer.size - 1) // 2
    band = np.zeros((c, c, 1, 1), np.float32)
    for i in range(c):
        band[i, max(0, i - before):min(c, i + after + 1)] = 1
    sq = g.node("Mul", [x, x], f"{name}/square", f"{name}/square")
    s = g.node("Conv", [sq, g.const(f"{name}.window", band)], f"{name}/window_sum", f"{name}/window_sum")
    scaled = g.node("Mul", [s, g.const(f"{name}.alpha_over_size", layer.alpha / layer.size)], f"{name}/scaled", f"{name}/scaled")
    div = g.node("Add", [scaled, g.const(f"{name}.k", layer.k)], f"{name}/divisor", f"{name}/divisor")
    powd = g.node("Pow", [div, g.const(f"{name}.beta", layer.beta)], f"{name}/power", f"{name}/power")
    return g.node("Div", [x, powd], out, name)


def _write_layer(g, i, layer, name, x, out):
    p = lambda key: g.const(f"{name}.{key}", layer.params[key])  # noqa: E731
    kind = layer.kind
    if kind == "Conv2D":
        top, bottom, left, right = layer.pads
        k, s = layer.kernel_size, layer.stride
        inputs = [x, p("W")] + ([p("b")] if layer.use_bias else [])
        return g.node("Conv", inputs, out, name, kernel_shape=[k, k], strides=[s, s], pads=[top, left, bottom, right])
    if kind == "Dense":
        if len(layer.input_shape) > 1:
            x = g.node("Flatten", [x], f"{name}/flatten", f"{name}/flatten", axis=1)
        if layer.use_bias:
            return g.node("Gemm", [x, p("W"), p("b")], out, name)
        return g.node("MatMul", [x, p("W")], out, name)
    if kind == "BatchNorm":
        st = lambda key: g.const(f"{name}.{key}", layer.state[key])  # noqa: E731
        return g.node("BatchNormalization", [x, p("gamma"), p("beta"), st("running_mean"), st("running_var")],
                      out, name, epsilon=layer.eps, momentum=layer.momentum)
    if kind == "LocalResponseNorm":
        return _lrn(g, layer, name, x, out)
    if kind in ("MaxPool2D", "AvgPool2D"):
        op = "MaxPool" if kind == "MaxPool2D" else "AveragePool"
        extra = {"count_include_pad": 0} if op == "AveragePool" else {}
        return g.node(op, [x], out, name, kernel_shape=[layer.pool_size] * 2, strides=[layer.step] * 2,
                      pads=[0, 0, 0, 0], **extra)
    if kind == "Dropout":
        return g.node("Dropout", [x, g.const(f"{name}.ratio", layer.rate)], out, name)
    if kind == "Flatten":
        return g.node("Flatten", [x], out, name, axis=1)
    if kind == "LeakyReLU":
        return g.node("LeakyRelu", [x], out, name, alpha=layer.alpha)
    if kind == "Softmax":
        return g.node("Softmax", [x], out, name, axis=1)
    simple = {"ReLU": "Relu", "Sigmoid": "Sigmoid", "Tanh": "Tanh", "Identity": "Identity"}
    if kind in simple:
        return g.node(simple[kind], [x], out, name)
    raise UnsupportedLayer(translate("Export", "layer {0} ({1}) has no ONNX mapping yet").format(i, kind))


def onnx_model(net, class_names=(), preprocessing=None):
    """The network as an onnx.ModelProto (weights as they are now), checked with full_check."""
    onnx = require_onnx()
    from onnx import TensorProto, helper, numpy_helper

    g = _Graph(helper, numpy_helper)
    x = INPUT
    names = layer_names(net.layers)
    for i, (layer, name) in enumerate(zip(net.layers, names)):
        out = OUTPUT if i == len(net.layers) - 1 else f"{name}/out"
        x = _write_layer(g, i, layer, name, x, out)
    graph = helper.make_graph(
        g.nodes, net.spec.name or "netbuilder",
        [helper.make_tensor_value_info(INPUT, TensorProto.FLOAT, ["N", *net.input_shape])],
        [helper.make_tensor_value_info(OUTPUT, TensorProto.FLOAT, ["N", *net.layers[-1].output_shape])],
        g.inits)
    from netbuilder import __version__
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="NetBuilder", producer_version=__version__)
    model.ir_version = min(model.ir_version, 8)  # readable by onnxruntime releases that support opset 17
    helper.set_model_props(model, {META_CLASSES: json.dumps(list(class_names)),
                                   META_PREPROCESSING: json.dumps(preprocessing or {}),
                                   META_NETWORK: to_json(net.spec.doc)})
    onnx.checker.check_model(model, full_check=True)
    return model


def save_onnx(path, net, class_names=(), preprocessing=None) -> None:
    from netbuilder.io.atomic import atomic_open

    model = onnx_model(net, class_names, preprocessing)
    with atomic_open(path, "wb") as f:
        f.write(model.SerializeToString())
