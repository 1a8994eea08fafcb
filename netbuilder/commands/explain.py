"""`netbuilder explain NET.json --weights W.npz --layer L --unit C,ROW,COL [--sample N]`: one unit's
computation with the actual numbers (conv patch × kernel, Dense contributions, softmax)."""

from __future__ import annotations

import numpy as np

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_OK, fail
from netbuilder.commands.lab_inputs import add_model_arguments, load_inputs


def add_parser(sub):
    p = sub.add_parser("explain", help=translate("Cli", "show how one unit computes its value, with the numbers"))
    add_model_arguments(p, batch=1000)
    p.add_argument("--layer", type=int, required=True, help=translate("Cli", "layer number, from 1 as on the cards"))
    p.add_argument("--unit", default="0", help=translate("Cli", "CHANNEL,ROW,COL for image outputs, or UNIT (default 0)"))
    p.add_argument("--sample", type=int, default=0, help=translate("Cli", "which evaluation sample (default 0)"))
    p.set_defaults(run=run)


def _grid(a: np.ndarray) -> str:
    return "\n".join("    " + " ".join(f"{v:8.3f}" for v in row) for row in a)


def describe(unit) -> str:
    from netbuilder.analysis.explain import ConvUnit, DenseUnit

    if isinstance(unit, ConvUnit):
        f, r, c = unit.position
        lines = [translate("Cli", "layer {0} Conv2D, filter {1}, output pixel ({2}, {3}); reads the input at rows {4}…, columns {5}…").format(unit.layer + 1, f, r, c, unit.origin[0], unit.origin[1])]
        for ch in range(len(unit.patch)):
            lines += [translate("Cli", "  channel {0}: input patch").format(ch), _grid(unit.patch[ch]), translate("Cli", "  × kernel"), _grid(unit.kernel[ch]),
                      translate("Cli", "  = products"), _grid(unit.products[ch]), translate("Cli", "  sum {0:.4f}").format(unit.products[ch].sum())]
        lines.append(translate("Cli", "Σ all products {0:.4f} + bias {1:.4f} = {2:.4f} (the layer computed {3:.4f})").format(unit.total, unit.bias, unit.output, unit.actual))
    elif isinstance(unit, DenseUnit):
        lines = [translate("Cli", "layer {0} Dense, unit {1}: the {2} largest of {3} contributions (input × weight)").format(unit.layer + 1, unit.unit, len(unit.inputs), unit.n_inputs)]
        lines += [translate("Cli", "  input {0:>6}: {1:9.4f} × {2:9.4f} = {3:9.4f}").format(i, v, w, p)
                  for i, v, w, p in zip(unit.inputs, unit.values, unit.weights, unit.products)]
        lines.append(translate("Cli", "  the other {0} together: {1:.4f}").format(unit.n_inputs - len(unit.inputs), unit.rest))
        lines.append(translate("Cli", "Σ {0:.4f} + bias {1:.4f} = {2:.4f} (the layer computed {3:.4f})").format(unit.total, unit.bias, unit.output, unit.actual))
    else:
        lines = [translate("Cli", "layer {0} Softmax").format(unit.layer + 1), f"{'class':>6} {'logit':>9} {'− max':>9} {'exp':>10} "
                 f"{'/ Σ':>9} {'sigmoid':>9}"]
        lines += [f"{k:>6} {z:9.4f} {s:9.4f} {e:10.4g} {p:9.4f} {g:9.4f}" for k, (z, s, e, p, g) in
                  enumerate(zip(unit.logits, unit.shifted, unit.exps, unit.probabilities, unit.sigmoid))]
        lines.append(translate("Cli", "Σ exp = {0:.4g}; softmax sums to 1 and sharpens differences, the sigmoids sum to {1:.3f}").format(unit.total, unit.sigmoid.sum()))
        return "\n".join(lines)
    lines += [translate("Cli", "then {0} (layer {1}): {2:.4f} → {3:.4f}").format(s.kind, s.layer + 1, s.before, s.after) for s in unit.steps]
    return "\n".join(lines)


def run(args) -> int:
    from netbuilder.analysis.explain import explain_unit

    inputs, code = load_inputs(args)
    if inputs is None:
        return code
    if not 0 <= args.sample < len(inputs.x):
        return fail(translate("Cli", "--sample {0}: the evaluation batch has {1} samples").format(args.sample, len(inputs.x)))
    if not 1 <= args.layer <= len(inputs.net.layers):
        return fail(translate("Cli", "--layer {0}: the network has layers 1 to {1}").format(args.layer, len(inputs.net.layers)))
    try:
        position = tuple(int(v) for v in args.unit.split(","))
        unit = explain_unit(inputs.net, inputs.x[args.sample], args.layer - 1, position)
    except ValueError as e:
        return fail(translate("Cli", "--unit {0}: {1}").format(args.unit, e))
    print(translate("Cli", "sample {0} of the {1} split (label {2})").format(args.sample, inputs.split, int(np.asarray(inputs.y[args.sample]).reshape(-1)[0])))
    print(describe(unit))
    return EXIT_OK
