"""Thin rasa-sdk actions: read the tracker, call one step of bot.conversation.steps, return its events."""
