"""axe-core on a page whose Content-Security-Policy allows no injected script (the token pages:
bot/web/pathway.py `private`): the script is evaluated through the Chrome DevTools Protocol, which a
page's policy does not govern, instead of an added <script> tag, which it rightly refuses."""
from __future__ import annotations

from tests.bot.rasa.channels.test_webchat_browser import AXE, WCAG


def violations(page) -> list[str]:
    session = page.context.new_cdp_session(page)
    try:
        session.send("Runtime.evaluate", {"expression": AXE.read_text(encoding="utf-8")})
    finally:
        session.detach()
    return page.evaluate("async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
                         ".violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')", WCAG)
