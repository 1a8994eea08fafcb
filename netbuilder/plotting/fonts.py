"""Fonts for chart text: Pillow's bundled TrueType face (Pillow >= 10.1), scaled, cached per size."""

from __future__ import annotations

import functools

from PIL import ImageFont


@functools.lru_cache(maxsize=32)
def font(size: int, bold: bool = False):
    """A TrueType font of `size` pixels. Bold is approximated by the caller with a stroke when asked.

    Falls back to a system DejaVu face, then to Pillow's bitmap font, so a Pillow built without
    FreeType still draws (small) text instead of failing.
    """
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, ImportError, OSError):
        pass
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def text_size(draw, text: str, fnt) -> tuple[int, int]:
    """Width and height in pixels of one line of text (height from the font's ascent+descent)."""
    left, _top, right, _bottom = draw.textbbox((0, 0), text, font=fnt)
    try:
        ascent, descent = fnt.getmetrics()
        height = ascent + descent
    except AttributeError:
        height = _bottom - _top
    return right - left, height


def missing_glyphs(text: str, fnt) -> str:
    """The characters of `text` that `fnt` would draw as its 'missing glyph' box (Pillow's bundled
    face has no Greek letters or minus sign, say), found by comparing each with a private-use one."""
    notdef = _glyph("\ue000", fnt)
    return "".join(ch for ch in dict.fromkeys(text) if not ch.isspace() and _glyph(ch, fnt) == notdef)


def _glyph(ch: str, fnt) -> bytes:
    from PIL import Image, ImageDraw
    size = int(getattr(fnt, "size", 16)) * 2
    img = Image.new("L", (size, size), 0)
    ImageDraw.Draw(img).text((2, 2), ch, font=fnt, fill=255)
    return img.tobytes()
