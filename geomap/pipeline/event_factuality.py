"""Is a trigger a reported, specific event? Negated, hypothetical and generic mentions are not.

:func:`non_factual` reads the dependency parse around a trigger and returns why it names no event that happened
or is scheduled, else ``None``:

- **negated**: a negation on the trigger's verb ("he didn't shoot", "refugees cannot travel"), "no" before an
  event noun ("no arrest was ever made", "there has been no reported case"), a negation on the verb whose event
  the noun is ("could not hold a meeting"), a verb of refusal or failure above it ("refused to sign");
- **hypothetical**: a modal of possibility, ability or obligation ("could kill millions", "can meet", "should
  visit"; not "may have killed", an uncertain past), "would" in a question, an indirect question or a condition
  ("why he would shoot", "who they would vote for in an election"), an "if"/"unless" clause or its main clause,
  a governing noun or verb of fear, risk or prevention ("the fear of arrest", "the risk of war", "prevent an
  outbreak", "threatened to strike", "a ban on protests"), "be able to" in the present or future;
- **generic**: "any"/"every" before the noun ("in any election"), a habitual adverb or phrase ("often",
  "year after year", "every year"), a present-tense "when" clause with no date ("when she visits him"), "anyone"
  as object ("will arrest anyone who ..."), "numerous times", an act in "a history of", a kind of event listed
  ("situations ... include forest fires");
- **asked for or needed**: what someone is called on, urged or proposed to do, or needs ("called on agencies to
  provide aid", "require humanitarian aid", "proposed a conference"), a "possible" event, an evaluation with
  "would be" ("agreement to do nothing would be dangerous").

Scheduled and announced events stay ("will hold", "said it would hold an exercise next month", "plans to visit",
"is due to sign"), and so do reported ones: what a clause under "said" or "warned" reports is judged by its own
words, never by the verb of saying ("warned it could strike": "warned" stays, "strike" goes).
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_triggers import TRIGGERS

#: modals that make a clause possible, able or obliged rather than happened or scheduled ("will" is scheduled;
#: "would" only in questions and conditions, see :func:`_modal`)
HYPOTHETICAL_MODALS = frozenset({"can", "could", "may", "might", "should", "must", "ought", "ca"})
#: verbs whose event the object or passive subject noun is ("could not hold meeting", "no arrest was made")
EVENT_VERBS = frozenset(
    {"hold", "conduct", "carry", "stage", "launch", "make", "take", "have", "occur", "happen", "be", "begin",
     "start", "wage", "mount", "perform", "undertake", "sign", "reach", "impose", "declare", "organize",
     "organise", "break", "erupt", "see"})
#: nouns of fear, risk and prevention: their "of"/"on"/"against" object or compound is no event ("the fear of
#: arrest", "a ban on protests", "the war risk")
HYPOTHETICAL_NOUNS = frozenset(
    {"fear", "fears", "risk", "threat", "danger", "possibility", "chance", "prospect", "likelihood", "probability",
     "spectre", "specter", "prevention", "ban", "avoidance", "deterrence", "deterrent", "scenario", "hypothesis"})
#: verbs whose object is no event ("prevent an outbreak", "risk a war", "feared an attack")
HYPOTHETICAL_VERBS = frozenset(
    {"prevent", "avoid", "avert", "prohibit", "ban", "forbid", "deter", "risk", "fear", "preclude", "rule"})
#: verbs above an infinitive whose event is only threatened, feared or refused ("threatened to strike")
HYPOTHETICAL_GOVERNORS = frozenset({"threaten", "fear", "risk", "avoid", "dream", "imagine", "pretend"})
NEGATIVE_GOVERNORS = frozenset({"fail", "refuse", "decline", "unable", "neglect"})
#: verbs above an infinitive whose event is only intended or wished for ("plans to travel", "is working to seize")
INTENT_GOVERNORS = frozenset({"plan", "intend", "hope", "want", "wish", "aim", "seek", "work", "strive", "endeavour",
                              "endeavor", "aspire"})
#: verbs whose "that"-clause is denied ("deny they are negotiating a deal")
DENIAL_VERBS = frozenset({"deny", "dispute", "refute", "rebut", "dismiss"})
#: verbs of belief: a belief held "originally" or one that "had been" held is one since proved wrong ("the
#: villagers originally thought a plane had crashed", "it had been feared that the horses had been struck down")
BELIEF_VERBS = frozenset({"think", "believe", "fear", "suspect", "assume", "presume", "suppose", "imagine"})
SUPERSEDED_ADVERBS = frozenset({"originally", "initially", "first", "wrongly", "mistakenly", "erroneously"})
#: adverbs and adjectives of a guess ("is likely the result of a gas explosion")
GUESS_WORDS = frozenset({"likely", "probably", "possibly", "perhaps", "maybe", "presumably", "unlikely",
                         "conceivably"})
#: nouns that name what an event caused or explains ("the result of", "the cause of")
OUTCOME_NOUNS = frozenset({"result", "cause", "consequence", "product", "work", "outcome", "effect"})
#: verbs with "of"/"about"/"against" objects that are only feared or warned of ("warned of a war")
WARNING_VERBS = frozenset({"warn", "fear", "caution", "worry", "speculate", "talk", "dream"})
HABITUAL_ADVERBS = frozenset(
    {"usually", "often", "always", "regularly", "routinely", "typically", "generally", "normally", "frequently",
     "occasionally", "sometimes", "rarely", "seldom", "annually", "traditionally", "habitually", "customarily",
     "whenever", "periodically", "perennially", "seasonally"})
GENERIC_DETERMINERS = frozenset({"any", "every"})
GENERIC_OBJECTS = frozenset({"anyone", "anybody", "anything", "whoever", "whatever"})
WH_WORDS = frozenset({"who", "whom", "what", "why", "how", "whether", "which"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
#: verbs of saying: an "if" clause on them is what is said, not a condition on the saying
SPEECH_VERBS = frozenset({"say", "warn", "threaten", "caution", "vow", "pledge", "promise", "tell", "insist",
                          "accuse", "blame", "condemn", "criticize", "criticise", "denounce", "add", "note"})
TIME_UNITS = frozenset({"day", "week", "month", "year", "summer", "winter", "spring", "autumn", "season", "time"})
#: verbs above an infinitive that ask or propose an act not (yet) done ("called on UN agencies to provide aid",
#: "urged them to hold talks", "proposed to meet")
APPEAL_GOVERNORS = frozenset({"urge", "call", "appeal", "implore", "exhort", "propose", "suggest", "beg", "plead"})
#: verbs whose object is needed or proposed, not done ("require humanitarian aid", "proposed a UN conference")
NEED_VERBS = frozenset({"need", "require", "propose", "suggest", "request", "seek", "lack"})
#: nouns whose "for"/"of" object is needed or asked for ("in need of aid", "a proposal for talks", "calls for a
#: ceasefire")
NEED_NOUNS = frozenset({"need", "needs", "proposal", "proposals", "plea", "pleas", "request", "requests", "demand",
                        "demands", "calls", "appeal", "appeals", "bid"})
#: verbs whose "for" object is asked for, not done ("called for the release of", "appealed for aid")
APPEAL_FOR_VERBS = frozenset({"call", "appeal", "plead", "press", "push", "ask", "campaign", "lobby", "clamour",
                              "clamor", "beg"})
#: nouns of stopping whose "to" object is what someone wants stopped ("an end to the war", "a halt to the drills")
END_NOUNS = frozenset({"end", "halt", "stop"})
#: verbs that ask for their object ("demanding an end to", "urged a halt to", "called for an end to")
DEMAND_VERBS = NEED_VERBS | APPEAL_FOR_VERBS | frozenset({"demand", "urge", "want", "insist", "sue"})


def _demanded(noun: Token) -> bool:
    """Is ``noun`` asked for: the object of a verb of demand ("demanded an end to"), the "for" object of an
    appeal ("called for an end to", "calls for a halt to")?"""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in DEMAND_VERBS:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "for" and (
        head.head.lemma_.lower() in DEMAND_VERBS or head.head.lower_ in NEED_NOUNS)


#: modals of an evaluation ("agreement to do nothing would be dangerous", "a war could be catastrophic")
EVALUATIVE_MODALS = frozenset({"would", "could", "might", "may", "can", "ca"})
#: subjects of "include" that list kinds of event, not events ("situations that could prompt an alert include
#: forest fires")
CATEGORY_NOUNS = frozenset({"situation", "situations", "example", "examples", "type", "types", "kind", "kinds",
                            "category", "categories", "scenario", "scenarios", "hazard", "hazards", "emergency",
                            "emergencies", "threat", "threats", "risk", "risks", "cause", "causes", "event", "events"})
#: words of many repetitions ("deployed numerous times")
MANY_WORDS = frozenset({"numerous", "many", "several", "multiple", "countless", "repeated", "various", "dozens"})
#: nouns of a record of past acts ("a history of convictions including attacking officers")
RECORD_NOUNS = frozenset({"history", "record", "pattern", "habit", "string", "litany", "catalogue", "catalog"})


def non_factual(tok: Token) -> str | None:
    """Why the trigger ``tok`` names no reported, specific event (negated, hypothetical, generic), else ``None``."""
    reason = _possible(tok) or _in_record(tok)
    if reason:
        return reason
    if tok.pos_ in ("NOUN", "PROPN"):
        reason = _noun_reason(tok)
        if reason:
            return reason
        verb = _event_verb(tok)
        if verb is None:
            first = _first_conjunct(tok)
            if first.dep_ in ("dobj", "nsubjpass") and first.head.pos_ == "VERB":
                reason = _modal_or_governed(first.head)
                if reason:
                    return reason  # "may stop giving aid", "deny they are negotiating an evacuation deal"
            return _indefinite_in_hypothetical(tok)
        return _clause_reason(verb)
    if tok.pos_ == "VERB":
        return _verb_generic(tok) or _clause_reason(tok)
    return None


def _present(v: Token) -> bool:
    """Is ``v`` in the simple present ("does not fix", "fixes", "are offered")?"""
    return v.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in v.children)


def _verb_generic(tok: Token) -> str | None:
    """A gerund that is the subject of a present-tense clause ("closing the border does not fix any problems")
    or a participle on a noun with 'all', 'any' or 'every' ("all ships arriving in Nigeria are to be checked"):
    a kind of act, no act done."""
    if tok.dep_ == "csubj" and tok.tag_ == "VBG" and tok.head.pos_ in ("VERB", "AUX") and _present(tok.head):
        return "generic: a gerund subject of a present-tense clause"
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS | {"all"} for c in _first_conjunct(tok.head).children):
        return "generic: a participle on 'all'/'any'/'every' nouns"
    return None


# -- nouns ------------------------------------------------------------------------------------------------
def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == tok.pos_:
        tok = tok.head
    return tok


def _noun_reason(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ == "no":
            return "negated: 'no' before the event noun"
        if c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS:
            return f"generic: '{c.lower_}' before the event noun"
    first = _first_conjunct(tok)
    head = first.head
    if first.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in HYPOTHETICAL_NOUNS:
        return f"hypothetical: compound of '{head.lower_}'"  # "the war risk", "Wal-Mart shooting threat"
    if first.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in NEED_VERBS:
        return f"hypothetical: object of '{head.lower_}'"  # "require humanitarian aid", "proposed a conference"
    if first.dep_ == "dobj" and head.pos_ == "VERB" and _appealed(head):
        return f"hypothetical: asked for ('{head.lower_}' under an appeal)"  # "called on X to provide aid"
    if first.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "to" and (
            head.head.lemma_.lower() in END_NOUNS) and _demanded(head.head):
        return f"hypothetical: an '{head.head.lower_} to' it asked for"  # "demanding an end to the exercises": what
        # protesters want stopped is not reported here as happening
    if first.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "for") and (
            head.head.lower_ in NEED_NOUNS):
        return f"hypothetical: '{head.head.lower_} {head.lower_}'"  # "in need of aid", "a proposal for talks"
    if first.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for" and head.head.pos_ == "VERB" and (
            head.head.lemma_.lower() in APPEAL_FOR_VERBS):
        return f"hypothetical: '{head.head.lower_} for'"  # "calling for the release of all detainees", "pressed for
        # talks": asked for, not done
    if first.dep_ == "nsubj" and head.lemma_ == "be" and any(c.dep_ == "acomp" for c in head.children) and any(
            c.dep_ == "aux" and c.lower_ in EVALUATIVE_MODALS for c in head.children):
        return "hypothetical: 'would be' evaluation"  # "tacit agreement to do nothing would be dangerous"
    if first.dep_ == "dobj" and head.lemma_.lower() == "include" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in CATEGORY_NOUNS for c in head.children):
        return "generic: a kind of event listed"  # "situations that could prompt an alert include forest fires"
    if first.dep_ == "pobj" and head.dep_ == "prep":
        gov = head.head
        prep = head.lower_
        if prep == "of" and gov.lower_ in ("case", "event") and gov.dep_ == "pobj" and gov.head.lower_ == "in":
            return f"hypothetical: 'in {gov.lower_} of'"  # "stockpiling the drug in case of a flu pandemic"
        if _guessed_cause(first):
            return "hypothetical: a guessed cause"  # "it is likely the result of a gas explosion"
        if prep == "of" and gov.lower_ in ("any", "none"):
            return f"generic: '{gov.lower_} of' the event nouns"
        if gov.pos_ == "NOUN" and gov.lemma_.lower() in HYPOTHETICAL_NOUNS and prep in ("of", "on", "against", "for"):
            return f"hypothetical: '{gov.lower_} {prep}'"
        if gov.pos_ == "VERB" and prep in ("of", "about", "against") and (
                gov.lemma_.lower() in WARNING_VERBS | HYPOTHETICAL_VERBS):
            return f"hypothetical: '{gov.lower_} {prep}'"
    if first.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in HYPOTHETICAL_VERBS:
        return f"hypothetical: object of '{head.lower_}'"
    if first.dep_ == "nsubj" and head.lemma_ == "have" and tok.tag_ == "NNS" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in RECORD_NOUNS for c in head.children):
        return "generic: events that 'have a history'"  # "elections in the state have a long history of violence"
    doer_of = head.head if first.dep_ == "pobj" and head.dep_ == "agent" else head if first.dep_ == "nsubj" else None
    if doer_of is not None and doer_of.pos_ == "VERB" and (_present(doer_of) or (
            doer_of.dep_ == "acl" and doer_of.tag_ == "VBN")) and (reason := _habitual(doer_of)):
        return reason  # "the coast is periodically hit by storms", "landslides often block the road", "the route
        # most often targeted by ambushes" (a participle on a noun has no tense of its own): a habit
    for rel in (c for c in first.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in rel.children) and (
                reason := _habitual(rel)):
            return reason  # "the typhoons that form in the western Pacific each year", "floods that often hit
            # the valley": a kind of event described by what it usually does
    place_verb = _prepositional_governor(first)
    if place_verb is not None and _present(place_verb) and not any(t.ent_type_ == "DATE" for t in tok.subtree) and (
            reason := _habitual(place_verb)):
        return reason  # "the island lies in the path of many typhoons each year", "schools often close during
        # floods": a present-tense habit the event noun is part of
    if first.dep_ == "pobj" and head.lower_ == "without" and not any(c.dep_ == "det" for c in tok.children):
        return "negated: 'without'"  # "painted over without warning"
    if first.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and _if_clause(head):
        return "hypothetical: subject of an 'if' clause"  # "if an outbreak were to occur at the course"
    if first.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in first.children) and any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in head.children) and not _perfect(head):
        return "hypothetical: an indefinite event that 'would' do"  # "a bird flu epidemic would deprive them"
    if first.dep_ == "dobj" and head.pos_ == "VERB" and _present(head) and any(
            c.dep_ == "auxpass" for c in head.children) and any(
            c.dep_ == "nsubjpass" and c.tag_ == "NNS" and not any(
                d.dep_ in ("det", "poss", "nummod") for d in c.children) for c in head.children):
        return "generic: present passive of a bare plural"  # "victims are offered aid through the service"
    return None


def _prepositional_governor(noun: Token) -> Token | None:
    """The verb a noun hangs on through prepositional phrases only ("lies in the path of many of the typhoons"
    → "lies"), else ``None``."""
    w = noun
    for _ in range(8):
        if w.dep_ not in ("pobj", "prep") or w.head.i == w.i:
            return None
        w = w.head
        if w.pos_ in ("VERB", "AUX"):
            return w
    return None


def _guessed_cause(noun: Token) -> bool:
    """Is ``noun`` (or the noun it is an example of: "activity, such as a gas explosion") the "of" object of a
    guessed result or cause ("is likely the result of")?"""
    w = noun
    for _ in range(3):
        if w.dep_ == "pobj" and w.head.lower_ in ("as", "like", "including") and w.head.head.pos_ == "NOUN":
            w = w.head.head  # "activity, such as a local gas explosion"
        elif w.dep_ == "conj" and w.head.pos_ == "NOUN":
            w = w.head
        else:
            break
    return w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.lemma_.lower() in OUTCOME_NOUNS and _guessed(
        w.head.head)


def _guessed(noun: Token) -> bool:
    """Is ``noun`` the predicate of a guess ("is likely the result of", "probably the work of")?"""
    if any(c.dep_ == "advmod" and c.lower_ in GUESS_WORDS for c in noun.children):
        return True
    cop = noun.head if noun.dep_ == "attr" else None
    return cop is not None and any(c.dep_ in ("acomp", "advmod") and c.lower_ in GUESS_WORDS for c in cop.children)


def _modal_or_governed(verb: Token) -> str | None:
    """A modal on the verb whose object the event noun is, or on the verb it hangs on, or a denial or a belief
    given up above it ("may temporarily stop giving aid", "deny they are negotiating a deal"); not its habit or
    negation (that reading is left to the noun's own event verb)."""
    v = verb
    for _ in range(3):
        reason = _modal(v) or _denied(v) or _superseded_belief(v)
        if reason:
            return reason
        gov, link = _governor(v)
        if gov is None or link != "xcomp":
            return None
        v = gov  # an intent above is not the noun's ("want to wreck the talks": the talks are held)
    return None


def _denied(v: Token) -> str | None:
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in DENIAL_VERBS:
        denial = v.head
        if any(c.dep_ == "dobj" and v.i < c.i < denial.i for c in denial.children):
            # "He had been detained in Herat and accused of spying, a charge his family denied": the parse makes
            # the sentence the complement of the relative clause's verb; what is denied is its own object
            return None
        return f"negated: denied ('{v.head.lower_}')"  # "deny they are negotiating a deal"
    return None


def _superseded_belief(v: Token) -> str | None:
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in BELIEF_VERBS:
        return None
    belief = v.head
    if any(c.dep_ == "advmod" and c.lower_ in SUPERSEDED_ADVERBS or c.dep_ == "prep" and c.lower_ == "at" and any(
            g.lower_ == "first" for g in c.children) for c in belief.children) or (
            belief.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in belief.children)):
        return f"hypothetical: a belief since given up ('{belief.lower_}')"
    return None


