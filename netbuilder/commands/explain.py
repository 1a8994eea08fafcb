"""`netbuilder explain NET.json --weights W.npz --layer L --unit C,ROW,COL [--sample N]`: one unit's
computation with the actual numbers (conv patch × kernel, Dense contributions, softmax)."""

from __future__ import annotations

import numpy as np

from netbuilder.commands.common import EXIT_OK, fail
from netbuilder.commands.lab_inputs import add_model_arguments, load_inputs


def add_parser(sub):
    p = sub.add_parser("explain", help="show how one unit computes its value, with the numbers")
    add_model_arguments(p, batch=1000)
    p.add_argument("--layer", type=int, required=True, help="layer number, from 1 as on the cards")
    p.add_argument("--unit", default="0", help="CHANNEL,ROW,COL for image outputs, or UNIT (default 0)")
    p.add_argument("--sample", type=int, default=0, help="which evaluation sample (default 0)")
    p.set_defaults(run=run)


def _grid(a: np.ndarray) -> str:
    return "\n".join("    " + " ".join(f"{v:8.3f}" for v in row) for row in a)


def describe(unit) -> str:
    from netbuilder.analysis.explain import ConvUnit, DenseUnit

    if isinstance(unit, ConvUnit):
        f, r, c = unit.position
        lines = [f"layer {unit.layer + 1} Conv2D, filter {f}, output pixel ({r}, {c}); "
                 f"reads the input at rows {unit.origin[0]}…, columns {unit.origin[1]}…"]
        for ch in range(len(unit.patch)):
            lines += [f"  channel {ch}: input patch", _grid(unit.patch[ch]), "  × kernel", _grid(unit.kernel[ch]),
                      "  = products", _grid(unit.products[ch]), f"  sum {unit.products[ch].sum():.4f}"]
        lines.append(f"Σ all products {unit.total:.4f} + bias {unit.bias:.4f} = {unit.output:.4f} "
                     f"(the layer computed {unit.actual:.4f})")
    elif isinstance(unit, DenseUnit):
        lines = [f"layer {unit.layer + 1} Dense, unit {unit.unit}: the {len(unit.inputs)} largest of "
                 f"{unit.n_inputs} contributions (input × weight)"]
        lines += [f"  input {i:>6}: {v:9.4f} × {w:9.4f} = {p:9.4f}"
                  for i, v, w, p in zip(unit.inputs, unit.values, unit.weights, unit.products)]
        lines.append(f"  the other {unit.n_inputs - len(unit.inputs)} together: {unit.rest:.4f}")
        lines.append(f"Σ {unit.total:.4f} + bias {unit.bias:.4f} = {unit.output:.4f} (the layer computed {unit.actual:.4f})")
    else:
        lines = [f"layer {unit.layer + 1} Softmax", f"{'class':>6} {'logit':>9} {'− max':>9} {'exp':>10} "
                 f"{'/ Σ':>9} {'sigmoid':>9}"]
        lines += [f"{k:>6} {z:9.4f} {s:9.4f} {e:10.4g} {p:9.4f} {g:9.4f}" for k, (z, s, e, p, g) in
                  enumerate(zip(unit.logits, unit.shifted, unit.exps, unit.probabilities, unit.sigmoid))]
        lines.append(f"Σ exp = {unit.total:.4g}; softmax sums to 1 and sharpens differences, "
                     f"the sigmoids sum to {unit.sigmoid.sum():.3f}")
        return "\n".join(lines)
    lines += [f"then {s.kind} (layer {s.layer + 1}): {s.before:.4f} → {s.after:.4f}" for s in unit.steps]
    return "\n".join(lines)


def run(args) -> int:
    from netbuilder.analysis.explain import explain_unit

    inputs, code = load_inputs(args)
    if inputs is None:
        return code
    if not 0 <= args.sample < len(inputs.x):
        return fail(f"--sample {args.sample}: the evaluation batch has {len(inputs.x)} samples")
    if not 1 <= args.layer <= len(inputs.net.layers):
        return fail(f"--layer {args.layer}: the network has layers 1 to {len(inputs.net.layers)}")
    try:
        position = tuple(int(v) for v in args.unit.split(","))
        unit = explain_unit(inputs.net, inputs.x[args.sample], args.layer - 1, position)
    except ValueError as e:
        return fail(f"--unit {args.unit}: {e}")
    print(f"sample {args.sample} of the {inputs.split} split (label {int(np.asarray(inputs.y[args.sample]).reshape(-1)[0])})")
    print(describe(unit))
    return EXIT_OK
