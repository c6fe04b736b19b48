"""The web chat page and the small loopback HTTP servers."""
