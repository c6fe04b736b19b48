"""Forms with no codes and no mapping, in the shapes councils publish (plain wording, questions under
questions, value sets, a carer's assessment's "the person you care for"): filled only when the
words are clear, nested answers written under their question, and nothing the story did not say."""
from datetime import datetime, timezone

import pytest

from bot.intake import evaluation, prefill
from bot.intake.services import service_for_form
from bot.intake.wording import match_cared_for, match_follow_up, match_wording

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
YN = "http://terminology.hl7.org/CodeSystem/v2-0136"


def item(text, about="subject", status="current", told_by="self", **fields):
    return {"text": text, "status": status, "about": about, "told_by": told_by, **fields}


def form(*items, contained=()):
    return {"resourceType": "Questionnaire", "status": "active", "item": list(items), "contained": list(contained)}


def q(link_id, text, kind, **more):
    return {"linkId": link_id, "text": text, "type": kind, **more}


def response(questionnaire, sections, teller="self"):
    service = service_for_form(questionnaire, {}, service_id="plain")
    return prefill(service, {"sections": sections}, teller, NOW).response.get("item", [])


def answers(questionnaire, sections, teller="self"):
    return evaluation.answers_by_link_id(response(questionnaire, sections, teller))


def value(found, link_id):
    return [next(iter(a.values())) for a in found.get(link_id, [])]


WHEELCHAIR = form(q("chair", "Do you use a wheelchair?", "boolean"), q("stick", "Do you use a walking stick?", "boolean"),
                  q("any", "Do you use any mobility aids?", "boolean"))


def test_a_question_naming_one_aid_is_answered_only_by_that_aid():
    framed = answers(WHEELCHAIR, {"daily_living": [item("I use a walking frame now", aids=["walking frame"])]})
    assert value(framed, "chair") == [] and value(framed, "stick") == []  # a frame is no wheelchair
    assert value(framed, "any") == [True]
    wheeled = answers(WHEELCHAIR, {"daily_living": [item("I use a wheelchair outside", aids=["wheelchair"])]})
    assert value(wheeled, "chair") == [True] and value(wheeled, "stick") == []


HEALTH = form(q("h", "Health", "group", item=[
    q("h.any", "Do you have a physical or mental health condition or disability?", "boolean", item=[
        q("h.about", "Please tell us about it", "text",
          enableWhen=[{"question": "h.any", "operator": "=", "answerBoolean": True}])])]))


def test_details_asked_under_a_question_are_written_under_its_answer():
    sections = {"health": [item("asthma", term="asthma"), item("anxiety", term="anxiety")]}
    items = response(HEALTH, sections)
    question = items[0]["item"][0]
    assert question["answer"][0]["valueBoolean"] is True
    nested = question["answer"][0]["item"][0]
    assert nested["linkId"] == "h.about" and nested["answer"][0]["valueString"] == "asthma; anxiety"
    assert response(HEALTH, {"health": [item("smoking", term="smoke")]}) == []  # a habit is no condition


def test_a_short_follow_up_is_read_only_with_the_question_it_follows():
    assert match_follow_up("Please tell us about it", "Do you have a long-term health condition?") == \
        "health.where(status='current')"
    assert match_follow_up("Please tell us about it", "Do you have any pets?") is None
    assert match_follow_up("Which ones?", "Do you get any benefits?") == "fact:benefits"
    assert match_follow_up("What is the reason?", "Are you at risk of losing your home?") == "fact:housing_worry_text"
    assert match_wording("Please tell us about it") is None


BENEFITS = form(q("b", "Do you get Attendance Allowance, PIP or DLA?", "choice",
                  answerValueSet="http://hl7.org/fhir/ValueSet/yesnodontknow", item=[
                      q("b.which", "Which one?", "string",
                        enableWhen=[{"question": "b", "operator": "=", "answerCoding": {"system": YN, "code": "Y"}}])]),
                q("any", "Do you get any benefits?", "boolean"))


