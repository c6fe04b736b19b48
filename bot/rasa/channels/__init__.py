"""The channels people use: the text rules every channel applies, and the SMS webhook."""

# A message's metadata from the SMS channel: the number it came from, for this turn's actions only ("the
# one I am texting from" at a phone question). The tracker store never keeps it.
SMS_FROM = "sms_from"
# A message's metadata when the urgent help was given for it (bot/rasa/server.py): the steps then take it as no answer to
# a choice unless it plainly is one, and never say "Sorry, I did not catch that" after the help
HELPED = "safeguarding_help_given"
