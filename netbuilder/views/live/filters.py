"""The first layer's weights drawn as pictures: what pattern each unit of the first layer looks for.

Conv kernels are shown directly; a Dense layer reading the raw image shows each unit's weight
column reshaped to the image. Colour images use the kernel's own colours (grey = 0); single-channel
ones use blue for negative, white for zero, red for positive weights. Each filter is scaled on its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from netbuilder.views.live import mosaic
from netbuilder.views.live.common import TEXT, ImageBox, LazyView, hint_label

TIP = ("The weights of the first layer, one small picture per filter (conv kernel) or per unit (Dense column "
       "reshaped to the input image).\n"
       "Look for: smooth, structured patterns (edges, colour blobs, strokes) appearing as training goes on. "
       "Filters that stay salt-and-pepper noise have not learned anything yet.")
MIN_TILE_PIXELS = 20


class FilterView(LazyView):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel("First-layer filters")
        self.caption.setStyleSheet(f"color: {TEXT}; font-weight: 600;")
        layout.addWidget(self.caption)
        self.box = ImageBox(TIP, max_zoom=5)
        layout.addWidget(self.box, 1)
        self.legend = hint_label("")
        layout.addWidget(self.legend)
        self.snapshot = None
        self.tile_count = 0
        self.clear()

    def clear(self, info=None) -> None:
        self.snapshot = None
        self.tile_count = 0
        self.caption.setText("First-layer filters")
        text = None
        if info is not None:
            text = "Waiting for the first snapshot…"
            if not info.is_image:
                text = ("The first layer reads a list of numbers, not an image,\n"
                        "so its weights do not form pictures.")
        self.box.set_empty(True, text or "No data yet — press Train")
        self.legend.setText("")

    def show_visuals(self, visuals) -> None:
        if visuals.filters is not None:
            self.snapshot = visuals.filters
            self.request_redraw()

    def redraw(self) -> None:
        f = self.snapshot
        if f is None:
            return
        images = f.images
        colour = images.ndim == 4 and images.shape[1] == 3
        tiles = mosaic.to_rgb_tiles(images, symmetric=True, table=mosaic.DIVERGING_LUT)
        tiles = mosaic.upscale(tiles, MIN_TILE_PIXELS)
        gap = max(1, tiles.shape[1] // 12)
        self.box.show_rgb(mosaic.mosaic(tiles, gap=gap, aspect=1.6))
        self.tile_count = len(tiles)
        kind = "kernels" if "Conv" in f.layer_name else "units"
        shown = f"{len(images)} of {f.total}" if len(images) < f.total else f"{f.total}"
        self.caption.setText(f"{shown} {kind} of layer {f.layer_name}, {images.shape[-2]}×{images.shape[-1]}"
                             + (f"×{images.shape[1]}" if images.ndim == 4 else ""))
        self.legend.setText("Colour = the kernel's own RGB weights, grey = 0; each filter scaled on its own."
                            if colour else "Blue = negative, white = zero, red = positive weight; each filter "
                                           "scaled on its own.")
