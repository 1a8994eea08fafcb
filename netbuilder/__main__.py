"""`python -m netbuilder` and the `netbuilder` console script."""

from netbuilder.i18n import translate
import sys

EXIT_INTERRUPTED = 130


def _forget_the_interrupt() -> None:
    """CPython remembers a KeyboardInterrupt that passed through any `exec`/`eval` of a string (a
    dataclass or namedtuple being built while Ctrl-C arrived, say) and, even when we handled it, ends
    the process by SIGINT at exit instead of with our code. Evaluating a string clears that memory, so
    a handled Ctrl-C always exits with the documented 130."""
    exec("")


def main(argv=None) -> int:
    try:  # a Ctrl-C while the first modules load is an interruption too, not a traceback
        from netbuilder.cli import main as cli_main
    except KeyboardInterrupt:
        print(translate("Cli", "\nnetbuilder: interrupted"), file=sys.stderr)
        code = EXIT_INTERRUPTED
    else:
        try:
            code = cli_main(argv)
        except KeyboardInterrupt:  # a Ctrl-C between the command's end and here: its work is already saved
            code = EXIT_INTERRUPTED
    if code == EXIT_INTERRUPTED:
        _forget_the_interrupt()
    return code


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
