"""Trigger words for the events extractor, hand-written from general news usage.

Every entry maps a lower-cased surface form (one word, or a few separated by single spaces) to
``(event_type, lemma, form)``. ``form`` says how the word behaves grammatically, because status and
participant roles depend on it:

- ``base``  bare verb ("meet"), read with its auxiliaries ("will meet", "did not meet", "to meet")
- ``s``     third person present ("meets")
- ``past``  simple past only ("met" is also a participle; irregular forms are listed as ``ed``)
- ``ed``    past tense or past participle ("visited", "banned"); passive when a form of *be* precedes
- ``ing``   present participle ("visiting"); ongoing after am/is/are
- ``noun``  a nominal trigger ("visit", "talks"); status comes from its modifiers and governing verb

Nothing here is derived from any benchmark: the lists are ordinary English news vocabulary.
"""

from __future__ import annotations

TriggerInfo = tuple[str, str, str]  # (event_type, lemma, form)


def _verb(event_type: str, lemma: str, base: str, s: str, past: str, ing: str) -> dict[str, TriggerInfo]:
    """All inflections of a regular-enough verb; ``past`` doubles as the participle (form ``ed``)."""
    return {
        base: (event_type, lemma, "base"),
        s: (event_type, lemma, "s"),
        past: (event_type, lemma, "ed"),
        ing: (event_type, lemma, "ing"),
    }


def _nouns(event_type: str, lemma: str, *forms: str) -> dict[str, TriggerInfo]:
    return {f: (event_type, lemma, "noun") for f in forms}


