"""What the ONNX writer and reader share: the optional `onnx` package and the metadata keys."""

from __future__ import annotations

from netbuilder.i18n import translate
OPSET = 17
META_NETWORK = "netbuilder.network"        # the network file, so an import keeps loss and training settings
META_CLASSES = "netbuilder.class_names"    # JSON list
META_PREPROCESSING = "netbuilder.preprocessing"  # JSON object (data/preprocessing.py)
INPUT, OUTPUT = "input", "output"


class OnnxUnavailable(RuntimeError):
    """The optional onnx package is missing; the message says how to install it."""


def require_onnx():
    try:
        import onnx
    except ImportError:
        raise OnnxUnavailable(translate("Export", "ONNX export and import need the onnx package, which is not installed; "
                              "install it with: pip install 'netbuilder[export]'  (or: pip install onnx)")) from None
    return onnx
