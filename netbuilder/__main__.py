"""`python -m netbuilder` and the `netbuilder` console script."""

import sys


def main(argv=None) -> int:
    try:  # a Ctrl-C while the first modules load is an interruption too, not a traceback
        from netbuilder.cli import main as cli_main
    except KeyboardInterrupt:
        print("\nnetbuilder: interrupted", file=sys.stderr)
        return 130
    return cli_main(argv)


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    try:
        code = main()
    except KeyboardInterrupt:  # a Ctrl-C between the command's end and here: its work is already saved
        code = 130
    sys.exit(code)