@pytest.mark.parametrize("clause, named, any_benefit", [
    ("He gets attendance allowance", ["Y"], True),
    ("I'm on Universal Credit now", [], True),  # a benefit the question does not name: not a yes to it
    ("I'm waiting for my PIP assessment", [], None),  # not got yet
    ("They turned down my PIP claim", [], None),
    # Each part of a clause on its own: a "not" about work (the clause filed as negated) was read as
    # "no benefits" for all of it.
    (("Not working, receives attendance allowance", "negated"), ["Y"], True),
    (("I was refused PIP but I get attendance allowance", "current"), ["Y"], True),
    (("I don't get attendance allowance", "negated"), [], None),
])
def test_a_benefit_is_one_they_get_now_and_a_named_one_only_when_named(clause, named, any_benefit):
    clause, status = clause if isinstance(clause, tuple) else (clause, "current")
    found = answers(BENEFITS, {"work_money": [item(clause, status=status)]})
    assert [a["code"] for a in value(found, "b")] == named
    assert value(found, "b.which") == (["Attendance Allowance"] if named else [])
    assert value(found, "any") == ([any_benefit] if any_benefit is not None else [])


def coded(*pairs):
    return [{"valueCoding": {"system": "http://example.org/x", "code": c, "display": d}} for c, d in pairs]


HOME = form(q("type", "What type of accommodation do you live in now?", "choice", answerOption=[
    {"valueString": s} for s in ("House", "Flat or maisonette", "Room in a shared house")]),
    q("type2", "What type of home do you live in?", "choice", answerOption=[{"valueString": s} for s in ("House", "Flat")]),
    q("tenure", "Do you rent or own your home?", "choice", answerOption=coded(
        ("council", "Council tenant"), ("ha", "Housing association tenant"), ("private", "Private tenant"))),
    q("tenure2", "Housing tenure", "choice", answerOption=coded(
        ("social", "Rents from the council or a housing association"), ("owner", "Owns their home"))))


@pytest.mark.parametrize("clause, kind, kind_elsewhere, tenure, tenure_elsewhere", [
    ("He lives with me in our house in Bradford", "House", "House", None, None),
    ("I rent a room in a shared house off a landlord", "Room in a shared house", "House", "private", None),
    ("She lives on her own in a council flat", "Flat or maisonette", "Flat", "council", "social"),
    ("I live by myself in a housing association flat", "Flat or maisonette", "Flat", "ha", "social"),
])
def test_the_option_that_names_the_home_is_chosen_and_a_broader_one_where_it_is_all_the_form_has(
        clause, kind, kind_elsewhere, tenure, tenure_elsewhere):
    found = answers(HOME, {"home": [item(clause)]})
    assert value(found, "type") == [kind] and value(found, "type2") == [kind_elsewhere]
    assert [a["code"] for a in value(found, "tenure")] == ([tenure] if tenure else [])
    assert [a["code"] for a in value(found, "tenure2")] == ([tenure_elsewhere] if tenure_elsewhere else [])


CARERS = form(
    q("cared", "About the person you care for", "group", item=[
        q("name", "Their full name", "string"),
        q("conditions", "What illnesses or disabilities do they have?", "text"),
        q("together", "Do they live with you?", "choice", answerValueSet="#yes-no"),
        q("help", "What do you help them with?", "choice", repeats=True, answerOption=coded(
            ("personal-care", "Personal care (washing, dressing)"), ("shopping", "Shopping"),
            ("housework", "Cleaning and housework")))]),
    q("carer", "About you, the carer", "group", item=[q("carer.name", "Your name", "string")]),
    contained=[{"resourceType": "ValueSet", "id": "yes-no", "status": "active",
                "compose": {"include": [{"system": YN, "concept": [{"code": "Y"}, {"code": "N"}]}]}}])


def test_a_carers_assessment_reads_their_as_the_person_and_you_as_the_carer():
    sections = {"about_me": [item("Doreen Walsh", told_by="carer", kind="name")],
                "health": [item("copd", told_by="carer", term="COPD")],
                "home": [item("She lives on her own in a bungalow", told_by="carer")],
                "daily_living": [item("I do her shopping and cleaning", told_by="carer",
                                      activities=["shopping", "cleaning"])]}
    found = answers(CARERS, sections, "carer")
    assert value(found, "name") == ["Doreen Walsh"] and value(found, "carer.name") == []
    assert value(found, "conditions") == ["copd"]
    assert [a["code"] for a in value(found, "together")] == ["N"]
    assert [a["code"] for a in value(found, "help")] == ["shopping", "housework"]
    together = answers(CARERS, {"home": [item("He lives with me and my husband", told_by="carer")]}, "carer")
    assert [a["code"] for a in value(together, "together")] == ["Y"]