def _event_verb(tok: Token) -> Token | None:
    """The verb whose event the noun is: a light verb it is the object or passive subject of ("hold a meeting",
    "no arrest was made"), or an occurrence verb it is the subject of ("the talks could take place")."""
    first = _first_conjunct(tok)
    head = first.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in EVENT_VERBS:
        return None
    if first.dep_ in ("dobj", "nsubjpass", "attr"):
        return head
    if first.dep_ == "nsubj" and head.lemma_.lower() in ("take", "occur", "happen", "begin", "start", "break",
                                                         "erupt"):
        return head
    return None


def _indefinite_in_hypothetical(tok: Token) -> str | None:
    """"who they would vote for in an election": an indefinite noun in a hypothetical clause's adjunct (not
    "during", which presupposes the event: "told him they should cooperate during a meeting in Beijing")."""
    first = _first_conjunct(tok)
    if first.dep_ != "pobj" or first.head.lower_ != "in" or first.head.head.pos_ != "VERB":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None
    reason = _clause_reason(first.head.head)
    return reason if reason and reason.startswith("hypothetical") else None


def _possible(tok: Token) -> str | None:
    """"a possible shooting", "reports of a possible gang initiation shooting": an event only thought possible
    (the modifier on the trigger, or on the noun a participle trigger modifies)."""
    nouns = [tok] + ([tok.head] if tok.dep_ in ("acl", "compound", "amod") and tok.head.pos_ == "NOUN" else [])
    for n in nouns:
        for c in n.children:
            if c.dep_ == "amod" and c.lower_ in ("possible", "potential", "hypothetical", "would-be", "eventual"):
                return f"hypothetical: '{c.lower_}'"
    return None


