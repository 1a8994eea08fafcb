"""`python -m netbuilder` and the `netbuilder` console script."""

import sys


def main(argv=None) -> int:
    from netbuilder.cli import main as cli_main
    return cli_main(argv)


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
