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

from netbuilder.commands.common import EXIT_OK, fail
from netbuilder.commands.lab_inputs import add_model_arguments, load_inputs, parse_weight


def add_parser(sub):
    p = sub.add_parser("landscape", help="plot the loss along a weight, a line or a plane of weight space (PNG)")
    add_model_arguments(p, batch=1000)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--weight", metavar="LAYER:INDEX", help='one weight (layers from 1), or "largest"')
    what.add_argument("--line", action="store_true", help="from the initial to the final weights")
    what.add_argument("--plane", action="store_true", help="a 2-D slice through the final weights")
    p.add_argument("--out", required=True, metavar="FILE.png")
    p.add_argument("--points", type=int, default=41, help="points along a weight or the line (default 41)")
    p.add_argument("--span", type=float, help="half-width of the sweep or of the plane (default: automatic)")
    p.add_argument("--grid", type=int, default=21, help="plane resolution, grid × grid (default 21)")
    p.add_argument("--trajectory", metavar="T.npz", help="weights stored at each epoch (plane and line)")
    p.add_argument("--directions", choices=("random", "trajectory"),
                   help="plane directions (default: trajectory when --trajectory is given)")
    p.add_argument("--seed", type=int, default=0, help="seed of the random directions")
    p.add_argument("--compare", action="append", default=[], metavar="NET.json[:W.npz]",
                   help="with --weight: sweep the same weight of another network onto the same chart "
                        "(e.g. the ReLU twin of a sigmoid net); repeatable")
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
        return fail("--points and --grid must be at least 2")
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
            net.load_state_dict({**net.state_dict(), **trajectory.states[-1]}) if not args.weights else None
        except (WeightsFileError, ValueError) as e:
            return fail(f"{args.trajectory}: {e}")
    if args.compare and not args.weight:
        return fail("--compare works with --weight")
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
                                     progress=_Progress(f"sweeping ({pathlib.Path(path).stem})"))
            except ValueError as e:
                return fail(f"{path}: {e}")
            sweep.label = f"{m.spec.name or pathlib.Path(path).stem}: {sweep.label}"
            sweeps.append(sweep)
            print(f"{sweep.label}: value {sweep.value:.4g}, loss {sweep.loss:.4f}, gradient {sweep.gradient:.4g}; "
                  f"loss over the sweep {sweep.losses.min():.4f} … {sweep.losses.max():.4f}")
        chart = weight_sweep_chart(sweeps)
    elif args.line:
        initial = trajectory.states[0] if trajectory else learned(Network(inputs.spec, seed=inputs.spec.training["seed"]))
        line = loss_line(net, x, y, initial, points=args.points, progress=_Progress("line"))
        chart = line_chart(line)
        print(f"loss at the initial weights {line.losses[abs(line.alphas).argmin()]:.4f}, "
              f"at the final {line.losses[abs(line.alphas - 1).argmin()]:.4f} ({line.seconds:.1f}s)")
    else:
        try:
            plane = loss_plane(net, x, y, grid=args.grid, directions=args.directions, span=args.span, seed=args.seed,
                               states=trajectory.states if trajectory else None,
                               epochs=trajectory.epochs if trajectory else None, progress=_Progress("plane"))
        except ValueError as e:
            return fail(str(e))
        chart = plane_chart(plane)
        print(f"{args.grid}×{args.grid} plane ({plane.directions} directions) on {len(x)} {inputs.split} samples: "
              f"{plane.seconds:.1f}s; loss {plane.losses.min():.4f} … {plane.losses.max():.4f}, "
              f"at the weights {plane.center_loss:.4f}")
    chart.save(args.out)
    print(f"wrote {args.out}")
    return EXIT_OK