def _build() -> dict[str, TriggerInfo]:
    t: dict[str, TriggerInfo] = {}
    # meeting: face-to-face or remote consultation, talks, summits, joint press conferences.
    t.update(_verb("meeting", "meet", "meet", "meets", "met", "meeting"))
    t.update(_nouns("meeting", "meeting", "meeting", "meetings"))
    t.update(_nouns("meeting", "talks", "talks", "peace talks", "trade talks"))
    t.update(_nouns("meeting", "summit", "summit", "summits"))
    t.update(_nouns("meeting", "negotiation", "negotiations"))
    t.update(_verb("meeting", "negotiate", "negotiate", "negotiates", "negotiated", "negotiating"))
    t.update(_nouns("meeting", "phone call", "phone call", "telephone call", "video call"))
    t.update(_verb("meeting", "host", "host", "hosts", "hosted", "hosting"))
    # A press conference is a statement unless someone appears alongside (then it is a meeting).
    t.update(_nouns("statement", "press conference", "press conference", "news conference",
                    "joint press conference"))
    # visit: someone travels somewhere.
    t.update(_verb("visit", "visit", "visit", "visits", "visited", "visiting"))
    t.update(_nouns("visit", "visit", "state visit"))
    t.update(_nouns("visit", "trip", "trip", "trips"))
    for base, s, past, ing in (("travel", "travels", "travelled", "travelling"),
                               ("travel", "travels", "traveled", "traveling"),
                               ("fly", "flies", "flew", "flying")):
        # only with a destination ("travelled to"): bare "travel" is mostly about commuting or policy
        t[base + " to"] = ("visit", "travel", "base")
        t[s + " to"] = ("visit", "travel", "s")
        t[past + " to"] = ("visit", "travel", "ed")
        t[ing + " to"] = ("visit", "travel", "ing")
    # statement: the saying is itself the news (what is said is a quote, not an event).
    t.update(_verb("statement", "announce", "announce", "announces", "announced", "announcing"))
    t.update(_nouns("statement", "announcement", "announcement"))
    t.update(_verb("statement", "declare", "declare", "declares", "declared", "declaring"))
    t.update(_verb("statement", "unveil", "unveil", "unveils", "unveiled", "unveiling"))
    t.update(_verb("statement", "confirm", "confirm", "confirms", "confirmed", "confirming"))
    # appeal: calls on someone to act.
    for base, s, past, ing in (("call", "calls", "called", "calling"),):
        for prep in ("on", "for"):
            t[f"{base} {prep}"] = ("appeal", "call on", "base")
            t[f"{s} {prep}"] = ("appeal", "call on", "s")
            t[f"{past} {prep}"] = ("appeal", "call on", "ed")
            t[f"{ing} {prep}"] = ("appeal", "call on", "ing")
    t.update(_verb("appeal", "urge", "urge", "urges", "urged", "urging"))
    # agreement: a deal reached or signed ("agree with" an opinion is not an event, see events.py).
    t.update(_verb("agreement", "agree", "agree", "agrees", "agreed", "agreeing"))
    t.update(_nouns("agreement", "agreement", "agreement", "treaty", "pact", "ceasefire", "trade deal"))
    t.update(_verb("agreement", "sign", "sign", "signs", "signed", "signing"))
    # accusation and criticism
    t.update(_verb("accusation", "accuse", "accuse", "accuses", "accused", "accusing"))
    t.update(_nouns("accusation", "accusation", "accusation", "accusations"))
    t.update(_verb("accusation", "blame", "blame", "blames", "blamed", "blaming"))
    for base, s, past, ing in (("criticise", "criticises", "criticised", "criticising"),
                               ("criticize", "criticizes", "criticized", "criticizing")):
        t.update(_verb("criticism", "criticise", base, s, past, ing))
    t.update(_nouns("criticism", "criticism", "criticism"))
    t.update(_verb("criticism", "condemn", "condemn", "condemns", "condemned", "condemning"))
    t.update(_nouns("criticism", "condemnation", "condemnation"))
    t.update(_verb("criticism", "denounce", "denounce", "denounces", "denounced", "denouncing"))
    t.update(_verb("criticism", "rebuke", "rebuke", "rebukes", "rebuked", "rebuking"))
    t.update(_verb("criticism", "slam", "slam", "slams", "slammed", "slamming"))
    # threat
    t.update(_verb("threat", "threaten", "threaten", "threatens", "threatened", "threatening"))
    # sanction and ban
    t.update(_verb("sanction", "sanction", "sanction", "sanctions", "sanctioned", "sanctioning"))
    t.update(_nouns("sanction", "embargo", "embargo"))
    t.update(_verb("ban", "ban", "ban", "bans", "banned", "banning"))
    t.update(_verb("ban", "bar", "bar", "bars", "barred", "barring"))
    t.update(_verb("ban", "expel", "expel", "expels", "expelled", "expelling"))
    # appointment, resignation, election
    t.update(_verb("appointment", "appoint", "appoint", "appoints", "appointed", "appointing"))
    t.update(_nouns("appointment", "appointment", "appointment"))
    t.update(_verb("appointment", "nominate", "nominate", "nominates", "nominated", "nominating"))
    t.update(_nouns("appointment", "nomination", "nomination"))
    t.update(_verb("resignation", "resign", "resign", "resigns", "resigned", "resigning"))
    t.update(_nouns("resignation", "resignation", "resignation", "retirement"))
    for base, s, past, ing in (("step", "steps", "stepped", "stepping"),):
        t[base + " down"] = ("resignation", "step down", "base")
        t[s + " down"] = ("resignation", "step down", "s")
        t[past + " down"] = ("resignation", "step down", "ed")
        t[ing + " down"] = ("resignation", "step down", "ing")
    t.update(_verb("election", "elect", "elect", "elects", "elected", "electing"))
    t["re-elected"] = ("election", "elect", "ed")
    t.update(_nouns("election", "election", "election", "re-election", "by-election"))
    # arrest and legal action
    t.update(_verb("arrest", "arrest", "arrest", "arrests", "arrested", "arresting"))
    t.update(_verb("arrest", "detain", "detain", "detains", "detained", "detaining"))
    t.update(_verb("legal_action", "sue", "sue", "sues", "sued", "suing"))
    t.update(_verb("legal_action", "indict", "indict", "indicts", "indicted", "indicting"))
    t.update(_nouns("legal_action", "indictment", "indictment"))
    t.update(_verb("legal_action", "convict", "convict", "convicts", "convicted", "convicting"))
    t["sentenced"] = ("legal_action", "sentence", "ed")
    t["charged with"] = ("legal_action", "charge", "ed")
    # protest
    t.update(_verb("protest", "protest", "protest", "protests", "protested", "protesting"))
    t.update(_nouns("protest", "demonstration", "demonstration", "demonstrations"))
    # attack: violence (verbal "attacks" are criticism, told apart by context in events.py)
    t.update(_verb("attack", "attack", "attack", "attacks", "attacked", "attacking"))
    t.update(_verb("attack", "invade", "invade", "invades", "invaded", "invading"))
    t.update(_nouns("attack", "invasion", "invasion"))
    t.update(_verb("attack", "bomb", "bomb", "bombs", "bombed", "bombing"))
    t.update(_verb("attack", "kill", "kill", "kills", "killed", "killing"))
    # more everyday news verbs for the same types
    for form, kind in (("arrive in", "base"), ("arrives in", "s"), ("arrived in", "ed"),
                       ("arriving in", "ing")):
        t[form] = ("visit", "arrive", kind)
    t.update(_verb("visit", "tour", "tour", "tours", "toured", "touring"))
    t.update(_nouns("election", "referendum", "referendum", "runoff"))
    t.update(_nouns("agreement", "deal", "deal"))  # kept only after "reached / struck / signed ..."
    for base, s_, past, ing in (("blast", "blasts", "blasted", "blasting"),
                                ("lambast", "lambasts", "lambasted", "lambasting"),
                                ("decry", "decries", "decried", "decrying"),
                                ("berate", "berates", "berated", "berating"),
                                ("chide", "chides", "chided", "chiding")):
        t.update(_verb("criticism", base, base, s_, past, ing))
    t["alleges"] = ("accusation", "allege", "s")
    t["alleging"] = ("accusation", "allege", "ing")
    t.update(_verb("ban", "deport", "deport", "deports", "deported", "deporting"))
    t.update(_nouns("ban", "deportation", "deportation"))
    t.update(_verb("legal_action", "jail", "jail", "jails", "jailed", "jailing"))
    t.update(_verb("legal_action", "acquit", "acquit", "acquits", "acquitted", "acquitting"))
    t["pleaded guilty"] = ("legal_action", "plead", "ed")
    t["pled guilty"] = ("legal_action", "plead", "ed")
    t.update(_verb("attack", "assassinate", "assassinate", "assassinates", "assassinated", "assassinating"))
    t.update(_nouns("attack", "assassination", "assassination"))
    t.update(_nouns("attack", "airstrike", "airstrike", "airstrikes", "air strike", "air strikes"))
    t.update(_verb("attack", "stab", "stab", "stabs", "stabbed", "stabbing"))
    t["shot dead"] = ("attack", "shoot", "ed")
    t["quit as"] = ("resignation", "quit", "ed")
    t["quits as"] = ("resignation", "quit", "s")
    t["stood down"] = ("resignation", "step down", "ed")
    # consultation by talking: "spoke with X", "spoke by phone", "phoned X" (kept only with a person)
    for form, kind in (("speak with", "base"), ("speaks with", "s"), ("spoke with", "ed"),
                       ("speaking with", "ing"), ("talked with", "ed"), ("spoke by phone", "ed"),
                       ("spoke by telephone", "ed"), ("phoned", "ed")):
        t[form] = ("meeting", "speak with", kind)
    # irregular forms that the helper above spells wrong or not at all
    t["met"] = ("meeting", "meet", "ed")
    t["flew to"] = ("visit", "travel", "ed")
    # legal action: charges, lawsuits, prosecutions, court rulings, fines, verdicts. "charged" alone is
    # also a price or a battery, and "ruled" a reign: events.py keeps them only in a legal reading.
    t["charged"] = ("legal_action", "charge", "ed")
    t.update(_nouns("legal_action", "charges", "criminal charges", "federal charges", "murder charges",
                    "charges against"))
    t.update(_nouns("legal_action", "lawsuit", "lawsuit", "lawsuits"))
    t.update(_verb("legal_action", "prosecute", "prosecute", "prosecutes", "prosecuted", "prosecuting"))
    t.update(_verb("legal_action", "subpoena", "subpoena", "subpoenas", "subpoenaed", "subpoenaing"))
    t.update(_verb("legal_action", "impeach", "impeach", "impeaches", "impeached", "impeaching"))
    t["fined"] = ("legal_action", "fine", "ed")
    t["ruled"] = ("legal_action", "rule", "ed")
    t["rules"] = ("legal_action", "rule", "s")
    t["ruling"] = ("legal_action", "ruling", "noun")
    t["found guilty"] = ("legal_action", "convict", "ed")
    t["pleaded not guilty"] = ("legal_action", "plead", "ed")
    t["pleads guilty"] = ("legal_action", "plead", "s")
    t["sentencing"] = ("legal_action", "sentence", "noun")
    t.update(_nouns("legal_action", "conviction", "conviction"))
    t["taken into custody"] = ("arrest", "arrest", "ed")
    t.update(_verb("arrest", "apprehend", "apprehend", "apprehends", "apprehended", "apprehending"))
    # dismissal: someone loses a post against their will (kept only with the person dismissed)
    t["fired"] = ("dismissal", "fire", "ed")
    t["fires"] = ("dismissal", "fire", "s")
    t.update(_verb("dismissal", "sack", "sack", "sacks", "sacked", "sacking"))
    t.update(_verb("dismissal", "oust", "oust", "ousts", "ousted", "ousting"))
    t.update(_nouns("dismissal", "ouster", "ouster"))
    # posts on social media: the posting is the news (what it says is a quote)
    t.update(_verb("statement", "tweet", "tweet", "tweets", "tweeted", "tweeting"))
    for platform in ("twitter", "facebook", "instagram", "social media", "truth social", "x"):
        for form, kind in (("posted on", "ed"), ("wrote on", "ed"), ("posts on", "s"), ("writes on", "s"),
                           ("posting on", "ing")):
            t[f"{form} {platform}"] = ("statement", "post", kind)
    t.update(_nouns("statement", "post", "facebook post", "instagram post", "social media post"))
    # marches, rallies, strikes and walkouts
    t.update(_verb("protest", "march", "march", "marches", "marched", "marching"))
    t.update(_verb("rally", "rally", "rally", "rallies", "rallied", "rallying"))
    t.update(_verb("protest", "demonstrate", "demonstrate", "demonstrates", "demonstrated", "demonstrating"))
    t.update(_nouns("protest", "labour strike", "on strike", "general strike", "walkout", "walkouts"))
    t.update(_nouns("protest", "hunger strike", "hunger strike"))
    t.update(_nouns("protest", "demonstration", "sit-in", "vigil"))
    t.update(_verb("protest", "boycott", "boycott", "boycotts", "boycotted", "boycotting"))
    # military action: strikes, shelling, raids, clashes, offensives, shots fired
    t.update(_nouns("attack", "airstrike", "drone strike", "drone strikes"))
    for kind in ("missile", "military", "nuclear", "rocket", "retaliatory", "artillery"):
        t.update(_nouns("attack", "military strike", f"{kind} strike", f"{kind} strikes"))
    t.update(_verb("attack", "shell", "shell", "shells", "shelled", "shelling"))
    t.update(_verb("attack", "raid", "raid", "raids", "raided", "raiding"))
    t.update(_verb("attack", "clash", "clash", "clashes", "clashed", "clashing"))
    t.update(_nouns("attack", "offensive", "offensive", "counteroffensive", "counter-offensive"))
    t.update(_verb("attack", "ambush", "ambush", "ambushes", "ambushed", "ambushing"))
    t.update(_verb("attack", "shoot", "shoot", "shoots", "shot", "shooting"))
    t["opened fire"] = ("attack", "shoot", "ed")
    t.update(_nouns("attack", "shooting", "mass shooting"))
    # deployment: troops, police or weapons sent somewhere (kept only with forces named nearby)
    t.update(_verb("attack", "kidnap", "kidnap", "kidnaps", "kidnapped", "kidnapping"))
    t.update(_verb("attack", "abduct", "abduct", "abducts", "abducted", "abducting"))
    t.update(_nouns("attack", "abduction", "abduction"))
    t.update(_verb("criticism", "mock", "mock", "mocks", "mocked", "mocking"))
    t.update(_verb("criticism", "ridicule", "ridicule", "ridicules", "ridiculed", "ridiculing"))
    # "issued a statement": kept only after a verb of issuing (events.py); "said in a statement" is a quote
    t.update(_nouns("statement", "statement", "statement"))
    t.update(_nouns("statement", "speech", "speech", "address"))  # "delivered a speech": kept after such verbs
    t.update(_verb("statement", "testify", "testify", "testifies", "testified", "testifying"))
    t.update(_nouns("statement", "testimony", "testimony"))
    # court decisions (kept only with a court, judge or jury in the sentence, like "ruled")
    for form, kind in (("upheld", "ed"), ("upholds", "s"), ("struck down", "ed"), ("strikes down", "s"),
                       ("overturned", "ed"), ("overturns", "s")):
        t[form] = ("legal_action", "rule", kind)
    t.update(_verb("deployment", "deploy", "deploy", "deploys", "deployed", "deploying"))
    t.update(_nouns("deployment", "deployment", "deployment", "deployments"))
    for form, kind in (("send troops", "base"), ("sends troops", "s"), ("sent troops", "ed"),
                       ("sending troops", "ing")):
        t[form] = ("deployment", "deploy", kind)
    return t