def test_you_in_a_group_about_the_person_cared_for_is_the_carer_and_not_matched():
    assert match_cared_for("Their date of birth") == ("about_me.where(kind='date_of_birth').value", ())
    assert match_cared_for("Your date of birth") is None  # the carer's
    assert match_cared_for("Do you have any health problems of your own?") is None


def test_the_address_said_inside_a_clause_does_not_hide_who_they_live_with():
    address = "Flat 2, 41 Victoria Road, Leeds, LS11 5AB"
    sections = {"home": [item(address, kind="address", value=address, said=address)],
                "support_network": [item(f"I live at {address} with my wife", relationship="wife")]}
    found = answers(form(q("who", "Who do you live with?", "text"), q("n", "How many people live in your household, "
                                                                      "including you?", "integer")), sections)
    assert value(found, "n") == [2] and "wife" in value(found, "who")[0]


def test_the_floor_and_the_lift_are_those_of_the_home():
    floors = form(q("f", "Which floor is your front door on?", "string", item=[q("lift", "Is there a lift?", "boolean")]))
    found = answers(floors, {"home": [item("It's on the second floor"), item("there's no lift", status="negated")]})
    assert value(found, "f") == ["Second floor"] and value(found, "lift") == [False]
    assert answers(floors, {"home": [item("the bathroom is on the first floor")]}) == {}
    # Said of the home itself, or as a part of the address in the clause that says where they live.
    assert value(answers(floors, {"home": [item("we live in a third floor flat")]}), "f") == ["Third floor"]
    assert value(answers(floors, {"home": [item("I live in a council flat, 4th floor, 18 Kestrel House")]}),
                 "f") == ["4th floor"]
    assert answers(floors, {"home": [item("the surgery, 2nd floor, has no ramp")]}) == {}
    # A home they need is not the one they have (its features joined on once read "ground floor flat").
    assert answers(floors, {"home": [item("Needs: ground floor self-contained flat with wheelchair access",
                                          features=["ground floor", "flat"])]}) == {}
    assert answers(floors, {"home": [item("we need a ground floor flat")]}) == {}


def test_the_carers_relationship_comes_from_who_told_the_story_and_only_when_it_names_one():
    from bot.intake import teller_relation

    relation = form(q("cared", "About the person you care for", "group", item=[
        q("rel", "What is your relationship to them?", "choice", answerOption=[
            {"valueCoding": {"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": c, "display": d}}
            for c, d in (("DAU", "Daughter"), ("WIFE", "Wife"), ("HUSB", "Husband"))])]))
    service = service_for_form(relation, {}, service_id="plain")

    def told(by):
        found = evaluation.answers_by_link_id(prefill(service, {"sections": {}}, by, NOW).response.get("item", []))
        return [a["code"] for a in value(found, "rel")]

    assert told("their daughter, on the basis of the person's agreement; the person knows") == ["DAU"]
    # the chat's button "husband, wife or partner" names no one relation: never read as "husband"
    assert teller_relation("their husband, wife or partner, on the basis of a lasting power of attorney") == \
        "husband, wife or partner"
    assert told("their husband, wife or partner, on the basis of a lasting power of attorney") == []
    assert told("carer") == [] and told("self") == []


def test_an_answer_to_a_question_naming_one_aid_or_benefit_answers_no_other():
    from bot.intake import answer_item, gaps_for, parse_answer

    service = service_for_form(form(q("chair", "Do you use a wheelchair?", "boolean"),
                                    q("stick", "Do you use a walking stick?", "boolean"),
                                    q("named", "Do you get Attendance Allowance, PIP or DLA?", "boolean"),
                                    q("which", "Which benefits do you get?", "string")), {}, service_id="plain")
    gaps = {g.label: g for g in gaps_for([service], {}, "self", {}, optional=True)}
    assert len({g.key for g in gaps.values()}) == 4  # four questions, each asked
    chair = gaps["Do you use a wheelchair"]
    section, kept = answer_item(chair, parse_answer(chair, "yes", NOW.date()), "self", NOW)
    found = evaluation.answers_by_link_id(
        prefill(service, {"sections": {section: [kept]}}, "self", NOW).response.get("item", []))
    assert value(found, "chair") == [True] and value(found, "stick") == [] and value(found, "named") == []


