"""Entry point: `python main.py` opens the GUI; `python main.py SUBCOMMAND` runs the CLI."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
