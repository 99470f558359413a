"""The factuality filter (geomap.pipeline.event_factuality) with the real model: negated, hypothetical and
generic mentions are no event; scheduled, announced and reported events stay."""

from __future__ import annotations


import pytest

from geomap.pipeline.event_factuality import non_factual
from geomap.pipeline.event_triggers import find_trigger


@pytest.fixture(scope="module")
def verdicts(nlp):
    """``{trigger text: reason or None}`` for the triggers of one sentence."""

    def run(text: str) -> dict[str, str | None]:
        doc = nlp(text)
        return {t.text: non_factual(t) for t in doc if find_trigger(t)}

    return run


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The rebels did not attack the town.", "attack", "negated"),
    ("No arrest has been made in the case.", "arrest", "negated"),
    ("The opposition could not hold its rally in the capital.", "rally", "negated"),
    ("The government refused to sign the treaty.", "sign", "negated"),
    ("Such a virus could kill thousands of people.", "kill", "hypothetical"),
    ("Farmers live with the constant fear of eviction and the risk of war.", "war", "hypothetical"),
    ("Health workers are trying to prevent an outbreak of measles.", "outbreak", "hypothetical"),
    ("The militia threatened to attack the airport.", "attack", "hypothetical"),
    ("If the ceasefire collapses, the army will invade the province.", "invade", "hypothetical"),
    ("Nobody knows why the gunman would attack a school.", "attack", "hypothetical"),
    ("Residents will be able to visit the new clinic.", "visit", "hypothetical"),
    ("Police usually arrest a few fans after the derby.", "arrest", "generic"),
    ("Turnout is low in any election held in winter.", "election", "generic"),
    ("Migrant boats arrived week after week on the island.", "arrived", "generic"),
])
def test_not_an_event(verdicts, text, trigger, kind):
    reason = verdicts(text).get(trigger)
    assert reason is not None and reason.startswith(kind), (text, reason)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The navy said it would hold a joint exercise with Japan next month.", "exercise"),
    ("The two navies will hold drills near the strait on Friday.", "drills"),
    ("The prime minister plans to visit the flooded region in October.", "visit"),
    ("The ministers are due to sign the agreement on Monday.", "sign"),
    ("Police said gunmen attacked a convoy on Tuesday.", "attacked"),
    ("No one was injured in the attack.", "attack"),
    ("The army did not stop the attack on the village.", "attack"),
    ("The blast may have killed dozens of people.", "killed"),
    ("Rescue teams were able to evacuate 200 residents.", "evacuate"),
    ("The minister will meet her counterpart when she visits the capital next week.", "visits"),
    ("The shooting could have been worse if a guard hadn't wounded the gunman.", "wounded"),
    ("He didn't shoot at first, but later began shooting in the hallway.", "shooting"),
    ("The agency warned of more flights cancelled if the ash cloud returned.", "warned"),
])
def test_a_reported_or_scheduled_event_stays(verdicts, text, trigger):
    assert verdicts(text).get(trigger, "missing") is None, (text, verdicts(text))


def test_a_statement_stays_while_its_hypothetical_content_goes(verdicts):
    found = verdicts("North Korea warned that it could strike American bases.")
    assert found.get("warned", "missing") is None
    assert found.get("strike", "").startswith("hypothetical")


