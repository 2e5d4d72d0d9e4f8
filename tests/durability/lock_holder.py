"""Hold a database's instance lock as an open window would, until killed.

Run as ``python -m tests.durability.lock_holder DB``; prints ``locked`` once it holds the lock.
"""

from __future__ import annotations

import sys
import time

from desktop.ui.shell.instance_lock import InstanceLock, LockState


def main(argv: list[str]) -> int:
    """Take the lock (exit 1 if that fails) and sleep while holding it."""
    lock = InstanceLock(argv[0])
    state = lock.acquire()
    print("locked" if state is LockState.ACQUIRED else state.value, flush=True)
    if state is not LockState.ACQUIRED:
        return 1
    while True:
        time.sleep(60)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
