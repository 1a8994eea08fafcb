"""Charts of the learning lab (netbuilder.analysis): the loss along one weight (several runs on
one chart), the loss along the line from initial to final weights, and the loss plane as a contour
map with the training trajectory. Each returns a Chart; `.save(path)` writes the PNG."""

from __future__ import annotations

import numpy as np

from netbuilder.plotting.chart import Chart
from netbuilder.plotting.contour import contour_painter


def weight_sweep_chart(sweeps, labels=None, width: int = 760, height: int = 460) -> Chart:
    """One curve per sweep (e.g. a sigmoid and a ReLU net), the current value as a dot and the
    gradient's tangent dashed in the same colour."""
    labels = labels or [s.label for s in sweeps]
    title = "Loss along one weight" if len(sweeps) > 1 else f"Loss along {sweeps[0].label}"
    c = Chart(width, height, title=title, xlabel="weight value", ylabel="loss on the evaluation batch")
    for s, label in zip(sweeps, labels):
        col = c.line(s.values, s.losses, label=label)
        c.scatter([s.value], [s.loss], color=col, size=6)
        half = 0.25 * (s.values[-1] - s.values[0])
        xs = np.array([s.value - half, s.value + half])
        ys = s.tangent(xs)
        lo, hi = float(np.min(s.losses)), float(np.max(s.losses))
        keep = (ys >= lo - 0.5 * (hi - lo + 1e-9)) & (ys <= hi + 0.5 * (hi - lo + 1e-9))
        if keep.all():
            c.line(xs, ys, color=col, dashed=True, width=1.5)
    c.legend_entry("dashed = gradient's tangent", (120, 120, 120), "dashed")
    return c


def line_chart(line, width: int = 760, height: int = 420) -> Chart:
    """The loss from the initial (t = 0) to the final (t = 1) weights; ASCII "t" and "-": the chart
    font has no α or minus sign."""
    c = Chart(width, height, title="Loss from the initial (0) to the final (1) weights",
              xlabel="t: weights = (1 - t)·initial + t·final", ylabel="loss", ylog=bool(np.all(line.losses > 0)))
    col = c.line(line.alphas, line.losses)
    for a in (0.0, 1.0):
        k = int(np.argmin(np.abs(line.alphas - a)))
        c.scatter([line.alphas[k]], [line.losses[k]], color=col, size=6)
    return c


def plane_chart(plane, width: int = 760, height: int = 640) -> Chart:
    """Contour map of plane.losses (colour: log10 loss), the final weights at (0, 0), and the
    trajectory's stored epochs joined in order."""
    xs, ys = plane.alphas, plane.betas
    if plane.directions == "trajectory":
        share = plane.explained or (float("nan"), float("nan"))
        xl, yl = (f"PCA direction {k + 1} ({share[k]:.0%} of the path's variance)" for k in (0, 1))
        title = "Loss around the final weights, in the plane of the training path"
    else:
        xl, yl = "random direction 1 (filter-normalised)", "random direction 2 (filter-normalised)"
        title = "Loss around the final weights along two random directions"
    finite = plane.losses[np.isfinite(plane.losses)]
    if finite.size:
        title += f" (loss {finite.min():.3g} … {finite.max():.3g})"
    c = Chart(width, height, title=title, xlabel=xl, ylabel=yl, xlim=(xs[0], xs[-1]), ylim=(ys[0], ys[-1]),
              legend="best")
    c.custom(contour_painter(xs, ys, plane.losses), extent=(xs[0], xs[-1], ys[0], ys[-1]))
    if plane.trajectory is not None and len(plane.trajectory):
        path = plane.trajectory
        col = c.line(path[:, 0], path[:, 1], color=(255, 255, 255), width=2.5, label="training path")
        c.scatter(path[:, 0], path[:, 1], color=(230, 159, 0), size=4)
        for (a, b), epoch in zip(path, plane.epochs):
            if epoch == plane.epochs[0] or epoch == plane.epochs[-1]:
                c.text(a, b, f" epoch {epoch}", color=col)
    c.scatter([0.0], [0.0], color=(213, 94, 0), size=6, label="final weights")
    return c
