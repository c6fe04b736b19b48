"""Rasa glue: the server command line, the NLU component, the sealed tracker store, channels, quiet logs, the action server's guard."""
