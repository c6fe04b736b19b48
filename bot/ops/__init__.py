"""Running it: the launcher, the production mode, and what a process builds at run time."""