@pytest.mark.parametrize("clause, section, fact, expected", [
    ("My son gave me a lift to the hospital", "home", "has_lift", None),  # a ride, not a lift in the building
    ("I got a lift home from the club", "home", "has_lift", None),
    ("there's a lift but it's always broken", "home", "has_lift", True),
    ("We live round the corner from her", "home", "lives_with_teller", None),
    ("We live in our own house at 8 Station Road", "home", "lives_with_teller", True),
    ("I don't need a ramp", "daily_living", "needs_home_changes", None),
    ("I used to get PIP", "work_money", "gets_benefits", None),
    ("I have no debts", "work_money", "money_worries", None),
    ("I'm behind on the rent", "work_money", "money_worries", True),
])
def test_words_that_only_look_like_a_home_or_money_fact_are_not_it(clause, section, fact, expected):
    from bot.intake.facts import read_fact

    assert read_fact(fact, {section: [item(clause, told_by="carer" if fact == "lives_with_teller" else "self")]}) \
        is expected


CARE = form(q("care", "Does someone look after you?", "boolean", item=[
                q("care.hours", "About how many hours a week?", "integer")]),
            q("fear", "Are you afraid of falling?", "boolean"),
            q("role", "Your caring role", "group", item=[
                q("band", "About how many hours a week do you spend caring?", "choice", answerOption=[
                    {"valueCoding": {"code": c, "display": d}} for c, d in (
                        ("h0-19", "Up to 19 hours a week"), ("h20-34", "20 to 34 hours a week"),
                        ("h35-49", "35 to 49 hours a week"), ("h50", "50 hours a week or more"))])]))


@pytest.mark.parametrize("clause, cared_for, hours", [
    # the carer telling the story, of the care they give: each was "not told" before
    ("i go round every mornin n nite, prob 25 hrs a week on top of my job", True, 25),
    ("I do all the cooking", True, None),
    ("I wash and dress her", True, None),
    ("I pop in most days to check on him", True, None),
    ("I work 30 hours a week", None, None),  # the carer's own job
    ("I go round on her birthday", None, None),
    ("I look after her about 20-30 hours a week", True, None),  # a range is no one number
])
def test_the_care_the_teller_gives_and_its_hours_answer_the_carer_questions(clause, cared_for, hours):
    found = answers(CARE, {"support_network": [item(clause, about="narrator", told_by="carer")]}, teller="carer")
    assert value(found, "care") == ([True] if cared_for else [])
    assert value(found, "care.hours") == ([hours] if hours else [])
    bands = {25: "h20-34"}
    assert [a["code"] for a in value(found, "band")] == ([bands[hours]] if hours else [])


@pytest.mark.parametrize("clause, status, whose, afraid", [
    ("I am frightened of falling again", "hypothetical", "subject", [True]),
    ("she's scared she'll fall on the stairs", "current", "subject", [True]),
    ("I'm not afraid of falling", "negated", "subject", [False]),
    ("I fell last year", "current", "subject", []),
    ("her husband is scared of falling", "current", "husband", []),
])
def test_a_fear_of_falling_is_read_only_when_said(clause, status, whose, afraid):
    told_by = "carer" if clause.startswith(("she", "her")) else "self"
    assert value(answers(CARE, {"risks": [item(clause, status=status, told_by=told_by, about=whose)]}, teller=told_by),
                 "fear") == afraid


def test_who_looks_after_the_person_names_the_teller_by_who_told_the_story():
    who = form(q("who", "Who looks after you?", "text"))
    told = {"support_network": [item("I do all the cooking", about="narrator", told_by="carer")]}
    assert answers(who, told, teller="carer") == {}  # what is done, not who does it
    assert value(answers(who, told, teller="their husband, on the basis of the person's own agreement"), "who") == [
        "Husband"]
    doing = form(q("who", "Who helps you, and what do they do?", "text"))
    assert value(answers(doing, told, teller="their husband, on the basis of the person's own agreement"), "who") == [
        "Husband: I do all the cooking"]
    cares = {"support_network": [item("I do everything for her, washing and dressing her", about="narrator",
                                      told_by="carer", role="carer")]}
    assert answers(who, cares, teller="carer") == {}  # never "The carer who told this story: I do everything..."


