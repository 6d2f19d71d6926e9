"""Run LeadDesk from a source checkout: ``python main.py [command]``."""

import sys

from leaddesk.app import main

if __name__ == "__main__":
    sys.exit(main())
