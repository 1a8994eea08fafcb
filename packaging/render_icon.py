"""Render the app icon's SVG to a square PNG with Qt's own SVG renderer.

The SVG resources/icons/netbuilder.svg is the one source of the icon; PNGs are build products, so no binary
drifts out of step with it. QtSvg ships in PySide6-Essentials, so this needs nothing extra.

    python packaging/render_icon.py SVG PNG [SIZE]      (SIZE defaults to 256)
"""

from __future__ import annotations

import os
import pathlib
import sys


def render(svg_path: str, png_path: str, size: int = 256) -> None:
    # Offscreen: rendering must work on a headless build machine with no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # QPainter wants an application
    renderer = QSvgRenderer(svg_path)
    if not renderer.isValid():
        raise SystemExit(f"render_icon: {svg_path} is not a valid SVG")
    pathlib.Path(png_path).parent.mkdir(parents=True, exist_ok=True)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(png_path, "PNG"):
        raise SystemExit(f"render_icon: cannot write {png_path}")
    del app


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        raise SystemExit("usage: render_icon.py SVG PNG [SIZE]")
    render(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 256)
