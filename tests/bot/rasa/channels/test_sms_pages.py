"""Long SMS replies in pages (bot/rasa/channels/sms_pages.py): the pages, and the ones waiting for MORE."""
from bot.rasa.channels.sms_pages import MORE, PAGE_TEXTS, WaitingPages, paged
from bot.rasa.channels.text import lay_out, segments


def test_a_long_reply_is_paged_with_room_for_more_in_each_text():
    blocks = [f"Part {n}. " + "A sentence of the reply. " * 17 for n in range(8)]
    pages = paged(lambda reserve: lay_out(blocks, reserve=reserve))
    assert len(pages) > 1 and all(len(page) <= PAGE_TEXTS for page in pages)
    assert all(page[-1].endswith("\n" + MORE) for page in pages[:-1]) and MORE not in pages[-1][-1]
    assert all(segments(text) <= 3 for page in pages for text in page)
    assert paged(lambda reserve: lay_out(blocks[:1], reserve=reserve)) == [lay_out(blocks[:1])]  # short: one page


def test_waiting_pages_come_one_at_a_time_and_expire_or_drop():
    waiting = WaitingPages(keep_seconds=60)
    waiting.keep("sms-a", [["two"], ["three"]], now=0)
    assert waiting.next("sms-a", now=1) == ["two"]
    assert waiting.next("sms-b", now=1) is None  # another conversation's pages are not its own
    assert waiting.next("sms-a", now=2) == ["three"] and waiting.next("sms-a", now=3) is None
    waiting.keep("sms-a", [["two"]], now=10)
    assert waiting.next("sms-a", now=71) is None  # an hour (here a minute) later, nothing waits
    waiting.keep("sms-a", [["two"]], now=100)
    waiting.drop("sms-a")  # the conversation moved on
    assert waiting.next("sms-a", now=101) is None
