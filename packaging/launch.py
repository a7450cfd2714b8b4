"""PyInstaller's entry script: the same entry point as the `legato-desk` command."""

import sys

from legato_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