TRIGGERS: dict[str, TriggerInfo] = _build()

# Words that, sitting just before "visit"/"talks"/..., say the event is not (yet) real.
POSSIBLE_CUES = frozenset(
    """may might could would potential possible possibly proposed prospective likely unlikely if whether
    speculation speculate speculated considering consider considers considered mooted rumoured rumored
    hope hopes hoped hoping want wants wanted seek seeks sought option options would-be eventual
    perhaps maybe mulling weighing demand demands demanded demanding""".split()
)
PLANNED_CUES = frozenset(
    """will shall 'll ’ll planned plans plan planning scheduled schedule upcoming forthcoming next due set
    expected expects intends intend intended going preparing prepares prepare tomorrow later coming
    impending""".split()
)
NEGATION_CUES = frozenset(
    """not n't ’t never no without refused refuses refuse refusal declined declines failed fails denied
    denies cancelled canceled scrapped postponed cancel cancels cancelling canceling scrap scraps shun shuns
    shunned skip skips skipped boycott boycotts boycotted refrained""".split()
)
BE_FORMS = frozenset("am is are was were be been being 's ’s".split())
PRESENT_BE = frozenset("am is are 's ’s".split())
HAVE_FORMS = frozenset("has have had 've ’ve 'd ’d".split())

# Prepositions that introduce an oblique participant, and the role they give it (by event type below).
OBLIQUE_PREPS = frozenset("with alongside by against on from to of".split())

MONTHS_AND_DAYS = frozenset(
    """january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split()
)

# Abbreviations whose final period does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt st mt jr sr no vs etc inc corp ltd co dept rev
    hon fig approx est jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e""".split()
)
