"""`netbuilder landscape NET.json --weights W.npz ...`: the loss along one weight, along the line
from the initial to the final weights, or over a plane, written as a PNG.

    --weight LAYER:INDEX   (or LAYER:PARAM:INDEX, or "largest": the weight with the largest gradient now)
    --line                 initial weights (the file's seed) → final weights (--weights)
    --plane [--grid 21]    two filter-normalised random directions, or --trajectory T.npz (written by
                           `netbuilder train --trajectory`) for the plane of the training path
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time

from netbuilder.i18n import translate
from netbuilder.commands.common import EXIT_OK, fail
from netbuilder.commands.lab_inputs import add_model_arguments, load_inputs, parse_weight
from netbuilder.format import range_text


def add_parser(sub):
    p = sub.add_parser("landscape", help=translate("Cli", "plot the loss along a weight, a line or a plane of weight space (PNG)"))
    add_model_arguments(p, batch=1000)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--weight", metavar="LAYER:INDEX", help=translate("Cli", 'one weight (layers from 1), or "largest"'))
    what.add_argument("--line", action="store_true", help=translate("Cli", "from the initial to the final weights"))
    what.add_argument("--plane", action="store_true", help=translate("Cli", "a 2-D slice through the final weights"))
    p.add_argument("--out", required=True, metavar="FILE.png")
    p.add_argument("--points", type=int, default=41, help=translate("Cli", "points along a weight or the line (default 41)"))
    p.add_argument("--span", type=float, help=translate("Cli", "half-width of the sweep or of the plane (default: automatic)"))
    p.add_argument("--grid", type=int, default=21, help=translate("Cli", "plane resolution, grid × grid (default 21)"))
    p.add_argument("--trajectory", metavar="T.npz", help=translate("Cli", "weights stored at each epoch (plane and line)"))
    p.add_argument("--directions", choices=("random", "trajectory"),
                   help=translate("Cli", "plane directions (default: trajectory when --trajectory is given)"))
    p.add_argument("--seed", type=int, default=0, help=translate("Cli", "seed of the random directions"))
    p.add_argument("--compare", action="append", default=[], metavar="MODEL[:W.npz]",
                   help=translate("Cli", "with --weight: sweep the same weight of another network onto the same chart "
                        "(e.g. the ReLU twin of a sigmoid net); repeatable"))
    p.set_defaults(run=run)


class _Progress:
    """A progress counter on stderr: one rewritten line on a terminal, a line per 10 % otherwise."""

    def __init__(self, what: str):
        self.what, self.started, self.last, self.tty = what, time.perf_counter(), 0.0, sys.stderr.isatty()
        self.tenth = -1

    def __call__(self, done: int, total: int) -> None:
        now = time.perf_counter()
        text = f"{self.what}: {done}/{total} ({now - self.started:.1f}s)"
        if self.tty and (now - self.last > 0.5 or done == total):
            self.last = now
            print("\r" + text, end="\n" if done == total else "", file=sys.stderr, flush=True)
        elif not self.tty and done * 10 // max(total, 1) > self.tenth:
            self.tenth = done * 10 // max(total, 1)
            print(text, file=sys.stderr, flush=True)


def run(args) -> int:
    from netbuilder.analysis.directions import learned
    from netbuilder.analysis.landscape import loss_line, loss_plane
    from netbuilder.analysis.trajectory import Trajectory
    from netbuilder.analysis.weight_sweep import largest_gradient_weight, sweep_weight
    from netbuilder.engine.network import Network
    from netbuilder.io.weights import WeightsFileError
    from netbuilder.plotting.landscape import line_chart, plane_chart, weight_sweep_chart

    if args.points < 2 or args.grid < 2:
        return fail(translate("Cli", "--points and --grid must be at least 2"))
    if args.weight:
        try:
            target = parse_weight(args.weight)
        except ValueError as e:
            return fail(str(e))
    inputs, code = load_inputs(args)
    if inputs is None:
        return code
    net, x, y = inputs.net, inputs.x, inputs.y
    trajectory = None
    if args.trajectory:
        try:
            trajectory = Trajectory.load(args.trajectory)
            if not inputs.trained:  # a bare network file: the trajectory's last epoch is the trained network
                net.load_state_dict({**net.state_dict(), **trajectory.states[-1]})
        except (WeightsFileError, ValueError) as e:
            return fail(f"{args.trajectory}: {e}")
    if args.compare and not args.weight:
        return fail(translate("Cli", "--compare works with --weight"))
    if args.weight:
        models = [(args.network, inputs)]
        for other in args.compare:
            path, _, weights = other.partition(":")
            more, code = load_inputs(argparse.Namespace(**{**vars(args), "network": path, "weights": weights or None}))
            if more is None:
                return code
            models.append((path, more))
        sweeps = []
        for path, m in models:
            try:
                layer, param, index = target if target else largest_gradient_weight(m.net, m.x, m.y)
                sweep = sweep_weight(m.net, m.x, m.y, layer, index, param, span=args.span, points=args.points,
                                     progress=_Progress(translate("Cli", "sweeping ({0})").format(pathlib.Path(path).stem)))
            except ValueError as e:
                return fail(f"{path}: {e}")
            sweep.label = f"{m.spec.name or pathlib.Path(path).stem}: {sweep.label}"
            sweeps.append(sweep)
            print(translate("Cli", "{0}: value {1:.4g}, loss {2:.4f}, gradient {3:.4g}; loss over the sweep {4} … {5}").format(sweep.label, sweep.value, sweep.loss, sweep.gradient, *range_text(float(sweep.losses.min()), float(sweep.losses.max()))))
        chart = weight_sweep_chart(sweeps)
    elif args.line:
        initial = trajectory.states[0] if trajectory else learned(Network(inputs.spec, seed=inputs.spec.training["seed"]))
        line = loss_line(net, x, y, initial, points=args.points, progress=_Progress("line"))
        chart = line_chart(line)
        print(translate("Cli", "loss at the initial weights {0:.4f}, at the final {1:.4f} ({2:.1f}s)").format(line.losses[abs(line.alphas).argmin()], line.losses[abs(line.alphas - 1).argmin()], line.seconds))
    else:
        try:
            plane = loss_plane(net, x, y, grid=args.grid, directions=args.directions, span=args.span, seed=args.seed,
                               states=trajectory.states if trajectory else None,
                               epochs=trajectory.epochs if trajectory else None, progress=_Progress("plane"))
        except ValueError as e:
            return fail(str(e))
        chart = plane_chart(plane)
        print(translate("Cli", "{0}×{1} plane ({2} directions) on {3} {4} samples: {5:.1f}s; loss {6:.4f} … {7:.4f}, at the weights {8:.4f}").format(args.grid, args.grid, plane.directions, len(x), inputs.split, plane.seconds, plane.losses.min(), plane.losses.max(), plane.center_loss))
    chart.save(args.out)
    print(translate("Cli", "wrote {0}").format(args.out))
    return EXIT_OK