def _in_record(tok: Token) -> str | None:
    """"a history of convictions including similarly attacking two officers": an act in someone's record."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return None
        prev, t = t, t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in RECORD_NOUNS and prev.dep_ == "prep" and prev.lower_ == "of" \
                and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
            return f"generic: in '{t.lower_} of'"
    return None


def _appealed(verb: Token) -> bool:
    """Is ``verb`` (up its chain of infinitives) what someone was called on, urged or asked to do?"""
    v = verb
    for _ in range(4):
        if v.dep_ != "xcomp" or v.head.i == v.i:
            return False
        v = v.head
        if v.lemma_.lower() in APPEAL_GOVERNORS:
            return True
    return False


# -- clauses -----------------------------------------------------------------------------------------------
def _clause_reason(verb: Token) -> str | None:
    """Negation, modality, condition or habit of ``verb``'s clause, up its chain of infinitives."""
    v, link = verb, "self"
    for _ in range(4):
        reason = ((_negated(v) if link != "and" else None) or _modal(v) or _conditional(v) or _habitual(v)
                  or _generic_object(v) or _denied(v) or _superseded_belief(v))
        if reason:
            return reason
        if v.dep_ in ("pcomp", "pobj") and v.head.lower_ == "without":
            return "negated: 'without'"  # "painted over without warning"
        gov, link = _governor(v)
        if gov is None:
            return None
        lemma = gov.lemma_.lower()
        if link == "xcomp" and lemma in INTENT_GOVERNORS and not _has_date(v):
            return f"hypothetical: intended ('{gov.lower_}')"  # "plans to travel to X", "is working to seize"; a
            # plan with a date is scheduled ("plans to hold its annual war games next month")
        if link == "xcomp" and lemma in APPEAL_GOVERNORS:
            return f"hypothetical: asked for ('{gov.lower_}')"  # "urged them to hold talks"
        if lemma in NEGATIVE_GOVERNORS:
            return f"negated: under '{gov.lower_}'"
        if lemma in HYPOTHETICAL_GOVERNORS or (gov.pos_ == "VERB" and lemma in HYPOTHETICAL_VERBS):
            return f"hypothetical: under '{gov.lower_}'"
        if lemma == "able":
            be = gov.head
            if be.tag_ != "VBD" and not any(c.tag_ == "VBD" for c in be.children if c.dep_ in ("aux", "auxpass")):
                return "hypothetical: 'be able to' not in the past"
            v = be
            continue
        v = gov
    return None


