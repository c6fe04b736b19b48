"""The running stack as an attacker on the same machine meets it: `embedded_stack` (tests/conftest.py),
real processes on free localhost ports, shared by the modules here that leave it as they found it;
one of its own for a module that tampers with its files or its processes' state (`stack_options`)."""
