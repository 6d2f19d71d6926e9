"""``python -m leaddesk``."""

import sys

from leaddesk.app import main

sys.exit(main())
