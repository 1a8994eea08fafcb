"""Chart: one set of axes drawn to a PNG with Pillow: lines, dots, error bars, bands, legend.

Everything is drawn at `supersample` times the size and scaled down, which gives smooth (anti-aliased)
lines and text without a plotting library. Coordinates are data units; a log axis maps log10.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np
from PIL import Image, ImageDraw

from netbuilder.plotting.axis import Axis
from netbuilder.plotting.draw import dot, finite_runs, polyline
from netbuilder.plotting.fonts import font, text_size
from netbuilder.plotting.legend import LegendEntry, best_corner, draw_legend, legend_size
from netbuilder.plotting.palette import BACKGROUND, FRAME, GRID, INK, resolve


@dataclass
class PlotArea:
    """What a custom drawing hook receives: the plot area's layer (RGBA, supersampled) and mappings."""
    image: Image.Image
    draw: ImageDraw.ImageDraw
    x: Axis
    y: Axis
    scale: int

    def px(self, xs, ys) -> tuple[np.ndarray, np.ndarray]:
        """Data coordinates to pixel coordinates on `image` (y grows downward)."""
        w, h = self.image.size
        return self.x.fraction(xs) * (w - 1), (1 - self.y.fraction(ys)) * (h - 1)


@dataclass
class _Item:
    kind: str
    color: tuple[int, int, int]
    data: dict = field(default_factory=dict)


