"""Taking a network elsewhere (Qt-free): one-file models, predict, PyTorch projects, ONNX in and out.

Exporting only writes files; torch and onnxruntime are never needed to export, only to run or to
check what was written.
"""
