"""Many small images as one RGB picture, plus the colour maps the live views share.

Drawing 64 feature maps as 64 plot items would cost 64 view boxes on every refresh; one mosaic
image costs one `setImage`. The colour maps are built here from the palette's anchor colours
(views/theme.py) rather than loaded from pyqtgraph's data files, so a packaged build needs nothing
beyond the code, and a theme change swaps them.
"""

from __future__ import annotations

import functools
import math

import numpy as np

from netbuilder.views import theme


@functools.cache
def lut(anchors: tuple, n: int = 256) -> np.ndarray:
    """(n, 3) uint8 lookup table interpolating the anchor colours evenly."""
    anchors = np.asarray(anchors, dtype=np.float64)
    pos = np.linspace(0, 1, len(anchors))
    t = np.linspace(0, 1, n)
    table = np.stack([np.interp(t, pos, anchors[:, c]) for c in range(3)], axis=1).round().astype(np.uint8)
    table.flags.writeable = False  # cached and shared
    return table


def activation_lut() -> np.ndarray:
    """Perceptually even, dark = low: for activations (the palette's map, viridis in both themes)."""
    return lut(theme.palette().activation_map)


def weight_lut() -> np.ndarray:
    """Diverging, zero in the middle: for weights, whose sign matters."""
    return lut(theme.palette().weight_map)


def gap_color() -> tuple:
    return theme.palette().tile_gap


def frame_color() -> tuple:
    """Between weight tiles, whose zero is the map's middle colour: a visible edge around it."""
    return theme.palette().tile_frame


def grid_shape(n: int, aspect: float = 1.0) -> tuple[int, int]:
    """(rows, cols) for n tiles, about `aspect` times as wide as tall."""
    if n <= 0:
        return 0, 0
    cols = max(1, math.ceil(math.sqrt(n * aspect)))
    rows = math.ceil(n / cols)
    return rows, cols


def normalize_each(maps: np.ndarray, symmetric: bool = False) -> np.ndarray:
    """Scale every map (first axis) on its own to [0, 1]; `symmetric` keeps 0 at 0.5 (weights).
    A flat map comes out all 0 (or 0.5), not as amplified noise."""
    maps = np.nan_to_num(np.asarray(maps, dtype=np.float32))
    flat = maps.reshape(len(maps), -1)
    if symmetric:
        scale = np.abs(flat).max(axis=1) if flat.size else np.zeros(len(maps))
        scale = np.where(scale > 1e-12, scale, 1.0)
        out = 0.5 + 0.5 * flat / scale[:, None]
    else:
        lo = flat.min(axis=1) if flat.size else np.zeros(len(maps))
        span = (flat.max(axis=1) - lo) if flat.size else np.zeros(len(maps))
        out = np.where(span[:, None] > 1e-12, (flat - lo[:, None]) / np.where(span > 1e-12, span, 1)[:, None], 0.0)
    return out.reshape(maps.shape).astype(np.float32)


def colorize(values: np.ndarray, table: np.ndarray) -> np.ndarray:
    """[0, 1] values (any shape) -> uint8 RGB (shape + (3,)) through a lookup table."""
    idx = np.clip(np.nan_to_num(values) * (len(table) - 1), 0, len(table) - 1).round().astype(np.intp)
    return table[idx]


def to_rgb_tiles(images: np.ndarray, symmetric: bool, table: np.ndarray) -> np.ndarray:
    """(N, H, W) single-channel maps -> (N, H, W, 3) colour tiles, each scaled on its own;
    (N, 3, H, W) colour images -> RGB directly (scaled per image, symmetric keeps grey = 0)."""
    images = np.asarray(images, dtype=np.float32)
    if images.ndim == 4 and images.shape[1] == 3:
        scaled = normalize_each(images, symmetric)
        return (np.moveaxis(scaled, 1, -1) * 255).round().astype(np.uint8)
    if images.ndim == 4:
        images = images.mean(axis=1)  # more than 3 channels: their mean is the honest single picture
    return colorize(normalize_each(images, symmetric), table)


def sample_rgb(x: np.ndarray) -> np.ndarray:
    """One input image (C, H, W) as displayable (H, W, 3) uint8, whatever its value range
    (data may be standardised): colour stays colour, anything else is shown in grey."""
    x = np.asarray(x, dtype=np.float32)
    grey = lut(theme.GREY_MAP)
    if x.shape[0] == 3:
        return to_rgb_tiles(x[None], symmetric=False, table=grey)[0]
    return colorize(normalize_each(x.mean(axis=0)[None]), grey)[0]


def upscale(tiles: np.ndarray, min_side: int) -> np.ndarray:
    """Nearest-neighbour enlarge (N, H, W, 3) tiles so tiny kernels (3×3) are not swamped by the gaps."""
    h, w = tiles.shape[1:3]
    k = max(1, math.ceil(min_side / max(min(h, w), 1)))
    return tiles.repeat(k, axis=1).repeat(k, axis=2) if k > 1 else tiles


def best_columns(n: int, tile_h: int, tile_w: int, gap: int, box_w: float, box_h: float) -> int:
    """The number of columns that makes n tiles (with gaps) largest in a box_w × box_h box."""
    best, best_zoom = 1, -1.0
    for cols in range(1, max(n, 1) + 1):
        rows = math.ceil(n / cols)
        zoom = min(box_w / (cols * (tile_w + gap) - gap), box_h / (rows * (tile_h + gap) - gap))
        if zoom > best_zoom + 1e-9:
            best, best_zoom = cols, zoom
    return best


def mosaic(tiles: np.ndarray, cols: int | None = None, gap: int = 1, aspect: float = 1.0,
           background=None) -> np.ndarray:
    """(N, H, W, 3) uint8 tiles -> one (rows·(H+gap)−gap, cols·(W+gap)−gap, 3) image, row by row;
    `background` (the gaps) defaults to the palette's tile gap colour."""
    background = gap_color() if background is None else background
    n, h, w = tiles.shape[:3]
    if n == 0:
        return np.full((1, 1, 3), background, np.uint8)
    rows, cols = grid_shape(n, aspect) if cols is None else (math.ceil(n / cols), cols)
    out = np.empty((rows * (h + gap) - gap, cols * (w + gap) - gap, 3), np.uint8)
    out[...] = background
    for i in range(n):
        r, c = divmod(i, cols)
        out[r * (h + gap):r * (h + gap) + h, c * (w + gap):c * (w + gap) + w] = tiles[i]
    return out


def tile_at(x: float, y: float, n: int, cols: int, tile_h: int, tile_w: int, gap: int) -> int | None:
    """Which tile a point in mosaic pixel coordinates falls on (None: a gap or outside)."""
    c, cx = divmod(int(math.floor(x)), tile_w + gap)
    r, cy = divmod(int(math.floor(y)), tile_h + gap)
    if x < 0 or y < 0 or cx >= tile_w or cy >= tile_h or c >= cols:
        return None
    i = r * cols + c
    return i if i < n else None
