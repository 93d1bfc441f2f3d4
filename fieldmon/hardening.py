"""Process hardening applied at start by the CLI and the desktop app.

Files are created private (umask 077), and the process cannot leave a core dump: a crash of an
unlocked FieldMon would otherwise write the vault key and decrypted testimony to disk.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """Make this process's files private and keep it from dumping core.

    Sets the umask to 077, the core file size limit (``RLIMIT_CORE``) to 0, and on Linux
    ``prctl(PR_SET_DUMPABLE, 0)`` (see prctl(2)), which also keeps other processes of the same
    user from attaching a debugger. A step the platform does not offer is skipped silently;
    nothing is raised.
    """
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # not on a POSIX system
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            # Also keeps other processes of the same user from attaching a debugger.
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except OSError:
            pass
