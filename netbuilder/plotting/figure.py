"""Several charts side by side in one PNG (loss next to accuracy, one row per study)."""

from __future__ import annotations

from PIL import Image, ImageDraw

from netbuilder.plotting.chart import save_png
from netbuilder.plotting.fonts import font, text_size
from netbuilder.plotting.palette import BACKGROUND, INK


def compose(charts, columns: int = 2, title: str = "", font_size: int = 15) -> Image.Image:
    """Lay rendered charts (Chart objects or PIL images) out in a grid, with an optional overall title."""
    images = [c if isinstance(c, Image.Image) else c.render() for c in charts]
    if not images:
        raise ValueError("compose needs at least one chart")
    columns = max(1, min(columns, len(images)))
    rows = -(-len(images) // columns)
    cw, ch = max(i.width for i in images), max(i.height for i in images)
    head = 0
    f = font(font_size)
    if title:
        probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
        head = text_size(probe, title, f)[1] + 16
    out = Image.new("RGB", (cw * columns, ch * rows + head), BACKGROUND)
    for i, im in enumerate(images):
        out.paste(im, ((i % columns) * cw, head + (i // columns) * ch))
    if title:
        ImageDraw.Draw(out).text((out.width / 2, 8), title, font=f, fill=INK, anchor="ma")
    return out


def save_grid(charts, path, columns: int = 2, title: str = "") -> None:
    save_png(compose(charts, columns, title), path)