def _governor(v: Token) -> tuple[Token | None, str]:
    """The verb or adjective an infinitive hangs on ("plans to visit" → "plans", "able to visit" → "able"), or
    for a conjunct without its own subject, the first conjunct ("will arrest and detain"), with how they are
    linked: "xcomp", "and" (its negation is not shared) or "or" ("did not kill or injure"); "but" links none
    ("he didn't shoot, but began shooting")."""
    if v.dep_ == "xcomp" and v.head.i != v.i:
        return v.head, "xcomp"
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children):
        ccs = [c for c in v.head.children if c.dep_ == "cc" and c.i < v.i]
        cc = ccs[-1].lower_ if ccs else "and"
        if cc in ("or", "nor"):
            return v.head, "or"
        if cc in ("and", "&"):
            return v.head, "and"
    return None, ""


def _perfect(v: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children)


def _negated(v: Token) -> str | None:
    if not any(c.dep_ == "neg" for c in v.children):
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(not c.conjuncts and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                            for c in subjects):
            return "negated: 'no' before the subject"  # "no passenger ships left Piraeus"
        return None
    if _if_clause(v) and _perfect(v):
        return None  # "... if the officer hadn't wounded him": a counterfactual, so he did
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in ORDER_NOT_VERBS and not any(
            c.dep_ == "neg" for c in v.head.children) and v.lemma_.lower() not in TRIGGERS:
        # "told residents not to draw water from the river": the order is the event (a verb that is an event of
        # its own stays negated: "urged people not to protest" is no protest)
        return None
    return "negated: negation on the verb"


