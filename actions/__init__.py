"""Thin rasa-sdk actions: read slots, call bot.journey, return events."""
