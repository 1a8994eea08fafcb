"""Series colours: the Okabe-Ito palette, which stays distinguishable under the common colour-vision deficiencies.

Ordered so that the first few colours differ most in lightness as well as hue (blue, orange, green,
vermillion ...), because most charts show two to four series. Yellow is left out: it vanishes on white.
"""

from __future__ import annotations

RGB = tuple[int, int, int]

OKABE_ITO: tuple[RGB, ...] = (
    (0, 114, 178),    # blue
    (230, 159, 0),    # orange
    (0, 158, 115),    # bluish green
    (213, 94, 0),     # vermillion
    (204, 121, 167),  # reddish purple
    (86, 180, 233),   # sky blue
    (0, 0, 0),        # black
    (140, 140, 140),  # grey
)

INK: RGB = (34, 34, 34)
GRID: RGB = (228, 228, 228)
FRAME: RGB = (120, 120, 120)
BACKGROUND: RGB = (255, 255, 255)


def series_color(index: int) -> RGB:
    """The colour of the index-th series; cycles when there are more series than colours."""
    return OKABE_ITO[index % len(OKABE_ITO)]


def resolve(color, index: int) -> RGB:
    """A colour given as None (next palette colour), a palette index, an RGB tuple or a '#rrggbb' string."""
    if color is None:
        return series_color(index)
    if isinstance(color, int):
        return series_color(color)
    if isinstance(color, str):
        text = color.lstrip("#")
        if len(text) != 6:
            raise ValueError(f"colour {color!r}: expected '#rrggbb'")
        return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))
    r, g, b = color[:3]
    return (int(r), int(g), int(b))