class Chart:
    """A single chart. Add series, then `render()` to a PIL image or `save(path)` to a PNG.

    Each series method returns the RGB colour it used, so related series (a run's train and
    validation curves) can share it: pass `color=` an RGB tuple, a palette index, '#rrggbb', or None
    for the next palette colour.
    """

    def __init__(self, width: int = 720, height: int = 450, *, title: str = "", xlabel: str = "",
                 ylabel: str = "", xlog: bool = False, ylog: bool = False, xlim=None, ylim=None,
                 legend: str = "best", font_size: int = 13, supersample: int = 2, xinteger: bool = False):
        if legend not in ("best", "outside", "none"):
            raise ValueError("legend must be 'best', 'outside' or 'none'")
        self.width, self.height = int(width), int(height)
        self.title, self.xlabel, self.ylabel = title, xlabel, ylabel
        self.x = Axis(log=xlog, limits=xlim, integer=xinteger)
        self.y = Axis(log=ylog, limits=ylim)
        self.legend = legend
        self.font_size = font_size
        self.s = max(1, int(supersample))
        self._items: list[_Item] = []
        self._legend: list[LegendEntry] = []
        self._next_color = 0

    # ---- series -------------------------------------------------------------------------------
    def _color(self, color):
        if color is None:
            c = resolve(None, self._next_color)
            self._next_color += 1
            return c
        return resolve(color, 0)

    def line(self, x, y, *, label: str | None = None, color=None, dashed: bool = False,
             width: float = 2.0):
        x, y = _pair(x, y)
        c = self._color(color)
        self._include(x, y)
        self._items.append(_Item("line", c, dict(x=x, y=y, dashed=dashed, width=width)))
        self._label(label, c, "dashed" if dashed else "line")
        return c

    def scatter(self, x, y, *, label: str | None = None, color=None, size: float = 4.0):
        x, y = _pair(x, y)
        c = self._color(color)
        self._include(x, y)
        self._items.append(_Item("scatter", c, dict(x=x, y=y, size=size)))
        self._label(label, c, "dot")
        return c

    def errorbars(self, x, y, err=None, *, lo=None, hi=None, label: str | None = None, color=None,
                  cap: float = 5.0, marker: bool = True):
        """Vertical bars from y-err to y+err (or from lo to hi), with caps and a dot at y."""
        x, y = _pair(x, y)
        if err is not None:
            e = np.broadcast_to(np.asarray(err, dtype=float), y.shape)
            lo, hi = y - e, y + e
        lo, hi = _pair(y, lo)[1], _pair(y, hi)[1]
        c = self._color(color)
        self._include(x, np.concatenate([lo, hi, y]))
        self._items.append(_Item("errorbars", c, dict(x=x, y=y, lo=lo, hi=hi, cap=cap, marker=marker)))
        self._label(label, c, "errorbar")
        return c

    def band(self, x, lo, hi, *, label: str | None = None, color=None, alpha: float = 0.2):
        """A shaded region between lo(x) and hi(x), drawn under every line."""
        x, lo = _pair(x, lo)
        hi = _pair(x, hi)[1]
        c = self._color(color)
        self._include(x, np.concatenate([lo, hi]))
        self._items.append(_Item("band", c, dict(x=x, lo=lo, hi=hi, alpha=alpha)))
        self._label(label, c, "band")
        return c

    def hline(self, y: float, *, color=(120, 120, 120), dashed: bool = True, label: str | None = None):
        c = resolve(color, 0)
        self._items.append(_Item("hline", c, dict(v=float(y), dashed=dashed)))
        self._label(label, c, "dashed" if dashed else "line")
        return c

    def vline(self, x: float, *, color=(120, 120, 120), dashed: bool = True, label: str | None = None):
        c = resolve(color, 0)
        self._items.append(_Item("vline", c, dict(v=float(x), dashed=dashed)))
        self._label(label, c, "dashed" if dashed else "line")
        return c

    def text(self, x: float, y: float, text: str, *, color=INK, anchor: str = "lb"):
        """Text at a data position (Pillow anchor: 'lb' = left/baseline, 'mm' = centred ...)."""
        self._items.append(_Item("text", resolve(color, 0), dict(x=float(x), y=float(y), text=text,
                                                                  anchor=anchor)))

    def custom(self, paint: Callable[[PlotArea], None], *, extent=None):
        """Paint on the plot area yourself (heat maps, contours); extent=(x0, x1, y0, y1) joins autoscale."""
        if extent is not None:
            x0, x1, y0, y1 = extent
            self._include(np.array([x0, x1]), np.array([y0, y1]))
        self._items.append(_Item("custom", (0, 0, 0), dict(paint=paint)))

    def legend_entry(self, label: str, color, style: str = "line"):
        """A legend row not tied to one series (e.g. 'dashed = train' in a neutral colour)."""
        self._legend.append(LegendEntry(label, resolve(color, 0), style))

    def set_xticks(self, values, labels) -> None:
        """Categorical x axis: ticks exactly at `values`, labelled with `labels`."""
        self.x.tick_labels = [(float(v), str(s)) for v, s in zip(values, labels)]
        positions = [v for v, _ in self.x.tick_labels]
        self.x.include(positions)
        if len(positions) > 1 and not self.x.log:   # half a category of room at each end
            self.x.pad = 0.5 / (len(positions) - 1)

    # ---- output -------------------------------------------------------------------------------
    def render(self, _above: bool = False) -> Image.Image:
        """The chart as an image. With legend="best" the legend takes a plot corner that hides no
        data; when every corner would hide some, the chart is drawn again with the legend above."""
        s = self.s
        W, H = self.width * s, self.height * s
        img = Image.new("RGB", (W, H), BACKGROUND)
        draw = ImageDraw.Draw(img)
        f_tick, f_label = font(self.font_size * s), font(self.font_size * s)
        f_title = font(int(self.font_size * 1.25) * s)
        self.x.settle()
        self.y.settle()
        xt, yt = self.x.ticks(8), self.y.ticks(6)
        line_h = text_size(draw, "Hg", f_tick)[1]
        pad = 8 * s
        left = pad + max((text_size(draw, t, f_tick)[0] for _, t in yt), default=0) + 6 * s
        if self.ylabel:
            left += line_h + pad
        top = pad + (text_size(draw, self.title, f_title)[1] + pad if self.title else 4 * s)
        bottom = pad + line_h + 6 * s + (line_h + pad if self.xlabel else 0)
        right = pad * 2
        lw, lh = legend_size(draw, self._legend, f_label, s) if self.legend != "none" else (0, 0)
        if self.legend == "outside" and lw:
            right += lw + pad
        legend_top = top
        if _above and lw:
            top += lh + pad
        x0, y0, x1, y1 = left, top, W - right, H - bottom
        if x1 - x0 < 40 * s or y1 - y0 < 40 * s:
            raise ValueError(f"chart {self.width}x{self.height} is too small for its labels")
        pw, ph = x1 - x0, y1 - y0

        def px(v):
            return x0 + self.x.fraction(v) * pw

        def py(v):
            return y1 - self.y.fraction(v) * ph

        for v, label in xt:
            X = float(px(v))
            draw.line([(X, y0), (X, y1)], fill=GRID, width=s)
            draw.line([(X, y1), (X, y1 + 4 * s)], fill=FRAME, width=s)
            draw.text((X, y1 + 6 * s), label, font=f_tick, fill=INK, anchor="ma")
        for v, label in yt:
            Y = float(py(v))
            draw.line([(x0, Y), (x1, Y)], fill=GRID, width=s)
            draw.line([(x0 - 4 * s, Y), (x0, Y)], fill=FRAME, width=s)
            draw.text((x0 - 6 * s, Y), label, font=f_tick, fill=INK, anchor="rm")

        layer = Image.new("RGBA", (pw, ph), (0, 0, 0, 0))
        area = PlotArea(layer, ImageDraw.Draw(layer), self.x, self.y, s)
        points = self._paint(area)
        img.paste(layer, (x0, y0), layer)
        draw.rectangle((x0, y0, x1, y1), outline=FRAME, width=s)

        if self.title:
            draw.text(((x0 + x1) / 2, pad), self.title, font=f_title, fill=INK, anchor="ma")
        if self.xlabel:
            draw.text(((x0 + x1) / 2, H - pad), self.xlabel, font=f_label, fill=INK, anchor="md")
        if self.ylabel:
            tw, th = text_size(draw, self.ylabel, f_label)
            label_img = Image.new("RGBA", (tw + 2 * s, th + 2 * s), (0, 0, 0, 0))
            ImageDraw.Draw(label_img).text((s, s), self.ylabel, font=f_label, fill=INK)
            rotated = label_img.rotate(90, expand=True)
            img.paste(rotated, (pad, int((y0 + y1) / 2 - rotated.height / 2)), rotated)
        if lw and self.legend == "outside":
            draw_legend(draw, self._legend, x1 + pad, y0, f_label, s)
        elif lw and _above:
            draw_legend(draw, self._legend, x0, legend_top, f_label, s)
        elif lw and self.legend == "best":
            (lx, ly), covered = best_corner(points, lw, lh, pw, ph, 6 * s)
            if covered:
                return self.render(_above=True)
            draw_legend(draw, self._legend, x0 + lx, y0 + ly, f_label, s)
        return img.resize((self.width, self.height), Image.LANCZOS) if s > 1 else img

    def save(self, path) -> None:
        save_png(self.render(), path)

    # ---- internals ----------------------------------------------------------------------------
    def _paint(self, area: PlotArea) -> list[np.ndarray]:
        """Draw every item on the plot layer; return their pixel positions (for legend placement)."""
        s, d = area.scale, area.draw
        w, h = area.image.size
        points = []
        order = {"band": 0, "hline": 1, "vline": 1, "custom": 1, "line": 2, "errorbars": 3, "scatter": 4,
                 "text": 5}
        for item in sorted(self._items, key=lambda it: order[it.kind]):
            k, c, a = item.kind, item.color, item.data
            if k == "band":
                band = Image.new("RGBA", area.image.size, (0, 0, 0, 0))
                bd = ImageDraw.Draw(band)
                fill = c + (int(255 * a["alpha"]),)
                xs, lo = area.px(a["x"], a["lo"])
                _, hi = area.px(a["x"], a["hi"])
                for run in _finite_spans(xs, lo, hi):
                    poly = [(xs[i], hi[i]) for i in run] + [(xs[i], lo[i]) for i in reversed(run)]
                    if len(poly) >= 3:
                        bd.polygon(poly, fill=fill)
                area.image.alpha_composite(band)
                points.append(np.array([xs, (lo + hi) / 2]))
            elif k in ("hline", "vline"):
                if k == "hline":
                    Y = float(area.px([0.0], [a["v"]])[1][0]) if not area.y.log or a["v"] > 0 else None
                    seg = [(0, Y), (w, Y)] if Y is not None else None
                else:
                    X = float(area.px([a["v"]], [1.0])[0][0]) if not area.x.log or a["v"] > 0 else None
                    seg = [(X, 0), (X, h)] if X is not None else None
                if seg is not None:
                    polyline(d, seg, c, int(1.5 * s), (6 * s, 4 * s) if a["dashed"] else None)
            elif k == "custom":
                a["paint"](area)
            elif k == "line":
                xs, ys = area.px(a["x"], a["y"])
                dash = (7 * s * a["width"] / 2, 4 * s * a["width"] / 2) if a["dashed"] else None
                for run in finite_runs(xs, ys):
                    polyline(d, run, c, max(1, int(round(a["width"] * s))), dash)
                points.append(np.array([xs, ys]))
            elif k == "errorbars":
                xs, ys = area.px(a["x"], a["y"])
                _, lo = area.px(a["x"], a["lo"])
                _, hi = area.px(a["x"], a["hi"])
                cap = a["cap"] * s
                for X, Y, L, H in zip(xs, ys, lo, hi):
                    if not (np.isfinite(X) and np.isfinite(L) and np.isfinite(H)):
                        continue
                    d.line([(X, L), (X, H)], fill=c, width=2 * s)
                    d.line([(X - cap, L), (X + cap, L)], fill=c, width=2 * s)
                    d.line([(X - cap, H), (X + cap, H)], fill=c, width=2 * s)
                    if a["marker"] and np.isfinite(Y):
                        dot(d, X, Y, 3.5 * s, c)
                points.append(np.array([xs, ys]))
            elif k == "scatter":
                xs, ys = area.px(a["x"], a["y"])
                for X, Y in zip(xs, ys):
                    if np.isfinite(X) and np.isfinite(Y):
                        dot(d, X, Y, a["size"] * s / 2 + 0.5 * s, c + (210,), outline=c)
                points.append(np.array([xs, ys]))
            elif k == "text":
                xs, ys = area.px([a["x"]], [a["y"]])
                if np.isfinite(xs[0]) and np.isfinite(ys[0]):
                    d.text((xs[0], ys[0]), a["text"], font=font(self.font_size * s), fill=c, anchor=a["anchor"])
        return [p for p in points if p.size]

    def _include(self, x, y) -> None:
        self.x.include(x)
        self.y.include(y)

    def _label(self, label, color, style) -> None:
        if label:
            self._legend.append(LegendEntry(str(label), color, style))


def _pair(x, y) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.shape != y.shape:
        raise ValueError(f"x has {x.size} values but y has {y.size}")
    return x, y


def _finite_spans(xs, lo, hi) -> list[list[int]]:
    ok = np.isfinite(xs) & np.isfinite(lo) & np.isfinite(hi)
    spans, cur = [], []
    for i, good in enumerate(ok):
        if good:
            cur.append(i)
        elif cur:
            spans.append(cur)
            cur = []
    if cur:
        spans.append(cur)
    return spans


def save_png(image: Image.Image, path) -> None:
    """Write a PNG atomically (a crash never leaves half an image where the old one was)."""
    from netbuilder.io.atomic import atomic_open
    with atomic_open(path, "wb") as f:
        image.save(f, format="PNG", optimize=True)
