"""The channels people use: the text rules every channel applies, and the SMS webhook."""