#: verbs that order someone not to do something ("told residents not to drink the water")
ORDER_NOT_VERBS = frozenset({"tell", "order", "instruct", "direct"})  # (not advice: "advised fishermen not to")


def _modal(v: Token) -> str | None:
    for c in v.children:
        if c.dep_ != "aux" or c.tag_ != "MD":
            continue
        lemma = c.lemma_.lower()
        if lemma in HYPOTHETICAL_MODALS and not _perfect(v):
            return f"hypothetical: modal '{c.lower_}'"
        if lemma == "would" and (_question(v) or _indirect_question(v) or _conditional(v)):
            return "hypothetical: 'would' in a question or condition"
    return None


def _question(v: Token) -> bool:
    sent = v.sent
    last = [t for t in sent if not t.is_space and t.text not in ('"', "'", "”", "’", "»")]
    return bool(last) and last[-1].text == "?"


def _indirect_question(v: Token) -> bool:
    """An embedded wh-clause: "why he would shoot", "who they would vote for" (not a relative clause)."""
    if v.dep_ == "relcl":
        return False
    edge = v.left_edge
    return edge.lower_ in WH_WORDS and edge.i < v.i


def _if_clause(v: Token) -> bool:
    return v.dep_ in ("advcl", "ROOT") and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in v.children)


