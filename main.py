"""Start fieldlog from a source checkout: `python main.py [command ...]`."""

import sys

from fieldlog.app import main

if __name__ == "__main__":
    sys.exit(main())
