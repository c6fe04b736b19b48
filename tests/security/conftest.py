"""The running stack as an attacker on the same machine meets it: `embedded_stack` (tests/conftest.py),
real processes on free localhost ports, one per test module."""
