"""Writes model.py: a plain torch.nn.Module with one submodule per NetBuilder layer, named after it.

Every kind maps exactly (tests/export compare outputs within 1e-4 for every registered kind):
- Conv2D "same" with an even kernel pads asymmetrically (more at the bottom/right, as TensorFlow
  and NetBuilder do): an nn.ZeroPad2d before a padding-free nn.Conv2d.
- Dense stores W as (inputs, units); nn.Linear wants (units, inputs), so the loader transposes. A
  Dense after an image flattens in NCHW order, as NetBuilder does.
- BatchNorm: PyTorch's momentum is the share of the *new* batch statistic, NetBuilder's the share
  of the running value kept, so torch momentum = 1 − ours; both keep the unbiased running variance.
- LocalResponseNorm: NetBuilder uses PyTorch's convention (alpha divided by size, window size//2
  before and (size−1)//2 after), so the parameters carry over unchanged.
- A final Softmax (Sigmoid) fused with cross-entropy (binary cross-entropy): `forward` returns
  logits for the loss, `predict` adds the final activation, as NetBuilder's own fused loss does.
Writing this file never imports torch.
"""

from __future__ import annotations

from netbuilder.i18n import translate
import json

from netbuilder.export.naming import UnsupportedLayer, fused_final, layer_names


def _conv(layer, name):
    top, bottom, left, right = layer.pads
    k, s, bias = layer.kernel_size, layer.stride, layer.use_bias
    mods = []
    if top == bottom == left == right:
        pad = top
    else:
        mods.append((f"{name}_pad", f"nn.ZeroPad2d(({left}, {right}, {top}, {bottom}))"))
        pad = 0
    mods.append((name, f"nn.Conv2d({layer.in_channels}, {layer.filters}, {k}, stride={s}, padding={pad}, bias={bias})"))
    weights = [(f"{name}.weight", "W", False)] + ([(f"{name}.bias", "b", False)] if bias else [])
    return mods, weights


def _dense(layer, name):
    mods = [(name, f"nn.Linear({layer.n_in}, {layer.units}, bias={layer.use_bias})")]
    return mods, [(f"{name}.weight", "W", True)] + ([(f"{name}.bias", "b", False)] if layer.use_bias else [])


def _batchnorm(layer, name):
    dim = "1d" if len(layer.input_shape) == 1 else "2d"
    mods = [(name, f"nn.BatchNorm{dim}({layer.channels}, eps={layer.eps!r}, momentum={round(1 - layer.momentum, 12)!r})")]
    return mods, [(f"{name}.weight", "gamma", False), (f"{name}.bias", "beta", False),
                  (f"{name}.running_mean", "running_mean", False), (f"{name}.running_var", "running_var", False)]


def _simple(code):
    return lambda layer, name: ([(name, code(layer))], [])


MAPPINGS = {
    "Conv2D": _conv,
    "Dense": _dense,
    "BatchNorm": _batchnorm,
    "LocalResponseNorm": _simple(lambda l: f"nn.LocalResponseNorm({l.size}, alpha={l.alpha!r}, beta={l.beta!r}, k={l.k!r})"),
    "MaxPool2D": _simple(lambda l: f"nn.MaxPool2d({l.pool_size}, stride={l.step})"),
    "AvgPool2D": _simple(lambda l: f"nn.AvgPool2d({l.pool_size}, stride={l.step})"),
    "Dropout": _simple(lambda l: f"nn.Dropout({l.rate!r})"),
    "Flatten": _simple(lambda l: "nn.Flatten()"),
    "Identity": _simple(lambda l: "nn.Identity()"),
    "ReLU": _simple(lambda l: "nn.ReLU()"),
    "LeakyReLU": _simple(lambda l: f"nn.LeakyReLU({l.alpha!r})"),
    "Sigmoid": _simple(lambda l: "nn.Sigmoid()"),
    "Tanh": _simple(lambda l: "nn.Tanh()"),
    "Softmax": _simple(lambda l: "nn.Softmax(dim=1)"),
}

