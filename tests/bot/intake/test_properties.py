"""Any form a service might send: random Questionnaires (nested groups, every item type, enableWhen
on items that exist or not, options of every kind, codes we know and do not, extensions) either load
and fill without crashing, producing a valid QuestionnaireResponse, or are refused with an error
that names an item. Gap questions and their answers never crash either."""
from __future__ import annotations

import json
import os
from datetime import date, datetime, timezone

from fhir.resources.questionnaireresponse import QuestionnaireResponse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.intake import (
    AnswerNotUnderstood,
    answer_item,
    gaps_for,
    parse_answer,
    prefill,
    summary_html,
    summary_text,
)
from bot.intake.errors import ServiceRegistryError
from bot.intake.services import load_full_registry, service_for_form
from bot.settings import load_settings

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
REGISTRY = load_full_registry(load_settings({}).services_dir)
TYPES = ["group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time", "string", "text",
         "url", "choice", "open-choice", "attachment", "reference", "quantity"]
CODES = [{"system": "http://loinc.org", "code": c} for c in ("54125-0", "21112-8", "10160-0", "48765-2", "99999-9")] \
    + [{"system": "http://snomed.info/sct", "code": "416940007"}, {"system": "urn:local", "code": "x"}]
EXPRESSIONS = ["%profile.health", "%profile.daily_living.aids", "%profile.about_me.where(kind='name').text",
               "%patient.name.given", "%profile.nonsense", "%profile.health.where(status='current').exists()",
               "(((", ""]
OPTIONS = st.one_of(
    st.fixed_dictionaries({"valueCoding": st.fixed_dictionaries({"code": st.sampled_from(["a", "b", "c"]),
                                                                 "display": st.text(max_size=12)})}),
    st.fixed_dictionaries({"valueString": st.text(min_size=1, max_size=12)}),
    st.fixed_dictionaries({"valueInteger": st.integers(-5, 5)}),
)
LINK_IDS = st.sampled_from([f"q{n}" for n in range(12)])


@st.composite
def items(draw, depth=0):
    made = []
    for _ in range(draw(st.integers(0, 4 if depth < 2 else 2))):
        kind = draw(st.sampled_from(TYPES if depth < 2 else TYPES[1:]))
        item = {"linkId": draw(LINK_IDS) + f".{depth}.{len(made)}", "type": kind,
                "text": draw(st.text(min_size=1, max_size=30))}
        if draw(st.booleans()):
            item["required"] = True
        if draw(st.booleans()):
            item["repeats"] = True
        if kind in ("choice", "open-choice") and draw(st.booleans()):
            item["answerOption"] = draw(st.lists(OPTIONS, min_size=1, max_size=4))
        if draw(st.booleans()):
            item["code"] = [draw(st.sampled_from(CODES))]
        if draw(st.booleans()):
            item["extension"] = [draw(st.sampled_from([
                {"url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression",
                 "valueExpression": {"language": "text/fhirpath", "expression": draw(st.sampled_from(EXPRESSIONS))}},
                {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                 "valueCodeableConcept": {"coding": [{"code": "drop-down"}]}},
                {"url": "urn:unknown", "valueBoolean": True}]))]
        if draw(st.booleans()):
            operator = draw(st.sampled_from(["exists", "=", "!=", ">", "<", ">=", "<="]))
            answer = draw(st.sampled_from([{"answerBoolean": True}, {"answerInteger": 2},
                                           {"answerString": "x"}, {"answerCoding": {"code": "a"}}]))
            item["enableWhen"] = [{"question": draw(LINK_IDS) + ".0.0", "operator": operator, **answer}]
            if draw(st.booleans()):
                item["enableBehavior"] = draw(st.sampled_from(["any", "all"]))
        if kind == "group":
            item["item"] = draw(items(depth + 1))
        made.append(item)
    return made


@settings(max_examples=int(os.environ.get("TELL_FORM_EXAMPLES", 300)), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(form=items(), story=st.sampled_from([
    "", "I'm Joan. I have asthma and I take salbutamol. I use a walking frame. I'm allergic to latex.",
    "<script>=1+1</script>\r\nX-Injected: 1", "😀 مرحبا 你好"]), reply=st.text(max_size=40))
def test_any_form_fills_or_is_refused_by_name_and_never_crashes(structurer, form, story, reply):
    questionnaire = {"resourceType": "Questionnaire", "status": "draft", "item": form}
    try:
        service = service_for_form(questionnaire, REGISTRY.codes)
    except ServiceRegistryError as refused:
        assert "item '" in str(refused) or "linkId" in str(refused), str(refused)
        return
    profile = structurer.structure([story])
    filled = prefill(service, profile, "self", NOW)
    QuestionnaireResponse.parse_obj(filled.response)
    summary_text(filled), summary_html(filled)
    for gap in gaps_for([service], profile["sections"], "carer", {}):
        assert gap.question
        try:
            value = parse_answer(gap, reply, date(2026, 11, 23))
        except AnswerNotUnderstood as problem:
            assert str(problem)
            continue
        section, item = answer_item(gap, value, "self", NOW)
        profile["sections"].setdefault(section, []).append(item)
    json.dumps(prefill(service, profile, "self", NOW).response)