def test_what_help_they_need_is_the_wishes_that_ask_for_help():
    needs = form(q("need", "What help do you think you need?", "text"))
    wishes = {"goals": [item("What I would like is somebody to help me in and out of the bath"),
                        item("I want to stay in my own home")]}
    assert value(answers(needs, wishes), "need") == ["What I would like is somebody to help me in and out of the bath"]
    assert answers(needs, {"goals": [item("I want to stay in my own home")]}) == {}
    # a referral's "Needs:" line
    referral = {"home": [item("Needs: ground floor flat with wheelchair access, help with shopping")]}
    assert value(answers(needs, referral), "need") == ["Needs: ground floor flat with wheelchair access, help with shopping"]


LANGUAGE = form(q("lang", "Preferred language", "string"), q("interp", "Do you need an interpreter?", "boolean"),
                q("aid", "Do you use any mobility aids?", "boolean", item=[q("which", "Which aids?", "string")]))


@pytest.mark.parametrize("clause, language, interpreter", [
    ("I need help for English and somebody speak Arabic with me in appointment", ["Arabic"], [True]),
    ("I need an interpreter, my first language is Polish", ["Polish"], [True]),
    ("my husband only speaks Urdu", [], []),  # his, not hers
    ("I speak English and French", [], []),  # no need said; two languages
    ("I prefer arabic for doctor", ["Arabic"], []),  # a preference, not yet an interpreter asked for
    ("Urdu for appointments please", ["Urdu"], []),
])
def test_a_language_and_an_interpreter_are_read_only_when_the_person_needs_them(clause, language, interpreter):
    found = answers(LANGUAGE, {"communication": [item(clause)]})
    assert value(found, "lang") == language and value(found, "interp") == interpreter


def test_a_prosthetic_leg_is_a_mobility_aid():
    found = answers(LANGUAGE, {"daily_living": [item("Uses a wheelchair and a prosthetic leg",
                                                     aids=["wheelchair", "prosthetic leg"])]})
    assert value(found, "which") == ["wheelchair; prosthetic leg"]


@pytest.mark.parametrize("clause, section, hard", [
    ("The stairs are getting too much for me", "home", [True]),
    ("he struggles with the stairs here", "daily_living", [True]),
    ("I can't manage the steps to the front door", "home", [True]),
    ("we need a stairlift, the stairs are hard", "home", []),  # with a stairlift said, for the person to say
    ("the stairs are no trouble", "home", []),
    ("she isn't struggling with the stairs", "daily_living", []),
    ("the stairs at my daughter's house are too much for me", "home", []),
    ("my bed is upstairs", "home", []),
])
def test_stairs_they_find_hard_are_read_only_when_said(clause, section, hard):
    stairs = form(q("st", "Are there stairs or steps you find difficult?", "boolean"))
    assert value(answers(stairs, {section: [item(clause)]}), "st") == hard


CARERS_OWN = form(q("you", "About you, the carer", "group", item=[
    q("name", "Your name", "string"), q("rel", "Your relationship to them", "string"),
    q("hours", "About how many hours a week do you spend caring?", "integer"),
    q("work", "Are you in paid work?", "boolean")]),
    q("else", "If you are filling this in for someone else", "group", item=[q("name2", "Your name", "string")]))


def test_a_group_for_the_carer_telling_the_story_takes_their_name_and_hours_never_the_persons():
    told = {"support_network": [
        item("I'm Jess, writing for my best mate Tom", relationship="mate", name="Tom", told_by="carer"),
        item("I go round most days, about 10 hours a week", about="narrator", told_by="carer", role="carer")],
        "work_money": [item("He works full time", told_by="carer")]}
    found = answers(CARERS_OWN, told, teller="their friend, on the basis of the person's own agreement")
    assert value(found, "name") == ["Jess"] and value(found, "name2") == ["Jess"]
    assert value(found, "hours") == [10] and "work" not in found
    # The person's own story: their carer's hours and their name are not the carer's answers.
    own = {"about_me": [item("Joan Smith", kind="name")],
           "support_network": [item("My daughter looks after me, about 20 hours a week", relationship="daughter")]}
    assert answers(CARERS_OWN, own) == {}


@pytest.mark.parametrize("intro, name", [
    ("I'm Jess, writing for my best mate Tom", "Jess"),
    ("hi my names Kai im 15", "Kai"),
    ("My name is Samuel Okafor and I am writing about my wife", "Samuel Okafor"),
    ("Im Worried about my dad", None),
    ("I'm writing about my mum", None),
])
def test_the_carer_telling_the_story_is_named_when_they_introduce_themselves(intro, name):
    from bot.intake import facts

    assert facts.read_fact("teller_name", {"support_network": [item(intro, about="narrator", told_by="carer")]}) == name
    assert facts.read_fact("teller_name", {"support_network": [item(intro, about="narrator")]}) is None  # told by self