LOSS_CODE = {
    "cross_entropy": '''def loss_fn(out, target):
    """NetBuilder's cross_entropy: softmax cross-entropy on logits, mean over the batch."""
    return F.cross_entropy(out, target, label_smoothing=LOSS.get("label_smoothing", 0.0))
''',
    "binary_cross_entropy": '''def loss_fn(out, target):
    """NetBuilder's binary_cross_entropy: sigmoid cross-entropy on logits, summed per sample, mean over the batch."""
    t = target.to(out.dtype).reshape(out.shape)
    return F.binary_cross_entropy_with_logits(out, t, reduction="sum") / len(out)
''',
    "mse": '''def loss_fn(out, target):
    """NetBuilder's mse: ½·Σ(y − t)² per sample, mean over the batch; class labels become one-hot rows."""
    if out.ndim == 2 and out.shape[1] > 1 and target.ndim == 1:
        t = F.one_hot(target.long(), out.shape[1]).to(out.dtype)
    else:
        t = target.to(out.dtype).reshape(out.shape)
    return 0.5 * ((out - t) ** 2).sum() / len(out)
''',
}

TEMPLATE = '''"""{title}: exported from NetBuilder as a plain PyTorch module.

Submodules are named after the NetBuilder layers. `load_netbuilder_weights(model)` reads weights.npz
(NetBuilder's own weights file, beside this one). `forward` returns what the loss takes ({forward_doc});
`predict` returns the network's outputs exactly as NetBuilder computes them.
"""

import pathlib

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

HERE = pathlib.Path(__file__).resolve().parent
INPUT_SHAPE = {input_shape!r}
CLASS_NAMES = {class_names}
LOSS = {loss}
THRESHOLD = {threshold!r}  # a single output's decision threshold, as NetBuilder's accuracy uses it
# (parameter in this module, key in weights.npz, transpose?) for every array NetBuilder saves
WEIGHTS = [
{weights}
]


class Net(nn.Module):
    def __init__(self):
        super().__init__()
{init}

    def forward(self, x):
{forward}
        return x

    def predict(self, x):
        """The network's outputs as NetBuilder gives them (probabilities after a final Softmax)."""
{predict}


{loss_code}

def load_netbuilder_weights(model, path=HERE / "weights.npz"):
    """Copy a NetBuilder weights file (weights.npz, or trained weights saved by train.py) into `model`."""
    model = getattr(model, "module", model)  # a DistributedDataParallel wrapper
    params = dict(model.named_parameters()) | dict(model.named_buffers())
    with np.load(path, allow_pickle=False) as arrays:
        for target, key, transpose in WEIGHTS:
            value = arrays[key]
            value = value.T if transpose else value
            with torch.no_grad():
                params[target].copy_(torch.from_numpy(np.ascontiguousarray(value)))
    return model


def netbuilder_state(model):
    """The model's weights keyed as NetBuilder saves them, for writing back a weights.npz."""
    model = getattr(model, "module", model)
    params = dict(model.named_parameters()) | dict(model.named_buffers())
    out = {{}}
    for target, key, transpose in WEIGHTS:
        value = params[target].detach().cpu().numpy()
        out[key] = np.ascontiguousarray(value.T if transpose else value)
    return out
'''


def model_source(net, class_names=()) -> str:
    names = layer_names(net.layers)
    fused = fused_final(net)
    init, forward, weights = [], [], []
    for i, (layer, name) in enumerate(zip(net.layers, names)):
        if layer.kind not in MAPPINGS:
            raise UnsupportedLayer(translate("Export", "layer {0} ({1}) has no PyTorch mapping yet").format(i, layer.kind))
        mods, params = MAPPINGS[layer.kind](layer, name)
        for mod_name, code in mods:
            init.append(f"        self.{mod_name} = {code}")
        if fused and i == len(net.layers) - 1:
            continue
        if layer.kind == "Dense" and len(layer.input_shape) > 1:
            forward.append("        x = torch.flatten(x, 1)  # NCHW order, as NetBuilder flattens")
        for mod_name, _ in mods:
            forward.append(f"        x = self.{mod_name}(x)")
        weights += [f"    ({target!r}, {f'{i}.{key}'!r}, {t}),"
                    for target, key, t in params]
    final = names[-1]
    predict = (f"        return self.{final}(self.forward(x))" if fused else "        return self.forward(x)")
    return TEMPLATE.format(
        title=net.spec.name, input_shape=tuple(net.input_shape), class_names=json.dumps(list(class_names)),
        loss=repr(dict(net.spec.loss)), threshold=net.threshold, weights="\n".join(weights),
        init="\n".join(init), forward="\n".join(forward) or "        pass", predict=predict,
        forward_doc=f"logits: the final {fused} is left to the loss" if fused else "the network's outputs",
        loss_code=LOSS_CODE[net.spec.loss["type"]])
