"""What every command shares: exit codes and turning known errors into one clear line."""

from __future__ import annotations

import sys

from netbuilder.i18n import translate

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT, EXIT_DIVERGED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(translate("Cli", "netbuilder: {0}").format(message), file=sys.stderr)
    return code


def load_spec_or_exit(path):
    """(spec, None) or (None, exit code) after printing every problem, one per line. An ONNX file is
    imported (export/onnx_import.py); one that cannot be read is bad input (exit 2)."""
    from netbuilder.io.nbmodel import ModelFileError
    from netbuilder.io.network_file import NetworkFileError, load_network

    try:
        if str(path).lower().endswith(".onnx"):
            from netbuilder.export.onnx_import import import_onnx
            return import_onnx(path).spec, None
        return load_network(path), None
    except ModelFileError as e:
        return None, fail(str(e))
    except NetworkFileError as e:
        count = len(e.problems)  # a plain name: pyside6-lupdate reads no expression as the count
        print(translate("Cli", "{0}: %n problem(s)", None, count).format(e.file), file=sys.stderr)
        for p in e.problems:
            print(f"  {p}", file=sys.stderr)
        return None, EXIT_PROBLEMS


def load_model_or_exit(path, weights=None, need_weights: bool = True):
    """(TrainedModel, None) from a .nbmodel, an ONNX file or a network file (+ weights), or
    (None, exit code) after printing why not: 1 for an invalid network file, 2 for other bad input."""
    from netbuilder.export.source import load_model
    from netbuilder.io.nbmodel import ModelFileError
    from netbuilder.io.network_file import NetworkFileError

    try:
        return load_model(path, weights, need_weights), None
    except NetworkFileError:
        return load_spec_or_exit(path)  # prints every problem, exit 1
    except ModelFileError as e:
        return None, fail(str(e))


