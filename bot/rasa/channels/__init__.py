"""The channels people use: the text rules every channel applies, and the SMS webhook."""

# A message's metadata from the SMS channel: the number it came from, for this turn's actions only ("the
# one I am texting from" at a phone question). The tracker store never keeps it.
SMS_FROM = "sms_from"
