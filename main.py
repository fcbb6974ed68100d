"""Run the guide from a source checkout: python main.py [options]."""

import sys

from guide.app import main

if __name__ == "__main__":
    sys.exit(main())
