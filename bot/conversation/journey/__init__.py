"""What the conversation keeps and changes in the consent store, a module per concern; the dialogue's
steps (bot.conversation.steps) call these. Each function is one transaction unless it takes the
caller's session. A conversation's sender id finds its person through a keyed hash (person.py), so
one conversation can never reach another person's story.

    person.py             the person a conversation speaks for
    story.py              the story being told (the sealed draft), structured; confirmed as a profile
    sharing.py            the services on offer, consent and the pre-filled intake queued, stopping
    service_questions.py  what a chosen service's form needs that the story did not say
    pins.py               the PIN: set, checked, locked out
    deliveries.py         how a delivery went, and outcomes the person has not heard yet
    your_record.py        who has the story, the download link, erasing everything
"""
