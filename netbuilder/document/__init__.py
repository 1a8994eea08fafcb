"""The open network as a Qt object: pipeline model, undo stack, file path, saved state."""

from netbuilder.document.document import Document

__all__ = ["Document"]
