"""`python -m fieldlog`."""

import sys

from fieldlog.app import main

sys.exit(main())