def _conditional(v: Token) -> str | None:
    if _if_clause(v):
        if any(c.dep_ == "neg" for c in v.children) and _perfect(v):
            return None
        return "hypothetical: in an 'if'/'unless' clause"
    if v.lemma_.lower() in SPEECH_VERBS:
        return None  # "warned of disruption if the wind turned": the condition is what is said
    for c in v.children:
        if c.dep_ == "advcl" and _if_clause(c) and not _perfect(c):
            return "hypothetical: main clause of a condition"
    return None


def _has_date(v: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in v.subtree)


def _habitual(v: Token) -> str | None:
    for c in v.children:
        if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS:
            return f"generic: habitual '{c.lower_}'"
        if c.dep_ in ("npadvmod", "advmod", "dobj") and c.lower_ == "times" and any(
                d.dep_ in ("amod", "nummod") and d.lower_ in MANY_WORDS for d in c.children):
            return "generic: repeated 'numerous times'"  # "deployed numerous times on operations"
        if c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in TIME_UNITS:
            if any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children):
                return f"generic: 'every {c.lower_}'"
            doc = c.doc  # "year after year", "week by week" (the preposition on either word)
            if c.i + 2 < len(doc) and doc[c.i + 1].lower_ in ("after", "by") and doc[c.i + 2].lemma_ == c.lemma_:
                return f"generic: '{c.lower_} {doc[c.i + 1].lower_} {c.lower_}'"
    if v.dep_ == "advcl" and v.tag_ in ("VBZ", "VBP") and any(
            c.lower_ in ("when", "whenever") and c.i < v.i for c in v.children) and not _has_date(v):
        return "generic: present-tense 'when' clause with no date"
    return None


def _generic_object(v: Token) -> str | None:
    objects = [c for c in v.children if c.dep_ == "dobj"]
    if not objects:  # "will arrest and detain anyone": the object of the last conjunct
        objects = [d for c in v.children if c.dep_ == "conj" for d in c.children if d.dep_ == "dobj"]
    for o in objects:
        if o.lower_ in GENERIC_OBJECTS:
            return f"generic: object '{o.lower_}'"
    return None
