"""Ports for the stack's processes: the preferred ones (settings.ports: the defaults, or
TELL_<NAME>_PORT), or free ones."""
from __future__ import annotations

import random
import socket
from collections.abc import Mapping
from pathlib import Path


def _ephemeral_ports() -> range:
    """The ports the kernel gives outgoing connections (and bind(0)) their local end from."""
    try:
        low, high = (int(n) for n in Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    except (OSError, ValueError):
        low, high = 32768, 60999
    return range(low, high + 1)


_HANDED_OUT: set[int] = set()


def _any_free_port(host: str) -> int:
    """A free port below the kernel's ephemeral range, not handed out before by this process. A
    port from bind(0) is in that range, and a server loading for seconds before it listens could
    find it taken meanwhile by an outgoing connection's local end (seen: Rasa 'Unable to start
    server')."""
    ephemeral = _ephemeral_ports()
    low, high = (10_000, ephemeral.start - 1) if ephemeral.start > 11_000 else (ephemeral.stop, 65_535)
    for _ in range(200):
        candidate = random.randint(low, high)
        if candidate not in _HANDED_OUT and _bindable(host, candidate):
            _HANDED_OUT.add(candidate)
            return candidate
    with socket.socket() as probe:  # a crowded machine: whatever the kernel gives
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


def _bindable(host: str, port: int) -> bool:
    with socket.socket() as probe:
        # As the servers bind: a port left in TIME_WAIT by the last run is free to use.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
        return True


def free_port(preferred: int = 0, host: str = "127.0.0.1") -> int:
    """`preferred` if it is free, otherwise any free port."""
    if preferred and _bindable(host, preferred):
        return preferred
    return _any_free_port(host)


def chosen_ports(host: str, preferred: Mapping[str, int]) -> dict[str, int]:
    """The `preferred` ports (settings.ports), each replaced by a free one if it is taken."""
    return {name: free_port(port, host) for name, port in preferred.items()}
