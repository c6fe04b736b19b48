"""Running this project's small loopback HTTP servers (the web chat page, the reference receiver)."""
from __future__ import annotations

import signal
from http.server import ThreadingHTTPServer
from types import FrameType
from typing import NoReturn


def serve_until_stopped(server: ThreadingHTTPServer) -> int:
    """Serve until Ctrl-C or SIGTERM, then close the socket. Returns the exit status."""

    def stop(_signum: int, _frame: FrameType | None) -> NoReturn:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
