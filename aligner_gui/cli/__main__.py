"""`python -m aligner_gui.cli`, and the entry script of the frozen `aligner` executable."""

import multiprocessing
import sys

from aligner_gui.cli.main import main

if __name__ == "__main__":
    # A frozen build (PyInstaller) starts import helper processes through this executable.
    multiprocessing.freeze_support()
    sys.exit(main())
