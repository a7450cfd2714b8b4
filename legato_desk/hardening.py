"""Process hardening where the OS allows it: no core dumps of a process
that holds decrypted case data and the vault key in memory."""

from __future__ import annotations

import sys


def harden_process() -> list[str]:
    """Apply what this platform supports; return what was applied."""
    applied = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        applied.append("RLIMIT_CORE=0")
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_DUMPABLE = 4
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                applied.append("PR_SET_DUMPABLE=0")
        except (OSError, AttributeError):
            pass
    return applied
