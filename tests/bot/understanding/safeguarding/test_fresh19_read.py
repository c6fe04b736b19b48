"""The nineteenth fresh held-out set (data/safeguarding/heldout_fresh19.tsv, session 34), read after its first run: its
misses and the false alarms a rule raised, each fixed in general words and tested here in words of our own (never its
lines), with near twins that must keep their meaning."""
from __future__ import annotations

import pytest

from tests.bot.understanding.safeguarding.test_fresh18_read import _heard


@pytest.mark.parametrize("text, kind", [
    # a pull to stop on the railway and wait
    ("every morning i go over the railway crossing and i dont know why but i want to just stop on it", "suicidal"),
    # pets given away, loose ends tied
    ("I've sorted who takes my dog now. All the loose ends done, so no need to chase me about the review", "suicidal"),
    # a door slammed on the writer's hand
    ("He shuts the door with my hand in it sometimes. It's nothing.", "domestic_abuse"),
    # money sent to someone met online, for fees; a "safe account"
    ("I met her on facebook last year and I have sent her four thousand pounds so far for her visa", "financial_abuse"),
    ("mum moved her pension money into a safe account the caller gave her and now its all gone", "financial_abuse"),
    # a cold home
    ("heating's been off since october, I sleep in four jumpers", "neglect"),
    ("its fine, if i stay in bed all day its warm enough", "neglect"),
    # non-recent abuse, told now
    ("When I was nine my swimming coach abused me. He is still coaching kids. I never reported it.", "sexual_abuse"),
    ("my uncle used to play secret games with me at christmas, i didnt realise what they were until i was older",
     "sexual_abuse"),
    # a carer near the end
    ("im frightened of what im capable of with him some nights", "carer_breaking_point"),
    ("some days i think about putting the gas on for the two of us", "carer_breaking_point"),
    ("I get it now, how mothers end up in the news. I really do.", "carer_breaking_point"),
    # cuckooing
    ("theres a load of new friends staying at my brothers flat and hes scared of them", "exploitation"),
])
def test_what_the_set_showed_unheard_is_heard_in_new_words(text, kind):
    assert kind in _heard(text)


@pytest.mark.parametrize("text", [
    # an injury from a gate, eczema
    "cut myself on the garden fence yesterday, do I need a tetanus jab?",
    "he scratched his arm raw in his sleep, his eczema is terrible this month",
    # an idiom; a post office trip; help to open an account
    "The news hit me for six, I never expected it. Can I get a blue badge?",
    "My daughter takes my pension to the post office for me and brings back every penny with the receipt",
    "my nephew helped me open a bank account when I came to the UK, now I do it myself",
    "Someone rang asking me to move my savings to a safe account. I hung up.",
    # shouting to be heard; a biscuit offered
    "the carer shouted at him because he couldnt hear her, hes deaf as a post",
    "the carers pinch his biscuits, only because he insists they have one with him lol",
    # fasting, a nurse who asked first, a playground, a sports bruise
    "I am fasting for Ramadan and don't eat in the day, is my insulin dose ok",
    "the nurse asked me before she touched me and explained everything, she was lovely",
    "my son hit another boy at school and got a detention, any parenting courses for ADHD?",
    "my grandson got a bruise on his leg at rugby, he's fine",
    # a topic in an assembly, a dangerous bus, an overdose by mistake
    "county lines came up in our assembly today, anyway how do i book my driving test",
    "the road by the school is a death trap with all the lorries",
    "the pharmacist said the overdose was a mistake, I forgot I already took my paracetamol",
    # the writer's own job among it, and nothing of their own
    "I work as a paramedic so my whole day is overdoses and assaults. I'm asking about my own knee.",
    "I'm a social worker so I deal every day with people who are abused. My question is about PIP for my son.",
])
def test_near_misses_the_set_showed_are_quiet(text):
    assert _heard(text) == []


@pytest.mark.parametrize("text, kind", [
    # the same words with a harm in them
    ("cut myself on purpose with the blade again, then told them it was the fence", "self_harm"),
    ("I scratch my arms till they bleed to feel something", "self_harm"),
    ("My son takes my pension to the post office for me and keeps most of it", "financial_abuse"),
    ("the carer shouted at him and grabbed his arm because he couldnt hear her", "care_abuse"),
    ("Someone rang and I moved my savings to a safe account, they were a scam and it's all gone", "financial_abuse"),
    ("I work as a nurse so I deal with overdoses all day and my husband hits me when I get home", "domestic_abuse"),
    ("I work as a carer and my boss takes my passport and doesn't pay me", "exploitation"),
])
def test_near_twins_with_a_harm_in_them_are_heard(text, kind):
    assert kind in _heard(text)


@pytest.mark.parametrize("text", [
    # a stranger on the stack (session 34): a question about one's data after a hello, a feeling left out at consent
    "hello its arthur again, who has got my stuff",
    "hiya, where has my story gone",
    "yes but dont tell them im lonely",
])
def test_answers_a_stranger_got_the_help_for_are_quiet(text):
    assert _heard(text) == []


@pytest.mark.parametrize("text, kind", [
    ("hello, who has got my pension card, its gone and my grandson had it", "financial_abuse"),
    ("dont tell them im lonely, hes hitting me again", "domestic_abuse"),
])
def test_the_same_with_a_harm_in_them_is_heard(text, kind):
    assert kind in _heard(text)


@pytest.mark.parametrize("text, kind", [
    # a second reader (session 34): the first forms of this session's guards silenced these
    ("i scratch my legs raw when im upset, mum thinks its eczema but its not", "self_harm"),
    ("I volunteer at a food bank so I see lots of people struggling, and my own husband takes all my money",
     "financial_abuse"),
    ("I am a nurse so my job is caring for others, but I cant cope anymore and I want to end my life", "suicidal"),
    ("we did training on suicide and I realised I have been planning mine", "suicidal"),
    ("the nurse explained before she touched me but he came back at night and touched me", "sexual_abuse"),
    ("the overdose was an accident they think, but I wanted to die", "suicidal"),
    ("my husband hit me for six when I said no, I had to go to hospital", "domestic_abuse"),
    ("my nephew helped me open an account and then he emptied it", "financial_abuse"),
    ("county lines came up in our assembly and thats what my older cousin makes me do", "exploitation"),
    ("she sits in four cardigans all day because he will not put the heating on", "neglect"),
])
def test_a_second_reader_s_disclosures_near_the_guards_are_heard(text, kind):
    assert kind in _heard(text)


@pytest.mark.parametrize("text", [
    "I left the gas on for the two of us to have tea",
    "we tied up the loose ends of the house sale so no need to worry",
    "sorted out who gets the cat when I go into hospital next week for my hip",
    "I slammed the door with my hand in it, need ice",
    "my daughter shut the car door with her hand in it, we went to A&E",
    "paid her for her flight ticket, she's my daughter coming home for Christmas",
    "I sleep in two jumpers because I like it cosy",
    "mum likes to stay in bed on Sundays to keep warm with a hot water bottle, the heating is on",
    "we played secret santa games at the party",
    "how do carers end up in the papers for winning awards",
    "a crowd of new friends from church are staying over for the weekend",
])
def test_a_second_reader_s_ordinary_messages_near_the_new_rules_are_quiet(text):
    assert _heard(text) == []
