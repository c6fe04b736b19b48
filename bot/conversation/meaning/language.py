"""Whether a message is written in another language than English: the assistant can only understand
English for now, and says so plainly, once per message, instead of "Sorry, I did not understand"
again and again; and words in another language are never kept as story, where structuring would read
them as English ("i", Polish for "and", read back as "you").

Read word by word: a word is English when it is written often in English (wordfreq, as fuzzy.py and
plain.py read it) and not much more often in Polish; it is another language's when it is Welsh (a
short list of Welsh's most common words: Welsh is not in wordfreq), written much more often in
Polish, spelt with a letter English does not use (ą, ł, ŵ…), or is in another script. A message is in
another language when at least two of its words are another language's and they outnumber its
English words (or match them in a sentence with no English word that joins one: English medical
words borrowed into Welsh), so a name, a Welsh place or a Polish word in an English sentence changes
nothing."""
from __future__ import annotations

import re
from functools import lru_cache

_OTHER_LETTERS = re.compile(r"[ąćęłńśźżŵŷ]")
_LATIN = re.compile(r"[a-zà-ÿąćęłńśźżŵŷ]")
# Common Welsh words, less those an English message may hold ("ma da", "me mam", "a tad", "Beth",
# "plis", "nain").
_WELSH = frozenset("""dw dwi rwy rydw ydw ydy yw wyt ydych dych mae maen roedd roeddwn bydd byddaf fy fi ti chi
ni nhw hi yn yng ym ddim dim wedi eisiau isio moyn siarad cymraeg saesneg diolch os gwelwch helo
shwmae prynhawn noswaith gyda gydag efo gan ar wrth ond achos oherwydd hefyd iawn drwg
gofalu gofal helpu help angen mynd dod gwneud cael gallu medru fy bod sy sydd oes pan pwy sut
ble mewn tŷ cartref meddyg ysbyty salwch poen plentyn mab gwraig gŵr""".split())
_WELSH_ALSO_ENGLISH = frozenset("hi ti help fi ni pan gan ar os dim".split())  # a Welsh word only with others


# English words that join a sentence ("i" is also Polish, "a" Welsh, for "and": left out).
_GLUE = frozenset("""the an and or but is are was were be been being have has had do does did my your his her
their our you he she it we they me him them us to of in on at for with from by not no this that what who
how can will would should could am im its thats dont cant""".split())


# Languages besides Polish whose common words are told from English by how often they are written
# (Spanish, Portuguese, French, Italian); a word read as English first stays English ("la", "en", "no").
_ALSO_READ = ("es", "pt", "fr", "it")


@lru_cache(maxsize=8192)
def _kind(word: str) -> str:
    """"english", "other" (another language's), or "" (neither: a name, a typo, a number)."""
    from wordfreq import zipf_frequency

    if not _LATIN.search(word):
        return "other" if word.isalpha() else ""  # another script: Cyrillic, Arabic, Bengali…
    if _OTHER_LETTERS.search(word):
        return "other"
    english, polish = zipf_frequency(word, "en"), zipf_frequency(word, "pl")
    if word in _WELSH and word not in _WELSH_ALSO_ENGLISH and english < 4.5:
        return "other"
    if english >= 3.0 and english + 0.5 >= polish:
        return "english"
    if polish >= 3.0 and polish >= english + 1.5:
        return "other"
    if english < 3.0 and any(zipf_frequency(word, lang) >= max(3.0, english + 1.5) for lang in _ALSO_READ):
        return "other"  # "mi madre tiene mucho dolor": a word written often in Spanish and seldom in English
    if word in _WELSH:
        return "welsh?"
    return ""


