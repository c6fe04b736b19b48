"""Thin rasa-sdk actions: read slots, call bot.conversation.journey, return events."""
