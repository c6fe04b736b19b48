"""The dialogue's steps: for each custom action, what it does, as a function of a `Turn` (what was
said, the slots) returning a `Step` (what to say, the slots to set, what runs next). The actions
(actions/actions.py) only translate between Rasa and these.

    turn.py             Turn and Step
    session_start.py    a new session: no rights, only a story being told goes on
    telling.py          the story, message by message, and its follow-up questions
    carer_questions.py  a carer's questions: whose story, how they know them, on what basis
    read_back.py        the read-back, section by section; the story saved
    pin.py              a first PIN chosen, a returning person's PIN checked
    service_choice.py   the services on offer, the one chosen, the parts agreed
    service_questions.py  a chosen service's own questions
    yes_no.py           yes or no: to sharing, to sending an update, to the services on offer
    update_to_some.py   an update said to go to some of the services that have the story, not all
    returning_menu.py   a returning person's choices: who has it, download, update, stop, delete
    delivery_news.py    how a share went, and outcomes not heard yet
    anything_else.py    a message not understood here; help, a real person, stop

What a reply means is read in bot.conversation.meaning, what is said in bot.conversation.wording,
and what is kept in the consent store is done by bot.conversation.journey.
"""
