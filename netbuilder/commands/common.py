"""What every command shares: exit codes and turning known errors into one clear line."""

from __future__ import annotations

import sys

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT, EXIT_DIVERGED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"netbuilder: {message}", file=sys.stderr)
    return code


def load_spec_or_exit(path):
    """(spec, None) or (None, exit code) after printing every problem, one per line."""
    from netbuilder.io.network_file import NetworkFileError, load_network

    try:
        return load_network(path), None
    except NetworkFileError as e:
        print(f"{e.file}: {len(e.problems)} problem{'s' if len(e.problems) != 1 else ''}", file=sys.stderr)
        for p in e.problems:
            print(f"  {p}", file=sys.stderr)
        return None, EXIT_PROBLEMS


def human(n: float) -> str:
    for unit in ("", "K", "M", "G", "T"):
        if abs(n) < 1000:
            return f"{n:.0f}{unit}" if unit == "" or n >= 100 else f"{n:.1f}{unit}"
        n /= 1000
    return f"{n:.1f}P"
