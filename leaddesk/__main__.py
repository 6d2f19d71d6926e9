"""``python -m leaddesk``."""

import sys

from leaddesk.app import main

if __name__ == "__main__":  # not when a worker process (mail parsing) imports it
    sys.exit(main())
