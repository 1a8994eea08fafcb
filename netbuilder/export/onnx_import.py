"""Reads an ONNX model that is a plain chain of supported operators into a NetBuilder network with
its weights, so a model made elsewhere can be inspected and trained here.

Supported: Conv, Gemm, MatMul (+ Add), Relu, LeakyRelu, Sigmoid, Tanh, Softmax, MaxPool,
AveragePool, Flatten, Reshape (to N×features), BatchNormalization, LRN (odd sizes: for an even
size ONNX centres the window differently from NetBuilder), Dropout, Identity. Anything else — or
a graph that branches — is refused with the operator and node named. A model that NetBuilder
exported carries its network file in the metadata, so the loss and training settings come back too.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import pathlib

import numpy as np

from netbuilder.io.regular_file import stat_regular
from netbuilder.data.preprocessing import preprocessing_problem
from netbuilder.engine.errors import SpecError
from netbuilder.engine.im2col import same_padding
from netbuilder.engine.network import Network
from netbuilder.engine.spec import parse_spec
from netbuilder.export.onnx_common import META_CLASSES, META_NETWORK, META_PREPROCESSING, OnnxUnavailable, require_onnx
from netbuilder.io.json_limits import document_problems, parse_json
from netbuilder.io.nbmodel import ModelFileError, TrainedModel
from netbuilder.io.weights import WeightsFileError, check_state_arrays
from netbuilder.format import size_text
from netbuilder.model.memory import available_memory

SUPPORTED = ("Conv", "Gemm", "MatMul", "Add", "Relu", "LeakyRelu", "Sigmoid", "Tanh", "Softmax", "MaxPool",
             "AveragePool", "Flatten", "Reshape", "BatchNormalization", "LRN", "Dropout", "Identity")


class _Refused(Exception):
    pass


def _attrs(node) -> dict:
    from onnx import helper
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def _label(node) -> str:
    return translate("Export", "{0} node \"{1}\"").format(node.op_type, node.name or node.output[0])


class _Reader:
    def __init__(self, model):
        from onnx import numpy_helper
        self.consts = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
        self.layers, self.weights = [], {}
        self.shape = None

    def const(self, node, name):
        if name not in self.consts:
            raise _Refused(translate("Export", "{0}: input {1} must be a constant (an initializer)").format(_label(node), name))
        return np.asarray(self.consts[name])

    def add(self, spec, **weights):
        from netbuilder.engine.registry import layer_class
        cls = layer_class(spec["type"])
        config = {k: v for k, v in spec.items() if k != "type"}
        layer = cls(self.shape, **config)
        i = len(self.layers)
        self.layers.append(spec)
        for key, value in weights.items():
            self.weights[f"{i}.{key}"] = np.asarray(value, np.float32)
        self.shape = layer.output_shape
        return layer


def _square(node, values, what):
    values = list(values)
    if len(set(values)) != 1:
        raise _Refused(translate("Export", "{0}: {1} {2} is not square; NetBuilder layers use one size for both sides").format(_label(node), what, values))
    return int(values[0])


def _conv(r, node, a):
    w = r.const(node, node.input[1])
    if a.get("group", 1) != 1 or any(d != 1 for d in a.get("dilations", [1, 1])):
        raise _Refused(translate("Export", "{0}: grouped or dilated convolution is not supported").format(_label(node)))
    k = _square(node, w.shape[2:], "kernel")
    s = _square(node, a.get("strides", [1, 1]), "strides")
    _, h, wd = r.shape
    auto = a.get("auto_pad", b"NOTSET")
    auto = auto.decode() if isinstance(auto, bytes) else auto
    pads = list(a.get("pads", [0, 0, 0, 0]))
    if auto in ("SAME_UPPER",):
        padding = "same"
    elif auto in ("NOTSET", "VALID"):
        top, left, bottom, right = pads if auto == "NOTSET" else (0, 0, 0, 0)
        if top == bottom == left == right:
            padding = int(top)
        elif (top, bottom) == same_padding(h, k, s) and (left, right) == same_padding(wd, k, s):
            padding = "same"
        else:
            raise _Refused(translate("Export", "{0}: pads {1} are neither equal on all sides nor TensorFlow-style 'same'").format(_label(node), pads))
    else:
        raise _Refused(translate("Export", "{0}: auto_pad {1} is not supported (SAME_LOWER pads the other way round)").format(_label(node), auto))
    weights = {"W": w}
    if len(node.input) > 2 and node.input[2]:
        weights["b"] = r.const(node, node.input[2])
    r.add({"type": "Conv2D", "filters": int(w.shape[0]), "kernel_size": k, "stride": s, "padding": padding,
           "use_bias": "b" in weights}, **weights)


def _dense(r, node, a, w, b):
    if len(r.shape) != 1:
        raise _Refused(translate("Export", "{0}: needs a flat input; put a Flatten before it").format(_label(node)))
    spec = {"type": "Dense", "units": int(w.shape[1]), "use_bias": b is not None}
    r.add(spec, **({"W": w, "b": b} if b is not None else {"W": w}))


def _gemm(r, node, a):
    if a.get("transA", 0) or a.get("alpha", 1.0) != 1.0 or a.get("beta", 1.0) != 1.0:
        raise _Refused(translate("Export", "{0}: only Gemm with transA=0, alpha=1 and beta=1 is supported").format(_label(node)))
    w = r.const(node, node.input[1])
    w = w.T if a.get("transB", 0) else w
    b = r.const(node, node.input[2]).reshape(-1) if len(node.input) > 2 and node.input[2] else None
    _dense(r, node, a, w, b)


def _pool(r, node, a, kind):
    if any(a.get("pads", [0, 0, 0, 0])) or a.get("ceil_mode", 0) or any(d != 1 for d in a.get("dilations", [1, 1])):
        raise _Refused(translate("Export", "{0}: padded, ceil-mode or dilated pooling is not supported").format(_label(node)))
    k = _square(node, a["kernel_shape"], "kernel")
    s = _square(node, a.get("strides", [1, 1]), "strides")
    r.add({"type": kind, "pool_size": k, "stride": None if s == k else s})


def _reshape(r, node):
    target = r.const(node, node.input[1]).astype(np.int64).tolist()
    flat = int(np.prod(r.shape))
    if len(target) == 2 and target[1] in (-1, flat) and target[0] in (0, -1, 1) or target == [-1, flat]:
        r.add({"type": "Flatten"})
    else:
        raise _Refused(translate("Export", "{0}: only a reshape to (batch, features) is supported, not {1}").format(_label(node), target))


def _node(r, node, nodes, i):
    """Read nodes[i]; the number of nodes used (MatMul + Add make one Dense)."""
    a, op = _attrs(node), node.op_type
    if op == "Conv":
        _conv(r, node, a)
    elif op == "Gemm":
        _gemm(r, node, a)
    elif op == "MatMul":
        w = r.const(node, node.input[1])
        nxt = nodes[i + 1] if i + 1 < len(nodes) else None
        if nxt is not None and nxt.op_type == "Add" and node.output[0] in nxt.input:
            other = [n for n in nxt.input if n != node.output[0]][0]
            _dense(r, node, a, w, r.const(nxt, other).reshape(-1))
            return 2
        _dense(r, node, a, w, None)
    elif op in ("Relu", "Sigmoid", "Tanh", "Identity"):
        r.add({"type": {"Relu": "ReLU", "Sigmoid": "Sigmoid", "Tanh": "Tanh", "Identity": "Identity"}[op]})
    elif op == "LeakyRelu":
        r.add({"type": "LeakyReLU", "alpha": float(a.get("alpha", 0.01))})
    elif op == "Softmax":
        if len(r.shape) != 1 or a.get("axis", -1) not in (1, -1):
            raise _Refused(translate("Export", "{0}: only a softmax over the features of a flat input is supported").format(_label(node)))
        r.add({"type": "Softmax"})
    elif op in ("MaxPool", "AveragePool"):
        _pool(r, node, a, "MaxPool2D" if op == "MaxPool" else "AvgPool2D")
    elif op == "Flatten":
        if a.get("axis", 1) != 1:
            raise _Refused(translate("Export", "{0}: only Flatten with axis=1 is supported").format(_label(node)))
        r.add({"type": "Flatten"})
    elif op == "Reshape":
        _reshape(r, node)
    elif op == "BatchNormalization":
        if a.get("training_mode", 0):
            raise _Refused(translate("Export", "{0}: training-mode BatchNormalization is not supported").format(_label(node)))
        gamma, beta, mean, var = (r.const(node, n) for n in node.input[1:5])
        r.add({"type": "BatchNorm", "momentum": float(a.get("momentum", 0.9)), "eps": float(a.get("epsilon", 1e-5))},
              gamma=gamma, beta=beta, running_mean=mean, running_var=var)
    elif op == "LRN":
        size = int(a["size"])
        if size % 2 == 0:
            raise _Refused(translate("Export", "{0}: LRN with an even size ({1}) centres its window differently from NetBuilder's LocalResponseNorm").format(_label(node), size))
        r.add({"type": "LocalResponseNorm", "size": size, "alpha": float(a.get("alpha", 1e-4)),
               "beta": float(a.get("beta", 0.75)), "k": float(a.get("bias", 1.0))})
    elif op == "Dropout":
        rate = float(a.get("ratio", 0.5))
        if len(node.input) > 1 and node.input[1]:
            rate = float(r.const(node, node.input[1]))
        r.add({"type": "Dropout", "rate": rate})
    else:
        raise _Refused(translate("Export", "{0}: operator {1} is not supported; NetBuilder reads chains of {2}").format(_label(node), op, ', '.join(s for s in SUPPORTED if s != 'Add')))
    return 1


def _input_shape(model) -> tuple:
    inits = {t.name for t in model.graph.initializer}
    inputs = [i for i in model.graph.input if i.name not in inits]
    if len(inputs) != 1:
        raise _Refused(translate("Export", "the graph has {0} inputs; NetBuilder reads models with exactly one").format(len(inputs)))
    dims = inputs[0].type.tensor_type.shape.dim
    shape = [d.dim_value if d.HasField("dim_value") else None for d in dims][1:]
    if len(shape) not in (1, 3) or any(not d for d in shape):
        raise _Refused(translate("Export", "input {0} must be (N, features) or (N, C, H, W) with fixed sizes, not {1}").format(inputs[0].name, [d.dim_param or d.dim_value for d in dims]))
    return inputs[0].name, tuple(int(d) for d in shape)


def _default_loss(layers, shape) -> dict:
    last = layers[-1]["type"] if layers else None
    if last == "Sigmoid" and shape == (1,):
        return {"type": "binary_cross_entropy"}
    if len(shape) == 1 and shape[0] >= 2:
        return {"type": "cross_entropy"}
    return {"type": "mse"}


# What a hostile or damaged model makes the reading code below raise (a missing attribute, an input
# list too short, a tensor whose declared shape does not match its data, an absurd number...):
# each becomes one ModelFileError naming the file and the node being read.
_DAMAGE = (KeyError, IndexError, ValueError, TypeError, AttributeError, OverflowError, ZeroDivisionError,
           MemoryError, RecursionError, UnicodeError)


def _load_proto(path: pathlib.Path, onnx):
    """The parsed protobuf. Only a regular file is opened (a device would be read for ever), and
    external tensor data is never followed: a model file may not make us read other files."""
    st = stat_regular(path, translate("Export", "an ONNX model"), ModelFileError)
    room = available_memory()
    if room is not None and st.st_size > room // 2:
        raise ModelFileError(translate("Export", "{0}: is {1}, too big to read with the {2} of memory available").format(path, size_text(st.st_size), size_text(room)))
    try:
        model = onnx.load(str(path), load_external_data=False)
    except Exception as e:  # protobuf decoding errors come in several types
        raise ModelFileError(translate("Export", "{0}: not a readable ONNX model ({1}: {2})").format(path, type(e).__name__, e)) from None
    for t in model.graph.initializer:
        if t.data_location == onnx.TensorProto.EXTERNAL:
            raise ModelFileError(translate("Export", "{0}: tensor {1!r} keeps its data in another file; NetBuilder reads only self-contained ONNX models").format(path, t.name))
    return model


def _chain(path, model):
    """(reader, input shape) after reading every node of the chain."""
    name, shape = _input_shape(model)
    r = _Reader(model)
    r.shape = shape
    nodes = [n for n in model.graph.node if n.op_type != "Constant"]
    for n in model.graph.node:
        if n.op_type == "Constant":
            from onnx import numpy_helper
            r.consts[n.output[0]] = numpy_helper.to_array(_attrs(n)["value"]) if "value" in _attrs(n) else None
    current, i = name, 0
    while i < len(nodes):
        node = nodes[i]
        if not node.input or node.input[0] != current:
            raise _Refused(translate("Export", "{0}: the graph is not a plain chain (this node does not take the previous node's output {1} as its first input)").format(_label(node), current))
        try:
            used = _node(r, node, nodes, i)
        except _DAMAGE as e:
            raise _Refused(translate("Export", "{0}: cannot be read ({1}: {2})").format(_label(node), type(e).__name__, e)) from None
        current = nodes[i + used - 1].output[0]
        i += used
    outputs = [o.name for o in model.graph.output]
    if outputs != [current]:
        raise _Refused(translate("Export", "the graph's outputs {0} are not the end of its chain ({1})").format(outputs, current))
    return r, shape


def _saved_doc(path, meta: dict, doc: dict) -> dict:
    """`doc` with the loss, training and data settings of the network file NetBuilder stored in the
    metadata (read with the network file's limits); `doc` itself when there is none or it is damaged."""
    if META_NETWORK not in meta:
        return doc
    saved, problems = parse_json(meta[META_NETWORK])
    if problems or not isinstance(saved, dict):
        return doc
    return {**saved, "input": doc["input"], "layers": doc["layers"]}


def import_onnx(path) -> TrainedModel:
    """The model in an ONNX file, or ModelFileError naming the file, operator and node at fault."""
    path = pathlib.Path(path)
    try:
        onnx = require_onnx()
    except OnnxUnavailable as e:
        raise ModelFileError(f"{path}: {e}") from None
    model = _load_proto(path, onnx)
    try:
        # a string field holding invalid UTF-8 comes back from protobuf as bytes: such an entry is ignored
        meta = {p.key: p.value for p in model.metadata_props if isinstance(p.key, str) and isinstance(p.value, str)}
        r, shape = _chain(path, model)
    except _Refused as e:
        raise ModelFileError(f"{path}: {e}") from None
    except SpecError as e:
        raise ModelFileError(translate("Export", "{0}: a layer does not fit: {1}").format(path, '; '.join(map(str, e.problems[:5])))) from None
    except _DAMAGE as e:
        raise ModelFileError(translate("Export", "{0}: not a model NetBuilder can read ({1}: {2})").format(path, type(e).__name__, e)) from None
    if not r.layers:
        raise ModelFileError(translate("Export", "{0}: the graph has no operators").format(path))
    doc = {"name": model.graph.name or path.stem, "input": {"shape": list(shape)}, "layers": r.layers,
           "loss": _default_loss(r.layers, r.shape)}
    doc = _saved_doc(path, meta, doc)
    problems = document_problems(doc)  # names or texts in the graph that could not be written back
    if problems:
        raise ModelFileError(f"{path}: " + "; ".join(map(str, problems[:5])))
    try:
        spec = parse_spec(doc)
    except SpecError as e:
        raise ModelFileError(f"{path}: " + "; ".join(map(str, e.problems[:5]))) from None
    net = Network(spec, seed=spec.training.get("seed", 0))
    state = net.state_dict()
    for key, value in r.weights.items():
        if key not in state or state[key].shape != value.shape:
            raise ModelFileError(translate("Export", "{0}: {1} has shape {2}, expected {3}").format(path, key, value.shape, state[key].shape if key in state else 'no such weight'))
        state[key] = value
    try:
        check_state_arrays(path, net, state)  # non-finite or out-of-range weights
    except WeightsFileError as e:
        raise ModelFileError(str(e)) from None
    net.load_state_dict(state)
    classes = _json_meta(meta, META_CLASSES, list)
    preprocessing = _json_meta(meta, META_PREPROCESSING, dict)
    problem = preprocessing_problem(preprocessing, spec.input_shape)
    if problem:
        raise ModelFileError(translate("Export", "{0}: metadata {1}: {2}").format(path, META_PREPROCESSING, problem))
    return TrainedModel(spec, net, classes, preprocessing, {})


def _json_meta(meta, key, kind):
    value, problems = parse_json(meta.get(key, "null"))
    if problems or not isinstance(value, kind):
        return kind()
    if kind is list and not all(isinstance(v, str) for v in value):
        return kind()
    return value
