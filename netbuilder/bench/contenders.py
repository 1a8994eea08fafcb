"""A training step of a benchmark net, ours and its PyTorch twin, with the same optimizer settings."""

from __future__ import annotations

from netbuilder.bench.nets import OPTIMIZERS, spec_for


def ours_step(name: str, optimizer: str = "adam"):
    """(step(x, t) -> loss, network): loss_and_gradients and the optimizer's update, in float32."""
    import numpy as np

    from netbuilder.engine import Network
    from netbuilder.engine.optim import make_optimizer
    net = Network.from_spec(spec_for(name), seed=0, dtype=np.float32)
    opt = make_optimizer(dict(OPTIMIZERS[optimizer]))

    def step(x, t):
        loss = net.loss_and_gradients(x, t)
        opt.step(net.layers)
        return loss
    return step, net


def torch_model(net):
    """The same architecture in PyTorch (train mode), built from our network's inferred shapes."""
    import torch
    modules = []
    for layer in net.layers:
        kind, cfg = layer.kind, layer.config
        if kind == "Dense":
            if len(layer.input_shape) > 1:
                modules.append(torch.nn.Flatten())
            modules.append(torch.nn.Linear(layer.n_in, cfg["units"], bias=cfg["use_bias"]))
        elif kind == "Conv2D":
            top, bottom, left, right = layer.pads
            if top != bottom or left != right:
                modules.append(torch.nn.ZeroPad2d((left, right, top, bottom)))
                top = left = 0
            modules.append(torch.nn.Conv2d(layer.in_channels, cfg["filters"], cfg["kernel_size"],
                                           stride=cfg["stride"], padding=(top, left), bias=cfg["use_bias"]))
        elif kind == "BatchNorm":
            norm = torch.nn.BatchNorm2d if len(layer.input_shape) == 3 else torch.nn.BatchNorm1d
            modules.append(norm(layer.channels, eps=cfg["eps"], momentum=1 - cfg["momentum"]))
        elif kind == "MaxPool2D":
            modules.append(torch.nn.MaxPool2d(cfg["pool_size"], cfg["stride"]))
        elif kind == "Dropout":
            modules.append(torch.nn.Dropout(cfg["rate"]))
        elif kind in ("ReLU", "Sigmoid") and layer is not net.layers[-1]:
            modules.append(getattr(torch.nn, kind)())
        elif kind == "Softmax" and layer is net.layers[-1]:
            pass  # fused into cross_entropy, as in our engine
        else:
            raise ValueError(f"no PyTorch twin for {kind}")
    torch.manual_seed(0)
    return torch.nn.Sequential(*modules).train()


def torch_step(name: str, net, optimizer: str = "adam"):
    """A PyTorch training step of the same network, with the same optimizer settings."""
    import torch
    import torch.nn.functional as F
    model = torch_model(net)
    settings = {k: v for k, v in OPTIMIZERS[optimizer].items() if k != "type"}
    opt = (torch.optim.SGD if optimizer == "sgd" else torch.optim.Adam)(model.parameters(), **settings)

    def step(x, t):
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x), t)
        loss.backward()
        opt.step()
        return loss
    return step, model