def test_the_extractor_skips_negated_and_hypothetical_mentions(events_of):
    events = events_of("Police arrested two protesters in the capital on Monday. No arrest was made on Tuesday. "
                       "Officials fear that the unrest could spread and that a curfew may prevent a protest.")
    assert [e.trigger for e in events if e.event_type == "arrest"] == ["arrested"]
    assert not [e for e in events if e.event_type == "protest" and e.trigger.lower().startswith("protest")
                and "prevent" in e.sentence]


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The text message warned of a possible shooting at the mall.", "shooting", "hypothetical"),
    ("Some 7 million people now require humanitarian aid, the agency said.", "aid", "hypothetical"),
    ("Egypt proposed a regional conference to discuss the dispute.", "conference", "hypothetical"),
    ("The minister called on the agencies to continue to provide aid.", "aid", "hypothetical"),
    ("The envoy urged both sides to hold talks in Geneva.", "talks", "hypothetical"),
    ("A tacit agreement to do nothing would be dangerous for both sides.", "agreement", "hypothetical"),
    ("Situations that could prompt an alert include forest fires and floods.", "fires", "generic"),
    ("During his career the sergeant deployed numerous times on operations abroad.", "deployed", "generic"),
    ("He had a history of convictions including attacking two prison guards.", "attacking", "generic"),
])
def test_not_an_event_either(verdicts, text, trigger, kind):
    reason = verdicts(text).get(trigger)
    assert reason is not None and reason.startswith(kind), (text, reason)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The ministers held talks in Geneva on Friday.", "talks"),
    ("The army deployed three battalions to the border on Monday.", "deployed"),
    ("The agency delivered humanitarian aid to the camp on Tuesday.", "aid"),
    ("Gunmen attacked two prison guards in the capital on Sunday.", "attacked"),
])
def test_the_plain_event_stays(verdicts, text, trigger):
    assert verdicts(text).get(trigger, "missing") is None, (text, verdicts(text))


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Her brother said he plans to travel to Paris and bring her home.", "travel", "hypothetical"),
    ("The ministry is working to seize the assets of the company.", "seize", "hypothetical"),
    ("The militants deny they are negotiating a surrender deal.", "deal", "negated"),
    ("The mural was painted over without warning.", "warning", "negated"),
    ("At first the farmers thought a helicopter had crashed.", "crashed", "hypothetical"),
    ("It had been feared that the cattle had been struck down by the disease.", "struck", "hypothetical"),
    ("Hospitals are stockpiling masks in case of a flu pandemic.", "pandemic", "hypothetical"),
    ("If an outbreak were to occur at the farm, it could spread fast.", "outbreak", "hypothetical"),
    ("The bank said it may stop giving aid to the region.", "aid", "hypothetical"),
    ("The crater is probably the result of a gas explosion.", "explosion", "hypothetical"),
])
def test_intended_denied_and_guessed(verdicts, text, trigger, kind):
    reason = verdicts(text).get(trigger)
    assert reason is not None and reason.startswith(kind), (text, reason)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army plans to hold war games near the coast next month.", "games"),
    ("Those behind the bombing want to wreck the talks.", "talks"),
])
def test_dated_plans_and_intents_on_other_events_stay(verdicts, text, trigger):
    assert verdicts(text).get(trigger, "missing") is None, (text, verdicts(text))


# -- round 23 (sample G): conditional fragments, 'would' events, gerund subjects, all-noun participles, services --
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ('"If the senator assaulted this reporter, where was she all this time?', "assaulted", "hypothetical"),
    ("Experts warned that a cholera epidemic in the camps would overwhelm the clinics.", "epidemic", "hypothetical"),
    ("He said closing the port does not fix any problems.", "closing", "generic"),
    ("The minister ordered that all ships arriving in the harbour are to be inspected.", "arriving", "generic"),
    ("From the first day, victims are offered aid through the county's support office.", "aid", "generic"),
])
def test_round23_conditional_would_gerund_and_generic(verdicts, text, trigger, kind):
    reason = verdicts(text).get(trigger)
    assert reason is not None and reason.startswith(kind), (text, reason)


@pytest.mark.parametrize(("text", "trigger"), [
    ("An epidemic of cholera spread through the camps last week.", "epidemic"),
    ("He said that closing the border on Monday caused long delays.", "closing"),
    ("Two ships arriving in the harbour were inspected on Monday.", "arriving"),
    ("The victims were offered aid by the Red Cross after the flood.", "aid"),
])
def test_round23_specific_events_stay(verdicts, text, trigger):
    assert verdicts(text).get(trigger, "missing") is None, (text, verdicts(text))


# -- through the whole pipeline (the events_of fixture): a charge denied in an appended clause, not the event --
DENIED = [
    # the parse makes the sentence the complement of the relative clause "his family denied"
    ("He had been detained by Taliban intelligence in Herat in May and accused of taking photographs of a military "
     "building, a charge his family denied.", True),
    # negative: a denial of the clause itself
    ("The ministry denied that police had detained two journalists in Herat in May.", False),
]


@pytest.mark.parametrize(("text", "found"), DENIED)
def test_a_charge_denied_in_an_appended_clause_does_not_deny_the_event(events_of, text, found):
    assert any(e.event_type == "arrest" for e in events_of(text)) == found