def test_the_carers_relationship_is_as_the_story_says_it_when_who_told_it_does_not():
    relation = form(q("cared", "About the person you care for", "group", item=[
        q("rel", "What is your relationship to them?", "choice", answerOption=[
            {"valueCoding": {"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": c, "display": d}}
            for c, d in (("DAU", "Daughter"), ("SON", "Son"), ("FRND", "Friend"))])]))
    told = {"support_network": [item("I'm Jess, writing for my best mate Tom", relationship="mate", told_by="carer"),
                                item("I go round most days", about="narrator", told_by="carer", role="carer")]}
    assert [a["code"] for a in value(answers(relation, told, teller="carer"), "rel")] == ["FRND"]
    mum = {"support_network": [item("i look after my mum", about="narrator", told_by="carer", role="carer")]}
    assert answers(relation, mum, teller="carer") == {}  # a son or a daughter: not one option


SUPPORT = form(q("any", "Does anyone help or support you?", "boolean"),
               q("worker", "Do you have a support worker or social worker?", "boolean"),
               q("carer", "Do you have a carer?", "boolean"))


@pytest.mark.parametrize("sections, expected", [
    # "Referral from Hannah Ibbotson, support worker at Riverside Hostel": support, a worker, no carer
    ({"support_network": [item("Referral from Hannah Ibbotson, support worker at Riverside Hostel",
                               relationship="support worker", told_by="carer")]}, {"any": [True], "worker": [True]}),
    ({"services_involved": [item("my social worker comes every fortnight", role="social worker")]},
     {"any": [True], "worker": [True]}),
    ({"services_involved": [item("I'm waiting for a social worker", role="social worker")]}, {}),
    ({"support_network": [item("My daughter looks after me", relationship="daughter")]},
     {"any": [True], "carer": [True]}),
])
def test_a_support_or_social_worker_is_support_but_not_a_carer(sections, expected):
    found = answers(SUPPORT, sections)
    assert {k: value(found, k) for k in found} == expected


TASKS = form(q("role", "Your caring role", "group", item=[
    q("tasks", "What do you help them with?", "choice", repeats=True, answerOption=[
        {"valueCoding": {"code": c, "display": d}} for c, d in (
            ("personal-care", "Personal care (washing, dressing, toileting)"), ("meals", "Cooking and meals"),
            ("shopping", "Shopping"), ("housework", "Cleaning and housework"))])]))


@pytest.mark.parametrize("clause, section, about, tasks", [
    ("i do the cooking n cleaning n help mum in n out the bath", "support_network", "narrator",
     ["personal-care", "meals", "housework"]),
    ("I do her shopping and cleaning", "daily_living", "subject", ["shopping", "housework"]),
    ("I do my own shopping and look after her", "support_network", "narrator", []),  # the carer's own chores
    ("His wife does his shopping", "support_network", "subject", []),  # not the teller's
])
def test_what_the_carer_telling_the_story_does_fills_their_tasks(clause, section, about, tasks):
    found = answers(TASKS, {section: [item(clause, about=about, told_by="carer", role="carer")]}, teller="carer")
    assert sorted(a["code"] for a in value(found, "tasks")) == sorted(tasks)


def test_in_a_persons_own_story_the_person_cared_for_is_not_them():
    """Brenda told her own story and looks after her son: a carer's assessment said the person she
    cares for was 'Brenda Sykes' with her own diabetes and angina (the fourth fresh forms set)."""
    sections = {"about_me": [item("Brenda Sykes", kind="name")], "health": [item("diabetes", term="diabetes")],
                "support_network": [item("i look after my son, he has learning disabilities", kind="caring",
                                         relationship="son", cares_for="son")]}
    found = answers(CARERS, sections, "self")
    assert value(found, "name") == [] and value(found, "conditions") == []
    told = answers(CARERS, {"about_me": [item("Doreen Walsh", told_by="carer", kind="name")]}, "carer")
    assert value(told, "name") == ["Doreen Walsh"]  # told by a carer, the person is whom they care for
