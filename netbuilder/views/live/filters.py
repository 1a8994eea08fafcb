"""The first layer's weights drawn as pictures: what pattern each unit of the first layer looks for.

Conv kernels are shown directly; a Dense layer reading the raw image shows each unit's weight
column reshaped to the image. Colour images use the kernel's own colours (grey = 0); single-channel
ones use blue for negative, white for zero, red for positive weights. Each filter is scaled on its own.

The grid is laid out for the space it has: the number of columns is the one that makes the tiles
largest in the current box (eight 5×5 kernels become a 2×4 block of large tiles, not a thin strip),
each weight is a crisp nearest-neighbour square, and hovering a tile shows its numbers.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout

from netbuilder.i18n import QT_TRANSLATE_NOOP
from netbuilder.views.live import mosaic
from netbuilder.views import theme
from netbuilder.views.live.plot import ImageBox, hint_label
from netbuilder.views.live.redraw import LazyView
from netbuilder.views.translation import translate

TIP = (QT_TRANSLATE_NOOP("LiveFilters", "The weights of the first layer, one small picture per filter (conv kernel) or per unit (Dense column "
       "reshaped to the input image). Hover a filter for its numbers.\n"
       "Look for: smooth, structured patterns (edges, colour blobs, strokes) appearing as training goes on. "
       "Filters that stay salt-and-pepper noise have not learned anything yet."))
MIN_TILE_PIXELS = 20
MAX_SCREEN_PIXELS_PER_WEIGHT = 36  # one 3×3 kernel alone must not become a wall-sized block
MAX_MATRIX_SIDE = 7                # kernels up to 7×7 show every number on hover


def weights_text(kernel: np.ndarray, row: int | None = None, col: int | None = None) -> str:
    """A kernel's numbers for a tooltip: the full matrix when small (the hovered weight in bold),
    else its range and the weight under the cursor. `kernel` is (H, W) or (C, H, W)."""
    k = np.asarray(kernel, dtype=np.float64)
    if k.ndim == 3 and len(k) != 3:
        k = k.mean(axis=0)  # one channel, or many drawn as their mean: the numbers of the picture shown
    channels = [("", k)] if k.ndim == 2 else [(f"{'RGB'[c]}: ", k[c]) for c in range(3)]
    h, w = channels[0][1].shape
    lines = [translate("LiveFilters", "min {0:+.3f} · max {1:+.3f} · mean {2:+.3f}").format(k.min(), k.max(), k.mean())]
    if h <= MAX_MATRIX_SIDE and w <= MAX_MATRIX_SIDE:
        for name, m in channels:
            if name:
                lines.append(f"<b>{name.rstrip(': ')}</b>")
            for r in range(h):
                cells = [f"<b>{m[r, c]:+.3f}</b>" if (r, c) == (row, col) else f"{m[r, c]:+.3f}" for c in range(w)]
                lines.append("&nbsp;".join(cells))
    elif row is not None and col is not None:
        here = ", ".join(f"{name}{m[row, col]:+.4f}" for name, m in channels)
        lines.append(translate("LiveFilters", "row {0}, column {1}: {2}").format(row + 1, col + 1, here))
    return "<pre style='margin:0'>" + "<br>".join(lines) + "</pre>"


class FilterBox(ImageBox):
    """The image box, telling its view when its shape changes (the best grid may change with it)."""

    def __init__(self, on_resize, *args, **kwargs):
        self._on_resize = on_resize
        super().__init__(*args, **kwargs)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._on_resize()


class FilterView(LazyView):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(translate("LiveFilters", "First-layer filters"))
        self.caption.setObjectName("caption")
        layout.addWidget(self.caption)
        self._grid = None  # (cols, tile_h, tile_w, gap, scale) of what is drawn
        self.snapshot = None
        self.box = FilterBox(self._box_resized, translate("LiveFilters", TIP), max_zoom=MAX_SCREEN_PIXELS_PER_WEIGHT)
        self.box.scene().sigMouseMoved.connect(self._hover)
        layout.addWidget(self.box, 1)
        self.legend = hint_label("")
        layout.addWidget(self.legend)
        self.tile_count = 0
        self.clear()

    def clear(self, info=None) -> None:
        self.snapshot = None
        self.tile_count = 0
        self._grid = None
        self.caption.setText(translate("LiveFilters", "First-layer filters"))
        text = None
        if info is not None:
            text = translate("LiveFilters", "Waiting for the first snapshot…")
            if not info.is_image:
                text = (translate("LiveFilters", "The first layer reads a list of numbers, not an image,\n"
                        "so its weights do not form pictures."))
        self.box.set_empty(True, text or translate("LiveFilters", "No data yet — press Train"))
        self.legend.setText("")

    def show_visuals(self, visuals) -> None:
        if visuals.filters is not None:
            self.snapshot = visuals.filters
            self.request_redraw()

    def _box_resized(self) -> None:
        """A new shape of box may want another number of columns."""
        if self._grid is not None and self.snapshot is not None:
            cols = self._columns(len(self.snapshot.images), self._grid[1], self._grid[2], self._grid[3])
            if cols != self._grid[0]:
                self.request_redraw()

    def _columns(self, n: int, tile_h: int, tile_w: int, gap: int) -> int:
        return mosaic.best_columns(n, tile_h, tile_w, gap, max(self.box.width(), 1), max(self.box.height(), 1))

    def redraw(self) -> None:
        f = self.snapshot
        if f is None:
            return
        images = f.images
        colour = images.ndim == 4 and images.shape[1] == 3
        tiles = mosaic.to_rgb_tiles(images, symmetric=True, table=mosaic.weight_lut())
        scale = max(1, -(-MIN_TILE_PIXELS // max(min(tiles.shape[1:3]), 1)))
        tiles = mosaic.upscale(tiles, MIN_TILE_PIXELS)
        h, w = tiles.shape[1:3]
        gap = max(1, h // 10)  # a thin frame: about half a weight
        cols = self._columns(len(tiles), h, w, gap)
        self.box.max_zoom = MAX_SCREEN_PIXELS_PER_WEIGHT / scale
        self.box.show_rgb(mosaic.mosaic(tiles, cols=cols, gap=gap, background=mosaic.frame_color()))
        self._grid = (cols, h, w, gap, scale)
        self.tile_count = len(tiles)
        kind = "kernels" if "Conv" in f.layer_name else "units"
        shown = translate("LiveFilters", "{0} of {1}").format(len(images), f.total) if len(images) < f.total else f"{f.total}"
        self.caption.setText(translate("LiveFilters", "{0} {1} of layer {2}, {3}×{4}").format(shown, kind, f.layer_name, images.shape[-2], images.shape[-1])
                             + (f"×{images.shape[1]}" if images.ndim == 4 else ""))
        self.legend.setText(translate("LiveFilters", "Colour = the kernel's own RGB weights, grey = 0; each filter scaled on its own. "
                            "Hover a filter for its numbers.")
                            if colour else translate("LiveFilters", "Blue = negative, {0} = zero, red = positive weight; each filter scaled on its own. Hover a filter for its numbers.").format('dark' if theme.palette().dark else 'white'))

    def tile_under(self, scene_pos) -> tuple[int, int, int] | None:
        """(filter index, weight row, weight column) under a scene point, or None (a gap, outside)."""
        if self._grid is None or self.snapshot is None:
            return None
        cols, h, w, gap, scale = self._grid
        p = self.box.image.mapFromScene(scene_pos)
        i = mosaic.tile_at(p.x(), p.y(), len(self.snapshot.images), cols, h, w, gap)
        if i is None:
            return None
        return i, int(p.y()) % (h + gap) // scale, int(p.x()) % (w + gap) // scale

    def _hover(self, pos) -> None:
        hit = self.tile_under(pos)
        if hit is None:
            QToolTip.hideText()
            return
        i, row, col = hit
        kernel = self.snapshot.images[i]
        kind = "kernel" if "Conv" in self.snapshot.layer_name else "unit"
        QToolTip.showText(QCursor.pos(), translate("LiveFilters", "<b>{0} {1}</b> of layer {2}").format(kind, i + 1, self.snapshot.layer_name)
                          + weights_text(kernel, row, col), self.box)
