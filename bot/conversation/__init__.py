"""The conversation: its stages, the rights gate, what replies mean, the assistant's wording, and the journey's steps."""