def in_another_language(text: str, least: int = 2) -> bool:
    """Whether `text` is written in another language than English (see the module's docstring). A
    capitalised word after the first is taken for a name and not read ("Kasia Nowak"); `least`: the
    fewest words of another language that say so (more where a name is the answer)."""
    found = re.findall(r"[^\W\d_]+", text or "")
    words = [w.lower() for i, w in enumerate(found) if (len(w) > 1 or not w.isascii())
             and (i == 0 or not w[0].isupper() or w.isupper())]
    if len(words) < least:
        return False
    kinds = [_kind(w) for w in words]
    other = kinds.count("other")
    if other:  # a Welsh word also written in English counts as Welsh among Welsh words
        other += kinds.count("welsh?")
    english = kinds.count("english")
    # As many as English words, and no English word that joins a sentence: English words borrowed into
    # another language's sentence ("Mae gan fy mam dementia a diabetes").
    return other >= least and (other > english or (other == english and not _GLUE.intersection(words)))


# Languages someone may ask for, by their English names.
_LANGUAGES = (r"welsh|cymraeg|urdu|polish|punjabi|panjabi|bengali|bangla|sylheti|arabic|spanish|portuguese|romanian|"
              r"french|italian|somali|gujarati|hindi|tamil|chinese|mandarin|cantonese|farsi|persian|kurdish|turkish|"
              r"russian|ukrainian|lithuanian|latvian|tigrinya|pashto|dari|albanian|bulgarian|hungarian|slovak|czech|"
              r"another language|my (own )?language|sign language|bsl")
# A wish to use this chat in another language, said in English: "do you have this in welsh", "can i write in
# urdu, my english not good", "polish please". Someone's language told in the story ("mum only speaks
# punjabi"), or "my english not so good" before a story told in English, is no such wish.
_ASKS = re.compile(
    rf"\b((can|could|may|do|shall) (i|we) (write|type|speak|talk|answer|reply|do (this|it)|fill (this|it) in|use)( this| it)?( in| using) ({_LANGUAGES})|"
    rf"(do|can|could) you (have|do|speak|understand|offer|read|write|talk|use)( (this|it))?( in)? ({_LANGUAGES})|"
    rf"(have you got|have you|you got|got) (this|it|a version( of (this|it))?) in ({_LANGUAGES})|"
    rf"(is|are) (this|it|there|the questions)( (available|a version))?( of (this|it))? in ({_LANGUAGES})|"
    rf"(i|we) (want|need|would like|prefer) (to (write|speak|talk|do (this|it)|answer|use) )?(in )?({_LANGUAGES})( please)?$|"
    r"(can|could) (i|we) (have|get) (an? )?(interpreter|translator)|(is there|do you have) (an? )?(interpreter|translator))\b"
    rf"|^(in )?({_LANGUAGES})( please| plz| pls)?$")  # "polish please", "in arabic please"


# Languages by their own names ("romana", "af soomaali", "po polsku"): in a short message that is mostly not
# English ("pot sa scriu in romana?", "ma ku qori karaa af soomaali"), a wish to use that language.
_OWN_NAMES = re.compile(r"(?i)\b(rom[aâ]n[aă]|rom[aâ]ne[sș]te|(af )?soomaali|po polsku|polski|cymraeg|espa[nñ]ol|portugu[eê]s|"
                        r"fran[cç]ais|italiano|t[uü]rk[cç]e|shqip|lietuvi[sš]kai|latviski|magyarul|sloven[cč]ina|[cč]esky|"
                        r"русском|по-русски|українською|بالعربية|عربي|اردو|বাংলা|ਪੰਜਾਬੀ|ગુજરાતી|हिंदी|தமிழ்|中文|فارسی|پښتو|ትግርኛ)(?!\w)")


def asks_for_another_language(text: str) -> bool:
    """Whether a message, in English, asks to use this chat in another language ("do you have this in
    welsh?", "can i have an interpreter"), or names a language by its own name in a short message mostly
    not in English ("pot sa scriu in romana?"): answered as a message in another language is."""
    from bot.conversation.meaning.plain import bare, plain

    if _ASKS.search(bare(plain(text))):
        return True
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text or "")]
    return bool(_OWN_NAMES.search(text or "")) and len(words) <= 8 and \
        sum(_kind(w) == "english" for w in words) * 2 < len(words)
