"""``python -m cleantext``: the same as the ``cleantext`` command (see :mod:`cleantext.cli`)."""

import sys

from cleantext.cli import main

# The guard matters: worker processes started by "spawn" or "forkserver" import the
# main module, and must not run the command again.
if __name__ == "__main__":
    sys.exit(main())
