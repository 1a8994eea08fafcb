import sys

from netbuilder.bench.cli import main

sys.exit(main())
