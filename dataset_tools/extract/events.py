"""Rule-based event extraction: who did what to whom, when and where, one row per real event.

Vocabulary (``EVENT_TYPES``) with the CAMEO code each type gets (``CAMEO_CODES``; the code is for
events that happened or are happening — planned or possible meetings and visits get 036 "express
intent to meet", other unrealised events and negated ones get no code):

============== ======================================================================= ==========
type           triggers (examples)                                                     CAMEO
============== ======================================================================= ==========
meeting        met, talks, summit, negotiations, phone call, hosted, joint press         040 / 041
               conference, spoke with (a person), phoned                               043 / 046
visit          visit, trip, state visit, travelled to, flew to, arrived in, toured     042
statement      announced, declared, unveiled, confirmed, (solo) press conference,     010
               tweeted, posted on Twitter / Facebook
appeal         called on / for, urged                                                  020
agreement      agreed to / agreed a ..., signed a treaty, agreement, pact, struck a    057
               deal
accusation     accused, accusation, blamed, alleges                                    112
criticism      criticised, condemned, denounced, rebuked, slammed, blasted, attacked   111
               (without violence)
threat         threatened                                                              130
sanction       sanctioned, sanctions, embargo                                          163
ban            banned, barred, expelled, deported                                      172 / 174
appointment    appointed, nominated, appointment, nomination                           —
resignation    resigned, stepped down, quit as, resignation                            —
election       elected, re-elected, election, referendum                               —
arrest         arrested, detained, apprehended, taken into custody                     173
legal_action   sued, lawsuit, indicted, charged (with), criminal charges, prosecuted,  115 / 116 /
               convicted, found guilty, sentenced, jailed, pleaded guilty, fined,      173
               subpoenaed, impeached, (a court) ruled / ruling; police raids
protest        protested, demonstration, marched, demonstrated (in/against), on       140 / 141 /
               strike, general strike, hunger strike, walkout, boycott, vigil         142 / 143
rally          rally, rallied (not "rallied behind", not markets)                      141
attack         attacked, bombed, killed, invaded, invasion, assassinated, airstrike,   190 / 180 /
               drone / missile strike, shelled, raided, clashed, offensive, shot,     182 / 183 /
               opened fire, fired rockets (violence must be mentioned nearby)         186 / 192 /
                                                                                       194 / 195
deployment     deployed, deployment, sent troops (forces must be mentioned)            154
dismissal      fired, sacked, ousted, ouster (only with the person dismissed)          —
============== ======================================================================= ==========

Posts on social media ("tweeted", "a tweet", "posted on Facebook") are statements: the posting is news.

What someone *says* is a quote, not an event: "said", "told" and the like are not triggers. A
statement is an event only when the saying is the news (an announcement, a declaration, a press
conference); accusations, criticism and appeals are events and link to the quotation that carries
them (``Event.quote``). Triggers inside quotation marks are skipped: they are the speaker's words.
"declared" (or "announced" next to a quotation) with no object of its own only introduces a quotation
('"Anybody can act presidential!" Trump declared, before ...'; 'he declared: "..."') and is no event;
'declared "a total war"' (a short quoted object) still is.

Per trigger the extractor decides, from a few words around it (no parser: word lists and offsets):

- trigger filters — a capitalised trigger inside a sentence is part of a name ("Paris Agreement");
  an event noun modifying another noun is not an event ("election officials", "attack ads");
  "agree with / that" is an opinion, "agreed to" a verb with no second party a decision ("Sony agreed to
  cancel"); "sign" needs a deal, treaty or the like; "a deal" needs someone
  reaching or striking it; "meet a pledge" is not a meeting; "attack" without violence nearby is
  criticism (or nothing); passive "was met with" / "hosted by" are dropped; a threat needs a person
  making it ("costs that threaten budgets" is none); "spoke with" needs a person spoken with; a noun
  after "any" or "every" names no event in particular ("the risk with any treaty"; "did not hold any
  talks" stays, negated); "as part of a Middle East trip" after a visit verb is that visit.
- status — negated ("did not meet", "refused to criticise", "no talks") > possible ("a potential visit",
  "could meet", "hopes to visit", "an alleged attack", "a supposed trip") > planned ("will visit", "is to
  meet", "plans to", "next week") > ongoing ("is visiting", "is on a visit") > occurred.
  "if/unless/whether/until" in the clause makes a verb possible ("if he's elected"), so do an inverted
  condition ("should she win") and a subjunctive after a demand ("requesting that he testify", "suggested that
  Trump step down"); "blocked from traveling", "refrained from imposing sanctions" and "called off the visit"
  are negated, but "did not arrive until the night of Sept. 12" happened. A purpose infinitive is planned
  ("flew to Madrid to meet X") unless the past act of going carried it out ("walked out of class to protest",
  "held a news conference to announce", "went on the show to urge him": a statement, appeal, criticism,
  accusation, protest or threat; its agent is the going verb's subject). For verbs only the auxiliary chain
  right before the trigger counts, so a cue in another clause does not leak in; "didn't" reads as "did not";
  "vote to" passes the chain through ("could not vote to convict" negated, "would vote to acquit" planned).
  "instead of impeaching him", "rather than sanctions", "neither commenting nor tweeting", "an attack that
  never happened", "voted against impeaching him" are negated, "looking forward to meeting with Xi" planned;
  a present verb in a clause of time has not happened ("would be released after the president declares an
  emergency" possible, "will raise it when he meets Xi" planned); "a summit between X and Y is likely" is
  possible ("is expected" planned; not "is unlikely to quell", what the event may do); "the May 10
  meeting" is no modal "may"; the second of two coordinated bare verbs is as unreal as the first ("whether
  to convict him ..., or acquit him"). Before a noun, "not"
  negates it only through a verb that brings it about ("did not hold talks", not "did not mention the
  nomination"); denying an accusation does not unsay it. A date that begins after publication (a day, week,
  month, season but winter, quarter, year or FUTURE_REF) turns occurred into planned (not in a photo caption,
  "... on July 23. Hide Caption 12 of 14": galleries keep growing after the article's date); a verb in the
  past tense stays occurred and drops that date instead, which is someone else's ("announced his bid next
  year") or misread ("ruled on November 22" read as the coming November). A live page updated for days under
  its first date ("testified on August 13", published August 11) loses right dates so.
- participants — people (indices into ``people``) whose mentions are: the subject (nearest mention on
  the left in the clause, not governed by a preposition and not the object of an earlier verb: in "Trump
  fired Sessions and appointed Whitaker" Sessions is skipped; "X, who was killed" and "X, once a rising
  star ..., was indicted" take X; a name modifying the subject noun is no subject: "Clinton officials
  blame ..."; '"...," declared X' takes X); for a noun the subject counts only through a support verb
  ("X held talks", "X paid a visit", "X is considering a visit"; "X faced criticism" makes X the target)
  or as a possessor ("Sunak's trip", "his possible trip"); a fronted phrase takes the main clause's
  subject ("Speaking alongside X at a press conference, Cleverly ...", "During the summit, X ..."); the
  object ("met Xi Jinping"; "announced his retirement" has no person object); obliques: "alongside X"
  (any type) and "with X" (meeting, agreement, visit, protest) → co-participant, "by X" → source,
  "against X" / "sanctions on X" / "criticism of X" → target; a possessive there owns the noun and takes
  no part ("a visit to his Orlando headquarters", "criticism from Trump's allies"). A role between verb
  and name leaves the name the object ("slammed Democratic front-runner Hillary Clinton"), and so does a
  possessive right after the verb that introduces the person by role ("berated his campaign manager,
  Brad Parscale", "killed his brother Tamerlan"). A date inside "X, who on Tuesday announced" keeps X the
  clause's subject. Whoever speaks at a rally, press conference or visit takes part ("X speaks during a
  campaign rally", "X said at a rally", "X talks to the media during a trip"); who travels for a meeting
  takes part in it ("arrives in Hanoi for the summit with Kim"; "will go to Helsinki for a summit" is
  planned); who announces a deal, sanction, ban, visit, appointment or meeting makes it ("Kerry and his
  Russian counterpart announced an agreement": "X and his ..." is a subject too). "Trump at a rally in
  Florida on Wednesday lashed out at Ryan" (a past verb after the place; not "during a visit by Y") and
  "Trump, who was scheduled to visit Texas", "Adams, who in a speech on Independence Day in 1821 declared"
  keep the name the subject, also when it is an earlier verb's object ("tapped Hagel to succeed Leon
  Panetta, who is stepping down"). An infinitive takes its
  agent from the event governing it: "Doe threatened to sue Roe"
  (Doe sues; possible), "urged Roe to resign" (Roe resigns; possible), "agreed to meet Roe" (one planned
  meeting); "for X to" makes X the infinitive's subject ("arranged for Kramer to meet Steele", "called
  for Roe to resign"), and so does the object of a verb of forcing or asking: "forced Nixon to resign",
  "prompting him to resign" (occurred), "asked Nixon to resign", "invited Ford to testify" (possible).
  The object of a verb does the gerund after "of"/"for" ("accused Rosenstein of failing to appoint",
  "ripped Sen. Romney for tweeting"); a name before ", whom <subject> <verb>" is that verb's object
  ("married Bill Clinton, whom she met at Yale"); the subject of a support verb after a noun takes part
  ("the meeting Trump had with Lavrov"); the second of two names after a preposition too ("talks between
  Trump and North Korea's Kim Jong Un"), not when a verb follows it ("met with Obama and Biden said");
  "the two met" takes the last two people named in its sentence or the one before.
  The second of two coordinated verbs of one form and voice takes the first one's subject ("Manafort
  pleaded guilty and agreed to cooperate", "was arrested and charged"; of a meeting only the subject:
  "Trump met Kim and later visited Seoul"); a participle after a participle
  stays one ("Kim, detained in 2015 and sentenced in 2016"). A nominative pronoun
  after the verb opens a clause of its own and is no object ("ruled he posed a flight risk"). Roles:
  symmetric types (meeting, agreement, election) make everyone a co-participant; otherwise the agent is
  the source and the patient (object, passive subject, "his arrest") the target.
- date — the nearest time expression in the same sentence (≤ 150 characters) with a calendar value, or a vague
  PAST_REF/PRESENT_REF/FUTURE_REF right at the trigger ("recently announced"); not when another trigger stands
  between them (for a fronted "Yesterday, ..." only another verb), nor a reporting verb ("said on Friday that
  X met Y"), nor the reporting verb's own date before the trigger ("said Tuesday she would vote to acquit",
  "told reporters Monday that he met" — but "said Monday at a news conference", "said Monday ... as he
  unveiled", "said Monday they have reached a deal" keep it), nor a date before a clause opened by "that" with
  a subject of its own ("told the AP on Sunday that he visited relatives", "warned in 2016 that Antifa aimed
  to incite violence during protests"; not a cleft, "It was on Monday that ...", nor "the same day that a
  court ruled", nor "confirmed on Monday that she has resigned"), nor a date after a preposition and a gerund,
  which is the gerund's ("pleaded guilty to lying to the FBI about contacts during the 2016 campaign",
  "accused him of meeting Russians in 2016"), nor a bare year modifying another noun ("Trump's 2016 campaign
  chairman was indicted", "other 2016 hopefuls"; "during the 2016 campaign" is a time), nor a wire dateline's
  date ("BRASILIA, June 2 -") for a planned, possible or negated event, nor, unless fronted, a subordinate
  clause ("..., after X ..."); not after since/until/by/between/from ("has not met him since May"), nor "this
  year's" or "the 2016" before another event noun ("agreed to cooperate in the 2016 election"); a date before
  "and VERB" is the first verb's unless the second has none of its own ("passed in 2010 and upheld last
  year"); a date inside a relative clause or apposition between the subject and its verb is the clause's ("X,
  who served from 2003 to 2009, was sentenced in 2012"). date_source "time_expression".
  Else from another event when the sentence says "a day after X met Y", "two weeks before ...",
  "hours after ..." (also sentence-initial "A day after X resigned, Y ..."): X–Y's date is the other
  event's date shifted (day/week units at day precision, months at month, years at year);
  date_source "relative_event". Likewise a sentence opened by "Two days later, ..." / "A week
  earlier, ..." that the time extractor left unresolved dates its first event from the last event
  dated by a time expression in the two sentences before.
  Else, only for an event the first paragraph reports in the present perfect ("has resigned", "have
  been arrested") — or any ongoing event ("is negotiating") — the publication date at day precision
  (date_source "publication"): that is how news reports the day's events. A simple past without a
  date ("was killed in her home") is too often background, and later paragraphs recount older
  events, so they stay undated. Never for an event that is one end of a "a day after" relation.
- location — "in London", "at the Kremlin", "trip to Washington", "will visit Kyiv" (the place after
  a visit verb), a fronted "In London, ..."; capitalised, not a person, not a month or weekday, not a
  capitalised modifier ("at GOP charges"), and not past a comma.

Mentions are merged into one event when they share type (or trigger word), have compatible status
(equal, or possible/planned), their person sets nest (one is a subset of the other), dates and
locations agree (or one is missing), and they are not the two ends of a "a day after" relation.
Two verbs sharing a single person are two events ("criticised the judge ... criticised the press")
unless a date or place ties them — nouns ("the talks", "the criticism") are what refer back — or the
same verb happens to the same target ("has been charged ... charged him on March 11", "has been indicted
... was charged Thursday"; only for types
a person undergoes once in a story: legal action, arrest, attack, dismissal, election, appointment)
or tells the same plan again ("will declare ... will declare"). A
mention naming nobody joins an event only as a definite noun ("the visit", "the Eurogroup meeting"),
as a possessed noun of a verb just before ("sued Trump ... in their lawsuit"; after a noun "their last
rally" is often another one) or with the same trigger word and date; and an indefinite noun with people
of its own ("Obama announced an international trip on Tuesday") starts a new event instead of lending
them to an earlier one that names nobody ("a recent trip to Pyongyang by a Chinese envoy") unless the
dates agree. The event keeps the trigger of its first mention.

An event survives only with a person participant, a date or a location: "criticism from MPs" with
nothing else is too vague to be a row (a lead report dated by publication is kept).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from dataset_tools.extract.events_lexicon import (
    ABBREVIATIONS,
    BE_FORMS,
    HAVE_FORMS,
    MONTHS_AND_DAYS,
    NEGATION_CUES,
    PLANNED_CUES,
    POSSIBLE_CUES,
    PRESENT_BE,
    TRIGGERS,
)
from dataset_tools.extract.quotes_lexicon import TITLE_HEADS
from dataset_tools.extract.records import Event, PersonEntity, Quote, TimeExpression

EVENT_TYPES = (
    "meeting",
    "visit",
    "statement",
    "appeal",
    "agreement",
    "accusation",
    "criticism",
    "threat",
    "sanction",
    "ban",
    "appointment",
    "resignation",
    "election",
    "arrest",
    "legal_action",
    "protest",
    "rally",
    "attack",
    "deployment",
    "dismissal",
)

# CAMEO code per type (for realised events), refined by trigger lemma where CAMEO distinguishes.
CAMEO_CODES: dict[str, str | None] = {
    "meeting": "040",
    "visit": "042",
    "statement": "010",
    "appeal": "020",
    "agreement": "057",
    "accusation": "112",
    "criticism": "111",
    "threat": "130",
    "sanction": "163",
    "ban": "172",
    "appointment": None,
    "resignation": None,
    "election": None,
    "arrest": "173",
    "legal_action": "173",
    "protest": "140",
    "rally": "141",
    "attack": "190",
    "deployment": "154",
    "dismissal": None,
}
_CAMEO_BY_LEMMA = {
    "phone call": "041",
    "speak with": "040",
    "host": "043",
    "talks": "046",
    "negotiation": "046",
    "negotiate": "046",
    "expel": "174",
    "sue": "115",
    "invade": "192",
    "invasion": "192",
    "kill": "180",
    "kidnap": "181",
    "abduct": "181",
    "abduction": "181",
    "deport": "174",
    "deportation": "174",
    "assassinate": "186",
    "assassination": "186",
    "bomb": "183",
    "stab": "182",
    "shoot": "180",
    "airstrike": "195",
    "convict": "116",
    "conviction": "116",
    "march": "141",
    "demonstrate": "141",
    "demonstration": "141",
    "labour strike": "143",
    "boycott": "143",
    "hunger strike": "142",
    "shell": "194",
    "clash": "193",
}

_SYMMETRIC = frozenset({"meeting", "agreement", "election"})
# Types where "with X" names someone taking part ("talks with X", "a deal with X", "travelled with X");
# elsewhere "with" mostly belongs to a complement ("announced a partnership with X").
_WITH_TYPES = frozenset({"meeting", "agreement", "visit", "protest", "rally"})
# Types whose possessor / "of"-phrase is the one the event happens to ("his arrest", "ban of X").
_PATIENT_POSSESSOR = frozenset(
    {"appointment", "arrest", "ban", "sanction", "legal_action", "election", "dismissal"})
# ... except nouns whose possessor acts: "the judge's ruling", "Collins' lawsuit" (he sued).
_AGENT_POSSESSOR_LEMMAS = frozenset({"ruling", "lawsuit"})
# Types that can carry the quotation that is the news.
# Attack nouns whose possessor is the victim: "his assassination", "her kidnapping" ("his attack" is his).
_VICTIM_NOUNS = frozenset("assassination assassinate kill kidnap abduct abduction shoot".split())
_QUOTE_TYPES = frozenset({"statement", "accusation", "criticism", "appeal", "threat"})

_AUX = frozenset(
    # "ca", "wo", "sha": what _words leaves of "can't", "won't", "shan't" once it splits off "n't"
    """do does did will would shall should can could may might must 'll ’ll to not n't never ca wo
    sha""".split()
) | BE_FORMS | HAVE_FORMS
_ADVERBS = frozenset(
    """also already now yet still just then later soon reportedly allegedly previously recently finally
    formally officially briefly currently repeatedly subsequently personally ever even once again first
    publicly privately jointly quickly directly immediately eventually sometimes often usually always
    frequently occasionally regularly routinely abruptly suddenly unexpectedly narrowly""".split()
)
# Verbs (and nouns) that govern an infinitive and tell its status: "plans to visit", "refused to meet".
_GOVERNORS_PLANNED = frozenset(
    """plan plans planned planning going set due expected expects scheduled intends intend intended
    agreed agrees decides prepared preparing poised""".split()
)
_GOVERNORS_POSSIBLE = frozenset(
    """hope hopes hoped hoping want wants wanted seek seeks sought trying tries tried try aim aims aiming
    willing ready likely unlikely able wish wishes offered offer offers proposed proposes propose
    considering consider considers threatened threatens asked urged reluctant hesitant""".split()
)
# Nouns that govern an infinitive whose event has not happened yet, or may never: "an attempt to oust",
# "pressure to resign", "efforts to impeach", "the chance to appoint" — unless someone took the chance
# ("took the opportunity to attack": _SEIZED_VERBS).
_NOUN_GOVERNORS_POSSIBLE = frozenset(
    "attempt attempts effort efforts bid bids push pressure need chance opportunity authority".split())
_SEIZED_VERBS = frozenset("took take takes taking seized seizes used uses using".split())
# "the first / only / latest ... to do": someone did it.
_FIRST_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth only lone latest last".split())
_NUMBERED_RE = re.compile(r"\d+(?:st|nd|rd|th)")  # "the 26th House Republican to announce his retirement"
_MODALS = frozenset("will would could might may shall should can 'll ’ll".split())
# Two-word governors after which the infinitive happened: "went on to mock", "came forward to accuse".
_PHRASES_OCCURRED = frozenset({("went", "on"), ("goes", "on"), ("came", "forward"), ("come", "forward")})
_GOVERNORS_NEGATED = frozenset(
    """refused refuses refuse refusing refusal declined declines decline declining failed fails fail failing""".split()
)
# Verbs whose bare form is also a noun naming the same event ("a visit", "the ban", "calls for").
_NOUN_READINGS = frozenset(
    "visit attack ban protest sanction arrest tour blame rebuke call on travel march rally boycott tweet raid clash"
    " ambush".split())
# A name and then ", whom": the relative clause's object ("the attorney general, whom he has mocked").
_WHOM_RE = re.compile(r"\s*,\s*whom\b")
# A name's appositive before its participle: "Jarrod Ramos, the man charged with", "Epstein, a sex offender".
_APPOSITIVE_GAP_RE = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!(?:of|in|at|for|with|from|to|and|or|who|that)\s)[\w-]+\s+){1,3}")
# A comma, then a bare plural noun or a determiner and a noun right before a finite verb: its subject.
_NOUN_SUBJECT_AFTER_COMMA_RE = re.compile(
    r"[,”\"]\s*(?:(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?|(?!(?:\w+ly|this|thus|has|was|is|yes|always|perhaps)\b)[a-z]+[^s\W]s)"
    r"\s*$")
# Before a noun, within its phrase: the event is still to come ("ahead of the summit", "in the run-up to the vote").
_AHEAD_OF_RE = re.compile(r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)"
                          r"\s+(?:(?:the|a|an|his|her|their|its|next|this)\s+)?(?:[\w’'.-]+\s+){0,4}$")
# Words after the verb "rally" that leave it a gathering: "rallied outside", "will rally again".
_RALLY_INTRANSITIVE_NEXT = frozenset(
    "outside there here today tonight tomorrow again together near later alongside nationwide much more less".split())
_ONGOING_ADJECTIVES = frozenset("ongoing on-going continuing".split())
# Governors after which the infinitive happened: "was forced to resign".
# "voted to impeach": the vote is the act, so the event happened.
_GOVERNORS_OCCURRED = frozenset(
    "forced compelled obliged pressured managed voted votes started began begun continued chose".split())
_SAY_WORDS = frozenset("said says told tells announced stated insisted added claimed".split())
_DETERMINERS = frozenset("a an the his her their its our my your this that these those 's ’s".split())
# A possessive, its person's role and the name: "his campaign manager, Brad Parscale", "her brother John".
_OWNED_TITLE_RE = re.compile(r"(?:\s+[\w-]+){1,3},?\s+")
# Words that may sit between a preposition and the name it introduces: "with US president Joe Biden".
_TITLE_WORDS = frozenset(
    """the a his her their its our former late then new acting deputy vice prime foreign home chief
    president minister secretary leader counterpart chancellor senator governor mayor ambassador envoy
    general spokesman spokeswoman spokesperson premier king queen prince princess pope of state
    opposition party labour tory conservative democratic republican us uk eu""".split()
)
# Words that end the search for a subject: a new clause starts between subject and trigger.
_CLAUSE_BREAK_WORDS = frozenset(
    """said says told tells that who whom whose which when while after before because although though
    if since where but whereas unless until despite""".split()
)

# Verbs whose subject takes part in the event their object noun names: "held talks", "paid a visit",
# "reached an agreement", "is considering a visit" — and those whose subject undergoes it ("faced").
_SUPPORT_VERBS = frozenset(
    """hold holds held holding have has had having make makes made making pay pays paid paying attend
    attends attended attending join joins joined joining host hosts hosted hosting chair chaired lead leads
    led convene convened reach reaches reached reaching sign signs signed signing strike struck broker
    brokered seal sealed win wins won lose loses lost contest contested called level levelled
    leveled issue issues issued issuing impose imposes imposed imposing lift lifted tender tendered submit
    submitted offer offered announce announces announced announcing confirm confirmed schedule scheduled
    cancel cancelled canceled postpone postponed begin began begins begun start started starting end
    ended concluded completed undertook undertake embark embarked go went going set plan plans planned
    planning consider considers considered considering look looking prepare preparing propose proposed
    want wants wanted hope hopes hoped seek seeks sought skip skipped miss missed boycott boycotted
    launch launched launching continue continued resume resumed open opened file files filed filing bring
    brings brought stage stages staged staging organise organised organize organized carry carries carried
    mount mounted deliver delivers delivered delivering give gives gave giving release releases released
    releasing put puts putting""".split()
)
_CALL_WORDS = frozenset("call calls called calling".split())
# Support verbs whose subject brings the event about even for patient types: "filed a lawsuit".
_AGENT_SUPPORT = frozenset(
    """file files filed filing bring brings brought impose imposes imposed imposing issue issues issued issuing
    lift lifted launch launched launching level levelled leveled put puts putting""".split())
_SUFFER_VERBS = frozenset(
    """face faces faced facing draw draws drew drawn drawing receive receives received suffer suffered
    endure endured escape escaped survive survived attract attracted""".split()
)
# Nouns that an event noun modifies in a compound: the compound names a thing, not the event.
_COMPOUND_HEADS = frozenset(
    """officials official campaign campaigns day night year years cycle results result law laws security
    fraud board boards commission season workers system systems process rules data interference meddling ads
    ad coverage map victory defeat win loss room rooms hall schedule agenda minutes notes place venue
    organizers organisers participants movement movements group groups leaders leader march rally sign
    signs site sites visa visas permit permits package partner partners team teams officer officers experts
    expert watchers observers monitors materials record records spending funding reform reforms promise
    promises pledge pledges polls poll polling returns turnout outcome date dates deadline debate debates
    period race contest contests challenge challenges lawyers lawyer attorneys attorney strategy
    strategists mandate manifesto program programme platform authorities agency agencies staff aides aide
    committee committees panel panels machines machine equipment technology software hacking
    infrastructure funds fund bill bills rhetoric speech speeches procedure procedures meeting report time
    reports itinerary delegation organiser organizer host hosts amnesty policy policies relief community
    communities age account accounts savings benefits scholar scholars professor professors fellow fellows
    researcher researchers lecturer lecturers hours""".split()
)
# Nouns a name modifies when it stands for a person's side: "Clinton officials", "the Trump campaign".
_GROUP_NOUNS = frozenset(
    """officials official aides aide campaign administration allies supporters advisers advisors staff staffers
    team camp loyalists associates lawyers attorneys spokesman spokeswoman spokesperson government family
    foundation voters backers critics opponents surrogates transition cabinet regime forces""".split())
_ELECTED_HEADS = frozenset(
    """women men representatives representative members member lawmakers body bodies office offices positions post
    posts legislators councillors councilors government governments""".split()
)
_PARTY_NOMINATION_RE = re.compile(
    r"\b(?:Democratic|Republican|GOP|presidential|party|party's|party’s|Labour|Conservative|Tory|Liberal)\s+"
    r"(?:Party\s+)?$"
    r"|\b(?:win|wins|won|winning|clinch|clinches|clinched|clinching|secure|secures|secured|securing|capture|"
    r"captures|captured|seek|seeks|sought|seeking|lock|locks|locked)\s+(?:up\s+)?(?:the|a|his|her|their)\s+$")
# A clause opened by "as" up to the verb: "As Harvard economist Nathan Nunn has ", "as studies have ".
_AS_CLAUSE_RE = re.compile(r"(?:^|[.,;:!?]\s+|\n)[Aa]s\s+[^,.;:]{1,60}$")
_ISSUE_VERBS = frozenset(
    """issue issues issued issuing release releases released releasing publish published deliver delivers
    delivered delivering give gives gave given giving""".split())
# What "agreed to" takes when it names a deal rather than a verb: "agreed to the terms", "agreed to it",
# "agree to higher tax rates" (also a number or a date: "agreed to $1 trillion in cuts").
_AGREED_TO_THINGS = _DETERMINERS | frozenset(
    """terms it them deal plan plans proposal proposals demands conditions some all any ceasefire such higher
    lower more fewer less new additional""".split())
_PARTIES_WORDS = frozenset("and both sides parties two countries nations leaders governments".split())
_MEET_NOT_PEOPLE = frozenset(
    """pledge pledges standard standards requirement requirements target targets criteria criterion demand
    demands deadline deadlines goal goals needs expectations threshold definition obligation obligations
    test tests condition conditions quota it them payroll bar opposition resistance skepticism scepticism
    approval fate end demise match""".split()
)
_DEAL_VERBS = frozenset(
    """reach reached reaches reaching strike struck strikes striking sign signed signs signing seal sealed
    clinch clinched broker brokered agree agreed negotiate negotiated conclude concluded finalise
    finalised finalize finalized""".split()
)
_VIOLENCE_RE = re.compile(
    r"\b(?:kill|dead|death|wound|injur|bomb|terror|militant|troops|missile|soldier|gunm[ae]n|shoot|shot|"
    r"armed|explosi|raid|rocket|war\b|military|assault|invasion|airstrike|fighter|stab|weapon|hostage|violen|"
    r"deadly|fatal|lethal|arson|massacre)",
    re.IGNORECASE,
)
# Context that tells the reading of an ambiguous trigger, searched in its sentence: a court rules (a
# king rules too), troops are deployed (software too), a rally with stocks is a market's.
_COURT_RE = re.compile(r"\b(?:court|courts|judge|judges|justices?|tribunal|jury|juries|magistrate|appeals)\b",
                       re.IGNORECASE)
_MARKET_RE = re.compile(
    r"\b(?:stocks?|shares|markets?|index|indices|dow|nasdaq|dollar|euro|yen|prices?|bonds?|yields?|oil|"
    r"futures|currency|currencies|investors|percent|consumer|exports|earnings|equities|commodities)\b|%",
    re.IGNORECASE)
_FORCES_RE = re.compile(
    r"\b(?:troops|soldiers|forces|military|guard|guardsmen|police|officers|warships?|ships|jets|aircraft|"
    r"marines|army|navy|missiles?|units|battalions?|brigades?|personnel|agents|peacekeepers|carriers?)\b",
    re.IGNORECASE)
_POLICE_RE = re.compile(r"\b(?:police|fbi|agents|officers|detectives|investigators|authorities)\b", re.IGNORECASE)
# Objects of "fired" that make it gunfire rather than a dismissal.
_FIRE_WEAPON_WORDS = frozenset(
    """at on upon shots shot missiles missile rockets rocket bullets rounds weapons tear into warning artillery
    shells live rubber guns mortars mortar""".split())
# Military lemmas that need violence around them: "clashed over the budget" is a quarrel, not a fight.
_MARCH_OF_ABSTRACT = frozenset(
    "progress history time technology science events folly democracy freedom globalization globalisation".split())
_NEEDS_VIOLENCE = frozenset("shell clash offensive shoot ambush military strike".split())
# "didn't" is two words, "did" and "n't", so a contracted negation reads like "did not".
_WORD_RE = re.compile(r"\w+(?=n[’']t\b)|n[’']t\b|[\w’'-]+|[^\w\s]")
_COMMA_RE = re.compile(r",(?!\d)")
# The noun as the subject of a modal and a verb of taking place: "an announcement could come this week",
# "a visit by Xi will follow". Other predicates say what the event does ("his arrest might not be a move")
# and leave whether it happened alone.
_NAMES_AFTER = (r"(?:(?:with|by|between|of|to|in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}"
                r"(?:and\s+(?:[A-Z][\w.'’-]*\s+){1,4})?)?")
_MODAL_AFTER_RE = re.compile(
    r"\s+" + _NAMES_AFTER + r"(could|might|may|would|will|shall)"
    r"(?:\s+(?:still|also|likely|soon|now|then))?\s+(?:come|follow|happen|occur|begin|start|take\s+place|go\s+ahead"
    r"|be\s+(?:held|staged|announced|signed|reached|made))\b"
    # "a meeting between Trump and Kim is possible", "the summit is still likely"
    r"|\s+" + _NAMES_AFTER + r"(?:is|seems|appears|looks|remains)\s+(?:still\s+|now\s+|increasingly\s+|more\s+)?"
    r"(possible|likely|unlikely|probable|expected|planned|imminent)\b(?!\s+to\b)")  # "is unlikely to quell": real
# A relative clause between commas: its dates are its own ("X, who served from 2003 to 2009, was ...").
_RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;]*,")
# "did not arrive ... until the night of Sept. 12": a time limit after a negated verb says when it happened.
_UNTIL_AFTER_RE = re.compile(r"(?:(?!\b(?:and|but|that|who|which)\b)[^,.;:\"“”]){0,60}?\buntil\b")
_UNDONE_AFTER_RE = re.compile(
    r"(?:\s+(?:with|of|in|on|between|by|at|to)\s+[^,.;:\"“”]{1,40}?)?"  # "the meeting with Putin was canceled"
    r"(?:\s+(?:was|were|has been|have been|had been|is being|got|would be|will be)\s+"
    r"(thwarted|foiled|averted|prevented|cancell?ed|called off|scrapped|postponed|delayed)\b"
    r"|,?\s+(?:that|which)\s+(never\s+(?:happened|occurred|took\s+place|existed)))")  # "an attack that never happened"
_PROTESTED_THAT_RE = re.compile(r"\s*(?:,\s*)?that\b|\s*[,:]\s*[\"“]")
_SENT_END_RE = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[^a-z\s]|\s*$)|\n")
_QUOTE_RE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_CAL_VALUE_RE = re.compile(r"^\d{3,4}(?:$|-)")
_PLACE_RE = re.compile(
    r"\b(in|at|to)\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3})"
)
# Words that may follow a place name ("in London on Tuesday"); another lower-case word after a
# capitalised one means the capitalised word modifies a noun ("at GOP charges").
_PLACE_FOLLOW = frozenset(
    """on in at for to and with last this next earlier later after before during where when which who
    that as but or of was is were are said says told amid while since until from by over""".split()
)
_NOT_PLACE_HEADS = frozenset(
    """Act Acts Law Bill Agreement Accord Treaty Report Plan Program Programme Fund Committee Commission
    Party Times Post Journal News Review Conference Summit Debate""".split()
)
_REL_BARE_RE = re.compile(
    r"\b(?:days|weeks|months|years|hours|minutes|shortly|soon|just|moments)\s+(?:after|before)\b",
    re.IGNORECASE,
)
# A time expression after these words bounds or spans the event instead of dating it:
# "has not met the press since November 19", "by Monday", "between 1981 and 1985".
_REPORT_BLOCK = frozenset("said says told tells stated added claimed".split())
_CLAUSE_BLOCK = frozenset(
    "after before because while although though who whom which whose what where how why since unless until"
    .split())
# "his tweet follows an encounter last week", "on Jan. 1 following the resignation of X": the date is the
# other event's; but "another appointment followed in 1857" dates the noun itself.
_FOLLOW_WORDS = frozenset("follows followed following precedes preceded".split())
_BOUNDARY_WORDS = frozenset("since until till by between from through".split())
_DIRECT_PLACE_RE = re.compile(r"\s+(?:the\s+)?([A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3})")
_REL_RE = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?|months?|years?)|the\s+(?P<theunit>day|week|month|year)|"
    r"(?:just\s+|only\s+|a\s+few\s+)?(?P<hours>hours|minutes))\s+(?P<dir>after|before)\s",
    re.IGNORECASE,
)
# The same two patterns for the lower-cased body (no slow IGNORECASE), ending at an "after"/"before".
_REL_BARE_END = re.compile(_REL_BARE_RE.pattern + r"\Z")
_REL_END = re.compile(_REL_RE.pattern + r"\Z")
_REFS = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
_LATER_RE = re.compile(
    r"[\s“\"]*(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>later|earlier)\b",
    re.IGNORECASE,
)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_PREPOSITIONS = frozenset(
    "about of for on in to with at from by over into onto upon under against among between during".split())
_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
_SUBJECT_PRONOUNS = frozenset("i you he she it we they who which that".split())
# A person mention in these forms is a clause's subject, never a verb's object ("ruled he posed a risk").
_NOMINATIVE_PRONOUNS = frozenset("i he she we they".split())
_COORDINATORS = frozenset("and or but then".split())
# Conjunctions of a clause of time: a present verb after them has not happened ("after he declares").
_TIME_CONJUNCTIONS = frozenset("when whenever once after before".split())
# Before a participle, words that make it an adjective in a noun phrase rather than a verb with an object:
# "his beleaguered Attorney General", "Bevin's successor, newly elected Gov. Andy Beshear" (not "that",
# which opens a relative clause: "a ruling that ordered President Nixon to") ...
_ADJECTIVE_LEADS = frozenset("a an the his her their its our my your 's ’s newly".split())
# ... and words that open a clause whose subject the adjective's noun phrase is: "when retired Gen. David
# Petraeus resigned", "after favored Louisiana Congressman Bob Livingston resigned".
_ADJECTIVE_OPENERS = frozenset("when while as after before since until because".split())
# Words after a participle with no object that show it is a reduced relative ("MPs sanctioned by
# Beijing"); after a comma not "to", which mostly follows a main verb ("McCain, R-Ariz., threatened to").
_REDUCED_NEXT = frozenset(("to", "by", "in", "for", "from", "over", "at", "after", "during", ","))
_REDUCED_AFTER_COMMA = _REDUCED_NEXT - {"to", ","}
# Events whose verbs take no object (or rarely in the passive), so a participle of theirs after "and"
# or a comma is active: "was arrested and resigned", "had been arrested and pleaded not guilty", "was
# invited to the White House and met with the president".
_INTRANSITIVE_TYPES = frozenset({"resignation", "protest", "rally", "statement", "meeting", "visit", "agreement"})
_INTRANSITIVE_LEMMAS = frozenset({"plead", "rule"})
# Never passive after "and" in practice: "was invited to the White House and met briefly with the president",
# "would be required to register ... and agreed to pay".
_NEVER_PASSIVE_TYPES = frozenset({"resignation", "protest", "rally", "meeting", "agreement"})


def _trie_pattern(words: list[str]) -> str:
    """A regex for a set of strings, shaped as a trie.

    Python's regex engine tries alternatives one by one; factoring common prefixes means at each
    position only the branch of the current letter is tried, which makes the trigger scan several times
    faster than a flat alternation of the ~300 forms.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        end = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + walk(child)
                    for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            # a shorter complete form is tried after the longer ones ("sanctioned" before "sanction")
            return f"(?:{body})?"
        return body

    return walk(trie)


def _trigger_regex() -> re.Pattern[str]:
    # Matched against the lower-cased body, so no IGNORECASE (which is slow) is needed.
    return re.compile(rf"(?<![\w’'-])(?:{_trie_pattern(list(TRIGGERS))})(?![\w-])")


_TRIGGER_RE = _trigger_regex()


@dataclass(slots=True)
class _Mention:
    """One trigger occurrence with everything decided about it locally."""

    event_type: str
    lemma: str
    form: str  # see events_lexicon
    start: int
    end: int
    text: str
    sentence: int
    paragraph: int
    index: int = 0
    dropped: bool = False
    nominal: bool = False
    perfect: bool = False  # present perfect: "has resigned"
    reduced: bool = False  # a reduced relative: "two men indicted in 2011"
    adjectival: bool = False  # a participle used as an adjective: "a negotiated solution"
    ahead: bool = False  # planned only as what something comes "ahead of"
    passive: bool = False
    definite: bool = False  # "the/this/that" right before the trigger: refers back to a known event
    possessed: bool = False  # "their lawsuit": refers back to a known event of the same word ("sued")
    indefinite: bool = False  # "a"/"an" before a noun: a new event, not one named before
    purpose_of: int = -1  # "went after X on Monday to urge him": where "went" is; its subject is the agent
    status: str = "occurred"
    finite: bool = True
    participants: dict[int, str] = field(default_factory=dict)
    te: int | None = None
    location: str | None = None
    quote: int | None = None
    cluster: int = -1


@dataclass(slots=True)
class _Cluster:
    members: list[_Mention]
    event_type: str
    status: str
    participants: dict[int, str]
    te: int | None
    date_value: str | None
    date_precision: str | None
    date_source: str | None
    location: str | None
    quote: int | None


class _Doc:
    """Per-article indexes built once, so per-trigger work is a few bisects and small regexes."""

    def __init__(self, body: str, people: list[PersonEntity], quotes: list[Quote],
                 time_expressions: list[TimeExpression]) -> None:
        self.body = body
        lowered = body.lower()
        if len(lowered) != len(body):  # a few characters grow when lower-cased ("İ"): keep offsets exact
            lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in body)
        self.lowered = lowered
        self.sent_starts, self.sent_ends = _sentences(body)
        # a paragraph ends at any line break: some sources separate paragraphs by one newline only
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", body)]
        spans = [(q.start, q.end) for q in quotes] + [(m.start(), m.end()) for m in _QUOTE_RE.finditer(body)]
        spans.sort()
        self.quote_starts = [s for s, _ in spans]
        self.quote_spans = spans
        ments = sorted(
            (m.start, m.end, i, m.text) for i, p in enumerate(people) for m in p.mentions
        )
        self.ment = ments
        self.ment_starts = [m[0] for m in ments]
        self.tes = time_expressions
        self.te_order = sorted(range(len(time_expressions)), key=lambda i: time_expressions[i].start)
        self.te_starts = [time_expressions[i].start for i in self.te_order]

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def in_quote(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, start) - 1
        # quotations do not nest, but a record and the regex may both cover a span: look back a little
        for j in range(max(0, i - 2), i + 1):
            s, e = self.quote_spans[j]
            if s <= start and end <= e:
                return True
        return False

    def mentions_between(self, lo: int, hi: int) -> list[tuple[int, int, int, str]]:
        i = bisect.bisect_left(self.ment_starts, lo)
        out = []
        while i < len(self.ment) and self.ment[i][0] < hi:
            if self.ment[i][1] <= hi:
                out.append(self.ment[i])
            i += 1
        return out


def _sentences(body: str) -> tuple[list[int], list[int]]:
    """Sentence start and end offsets: a line break, or [.!?] (plus closing marks) before a space and a
    non-lower-case character, except after an abbreviation or an initial ("Mr.", "U.S.", "J.")."""
    starts = [0]
    for m in _SENT_END_RE.finditer(body):
        k = m.start()
        if body[k] == ".":
            tail = body[max(0, k - 8):k]
            word = tail[tail.rfind(" ") + 1:].lstrip("(\"“'‘").lower()
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        starts.append(m.end())
    return starts, [*starts[1:], len(body)]


def _words(text: str) -> list[str]:
    return [w.lower().replace("n’t", "n't") for w in _WORD_RE.findall(text)]


def _owned_title(body: str, possessive_end: int, nxt: tuple[int, int, int, str]) -> bool:
    """Whether a possessive introduces the next person by their role: "his brother Tamerlan", "her campaign
    manager, Bob Smith", or "his campaign manager" when the people step made "manager" the mention."""
    if not _OWNED_TITLE_RE.fullmatch(body, possessive_end, nxt[0]):
        return False
    role = [w for w in _words(body[possessive_end:nxt[0]]) if w != ","]
    return nxt[3][:1].islower() or role[-1] in TITLE_HEADS


def _gap_is_titles(gap: str) -> bool:
    """True when the text between a preposition/verb and a name holds only title words: "Democratic
    front-runner", "his brother"."""
    for w in _WORD_RE.findall(gap):
        if not (w[0].isupper() or w.lower() in _TITLE_WORDS or w.lower() in TITLE_HEADS or w in ("’s", "'s", "-", ".")):
            return False
    return True


# Honorifics and titles written with a stop before a name: "against Mr. Trump", "with Gov. Gary Herbert".
_TITLE_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof Sen Sens Rep Reps Gov Gen Col Lt Sgt Capt Adm Maj Rev Hon Del".split())


def _preposition_before(body: str, mention_start: int, floor: int, second_name: bool = False) -> str | None:
    """The preposition governing a name ("with US president Joe Biden" → "with"), if any; with
    ``second_name`` also the second of two names ("between Trump and North Korea's Kim Jong Un")."""
    left = body[max(floor, mention_start - 60):mention_start]
    words = _WORD_RE.findall(left)
    for k in range(len(words) - 1, -1, -1):
        w = words[k].lower()
        if w == "of" and k > 0 and words[k - 1][0].isupper():
            continue  # inside a title: "Secretary of State Antony Blinken"
        if w == "." and k > 0 and words[k - 1] in _TITLE_ABBREVIATIONS:
            continue  # "against Mr. Trump"
        if second_name and w == "and" and k > 0 and words[k - 1][0].isupper() and words[k - 1] != "I":
            continue
        if w in ("with", "alongside", "by", "against", "on", "from", "to", "of", "for", "at", "in",
                 "between", "over", "about", "toward", "towards"):
            return w
        if not (words[k][0].isupper() or w in _TITLE_WORDS or w in ("’s", "'s", "-")):
            return None
    return None


_IRREGULAR_PAST = frozenset(
    """met told beat hit left sent sought brought caught taught fought won lost paid struck led held took gave
    made saw chose wrote spoke came went became began ran found knew thought stood drove flew shot sold bought
    built kept felt heard fled swore threw""".split()
)


# Verbs whose object does what the infinitive after it says: it did ("forced Nixon to resign") or was
# asked to ("urged him to testify").
_CONTROL_OCCURRED = frozenset(
    "forced forcing compelled compelling obliged prompted prompting led leading caused causing drove".split())
_CONTROL_ASKED = frozenset(
    """asked asking asks urged urging urges pressed pressing pressured pressuring encouraged encouraging
    encourages wanted wants challenged challenging begged begging told tells telling ordered orders ordering
    invited invites inviting""".split())
_OBJECT_PRONOUNS = frozenset("him her them us me".split())


def _object_controller(body: str, object_end: int, floor: int) -> str | None:
    """The verb before an infinitive's subject-object ("prompting him to resign", "asked Sen. Al Franken
    to resign"): the object runs from the verb to ``object_end`` (where " to" begins)."""
    words = _WORD_RE.findall(body[max(floor, object_end - 60):object_end])
    if words[-1:] and words[-1].lower() in _OBJECT_PRONOUNS:
        words = words[:-1]
    else:
        n = len(words)
        words = words[:_name_start(words, titles=False)]  # "Sen. Al Franken"
        if len(words) == n or n - len(words) > 5:
            return None
    verb = words[-1].lower() if words else ""
    return verb if verb in _CONTROL_OCCURRED or verb in _CONTROL_ASKED else None


def _takes_object(mt: _Mention) -> bool:
    return mt.event_type not in _INTRANSITIVE_TYPES and mt.lemma not in _INTRANSITIVE_LEMMAS


def _passive_before(words: list[str]) -> bool:
    """Whether the words end in a passive: a form of "be" and then a participle ("was arrested on Friday",
    "were shot")."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in BE_FORMS:
            return any(_is_participle(w) for w in words[i + 1:])
    return False


_TIME_ADVERBIALS = (("at", "some", "point"), ("at", "some", "time"), ("at", "some", "stage"), ("one", "day"),
                    ("in", "the", "future"), ("in", "the", "near", "future"), ("in", "the", "distant", "future"))


def _without_time_adverbials(words: list[str]) -> list[str]:
    """The words with phrases of indefinite time left out, so that a walk over auxiliaries reaches the
    modal before them: "may at some time in the future be impeached", "will, at some point, meet"."""
    out: list[str] = []
    in_commas = False
    for w in words:
        if in_commas and w == ",":
            out.pop()  # the comma before the phrase
            in_commas = False
            continue
        out.append(w)
        in_commas = False
        for phrase in _TIME_ADVERBIALS:
            if tuple(out[-len(phrase):]) == phrase:
                del out[-len(phrase):]
                in_commas = out[-1:] == [","]
                break
    return out


def _object_follows(body: str, mt: _Mention) -> bool:
    """Whether an object follows the trigger, which makes a participle active: "and criticized John Roe",
    "and slammed her fees", "and called for legislation" (a trigger ending in a preposition that takes the
    object; not "charged with", "accused of", which name the charge after a passive too)."""
    if _words(mt.text)[-1] in ("for", "on", "at", "against", "to"):
        return True
    nxt = _WORD_RE.findall(body[mt.end:mt.end + 20])[:1]
    return bool(nxt) and (nxt[0].lower() in _DETERMINERS | _OBJECT_PRONOUNS or (
        nxt[0][0].isupper() and nxt[0].lower() not in MONTHS_AND_DAYS))


def _shared_passive_chain(words: list[str]) -> list[str]:
    """The auxiliaries of the passive that a coordinated participle shares: "would be widely praised on
    all sides, and confirmed" is as hypothetical as "would be praised"; "was arrested and charged" as real.
    Empty unless a passive ("be", adverbs, a participle) comes before in the same clause."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _CLAUSE_BREAK_WORDS or words[i] in (";", ":"):
            return []
        if words[i] in BE_FORMS:
            verb = next((w for w in words[i + 1:] if w not in _ADVERBS and not w.endswith("ly")), "")
            if not _is_participle(verb):
                return []
            chain = [words[i]]
            for w in reversed(words[:i]):
                if not (w in _AUX or w in _ADVERBS):
                    break
                chain.append(w)
            return chain
    return []


def _is_verb_object(body: str, mention_start: int, floor: int) -> bool:
    """True when a verb governs the name: "fired Attorney General Jeff Sessions", "fired Sen. Jane Doe"; a
    participle after a determiner is an adjective of the name's phrase and the walk goes on before it ("an
    embittered Donald Trump should not blame"), one after "when" opens the clause ("when retired Gen. David
    Petraeus resigned")."""
    words = _WORD_RE.findall(body[max(floor, mention_start - 60):mention_start])
    i = _name_start(words)
    while i:
        i -= 1
        w = words[i]
        lw = w.lower()
        if lw in BE_FORMS or lw in HAVE_FORMS:
            return False
        if not ((len(lw) > 4 and lw.endswith("ed") and w.islower()) or lw in _IRREGULAR_PAST):
            return False
        before = words[i - 1].lower() if i else ""
        if before in _ADJECTIVE_LEADS:
            # an adjective in the noun phrase; what governs the phrase comes before it
            i = _name_start(words, end=i - 1)
            continue
        return not (before in _ADJECTIVE_OPENERS or not before)
    return False


def _name_start(words: list[str], titles: bool = True, end: int | None = None) -> int:
    """Where a name and the titles before it begin in ``words[:end]``, walking back over capitalised words,
    the stop of an abbreviated title ("Sen. Jane Doe") and, with ``titles``, lower-case title words
    ("his campaign manager")."""
    i = len(words) if end is None else end
    while i and (words[i - 1][0].isupper() or (titles and words[i - 1].lower() in _TITLE_WORDS) or (
            words[i - 1] == "." and i > 1 and words[i - 2] in _TITLE_ABBREVIATIONS)):
        i -= 1
    return i


def _object_gap(gap: str) -> bool:
    """True for the few words between a verb and its object noun: " the ", " an interim "."""
    words = _words(gap)
    return len(words) <= 3 and all(w.isalpha() and (w in _DETERMINERS or w.islower()) for w in words) and (
        not words or words[0] in _DETERMINERS)


def _speaks_there(body: str, m: tuple[int, int, int, str], mt: _Mention, sent_end: int) -> bool:
    """For "<name> ... at a press conference": the name is the subject of a verb, either between them ("Pelosi
    took the opposite path during", "Tomba, center, speaks at") or after the noun ("Pelosi (D-CA) at a press
    conference on Thursday said"), or comes after "said" ("said Timothy Wolfe at"). Not "flanked by Clinton
    and Joe Biden at a news conference" or "Boxer, D-Calif., during a news conference": no verb of theirs."""
    gap = _WORD_RE.findall(body[m[1]:mt.start])
    if any(w.isalpha() and w.islower() and w not in _PREPOSITIONS and w not in _DETERMINERS for w in gap):
        return True
    before = _words(body[max(0, m[0] - 12):m[0]])[-1:]
    after = _words(body[mt.end:min(sent_end, mt.end + 60)])
    if after[:1] == ["by"]:
        return False  # "X, during a visit by Y, criticized Z": Y made the visit
    # "Trump at a rally in Florida on Wednesday lashed out at Ryan": a past verb after the place is his
    return bool(before and before[0] in _SAY_WORDS) or any(
        w in _SAY_WORDS or (w.endswith("ed") and len(w) > 4) or w in _IRREGULAR_PAST for w in after[:8])


def _is_possessive(body: str, m: tuple[int, int, int, str]) -> bool:
    if m[3].lower() in _POSSESSIVE_PRONOUNS:
        return True
    # "‘" too: some outlets write "Mr. Lewis‘ attack" with an opening quotation mark
    return body[m[1]:m[1] + 2] in ("'s", "’s") or body[m[1]:m[1] + 1] in ("'", "’", "‘")


def _oblique_role(prep: str, event_type: str) -> str | None:
    if prep in ("alongside", "between") or (prep == "with" and event_type in _WITH_TYPES):
        return "co-participant"
    if prep == "by":
        return "co-participant" if event_type in _SYMMETRIC else "source"
    if prep == "against":
        return "target"
    if prep == "on" and event_type in ("sanction", "ban", "attack", "appeal", "accusation"):  # "blamed on X"
        return "target"
    if prep == "from" and event_type in ("criticism", "accusation", "statement", "appeal", "threat"):
        return "source"
    if prep == "to" and event_type in ("visit", "appeal"):
        return "target"
    if prep == "of":
        if event_type in _PATIENT_POSSESSOR or event_type in ("criticism", "accusation", "attack"):
            return "target"
        if event_type in ("visit", "resignation", "statement"):
            return "source"
    return None


def _relative_clause_gap(gap_words: list[str]) -> bool:
    """True for the gap in "Breonna Taylor, who was killed": the name before "who" is the subject."""
    if gap_words[:1] == ["("] and ")" in gap_words[:8]:
        gap_words = gap_words[gap_words.index(")") + 1:]  # "Rep. Luis Gutiérrez (D-Ill.), who’s calling for"
    rest = gap_words[1:] if gap_words[:1] == [","] else gap_words
    if gap_words[:2] in ([",", "who's"], [",", "who’s"]):
        rest = ["who", "’s"]  # "Luis Gutiérrez, who’s calling for impeachment" (not "to Romney who’s remained")
    # "Elijah Cummings, who on Tuesday also announced": a date inside the clause keeps it the name's
    # "President Trump, who was scheduled to visit Texas": an infinitive's governor keeps it too
    if not rest or rest[0] != "who":
        return False
    if all(w in _AUX or w in _ADVERBS or w in _CLAUSE_DATE_WORDS or w in MONTHS_AND_DAYS or w.isdigit()
           or w in _GOVERNORS_PLANNED or w in _GOVERNORS_POSSIBLE for w in rest[1:]):
        return True
    # "John Quincy Adams, who in a seminal speech on Independence Day in 1821 declared": a phrase of place or time
    return len(rest) <= 11 and rest[1:2] != [] and rest[1] in ("in", "on", "at", "during") and not any(
        w in _CLAUSE_BREAK_WORDS or w in _COORDINATORS or not w.isalnum() or (
            w.endswith("ed") and w not in MONTHS_AND_DAYS) or w in _AUX for w in rest[2:])


_CLAUSE_DATE_WORDS = frozenset("on in last this earlier week month year night morning afternoon evening".split())


def _support_role(gap_words: list[str], event_type: str) -> str | None:
    """Role of a verb's subject in a nominal event when a support verb links them, else None."""
    words = set(gap_words)
    if words & _SUFFER_VERBS or "under" in words:
        return "co-participant" if event_type in _SYMMETRIC else "target"
    if words & HAVE_FORMS and not words & (_SUPPORT_VERBS - HAVE_FORMS):
        # "had talks" / "had a meeting", but not the auxiliary in "has discussed the criticism"
        def auxiliary(nxt: str) -> bool:
            return nxt.endswith(("ed", "en")) or nxt in _AUX or nxt in _ADVERBS

        main_have = any(w in HAVE_FORMS and (i + 1 == len(gap_words) or not auxiliary(gap_words[i + 1]))
                        for i, w in enumerate(gap_words))
        if not main_have:
            return None
    if gap_words[-2:-1] and gap_words[-2] in _CALL_WORDS and gap_words[-1] in ("the", "his", "her", "their", "its"):
        return None  # "Hollande called the attack a terrorist act" names it; "called a meeting" holds one
    if words & _SUPPORT_VERBS:
        if event_type in _PATIENT_POSSESSOR and not words & _AGENT_SUPPORT:
            return _patient_role(event_type)  # "X won the election", "X got the appointment"
        return _agent_role(event_type)  # "X filed a lawsuit", "X imposed a ban", "X held talks"
    if words & BE_FORMS and words & {"on", "in"}:
        return _agent_role(event_type)  # "X is on a visit to", "X was in talks with"
    return None


# A support verb in the past after a noun and its subject, and what may follow it: "the meeting Trump had
# with Lavrov", "the call he made to Zelensky on July 25", "the rally she held last week".
_SUPPORT_PAST_RE = re.compile(
    r"\s+(had|held|made|hosted|attended|convened|led|gave|delivered|placed|took)"
    r"(?=\s+(?:with|to|in|at|on|last|earlier|this|that|before|after|during|between|alongside)\b|\s*[,.;—])")


def _agent_role(event_type: str) -> str:
    return "co-participant" if event_type in _SYMMETRIC else "source"


def _patient_role(event_type: str) -> str:
    return "co-participant" if event_type == "meeting" or event_type == "agreement" else "target"


# What kills without being a party to an attack.
_ILLNESS_WORDS = frozenset(
    """virus coronavirus covid covid-19 pandemic epidemic outbreak disease diseases illness cancer flu influenza
    ebola malaria measles cholera overdose overdoses opioids fentanyl heat""".split())
# Duties one is "charged with" (a task, not an indictment): "the agency charged with enforcing the law".
_TASK_GERUNDS = frozenset(
    """enforcing investigating overseeing implementing protecting shaping leading running managing coordinating
    monitoring reviewing developing drafting ensuring upholding determining recovering serving administering
    supervising handling policing guarding defending promoting representing regulating safeguarding
    organizing organising planning preparing conducting evaluating assessing examining""".split())


_SHORT_QUOTED_RE = re.compile(r"\s*[\"“]\s*(?:[\w’'-]+\s+){0,3}[\w’'-]+[\"”]")


def _keep_trigger(body: str, m: re.Match[str], info: tuple[str, str, str], sent_start: int) -> bool:
    """Filters for ambiguous trigger words, from the words right around them."""
    _, lemma, form = info
    text = body[m.start():m.end()]
    if text[0].isupper() and m.start() > sent_start and not text.isupper():
        return False  # part of a name or title: "Paris Agreement", "Summit Street"
    after = _words(body[m.end():m.end() + 40])[:5]
    nxt = after[0] if after else ""
    prev = _words(body[max(0, m.start() - 12):m.start()])[-1:]
    if prev == ["you"]:
        return False  # "By signing up you agree to ...": boilerplate and instructions, not news
    if lemma == "meet" and nxt != "with" and set(
            _words(body[m.end():m.end() + 50])[:6]) & _MEET_NOT_PEOPLE:
        return False  # "does not meet that pledge", "meet the Oct. 1 deadline": to satisfy, not to meet someone
    if lemma == "slam" and nxt in ("shut", "into", "door", "brakes", "dunk"):
        return False  # "slam shut the border"
    if lemma == "blast" and nxt in ("out", "off", "through"):
        return False  # "blasting out missives"
    if lemma == "agreement" and "in" in prev + _words(body[max(0, m.start() - 25):m.start()])[-3:-1]:
        return False  # "are in (general) agreement on": a consensus, not a deal
    if lemma == "threaten" and after[:2] in (["to", "be"], ["to", "become"], ["to", "overwhelm"]):
        return False  # "a goal that is threatening to become ...": a risk, not a threat someone makes
    if lemma == "talks" and nxt in ("about", "to", "of", "like"):
        return False  # the verb "he talks about"
    if lemma == "agree":
        # "agreed to", "agreed a deal", "agreed on"; "agree with him", "agreed that ..." are opinions
        if nxt == "to" and after[1:2] and after[1].isalpha() and after[1] not in _AGREED_TO_THINGS \
                and after[1] not in MONTHS_AND_DAYS:
            # "agreed to" a verb is one side's decision ("Sony agreed to cancel the release") unless a
            # second party is there: "agreed with Iran to ...", "the two sides agreed to hold talks"
            before = _words(body[max(0, m.start() - 60):m.start()])[-8:]
            if "and" in before and set(before[before.index("and") + 1:]) & {"he", "she", "it", "i"}:
                before = [w for w in before if w != "and"]  # "blocked a bill and this year he agreed to support"
            return "with" in _words(body[m.end():m.end() + 80])[:14] or bool(set(before) & _PARTIES_WORDS)
        return nxt in ("to", "a", "an", "the", "on", "upon", "terms", "new", "deal", "its", "his", "her",
                       "their", "plans", "measures", "ceasefire")
    if form == "noun" or (form in ("base", "s", "ing") and prev and prev[0] in _DETERMINERS):
        if nxt in _COMPOUND_HEADS:
            return False  # the noun modifies another: "election officials", "summit meeting", "trip report"
    if lemma == "elect" and form == "ed" and nxt in _COMPOUND_HEADS | _ELECTED_HEADS:
        return False  # "elected officials"
    if lemma == "kill" and nxt != "of" and set(
            _words(body[max(sent_start, m.start() - 50):m.start()])) & _ILLNESS_WORDS:
        return False  # "the coronavirus has killed 80,000 people", "COVID-19, which has killed": no attack
    if lemma == "threaten" and form == "ing" and body[max(0, m.start() - 5):m.start()].lower() in ("life ", "life-"):
        return False  # "non-life threatening injuries": a description of wounds, not a threat
    if lemma in ("declare", "announce") and form != "noun" and nxt in (",", ".", ":", "“", '"') and (
            lemma == "declare" or set(body[max(0, m.start() - 40):m.start()]) & {'"', "”"}) \
            and not _SHORT_QUOTED_RE.match(body, m.end()):
        # '"Anybody can act presidential!" Trump declared, before ...': a quote's verb, not news; but
        # 'declared "a total war" on inflation', 'declares "Chris Kyle Day"' declare something
        return False
    if lemma == "tour" and after[:2] == ["of", "duty"]:
        return False  # "his tour of duty there": a posting, not a visit
    if lemma == "arrive" and after[:1] and after[0] in ("office", "power", "time", "town", "court"):
        return False  # "arrived in office at a moment of distress": taking office, not a visit
    if lemma in ("statement", "speech"):
        # "issued a lengthy statement", "delivered a speech" are the news; "said in a statement" only says
        # where a quote is from, "the speech" may be anyone's habit
        before = _words(body[max(0, m.start() - 40):m.start()])[-4:]
        return bool(set(before) & _ISSUE_VERBS)
    if lemma == "deal":
        # "a deal" is an agreement only when someone reaches it: "struck a deal", "signed a trade deal"
        before = _words(body[max(0, m.start() - 40):m.start()])[-4:]
        return bool(set(before) & _DEAL_VERBS)
    if lemma == "sign":
        return any(w in ("deal", "agreement", "treaty", "accord", "pact", "contract", "memorandum",
                         "partnership", "ceasefire", "declaration") for w in after)
    if lemma == "confirm":
        return nxt not in ("that", "whether", "the", "it", "this", "his", "her", "their", "reports")
    if lemma == "call on":
        before = _words(body[max(0, m.start() - 20):m.start()])[-1:]
        if before and before[0] in ("phone", "telephone", "video", "conference", "roll", "wake-up"):
            return False  # "the phone calls on Monday"
        if after[:2] and after[1:2] and after[1] in MONTHS_AND_DAYS:
            return False
        if text.lower().endswith("on") and "to" not in _words(body[m.end():m.end() + 100])[:12]:
            return False  # "calls on a reporter": to pick someone; an appeal calls on someone *to* act
    if lemma == "attack" and nxt in ("ad", "ads", "advert", "adverts", "dog", "dogs", "line", "lines", "mode",
                                     "helicopter", "helicopters", "vector", "surface"):
        return False  # a compound noun: "attack ads"
    if lemma in ("bar", "host") and form in ("base", "s"):
        return False  # "a bar", "the host"
    if lemma == "bar" and form == "ing" and not (prev and prev[0] in BE_FORMS):
        return False  # "Barring a shock, ...": the preposition "except", not a ban
    duty = after[:1] if text.lower().endswith(" with") else after[1:2] if nxt == "with" else []
    if lemma == "charge" and duty and duty[0] in _TASK_GERUNDS:
        return False  # "the task force charged with shaping the response": a duty, not a charge
    if lemma == "charge" and text.lower() == "charged":
        # "was charged with", "charged him in the killing"; not "charged $5", "charged up", "a charged debate"
        return ("with" in after or nxt in ("in", "over")) and not (prev and prev[0] in _DETERMINERS)
    if lemma in ("rule", "ruling") and (nxt in ("out", "party", "parties", "class", "classes", "coalition",
                                                 "elite", "elites", "junta", "family", "council")):
        return False  # "ruled out", "the ruling party"
    if lemma == "conviction" and (nxt == "that" or (prev and prev[0] in ("strong", "deep", "firm", "personal",
                                                                          "moral", "religious", "political"))):
        return False  # a firm belief, not a verdict
    if lemma == "march" and (text[0].isupper() or nxt in ("toward", "towards", "forward", "madness", "along",
                                                          "orders", "band") or (
            nxt == "of" and set(after[1:3]) & _MARCH_OF_ABSTRACT)):
        return False  # the month; "the march toward war", "the march of progress" are metaphors
    if lemma == "rally" and nxt in ("behind", "around", "support", "supporters", "voters", "votes", "cry", "point",
                                    "call", "the", "his", "her", "their"):
        return False  # "rallied behind her", "a rallying cry", "rally the base": support, not a gathering
    if lemma == "rally" and nxt.isalpha() and nxt not in _PREPOSITIONS and nxt not in MONTHS_AND_DAYS and \
            nxt not in _RALLY_INTRANSITIVE_NEXT and not nxt.endswith("ly") and nxt not in _ADVERBS and (
            form == "ed" or (prev and (prev[0] == "to" or prev[0] in _AUX))):
        return False  # "efforts to rally minorities against Romney": a verb with an object mobilises, gathers no one
    if lemma == "demonstrate" and prev and prev[0] in BE_FORMS:
        return False  # "Obama's bias has finally been demonstrated": shown, not protested
    if lemma == "demonstrate" and nxt not in ("in", "against", "outside", "at", "on", "for", "near", "across",
                                              "peacefully", "throughout", ",", ".", "and"):
        return False  # "demonstrated that / the ability": to show, not to protest
    if lemma == "demonstrate" and nxt == "," and _AS_CLAUSE_RE.search(body, max(0, m.start() - 80), m.start()):
        return False  # "As Harvard economist Nathan Nunn has demonstrated, a strong relationship exists"
    if lemma == "offensive" and nxt.isalpha() and nxt not in (
            "in", "on", "against", "to", "into", "by", "that", "which", "and", "began", "launched", "aimed",
            "was", "is", "has", "had", "will", "would", "near", "around", "toward", "towards", "of"):
        return False  # the adjective: "offensive remarks", "an offensive line"
    if lemma == "shoot" and (nxt in ("up", "film", "video", "scene", "footage", "photos", "pictures", "hoops",
                                     "back", "for", "breeze") or (prev and prev[0] in (
            "long", "big", "flu", "booster", "parting", "cheap", "first", "best", "good", "photo", "mug", "jump",
            "free", "a", "another", "one", "vaccine", "moon"))):
        return False  # "a long shot", "a flu shot", "shot up", "shooting a film"
    if lemma == "fire" and nxt in ("up", "back", "away", "off"):
        return False  # "fired up", "fired back at critics"
    return True


def _asked_for(window: list[str]) -> bool:
    """"asked for Sessions' resignation": the noun is what was asked for, not something that happened.
    ``window`` runs from the noun leftwards. Only the noun phrase right after "for" counts: in "asked for
    his response to the criticism" the criticism did happen."""
    if "for" not in window[:4]:
        return False
    i = window.index("for")
    return i + 1 < len(window) and window[i + 1] in _ASK_WORDS and not set(window[:i]) & (
        _PREPOSITIONS | _CLAUSE_BREAK_WORDS | {"and", "or"})


def _prev_words(body: str, lo: int, hi: int, n: int) -> list[str]:
    return _words(body[max(lo, hi - 12 * n):hi])[-n:]


_POSSESSIVES = frozenset("his her their its our my your".split())


def _after_article(body: str, lo: int, pos: int) -> bool:
    """Whether "a", "an" or "the" is the word right before ``pos``: "a Trump attack", "the Kavanaugh nomination"."""
    return _prev_words(body, lo, pos, 1) in (["a"], ["an"], ["the"])


def _possessor(word: str) -> bool:
    """A possessive determiner or a possessive noun: "his", "Trump's"."""
    return word in _POSSESSIVES or word.endswith(("'s", "’s"))

# Verbs whose object is an outcome still open inside a condition: "if he wins his re-election".
_OUTCOME_VERBS = frozenset("win wins won winning lose loses lost losing".split())
_ASK_WORDS = frozenset("ask asks asked asking wonder wonders wondered wondering".split())


def _conditional_noun(window: list[str], before_if: list[str]) -> bool:
    """Whether a noun inside an if/unless/whether clause names an event that may not happen.

    ``window`` holds the words from the noun back to the conjunction (nearest first). "if an indictment
    comes down" (indefinite) and "if he wins the nomination" (after the clause's own subject and verb)
    are conditions; "if Morsi's ouster is declared a coup" and "if he uses his visit to ..." presuppose
    the event (a definite or possessed noun names a known one) unless an outcome verb governs it ("if
    he wins his re-election"); "asked if she watched the testimony" is a question, not a condition.
    """
    if before_if[-1:] and before_if[-1] in _ASK_WORDS:
        return False
    if set(window) & {"a", "an", "any"}:
        return True
    if not set(window) & _SUBJECT_PRONOUNS:
        return False
    possessed = bool(window) and _possessor(window[0])
    return not possessed or bool(set(window) & _OUTCOME_VERBS)


def _past_tense_verb(body: str, mt: _Mention, sent_start: int) -> bool:
    """A verb in the past tense ("announced", "has announced", "was killed")."""
    if mt.nominal or not mt.finite or mt.form not in ("ed", "past"):
        return False
    before = _prev_words(body, sent_start, mt.start, 1)
    return not (before and before[0] in PRESENT_BE | {"be", "being"})  # "is banned from Monday" is not past


# "blocked from traveling": what someone was kept from did not happen.
_PREVENTED = frozenset(
    "blocked barred prevented banned stopped kept prohibited precluded refrained refrains refrain".split())
# Verbs after which "that X <base verb>" is a subjunctive: asked for, not done.
_DEMAND_VERBS = frozenset(
    """demanded demands demand demanding insisted insists suggested suggests suggest asked asks requested
    requests urged urges recommended recommends proposed proposes""".split())


def _demanded_that(left: list[str]) -> bool:
    """A subjunctive after a demand: "suggested that Donald Trump step down" (up to three name words)."""
    for k in range(len(left) - 2, max(len(left) - 6, 0), -1):
        if left[k] == "that":
            return left[k - 1] in _DEMAND_VERBS and all(
                w.isalpha() and w not in _AUX and w not in _ADVERBS for w in left[k + 1:])
    return False


# Past verbs of going, gathering or putting something out whose purpose is an act they carry out
# themselves: "students walked out of class to protest", "held a news conference to announce", "went on
# the show to urge him". A meeting or visit as purpose ("flew to Madrid to meet") may still not happen.
_GOING_VERBS = frozenset(
    """went came traveled travelled flew headed returned took gathered rallied marched walked lined held
    convened staged appeared stepped showed turned joined wrote sent issued posted tweeted penned published
    released aired rushed packed filled crowded converged descended poured streamed used""".split())
_DONE_BY_GOING_TYPES = frozenset({"statement", "appeal", "criticism", "accusation", "protest", "threat"})
_GOING_PRESENT = frozenset(
    """gather gathers rally rallies march marches walk walks line lines hold holds stage stages take takes
    come comes converge converges pour pours stream streams fill fills crowd crowds""".split())


def _done_by_going(body: str, mt: _Mention, sent_start: int) -> int:
    """Where the past verb is whose purpose the infinitive is, when that act carried it out ("gathered
    outside the embassy to protest"), else -1.

    The clause (from the last comma or clause word) must hold such a verb and nothing that makes it
    unreal or someone else's intention: no modal, negation, earlier infinitive or intent verb."""
    if mt.event_type not in _DONE_BY_GOING_TYPES:
        return -1
    lo = max(sent_start, mt.start - 200)
    clause = _words(body[lo:mt.start])[:-1]  # without the final "to"
    cut = max((i for i, w in enumerate(clause) if w in (",", ";", ":") or (
        w in _CLAUSE_BREAK_WORDS and not (i and clause[i - 1] in _GOING_VERBS))), default=-1)  # "went after"
    clause = clause[cut + 1:]
    if set(clause) & (_AUX | _GOVERNORS_PLANNED | _GOVERNORS_POSSIBLE | _GOVERNORS_NEGATED | _VERB_NEGATORS):
        return -1
    # a photo caption tells what happened in the present: "demonstrators gather at the Victory Monument to protest"
    present = _GOING_PRESENT if _in_caption(body, mt.end) else frozenset()
    going = [w for w in clause if w in _GOING_VERBS or w in present]
    found = [g.start() for g in re.finditer(rf"\b{going[-1]}\b", body[lo:mt.start], re.IGNORECASE)] if going else []
    return lo + found[-1] if found else -1


def _inverted_condition(words: list[str]) -> bool:
    """"should she win the nomination", "had he been elected": a condition without "if" (but "nor had he
    met" is a negation)."""
    return any(w in ("should", "had", "were") and nxt in _NOMINATIVE_PRONOUNS and before not in ("nor", "neither")
               for before, w, nxt in zip(["", *words], words, words[1:], strict=False))


# "not" negates the verb after it; the noun it governs did not happen only when that verb brings it
# about ("did not hold talks", "didn't order the deployment"), not when it is about it ("didn't
# mention the nomination", "isn't worried about the meeting").
_VERB_NEGATORS = frozenset({"not", "n't", "never"})
_DENIALS = frozenset({"denied", "denies", "deny", "denying"})
_NEGATION_PASSES = _SUPPORT_VERBS | _SUFFER_VERBS | BE_FORMS | frozenset(
    """a an the any order ordered ordering authorize authorized authorise authorised approve approved allow
    allowed permit permitted run runs ran running press pressed pressing pursue pursued recommend recommended
    come came coming expect expected expects foresee foresees""".split())


# Cues on a verb governing an event noun that leave the event itself as real as it was.
_GOVERNING_MODALS = frozenset(
    "may might could would should must can consider considers considering considered weighing mulling".split())
_DEFINITE = frozenset("the this that these those his her their its our".split())
# Events that a definite noun names once they have happened: "the ruling", "his attack", "the sanctions".
# Not elections, nominations, meetings or visits: "could affect the November election" is still ahead.
_STANDING_TYPES = frozenset({"legal_action", "attack", "criticism", "accusation", "ban", "sanction", "protest",
                             "arrest"})


def _known_event_phrase(window: list[str]) -> bool:
    """Whether the noun (``window``: the words before it, nearest first) names a known event — "the", "this",
    a possessive — governed by a verb that does not bring it about ("could let O'Connor's ruling stand"),
    unlike "might announce his resignation", where the modal is the event's own."""
    for i, w in enumerate(window[:4]):
        if w in _DEFINITE or w.endswith(("'s", "’s")):
            verb = window[i + 1] if i + 1 < len(window) else ""
            # considering a known event ("the nomination") does not bring it about, unlike holding one
            return verb.isalpha() and verb not in _AUX and (verb in _GOVERNING_MODALS or verb not in _SUPPORT_VERBS)
        if not w.isalpha() and w not in ("-",):
            return False
    return False


# "but" meaning "except" after these: "had no choice but to resign".
_BUT_AS_EXCEPT = frozenset("choice nothing anything everything all none anyone everyone".split())


def _opens_clause(body: str, clause_lo: int, name_start: int) -> bool:
    """Whether a name stands where a clause's subject does: first in its clause, after nothing but titles
    ("District Judge Catherine Eagles ordered") or an opening phrase and a comma ("In his first comments, Gantz
    said"); not as the object inside a clause ("calling Obama the founder of ISIS")."""
    prefix = body[clause_lo:name_start].strip(" \n“\"'")
    return not prefix or prefix.endswith(",") or all(w[:1].isupper() for w in prefix.split())


def _main_clause_of_phrase(body: str, sent_start: int, start: int, end: int) -> list[str]:
    """The words of the clause a phrase modifies: those before it, or, when it opens the sentence ("Just ahead
    of Pelosi's announcement, Trump delivered a tweet"), those after its comma."""
    before = _words(body[sent_start:start])
    if len(before) > 2:
        return before
    comma = body.find(",", end, end + 120)
    return _words(body[comma:comma + 80]) if comma >= 0 else []


def _undoing_intended(window: list[str], wide: list[str]) -> bool:
    """Whether a negation cue before a noun trigger is only intended: "threats to scrap the agreement", "plans
    to cancel the summit". ``wide``: the words before the trigger, nearest first, over any trigger before it."""
    for i, w in enumerate(window):
        if w in NEGATION_CUES and w not in _VERB_NEGATORS:
            return wide[i + 1:i + 2] == ["to"] and len(wide) > i + 2 and wide[i + 2] in _INTENT_WORDS
    return False


def _negates_noun(window: list[str], event_type: str) -> bool:
    """True when a negation cue among ``window`` (the words before a noun trigger, nearest first) negates it."""
    for i, w in enumerate(window):
        if w == "to" and i > 0 and window[i - 1] not in _SUPPORT_VERBS and window[i - 1].isalpha():
            return False  # "refused to rehear a ruling": the cue negates the verb, not the noun
        if w == "off" and window[i + 1:i + 2] and window[i + 1] in ("called", "call", "calls", "calling"):
            return True  # "Rousseff called off the visit"
        if w in NEGATION_CUES:
            if w == "without" and set(window[i + 1:]) & _VERB_NEGATORS:
                return False  # "hasn't been without criticism"
            if w in _DENIALS and event_type in _QUOTE_TYPES:
                return False  # "denied Reade's accusations": denying what was said does not unsay it
            return w not in _VERB_NEGATORS or i == 0 or window[i - 1] in _NEGATION_PASSES
    return False


# Before "to" and a verb, these make it intended only: "threats to scrap", "wants to cancel", "support for impeaching".
_INTENT_WORDS = frozenset(
    """threat threats threaten threatens threatened threatening plan plans planned planning want wants wanted
    vow vows vowed pledge pledges pledged promise promises promised propose proposes proposed proposal call
    calls called push pushes pushed urge urges urged effort efforts bid attempt attempts move moves
    support demand demands case""".split())
# Words that open a noun phrase: a capitalised word after them modifies a noun, it is no subject.
_NOUN_PHRASE_OPENERS = _DETERMINERS | frozenset(
    """scheduled planned upcoming forthcoming impending expected proposed potential possible prospective
    rumoured rumored mooted would-be eventual next last recent latest first surprise historic official""".split())


_ANY_WORDS = frozenset({"any", "every"})
# Between a determiner and a participle used as an adjective: "the first confirmed cases", "its only elected
# member".
_ORDINAL_MODIFIERS = frozenset("first second third last only latest earliest initial final sole".split())
# "may" the modal: lower case, or capitalised at a sentence start and not before a day ("May 10").
_MAY_MODAL_RE = re.compile(r"\bmay\b|(?:^|[.!?]\s+)May\s+(?!\d)")
# Hedges on the noun itself ("an alleged attack"), not on a noun before it ("alleged interference in the election").
_HEDGED = frozenset("alleged supposed purported".split())


def _has_subject_before(clause: list[str]) -> bool:
    """Whether the words before a verb in -s end in its subject: "when he", "after Judge Ho", "before the pope";
    not "when protests", "after Sanders' rallies" (a plural noun)."""
    if len(clause) < 2 or clause[-1].lower() in _TIME_CONJUNCTIONS:
        return False
    last = clause[-1]
    return last in ("he", "she", "it") or (last[:1].isupper() and not last.endswith(("'", "’", "'s", "’s"))) or (
        clause[-2] in ("the", "a", "an"))


_GOING_TYPES = frozenset({"visit", "meeting", "rally"})


def _same_phrase(body: str, start: int, end: int) -> bool:
    """Whether the text between two triggers is an object and a preposition of the first, no clause of its
    own: " the Middle East on his first presidential " (not " after he ", " and then ")."""
    words = _WORD_RE.findall(body, start, end)
    return 0 < len(words) <= 10 and any(w in ("on", "during") for w in words) and "of" not in words and all(
        w[0].isupper() or w in _DETERMINERS or w in _PREPOSITIONS or (w.isalpha() and w.islower() and not (
            w in _CLAUSE_BREAK_WORDS or w in _COORDINATORS or w in _SUBJECT_PRONOUNS or w in _AUX
            or w.endswith("ed"))) for w in words)


def _instead_of(left: list[str]) -> bool:
    """Whether the words before a trigger end in "instead of" / "rather than": the alternative not taken."""
    return left[-2:] in (["instead", "of"], ["rather", "than"])


def _status_and_voice(
    body: str, mt: _Mention, sent_start: int, prev_trigger_end: int, prev_is_person: bool, prev: _Mention | None
) -> tuple[str, bool, bool]:
    """(status, passive, finite) from the words before the trigger (``prev``: the trigger before it in
    the sentence, if any).

    Verbs: walk left over auxiliaries, adverbs and infinitive governors only ("did not meet", "plans
    to visit"), so a cue in another clause does not leak in. Nouns: look at the few words of the noun
    phrase and its governing verb ("looking at the options for a potential visit", "held talks").
    """
    left = _without_time_adverbials(_prev_words(body, max(sent_start, prev_trigger_end), mt.start, 12))[-8:]
    form = mt.form
    nominal = form == "noun"
    prev_words = _WORD_RE.findall(body[max(sent_start, mt.start - 60):mt.start])
    # the word before the capitalised run right before the trigger: "her White House visit", "a Paris visit"
    run_start = len(prev_words)
    while run_start > 0 and prev_words[run_start - 1][:1].isupper() and len(prev_words) - run_start < 4:
        run_start -= 1
    before_run = prev_words[run_start - 1] if 0 < run_start < len(prev_words) else ""
    prev_two = prev_words[-2:]
    prev_orig = prev_two[-1:]
    # A verb needs a subject or an auxiliary before it ("they meet", "will visit", "Democrats agree",
    # "officials announce"); after a determiner, possessive or adjective it is a noun ("a potential
    # visit", "the ban", "Trump's visit", "his radical urges"), also with a name between them ("a
    # scheduled Moscow visit", "the Paris talks").
    subject_like = bool(prev_orig) and not prev_orig[0].endswith(("'s", "’s")) and (
        (prev_orig[0][0].isupper() and prev_orig[0].lower() not in _DETERMINERS
         and before_run.lower() not in _NOUN_PHRASE_OPENERS
         and not (before_run.islower() and _is_past(before_run)))
        or (prev_orig[0].islower() and len(prev_orig[0]) > 3 and prev_orig[0].endswith("s")
            and prev_orig[0] not in _DETERMINERS))
    # "prisons and jails": after "and" a plural noun coordinates with the noun before it
    listed_noun = form == "s" and left[-1:] in (["and"], ["or"]) and len(left) > 1 and left[-2].endswith("s") \
        and left[-2].isalpha() and left[-2] not in _SUBJECT_PRONOUNS and not left[-2].endswith(("ss", "us"))
    if form in ("base", "s") and not prev_is_person and not subject_like and (listed_noun or not (
            left and (left[-1] in _AUX or left[-1] in _ADVERBS or left[-1] in _SUBJECT_PRONOUNS
                      or left[-1] in ("and", "or")))):
        nominal = True
        if mt.lemma not in _NOUN_READINGS:
            mt.dropped = True  # "his radical urges", "a sign of", "a jail": the noun is no event
    if form == "ing" and left and left[-1] in _DETERMINERS:
        nominal = True  # "the bombing"
    if nominal:
        mt.nominal = True  # "over whether he discussed U.S. sanctions": a noun, whatever its status
        window = []
        for w in reversed(left):
            if w in (",", ";", ":", "(", "“", "”", '"') or w in _CLAUSE_BREAK_WORDS:
                if w in ("if", "unless", "whether") and _conditional_noun(window, left[:len(left) - len(window) - 1]):
                    window.append("if")
                break
            window.append(w)
        words = set(window)
        # negation only close to the noun ("did not hold talks", "no talks", "cancelled a planned
        # summit"), not of another verb ("do not reveal a positive aftermath for Clinton's meeting")
        if _undoing_intended(window[:4], _prev_words(body, sent_start, mt.start, 8)[::-1]):
            # "threats to scrap the agreement signed last September": it stands; "threatened to cancel the
            # summit": it is still ahead
            return ("planned" if mt.event_type in _GOING_TYPES | {"election", "protest"} else "occurred"), False, False
        if _negates_noun(window[:4], mt.event_type) or any(
                _instead_of(window[k:k + 2][::-1]) for k in range(min(3, len(window)))):
            return "negated", False, False
        cues = words & POSSIBLE_CUES
        if "may" in cues and not _MAY_MODAL_RE.search(body, max(sent_start, mt.start - 80), mt.start):
            cues.discard("may")  # "the May 10 Oval Office meeting": the month, not the modal
        if cues and cues <= _GOVERNING_MODALS and mt.event_type in _STANDING_TYPES and _known_event_phrase(window):
            cues = set()  # "could let O'Connor's ruling stand", "considers the lawsuit": the ruling exists
        near_noun = list(itertools.takewhile(lambda w: w not in _PREPOSITIONS, window[:3]))
        if set(near_noun) & _ANY_WORDS:
            mt.dropped = True  # "the risk with any treaty", "in every presidential election": no event in particular
        if cues or _asked_for(window) or _inverted_condition(window[::-1]) or set(near_noun) & _HEDGED:
            return "possible", False, False  # "a supposed trip Cohen took to Prague", "an alleged chemical attack"
        planned = words & PLANNED_CUES
        if any(window[i:i + 2] == ["to", "forward"] and window[i + 2:i + 3] and window[i + 2].startswith("look")
               for i in range(2)):
            planned = {"forward"}  # "looking forward to meeting with Xi", "looks forward to the summit"
        if (ahead := _AHEAD_OF_RE.search(body, max(sent_start, mt.start - 50), mt.start)) and not any(
                w not in BE_FORMS and _is_past(w) for w in _main_clause_of_phrase(body, sent_start, ahead.start(),
                                                                               mt.end)):
            # "holding for a second day Wednesday, ahead of negotiations in Cairo"; not in a past narrative
            # ("was advised just ahead of his tense meeting with Macron"), nor when dated before the report
            planned = {"ahead"}
            mt.ahead = True
        if planned == {"later"} and any(_is_past(w) for w in window):
            planned = set()  # "she later released a statement", unlike "a later meeting"
        governed = words & _GOVERNORS_PLANNED
        if governed == {"prepared"} and window[:1] == ["prepared"]:
            governed = set()  # "his prepared testimony": written beforehand, not yet to come
        if planned or governed:
            return "planned", False, False
        if undone := _UNDONE_AFTER_RE.match(body, mt.end):
            # "the meeting was canceled", "other attacks have been thwarted"; "was postponed" is still ahead
            return ("planned" if undone.group(1) in ("postponed", "delayed") else "negated"), False, False
        if modal_after := _MODAL_AFTER_RE.match(body, mt.end):
            word = modal_after.group(1) or modal_after.group(2)
            return ("planned" if word in ("will", "shall", "expected", "planned", "imminent") else "possible"), \
                False, False
        near = left[-4:]
        if mt.text.lower().startswith("on ") and near[-1:] and near[-1] in PRESENT_BE:
            return "ongoing", False, False  # "workers are on strike"
        if any(w in PRESENT_BE and i + 1 < len(near) and near[i + 1] in ("on", "in")
               for i, w in enumerate(near)):
            return "ongoing", False, False  # "is on a visit to", "are in talks with"
        if set(near_noun) & _ONGOING_ADJECTIVES or any(
                w in PRESENT_BE and near[i + 2:i + 3] == ["in"] and (near[i + 1].endswith("ing") or near[i + 1] in (
                    "engaged", "involved")) for i, w in enumerate(near[:-2])):
            return "ongoing", False, False  # "the ongoing negotiations", "is participating in negotiations"
        if prev is not None and prev.status == "planned" and mt.event_type in _GOING_TYPES and (
                prev.event_type in _GOING_TYPES) and _same_phrase(body, prev.end, mt.start):
            # "prepares to visit the Middle East on his first presidential trip abroad": the trip is the visit
            return prev.status, False, False
        return "occurred", False, False
    if form == "base" and (left[-1:] in (["or"], ["and"]) or left[-2:] == ["and", "then"]) and prev is not None \
            and not prev.nominal and prev.form == "base" and prev.status in _UNREAL:
        # "whether to convict him and remove him from office, or acquit him": the second verb of a pair
        # is as unreal as the first
        return prev.status, False, prev.finite
    if _instead_of(left):
        return "negated", False, False  # "called for censuring Trump instead of impeaching him"
    if form == "ing" and left[-1:] == ["for"] and left[-2:-1] and left[-2] in _INTENT_WORDS:
        # "support for impeaching Richard Nixon grew", "calls for indicting him"; not "in favor of", which may
        # mean instead ("walked away from the talks in favor of negotiating with Mnuchin")
        return "possible", False, False
    if left[-1:] in (["nor"], ["neither"]):
        return "negated", False, False  # "neither commenting nor tweeting for much of Friday"
    reduced = False
    chain: list[str] = []
    # "not to picket or protest": the second of two infinitives shares the auxiliaries of the first
    shared = len(left) >= 3 and left[-1] in ("or", "and") and left[-3] == "to"
    if form == "base" and left[-1:] == ["to"]:
        controller = _object_controller(body, body.rfind("to", sent_start, mt.start), sent_start)
        if controller in _CONTROL_OCCURRED:
            return "occurred", False, True  # "forced Richard Nixon to resign", "prompting him to resign"
        if controller is not None:
            return "possible", False, False  # "asked Nixon to resign", "urging him to testify"
        if tuple(left[-3:-1]) in _PHRASES_OCCURRED:
            return "occurred", False, True
        if left[-2:-1] == ["yet"] and left[-3:-2] and (left[-3] in BE_FORMS or left[-3] in HAVE_FORMS):
            return "negated", False, True  # "has yet to meet", "is yet to appoint"
        if any(len(left) > -k and (left[k] in _FIRST_WORDS or _NUMBERED_RE.fullmatch(left[k]))
               and left[k - 1] in ("the", "a") for k in (-3, -4)) \
                and not set(left) & _MODALS:
            return "occurred", False, True  # "the lone woman to accuse him", "the first Republican to endorse"
        if left[-2:-1] and left[-2] in ("continue", "continues", "continuing") and not (
                left[-3:-2] and (left[-3] in _MODALS or left[-3] == "to")):
            return "ongoing", False, True  # "something that continues to kill"; not "will continue to meet"
        if left[-2:-1] and left[-2] in ("decided", "decision") and not set(left) & _MODALS:
            return "occurred", False, True  # "he decided to resign last week", "Trump's decision to declare"
        if left[-2:-1] and left[-2] in _NOUN_GOVERNORS_POSSIBLE:
            seized = any(w in _SEIZED_VERBS for w in left[-5:-2])
            return ("occurred" if seized else "possible"), False, seized
    for w in reversed(left[:-2] if shared else left):
        if w in _AUX or w in _ADVERBS or w in ("going",) or (w.endswith("ly") and len(w) > 4):
            chain.append(w)
            continue
        if w in ("vote", "voting") and chain == ["to"]:
            chain.append(w)  # "could not vote to convict", "would vote to acquit": the vote's own status
            continue
        if w in _GOVERNORS_PLANNED or w in _GOVERNORS_POSSIBLE or w in _GOVERNORS_NEGATED:
            chain.append(w)
        if w in _GOVERNORS_OCCURRED:  # "was forced to resign", "continued to be met by strikes"
            return "occurred", form == "ed" and bool(set(chain) & BE_FORMS), True
        break
    if form == "ed" and not chain and left[-1:] in (["and"], ["or"], ["but"]) \
            and mt.event_type not in _NEVER_PASSIVE_TYPES and mt.lemma not in _INTRANSITIVE_LEMMAS \
            and not _object_follows(body, mt):
        # no object after it ("confirmed by", "expelled from"): a participle coordinated with a passive
        chain = _shared_passive_chain(_prev_words(body, max(sent_start, prev_trigger_end), mt.start, 12)[:-1])
    words = set(chain)
    mt.perfect = form == "ed" and bool(words & {"has", "have", "'ve", "’ve"})
    passive = form == "ed" and bool(words & (BE_FORMS | {"get", "got", "gets"}))
    if form == "ed" and body[mt.end:mt.end + 4] == " by ":
        passive = True  # reduced relative: "MPs sanctioned by Beijing"
    coordinated = bool(left) and left[-1] in _COORDINATORS
    listed = len(left) > 1 and left[-1] == "," and _is_participle(left[-2])
    if form == "ed" and not chain and (coordinated or listed) and _takes_object(mt) and not _object_follows(body, mt) \
            and _passive_before(_prev_words(body, sent_start, mt.start, 7)[:-1]):
        # "was overthrown and killed", "was pilloried, mocked": a participle in a row shares the first one's voice
        passive = True
    if mt.lemma == "accuse" and form == "ed" and not chain and body[mt.end:mt.end + 4] == " of ":
        passive = True  # "Biden accused of ...": whoever accuses names the accused before "of"
    finite = (form in ("s", "ed") or (bool(words - {"to"}) and form != "ing")
              or (form == "ing" and bool(words & BE_FORMS)))
    ly_only = all((w.endswith("ly") and w not in _AUX) or w in _ORDINAL_MODIFIERS for w in chain)
    if form == "ed" and ly_only and len(left) > len(chain) and left[-len(chain) - 1] in _DETERMINERS:
        # an adjective: "the newly elected Speaker", "a banned group", "the first confirmed cases" — it
        # happened, no telling when
        mt.adjectival = True
        return "occurred", True, False
    after_comma = bool(left) and left[-1] == ","
    if form == "ed" and not chain and left and (left[-1].isalpha() or (after_comma and _takes_object(mt))) \
            and left[-1] not in _SUBJECT_PRONOUNS and not prev_is_person \
            and (not coordinated or (prev is not None and prev.reduced)):
        # "MPs sanctioned to Beijing", "Kim, detained in 2015": a participle after a noun, or a verb that
        # needs an object after a comma ("Cohen, pleaded guilty" is Cohen's own act), followed by no
        # object. After "and" only when the verb before was one too: "detained in 2015 and sentenced in
        # 2016", not "Manafort pleaded guilty on Friday and agreed to cooperate".
        # "the woman charged with fraud": the trigger's own preposition; "the soldier convicted of leaking":
        # a judgment "of" something is passive (the active names its object first: "convicted him of")
        nxt = _words(body[mt.end:mt.end + 12])[:1]
        if _words(mt.text)[-1] == "with":
            nxt = ["with"]
        if nxt and (nxt[0] in (_REDUCED_AFTER_COMMA if after_comma else _REDUCED_NEXT) or (
                nxt[0] in ("of", "with") and mt.event_type == "legal_action")):
            passive = True
            finite, reduced = False, True  # a participle, not a report of the event
            mt.reduced = True
    clause = _words(body[max(sent_start, prev_trigger_end, mt.start - 60):mt.start])
    cut = max((i for i, w in enumerate(clause) if w in (",", ";", ":")), default=-1)
    # "until he announced his resignation Friday": a past verb after "until" happened
    past = form == "ed" and not (words | set(left[-1:])) & (PRESENT_BE | _MODALS | {"be", "been", "get", "gets"})
    conditions = {"if", "unless", "whether"} | (set() if past else {"until"})
    conditional = bool(set(clause[cut + 1:]) & conditions) or _inverted_condition(
        clause[cut + 1:])
    if words & _VERB_NEGATORS and _UNTIL_AFTER_RE.match(body, mt.end):
        words -= _VERB_NEGATORS  # "the troops did not arrive in Sicily until the night of Sept. 12": they did
    if words & _VERB_NEGATORS or words & _GOVERNORS_NEGATED or (
            form == "ing" and left[-1:] == ["from"] and len(left) > 1 and left[-2] in _PREVENTED) or (
            form == "ing" and left[-1:] == ["against"]):
        # "blocked from traveling to the United States", "voted against impeaching Trump", "arguing against
        # declaring an emergency"
        return "negated", passive, finite
    if form == "base" and _demanded_that(left):
        return "possible", passive, finite  # "has suggested that Donald Trump step down"
    if form == "base" and not chain and left[-1:] in (["he"], ["she"]) and (left[-2:-1] or [""])[0] not in _AUX:
        return "possible", passive, finite  # a subjunctive: "requesting that he testify", "demanded she resign"
    modal = words & {"may", "might", "could", "should", "must", "can"}
    if conditional or modal or words & _GOVERNORS_POSSIBLE:  # "could meet", "hopes to", "if he's elected"
        return "possible", passive, finite
    if form == "s" and not chain and set(clause[cut + 1:]) & _TIME_CONJUNCTIONS and _has_subject_before(
            _WORD_RE.findall(body, max(sent_start, prev_trigger_end, mt.start - 60), mt.start)[cut + 1:]) \
            and _words(body[mt.end:mt.end + 12])[:1] not in (["were"], ["are"], ["have"]):
        # "would be released after the president declares an emergency", "will raise it when he meets Xi",
        # "whenever he visits": a present verb in a clause of time is still to come or happens whenever it
        # does, as the main clause says; with a main verb in the present it may be a caption's narrative
        sentence = set(_words(body[sent_start:mt.start]))
        if sentence & {"would", "could", "might", "may", "should", "can", "must"} or "whenever" in sentence:
            return "possible", passive, finite
        if sentence & {"will", "'ll", "’ll", "shall"}:
            return "planned", passive, finite
    if "would" in words:
        said_before = bool(set(_words(body[sent_start:mt.start])) & _SAY_WORDS)
        return ("planned" if said_before else "possible"), passive, finite
    if words & {"will", "shall", "'ll", "’ll", "going"} or words & _GOVERNORS_PLANNED:
        return "planned", passive, finite
    if "to" in words and words & BE_FORMS and form == "base":
        return "planned", passive, finite  # "is to visit"
    if "to" in words and form == "base":
        if words == {"to"} and (going := _done_by_going(body, mt, sent_start)) >= 0:
            mt.purpose_of = going
            return "occurred", passive, True  # "walked out of class to protest", "held a news conference to announce"
        return "planned", passive, False  # purpose or intent: "flew to Beijing to meet Xi"
    if form == "ing":
        if words & PRESENT_BE:
            return "ongoing", passive, True
        return "occurred", passive, bool(words & BE_FORMS)
    return "occurred", passive, finite or (form in ("base", "s", "ed") and not reduced)


# A name before these nouns may be either side or only the cause: "the Mueller indictment" (he brought it),
# "the Flynn indictment" (he faces it), "the George Floyd protests" (over his killing).
_CAUSE_MODIFIED = frozenset({"legal_action", "protest"})
# Words that may open a sentence before its fronted participle: "But after touring ..., X said".
_FRONTED_LEADS = frozenset("but and yet so after before while since upon when".split())


def _participants(doc: _Doc, mt: _Mention, passive: bool, nominal: bool, sent_start: int,
                  sent_end: int, next_trigger: int, prev_trigger_end: int) -> dict[int, str]:
    body = doc.body
    et = mt.event_type
    out: dict[int, str] = {}

    def add(person: int, role: str) -> None:
        # the first role found wins, but a specific role beats co-participant
        if person not in out or out[person] == "co-participant":
            out[person] = role

    clause_lo = sent_start
    semi = max(body.rfind(";", sent_start, mt.start), body.rfind(":", sent_start, mt.start))
    if semi >= 0:
        clause_lo = semi + 1
    # Left side: obliques, then the subject (nearest name not governed by a preposition).
    subject_found = False
    role_subj = _agent_role(et)
    left = doc.mentions_between(clause_lo, mt.start)
    if mt.adjectival:
        left = []  # "for the newly elected Congress": the participle modifies a noun; no subject on the left
    if _reduced_ing_relative(doc, mt, clause_lo, nominal):
        left = []  # "the women accusing him": the noun before the participle is its agent, not a name further left
    # "Jane Doe, who leads the party, met John Roe": the clause between subject and verb is skipped
    inner = _interposed_clause(doc, clause_lo, mt.start)
    if inner is not None:
        left = [m for m in left if not (inner[0] <= m[0] and m[1] <= inner[1])]
        prev_trigger_end = min(prev_trigger_end, inner[0])
    last_subject_start: int | None = None
    comma_participle = mt.form == "ing" and not nominal and body[clause_lo:mt.start].rstrip().endswith(",")

    def gap_text(m: tuple[int, int, int, str]) -> str:
        end = mt.purpose_of if m[1] <= mt.purpose_of else mt.start  # to "went" of "went after X to urge"
        if inner is not None and m[1] <= inner[0]:
            return body[m[1]:inner[0]] + " " + body[inner[1]:end]
        return body[m[1]:end]

    for m in reversed(left):
        if doc.in_quote(m[0], m[1]):
            continue
        # words only: quotation marks and commas inside the gap do not make it longer
        gap = gap_text(m)
        gap_words = [w for w in _words(gap) if w[0].isalnum()]
        if nominal and not subject_found and set(gap_words) <= {"campaign"} and m[3][:1].isupper() and \
                et not in _CAUSE_MODIFIED and not _is_possessive(body, m) and _after_article(body, clause_lo, m[0]):
            # "a Trump attack", "the Kavanaugh nomination", "a Clinton campaign rally": the name is the
            # noun's owner, as "Trump's attack" would be
            patient = (et in _PATIENT_POSSESSOR and mt.lemma not in _AGENT_POSSESSOR_LEMMAS) or (
                mt.lemma in _VICTIM_NOUNS)
            add(m[2], _patient_role(et) if patient else _agent_role(et))
            subject_found = True
            break
        if nominal and not subject_found and _is_possessive(body, m) and len(gap_words) <= 4:
            # "on his possible trip", "Rishi Sunak's trip": the possessor, whatever governs the phrase;
            # but not "her aides about the attack", where the possessive belongs to another noun
            if not set(gap_words) & (_CLAUSE_BREAK_WORDS | _PREPOSITIONS) and m[1] >= prev_trigger_end:
                patient = (et in _PATIENT_POSSESSOR and mt.lemma not in _AGENT_POSSESSOR_LEMMAS) or (
                    mt.lemma in _VICTIM_NOUNS)
                add(m[2], _patient_role(et) if patient else _agent_role(et))
                # "Responding to Trump's tweet, the minister ...": the possessor, not the main subject
                subject_found = True
            break
        prep = _preposition_before(body, m[0], clause_lo)
        if prep is not None and not subject_found and _relative_clause_gap(_words(gap)):
            prep = None  # "the case of Breonna Taylor, who was killed": the antecedent is the subject
        if prep == "for" and not subject_found and not nominal and _FOR_TO_RE.fullmatch(body, m[1], mt.start):
            prep = None  # "Wood arranged for Kramer to meet Steele": the subject of the infinitive
        if prep is not None:
            if subject_found:
                break  # obliques count only between the subject and the trigger
            if _is_possessive(body, m):
                continue  # "prosecutors on Mueller's team accused Manafort": the owner of the noun
            role = _oblique_role(prep, et)
            # an oblique on the left counts only inside the trigger's own phrase ("alongside X at a ..."),
            # not across a relative clause ("a critic of Devin Nunes and Republicans who accused the FBI")
            if role and "," not in gap and m[1] >= prev_trigger_end and not set(gap_words) & _RELATIVE_OPENERS:
                add(m[2], role)
            continue
        if subject_found and not nominal and (_takes_object(mt) or mt.lemma in ("meet", "visit")) and (
                (whom := _words(body[m[1]:mt.start]))[:2] == [",", "whom"] and len(whom) <= 6):
            add(m[2], _patient_role(et))  # "married Bill Clinton, whom she met at Yale": the antecedent is the object
            break
        if not subject_found and not nominal and not passive and (whom := _WHOM_RE.match(body, m[1])) and (
                "," not in body[whom.end():mt.start]):
            # "the attorney general, whom he has publicly mocked": the antecedent is the object, whoever "he" is
            add(m[2], _patient_role(et))
            break
        if subject_found:
            # coordinated subjects: "Mr X and Mr Y met", "he and first lady Melania Trump hosted"
            gap = body[m[1]:last_subject_start].strip() if last_subject_start else ""
            if gap.lower() in ("and", ",", ", and") or (gap.startswith("and ") and _gap_is_titles(gap[4:])):
                add(m[2], role_subj)
                last_subject_start = m[0]
                continue
            break
        if _is_possessive(body, m):
            if m[3].lower() in _POSSESSIVE_PRONOUNS and body[max(clause_lo, m[0] - 5):m[0]].endswith(" and ") \
                    and all(w.isalpha() for w in gap_words) and len(gap_words) <= 3:
                continue  # "John Kerry and his Russian counterpart announced": Kerry is one of the subjects
            break  # "China's ministry accused ...": the subject is the possessed noun, not a person
        if m[1] < prev_trigger_end:
            break
        if m[0] > mt.purpose_of >= 0:
            continue  # "Stewart went after McConnell to urge him": McConnell is the object of "went after"
        if not nominal and _is_verb_object(body, m[0], clause_lo) and not (
                _FOR_TO_RE.fullmatch(body, m[1], mt.start) and _object_controller(body, m[1], clause_lo)) and not (
                _relative_clause_gap(_words(gap))) and not _OBJECT_GERUND_RE.fullmatch(body, m[1], mt.start):
            # "Trump fired Jeff Sessions and appointed X": Sessions is the object of "fired"; but "forced
            # Richard Nixon to resign" (Nixon resigns), "praised Roe, who in 1821 declared" (Roe declared),
            # "ripped Sen. Mitt Romney for tweeting", "accused Rosenstein of failing to appoint" (they did)
            continue
        if mt.reduced and len(gap_words) > 1 and not _APPOSITIVE_GAP_RE.fullmatch(gap):
            # "two Iraqi men indicted in 2011": only a name right before the participle is its patient, or
            # one with its appositive ("Jarrod Ramos, the man charged with")
            break
        if nominal and et == "meeting" and not out and _MEETING_GAP_RE.fullmatch(gap) and _verb_before_name(
                body, m[0], clause_lo) in _GREETING_VERBS:
            # a caption: "Clinton greets Russian Prime Minister Vladimir Putin during a meeting": the subject
            # and whom it greets there take part
            add(m[2], "co-participant")
            greeter = [g for g in doc.mentions_between(clause_lo, m[0]) if g[1] < m[0] - 8
                       and _preposition_before(body, g[0], clause_lo) is None and not _is_possessive(body, g)]
            if greeter:
                add(greeter[-1][2], "co-participant")
            break
        if nominal and et in ("statement", "rally", "visit", "meeting") and len(gap_words) <= 10 and \
                _AT_EVENT_RE.search(gap) and not set(gap_words) & _CLAUSE_BREAK_WORDS - _SAY_WORDS and \
                _speaks_there(body, m, mt, sent_end):
            # "Trump said at a press conference", "Pelosi took the opposite path during a press conference",
            # "Trump shakes hands with Kim during a meeting": the subject spoke (or met) there
            add(m[2], _agent_role(et))
            subject_found = True
            last_subject_start = m[0]
            continue
        if gap_words and gap_words[0] in _GROUP_NOUNS and gap[:1] == " ":
            break  # "Clinton officials blame ...", "the Trump campaign declared": the name modifies the subject
        if not nominal and not passive and mt.form in ("ed", "s") and (
                noun_subject := _NOUN_SUBJECT_AFTER_COMMA_RE.search(gap)) and sum(
                w.isalpha() for w in _words(gap[:noun_subject.start()])) >= 2:
            # "Just as Obama was on the campaign trail, ..., jihadists killed", "Tebow will appear on stage, the
            # campaign confirmed": the noun is the subject; not an appositive ("Ramos, the man charged with")
            break
        relative = _relative_clause_gap(_words(gap))
        # a participle after a comma belongs to the clause's subject however long the clause: "Obama on
        # Wednesday made the case for Congress to authorize the use of force against ISIS, declaring"
        max_gap = 40 if comma_participle else 14
        breaks = set(gap_words) & _CLAUSE_BREAK_WORDS
        if breaks == {"but"} and not nominal and _opens_clause(body, clause_lo, m[0]) and all(
                w in _AUX or w in _ADVERBS or w.endswith("ly") for w in gap_words[gap_words.index("but") + 1:]) \
                and gap_words[gap_words.index("but") - 1] not in _BUT_AS_EXCEPT:
            breaks = set()  # "Porter denied the allegations but resigned": the verbs share the subject
        if not relative and (breaks or len(gap_words) > max_gap):
            break
        role_subj = _patient_role(et) if passive else _agent_role(et)
        if nominal and et in _QUOTE_TYPES and _NAME_IN_A_RE.fullmatch(body, m[1], mt.start):
            add(m[2], "source")  # "Trump, in a tweet on Wednesday, faulted ...": the tweet is his
            subject_found = True
            last_subject_start = m[0]
            continue
        if nominal and not relative:
            # The subject of a verb is the noun's participant only through a support verb:
            # "X held talks", "X paid a visit", "X faced criticism" (then X is the target).
            support = _support_role(gap_words, et)
            if support is None or len(gap_words) > 8:
                break
            role_subj = support
        add(m[2], role_subj)
        subject_found = True
        last_subject_start = m[0]
    # A sentence-initial participial phrase takes the main clause's subject: "Speaking alongside X at
    # a press conference ..., Mr Cleverly reiterated ..."; so does "During / At the summit, X ...".
    if not subject_found:
        first = body[sent_start:mt.start].lstrip("“\"' ")
        # "After finally declaring an emergency on January 30, Tedros continued": an adverb may come between
        led = mt.form == "ing" and bool(first) and _words(first)[0] in _FRONTED_LEADS and all(
            w in _FRONTED_LEADS or (w.endswith("ly") and w.isalpha()) for w in _words(first))
        head = first.split(" ", 1)[0] if first else mt.text
        comma = body.find(",", mt.end, sent_end)
        # "Speaking alongside X, ...", "But after touring the border on Wednesday, Sens. Schumer and Bennet said"
        fronted = (head.endswith("ing") and head[:1].isupper()) or led or (
            head in ("During", "At") and et in ("meeting", "visit")) or (
            head in ("During", "At", "In") and et == "statement")  # "In a press conference May 6, Cuomo said"
        if fronted and comma >= 0 and "," not in body[sent_start:mt.start]:
            for m in doc.mentions_between(comma, min(sent_end, comma + 60)):
                if _preposition_before(body, m[0], comma) is None and not _is_possessive(body, m):
                    add(m[2], _agent_role(et))
                    subject_found = True
                    break
    # Right side: the object right after a verb, and obliques, up to the clause's end.
    hi = min(sent_end, next_trigger)
    for stop in (";", ":"):
        k = body.find(stop, mt.end, hi)
        if k >= 0:
            hi = k
    object_done = nominal or passive
    right = doc.mentions_between(mt.end, hi)
    oblique_from = mt.end  # where the trigger's obliques start: after "the meeting Trump had"
    owned_title = -1  # index of the person a possessive before the object introduces
    own_prep = mt.text.rsplit(" ", 1)[-1].lower() if " " in mt.text else ""  # "charges against", "called for"
    for k, m in enumerate(right):
        if doc.in_quote(m[0], m[1]):
            continue
        between = body[mt.end:m[0]]
        if "," in between and not between.rstrip().endswith((", and", ",")):
            # past a comma only obliques right after it belong to this clause
            if m[0] - mt.end > 80:
                break
        prep = _preposition_before(body, m[0], mt.end, second_name=True)
        in_trigger = prep is None and own_prep in _PREPOSITIONS and k == 0 and _gap_is_titles(between) and bool(
            _oblique_role(own_prep, et))
        if in_trigger:
            prep = own_prep  # "impeachment charges against President Richard Nixon": the trigger ends in it
        if prep is not None and not nominal and body[max(0, m[0] - 5):m[0]].endswith("and ") \
                and _verb_follows(body, m[1]):
            prep = None  # "met with Obama and Biden said": the second name opens a clause of its own
        if prep is not None and _is_possessive(body, m):
            continue  # "a visit to his Orlando headquarters", "criticism from Trump's allies": the owner of the noun
        if prep is not None:
            role = _oblique_role(prep, et)
            # "with/alongside/by X" may come late in the clause; "on/to/of/against X" hang on the trigger
            if passive and prep != "by" and not (prep == "on" and mt.lemma == "blame"):
                continue  # "MPs sanctioned to Beijing with him": a passive takes only its by-agent ("blamed on X" X)
            if prep in ("with", "alongside", "by", "between"):
                # ... but not inside a clause of its own: "tweeted that McCabe's firing by Sessions was"
                near = m[0] - mt.end <= 100 and not set(_words(body[oblique_from:m[0]])) & _RIGHT_CLAUSE_OPENERS
            else:  # the preposition must follow the trigger directly: "sanctions on X", "visit to X"
                near = in_trigger or (_words(body[oblique_from:m[0]]) or [""])[0] == prep
            if role and near:
                add(m[2], role)
            continue
        if not object_done and not subject_found and not between.strip() and \
                body[max(sent_start, mt.start - 3):mt.start].rstrip().endswith(("”", '"', "’")):
            # inversion after a quotation: '"...," declared Terry O'Neil'
            add(m[2], _agent_role(et))
            subject_found = object_done = True
            continue
        if passive and not subject_found and not out and len(between) <= 30 and _gap_is_titles(between):
            add(m[2], _patient_role(et))  # "the newly elected Speaker Nancy Pelosi"
            subject_found = True
            continue
        if not object_done and _is_possessive(body, m):
            if k + 1 < len(right) and not _words(body[mt.end:m[0]]) and _owned_title(body, m[1], right[k + 1]):
                # "berated his campaign manager, Brad Parscale", "killed his brother Tamerlan": the object is
                # the person named (or the role, when the people step made it a mention)
                owned_title = k + 1
                continue
            object_done = True  # "announced his retirement": the object is the noun, not "his"
            continue
        if nominal and not out and _words(between) in ([], ["that"]) and (
                support := _SUPPORT_PAST_RE.match(body, m[1])):
            # "the meeting Trump had with Lavrov", "the call Trump made to Zelensky", not "After the meeting
            # Trump had lunch": the obliques after the support verb are the noun's
            add(m[2], _agent_role(et))
            oblique_from = support.end(1)
            continue
        if not object_done and body[m[0]:m[1]].lower() in _NOMINATIVE_PRONOUNS:
            break  # "ruled he posed a flight risk": the subject of a clause of its own, not an object
        if not object_done and (owned_title == k or (
                len(between) <= 60 and "," not in between and _gap_is_titles(between))):
            add(m[2], _patient_role(et))
            object_done = True
            # coordinated objects: "met X and Y"
            continue
        if object_done and body[max(0, m[0] - 8):m[0]].rstrip().lower().endswith(" and") and not nominal:
            continue
        break
    if et == "meeting" and not any(r == "co-participant" for r in out.values()) and \
            _THE_TWO_RE.search(body, max(clause_lo, mt.start - 40), mt.start):
        # "the two met last month", "the two leaders discussed": the last two people named before, in this
        # sentence or the one before it
        before = doc.sent_starts[max(0, doc.sentence_of(sent_start) - 1)]
        named: list[int] = []
        for g in reversed(doc.mentions_between(before, mt.start)):
            if g[2] not in named:
                named.append(g[2])
        if len(named) >= 2:
            for p in named[:2]:
                add(p, "co-participant")
    return out


# "the two", "both men", "the two leaders" as a meeting's subject: two people named just before.
_THE_TWO_RE = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)(?:\s+(?:men|women|leaders|presidents|sides|politicians|"
                         r"senators|officials|candidates))?\s+(?:(?:have|had|will|would|also|then|later|first|"
                         r"last|briefly|reportedly)\s+)*\Z")


def _verb_before_name(body: str, pos: int, floor: int) -> str:
    """The lower-case word before a name and its titles: "greets Russian Prime Minister Vladimir Putin" →
    "greets"."""
    words = _WORD_RE.findall(body, max(floor, pos - 60), pos)
    i = _name_start(words)
    return words[i - 1] if i else ""


def _verb_follows(body: str, pos: int) -> bool:
    """Whether a verb comes right after ``pos`` (the end of a name): "Biden said", "Biden has", "Biden
    criticized"."""
    nxt = _words(body[pos:pos + 20])[:1]
    return bool(nxt) and (nxt[0] in _SAY_WORDS or nxt[0] in _MODALS or nxt[0] in BE_FORMS or nxt[0] in HAVE_FORMS
                          or nxt[0] in _IRREGULAR_PAST or (nxt[0].endswith("ed") and len(nxt[0]) > 4))


_RELATIVE_OPENERS = frozenset("who whom whose which".split())
# A caption's verb before whom a subject meets: "greets Putin during a meeting", "welcomes Abe at their summit".
_GREETING_VERBS = frozenset("greets welcomes meets hosts receives embraces hugs thanks".split())
_MEETING_GAP_RE = re.compile(r"\s+(?:during|at|before|after|ahead\s+of)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+)?")
_FOR_TO_RE = re.compile(r"\s+to\s+")
# Between a verb's object and a gerund it does (or a verb after a gerund): "accused Flynn of lying", "ripped
# Romney for tweeting", "accused Rosenstein of failing to appoint"; not a passive ("of being attacked").
_OBJECT_GERUND_RE = re.compile(r"(?:,[^,;]{1,40},)?\s+(?:of|for)\s+(?:(?:not|never)\s+)?"
                               r"(?:(?!being\b)\w+ing\s+(?:to\s+)?)?")
# A statement noun that is where the subject spoke: "during a press conference", "at his weekly briefing".
_AT_EVENT_RE = re.compile(r"\b(?:at|during|in)\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}\Z")
# Between a name and a statement noun inserted after it: "Trump, in a tweet", "Romney, in his latest letter".
_NAME_IN_A_RE = re.compile(r"\s*,\s*in\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+)?")
# The first words of a phrase inserted between a subject and its verb ("Romney, in a statement, said").
_INSERTED_PHRASE_OPENERS = frozenset("in on at during after before according speaking".split())
_RIGHT_CLAUSE_OPENERS = _RELATIVE_OPENERS | frozenset("that when while because if after before".split())
_PARTICLES = frozenset("out up off down away back about around over".split())
_NOT_REDUCED_BEFORE = (_AUX | _ADVERBS | _SUBJECT_PRONOUNS | _DETERMINERS | _PREPOSITIONS | _CLAUSE_BREAK_WORDS
                       | _SUPPORT_VERBS | _GOVERNORS_PLANNED | _GOVERNORS_POSSIBLE | _GOVERNORS_NEGATED
                       | frozenset("and or nor but keep keeps kept stop stops stopped".split()))


def _reduced_ing_relative(doc: _Doc, mt: _Mention, lo: int, nominal: bool) -> bool:
    """True for a participle right after a common noun: "the women accusing him", "an order banning X"."""
    if mt.form != "ing" or mt.finite or nominal:
        return False
    before = list(_WORD_RE.finditer(doc.body, max(lo, mt.start - 50), mt.start))
    while len(before) > 1 and (adverb := before[-1].group()).endswith("ly") and adverb.islower() \
            and len(adverb) > 4:
        before.pop()  # "officials falsely alleging": the adverb belongs to the participle
    if not before:
        return False
    w = before[-1].group()
    if not w.isalpha() or not w.islower():
        return False
    if w in _NOT_REDUCED_BEFORE or w.endswith(("ed", "ly")) or w in _PARTICLES:
        return False  # "didn't rule out eventually traveling": a phrasal verb, not a noun
    return not doc.mentions_between(before[-1].start() - 2, mt.start)  # "saw him visiting": a person


def _interposed_clause(doc: _Doc, lo: int, trigger_start: int) -> tuple[int, int] | None:
    """Span of ", who/which/whose ... ," (or a dashed one) that ends right before the trigger, if any;
    also an apposition to a name: "Robert McDonnell, once a rising star ..., was indicted"."""
    body = doc.body
    lo = max(lo, trigger_start - 200)  # a longer interposed clause is rare; keep the search short
    close = max(body.rfind(",", lo, trigger_start), body.rfind("—", lo, trigger_start))
    if close < 0 or trigger_start - close > 40 or not all(
            w in _AUX or w in _ADVERBS for w in _words(body[close + 1:trigger_start])):
        return None
    mark = body[close]
    opening = body.rfind(mark, lo, close)
    if opening < 0:
        return None
    first = _words(body[opening + 1:opening + 12])[:1]
    if not first:
        return None
    if first[0] in _RELATIVE_OPENERS:
        return opening, close + 1
    before = doc.mentions_between(max(0, opening - 80), opening + 1)
    after_name = bool(before) and not body[before[-1][1]:opening].strip()
    if first[0] in _INSERTED_PHRASE_OPENERS and after_name:
        return opening, close + 1  # "Mitt Romney, in a statement released Friday, criticized the plan"
    if first[0] in ("a", "an", "the") and (_RELATIVE_OPENERS | {"that"}) & set(_words(body[opening + 1:close])):
        # an apposition holding a relative clause: "Crossroads GPS, a group that had spent $5 million to
        # weaken Ms. McCaskill, announced": whoever the clause names is not the subject
        return opening, close + 1
    # an apposition: the opening mark follows a name, and the inserted phrase names nobody but an owner
    # ("Jared Kushner, President Trump's son-in-law, criticized"; "Trump, Clinton, and Sanders were" is a
    # list, not an apposition)
    inside = doc.mentions_between(opening, close)
    owners = {m[2] for m in inside if _is_possessive(body, m)}  # "President Trump's": title and name
    if after_name and all(m[2] in owners for m in inside) \
            and not {"and", "or"} & set(_words(body[opening:close])[:2]):
        return opening, close + 1
    return None


def _location(doc: _Doc, mt: _Mention, sent_start: int, sent_end: int, next_trigger: int,
              people_spans: list[tuple[int, int]]) -> str | None:
    body = doc.body
    hi = min(sent_end, next_trigger, mt.end + 80)
    comma = _COMMA_RE.search(body, mt.end, hi)
    if comma is not None:
        hi = comma.start()  # a place after a comma belongs to the next phrase (not the one in "3,000")
    # on the left only a fronted place counts ("In London, the two met"): other "in X" phrases on the
    # left belong to other predicates ("wariness in the West over ...")
    fronted = min(mt.start, sent_start + 40)
    # "flew to Ottawa": the trigger swallowed the preposition, so start the search on it
    right_lo = mt.end - 2 if mt.text.lower().endswith(" to") else mt.end
    for lo, hi_, right in ((right_lo, hi, True), (sent_start, fronted, False)):
        for m in _PLACE_RE.finditer(body, lo, hi_):
            prep, place = m.group(1), m.group(2)
            if prep == "to" and mt.event_type not in ("visit", "deployment"):
                continue
            if not right and (prep != "in" or m.start() > sent_start + 3):
                continue
            first = place.split()[0].lower().strip(".")
            if first in MONTHS_AND_DAYS:
                continue
            if place.split()[-1] in _NOT_PLACE_HEADS:
                continue  # "agreed to in the Budget Control Act": a document or body, not a place
            follow = _WORD_RE.findall(body[m.end(2):m.end(2) + 20])[:1]
            if follow and follow[0][0].islower() and follow[0] not in _PLACE_FOLLOW:
                continue  # "at GOP charges": a capitalised modifier of a noun, not a place
            ps = m.start(2)
            if any(s < m.end(2) and ps < e for s, e in people_spans):
                continue  # a person ("to Mr Putin") is a participant, not a place
            if doc.in_quote(ps, m.end(2)):
                continue
            return _clean_place(place)
    if mt.event_type == "visit" and not mt.nominal:
        # "will visit Kyiv": the visited place is the verb's object
        m = _DIRECT_PLACE_RE.match(body, mt.end, hi)
        if m and m.group(1).split()[0].lower() not in MONTHS_AND_DAYS and not any(
                s < m.end(1) and m.start(1) < e for s, e in people_spans):
            return _clean_place(m.group(1))
    return None


_CAPITALISED_PREPOSITIONS = frozenset("On In At By For From To With After Before".split())


def _clean_place(place: str) -> str | None:
    """A place name without a trailing weekday or possessive: "White House Monday" → "White House"."""
    words = place.rstrip(".").removesuffix("’s").removesuffix("'s").split()
    while words and (words[-1].lower().rstrip(".") in MONTHS_AND_DAYS or words[-1] in _CAPITALISED_PREPOSITIONS):
        words.pop()  # "in the U.S. On April 19": a new sentence's first word is no part of the place
    return " ".join(words) or None


def _te_choice(doc: _Doc, mt: _Mention, sent_start: int, sent_end: int, trigger_starts: list[int],
               verbal_starts: list[int], rel_spans: list[tuple[int, int]]) -> int | None:
    """The time expression dating this trigger: the nearest acceptable one in its sentence."""
    best: tuple[int, int] | None = None
    body = doc.body
    lo_i = bisect.bisect_left(doc.te_starts, sent_start)
    # "X, who ... in 2016, unveiled", "X, a volunteer who shot Y in 2012, was acquitted": the clause's date;
    # but "X, on Monday, met" and "X, speaking at an event this week, mocked" date the verb
    inner = _interposed_clause(doc, sent_start, mt.start)
    if inner is not None and (_words(body[inner[0] + 1:inner[0] + 16])[:1] or [""])[0] not in (
            _RELATIVE_OPENERS | _DETERMINERS):
        inner = None
    relative_clauses = [m.span() for m in _RELATIVE_CLAUSE_RE.finditer(body, sent_start, mt.start)]
    for i in doc.te_order[lo_i:bisect.bisect_left(doc.te_starts, sent_end)]:
        te = doc.tes[i]
        if te.end > sent_end:
            continue
        lo, hi = (te.end, mt.start) if te.end <= mt.start else (mt.end, te.start)
        if hi < lo:
            continue  # overlapping the trigger
        dist = hi - lo
        # A fronted "Yesterday, ..." dates the whole sentence.
        fronted = te.start - sent_start <= 3 and body[te.end:te.end + 1] == ","
        if te.end <= mt.start and not mt.nominal and not fronted and (gap := _words(body[lo:hi])) and \
                gap[-1] in _COORDINATORS:
            # "passed in 2010 and upheld by the court last year": a date before "and" is the first verb's;
            # the second takes it only when it has none of its own ("pleaded guilty on Friday and agreed")
            dist += 60
        if dist > 150 or (best is not None and dist >= best[0]):
            continue  # cheap tests first: only a nearer candidate can win
        calendar = bool(_CAL_VALUE_RE.match(te.value))
        if not calendar and (te.value not in _REFS or dist > 12):
            # durations, sets and times of day never date an event; a vague reference ("recently
            # announced") only right at the trigger
            continue
        first = _words(te.text)[:1]
        before = _words(body[max(sent_start, te.start - 12):te.start])[-1:]
        if (first and first[0] in _BOUNDARY_WORDS) or (before and before[0] in _BOUNDARY_WORDS):
            continue
        if body[te.end:te.end + 2] in ("'s", "’s") and not (
                mt.start >= te.end and len(_words(body[te.end + 2:mt.start])) <= 3):
            continue  # "at this year's conference" dates the conference, not the trigger after it
        if inner is not None and inner[0] <= te.start and te.end <= inner[1]:
            continue
        if te.end <= mt.start and _dates_the_saying(body, te, mt, sent_start):
            continue  # "said Tuesday she would vote to acquit", "told reporters Monday": the saying's date
        if te.end <= mt.start and _AHEAD_OF_RE.search(body, te.end, mt.start):
            continue  # "holding for a second day Wednesday, ahead of negotiations": the holding's day
        if te.end <= mt.start and _that_clause_between(body, te, mt.start, sent_start):
            continue  # "told the AP on Sunday that he visited relatives": the telling's date, not the visit's
        if te.start >= mt.end and _gerund_between(body[mt.end:te.start]):
            continue  # "pleaded guilty to lying to the FBI ... during the 2016 campaign": the lying's date
        if te.end <= mt.start and any(s <= te.start and te.end <= e for s, e in relative_clauses):
            continue  # "Rand Paul, who is staffing up for a 2016 bid, took the opportunity to slam": the clause's
        if any(s <= te.start < e or s < te.end <= e for s, e in rel_spans):
            continue  # "a day after" is an offset to another event, not this event's date
        if any(lo <= s and e <= hi for s, e in rel_spans):
            continue  # "on Tuesday, two days after X met Y": the date is the anchor's, not X-Y's
        if doc.in_quote(te.start, te.end):
            continue
        if mt.status in _UNREAL and _in_dateline(body, te, sent_start):
            # "BRASILIA, June 2 - Brazil's plan should enable it to renew negotiations": the report's date,
            # which dates only what the lead says happened ("AMSTERDAM, March 6 - The central bank announced")
            continue
        if te.start >= mt.end and _modifies_noun_trigger(body, te, trigger_starts, verbal_starts):
            continue  # "agreed to cooperate ... in the 2016 election": the election's date
        if te.start >= mt.end and before and _possessor(before[0]) and _PREMODIFIER_NEXT_RE.match(body, te.end):
            continue  # "announced his 2016 presidential bid": the bid's year, not the announcement's
        if _year_modifies_a_noun(body, te) and not _year_of_the_trigger(body, te, mt):
            # "Trump's 2016 campaign chairman was indicted", "other 2016 hopefuls attacked": the noun's year;
            # but "the 2016 Republican presidential nomination", "a 1982 Buenos Aires protest", "the 2013 police
            # shooting", "a 2017 law banning" the trigger's own
            continue
        if mt.reduced and te.end <= mt.start:
            continue  # "said Wednesday ... schoolgirls kidnapped by": the date before belongs to the main verb
        # Another event between them claims the date; a fronted date is the main clause's, so then only
        # verbs block ("Yesterday, at this year's summit, she unveiled ...").
        blockers = verbal_starts if fronted else trigger_starts
        k = bisect.bisect_left(blockers, lo)
        if k < len(blockers) and blockers[k] < hi:
            continue
        # A reporting verb or a subordinate clause between them: the date belongs to another predicate
        # ("said on Friday that X met Y", "X met Y on Monday, after Z ..."); "when" ties the two instead.
        gap = _words(body[lo:hi])
        between = set(gap)
        if ";" in between or between & _REPORT_BLOCK or (not fronted and between & _CLAUSE_BLOCK):
            continue
        if between & _FOLLOW_WORDS:
            if not (te.start >= mt.end and ((gap[-1:] and gap[-1] in _FOLLOW_WORDS) or (
                    len(gap) > 1 and gap[-2] in _FOLLOW_WORDS and gap[-1] in _PREPOSITIONS))):
                continue
        if te.start >= mt.end and "that" in between and mt.event_type in _QUOTE_TYPES:
            continue  # "announced that the vote will be held on August 13": the content's date
        if te.start >= mt.end and not mt.nominal and _another_verb_first(gap):
            continue  # "after he was accused of misconduct, headlined an event this week"; "a memo he released Feb. 2"
        best = (dist, i)
    return best[1] if best else None


def _dates_the_saying(body: str, te: TimeExpression, mt: _Mention, sent_start: int) -> bool:
    """Whether a date before the trigger is a reporting verb's own ("said Tuesday she would vote to
    acquit", "told reporters Monday that he met", "said on Friday ... that"): the report's day, not the
    reported event's. Not when the event is where or while it was said ("said Monday at a news
    conference", "said Tuesday ... as he unveiled"), nor "said Thursday ..., and she called on": a main
    clause of its own shares the day."""
    before = _words(body[max(sent_start, te.start - 30):te.start])
    if before[-1:] == ["on"]:
        before = before[:-1]
    if not (before[-1:] and before[-1] in _REPORT_BLOCK) and not (
            len(before) > 1 and before[-2] in ("told", "tells") and before[-1].isalpha()):
        return False
    gap = _words(body[te.end:mt.start])
    if mt.nominal and gap[:1] and gap[0] in ("at", "during", "in", "on") and len(gap) <= 4:
        return False  # "said Monday at a news conference", "told KTVU late Monday at a rally": where it was said
    if set(gap) & _WHILE_WORDS:
        return False  # "said Tuesday night ... as he unveiled Judge Gorsuch": at the same time
    return not _shares_the_date(gap)


def _shares_the_date(gap: list[str]) -> bool:
    """Whether the words between a telling's date and a trigger leave the date to the trigger too: the
    present perfect tells the day's news ("said Monday the two countries have reached a deal", "confirmed on
    Monday that she has resigned"), and "and she" opens a main clause of its own ("said Thursday ..., and
    she called on women")."""
    return bool(set(gap[-4:]) & _PERFECT_AUX) or any(
        w == "and" and nxt in _NOMINATIVE_PRONOUNS for w, nxt in itertools.pairwise(gap))


_WHILE_WORDS = frozenset("as while when".split())
_PERFECT_AUX = frozenset({"has", "have", "'ve", "’ve"})
# A wire dateline: "MADRID, March 4 -", "WASHINGTON, Oct. 3 (Reuters) -".
_DATELINE_BEFORE_RE = re.compile(r"[A-Z][A-Z.'’ -]*(?:,\s*[A-Z][\w.'’ -]*)?,\s*\Z")
_DATELINE_AFTER_RE = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?[-–—]")


def _in_dateline(body: str, te: TimeExpression, sent_start: int) -> bool:
    """Whether a date is a wire story's dateline, the report's date rather than an event's."""
    return te.start - sent_start <= 40 and bool(_DATELINE_BEFORE_RE.match(body, sent_start, te.start)) and bool(
        _DATELINE_AFTER_RE.match(body, te.end))


# "that" opening a clause with its own subject ("appeared on Thursday that the brothers had been planning"),
# unlike a relative "that" ("the bombing on Monday that killed 20"), whose verb follows at once.
_THAT_CLAUSE_RE = re.compile(r"\bthat\s+(?:(?:the|a|an|his|her|their|its|he|she|they|we|i|you)\b|[A-Z])")
_CLEFT_RE = re.compile(r"\b(?:was|is|were)\s+(?:on\s+|in\s+)?\Z")  # "It was on Monday that the two met"
_TIME_NOUN_THAT_RE = re.compile(
    r"\b(?:the|same)\s+(?:[\w-]+\s+)?(?:day|night|morning|evening|afternoon|week|month|year|time|moment)\b")


def _that_clause_between(body: str, te: TimeExpression, trigger_start: int, sent_start: int) -> bool:
    """Whether a clause of its own, opened by "that", separates a date from a later trigger: "told the AP
    on Sunday that he visited relatives", "it appeared, ... after the Thursday shootout, that the brothers
    had been planning attacks". Not a cleft ("It was on Monday that the two met"), a relative on a time noun
    ("on the same day last month that a court ruled"), nor a main clause after it ("said Thursday that
    ..., and she called on women")."""
    m = _THAT_CLAUSE_RE.search(body, te.end, trigger_start)
    if m is None or _CLEFT_RE.search(body, max(sent_start, te.start - 12), te.start):
        return False
    if _TIME_NOUN_THAT_RE.search(body, max(sent_start, te.start - 25), m.start()):
        return False
    return not _shares_the_date(_words(body[m.start():trigger_start]))


_GERUND_PREPOSITIONS = frozenset("to of for about over with".split())
# What follows a gerund's verb: its object or a preposition of its own ("lying to", "meeting Russians",
# "using a weapon"), unlike an -ing noun or adjective ("understanding on Feb. 9", "outgoing acting director").
_GERUND_NEXT = _DETERMINERS | _OBJECT_PRONOUNS | frozenset("to with about into up out".split())
_ING_NOUNS = frozenset("morning evening thing nothing something anything everything".split())


def _gerund_between(gap: str) -> bool:
    """Whether a preposition and a gerund come between a trigger and a later date (``gap``): "accused him
    of meeting Russians in 2016", "pleaded guilty to lying to the FBI ... during the campaign" date the
    gerund's act."""
    words = _WORD_RE.findall(gap)
    return any(w.lower() in _GERUND_PREPOSITIONS and len(ing) > 4 and ing.endswith("ing") and ing.islower()
               and ing not in _ING_NOUNS and (nxt.lower() in _GERUND_NEXT or nxt[:1].isupper())
               for w, ing, nxt in zip(words, words[1:], words[2:], strict=False))


def _another_verb_first(gap: list[str]) -> bool:
    """True when a past verb of its own comes between a verb trigger and a later date: after a comma (the
    main verb past an inserted clause) or after a subject pronoun ("criticizing Nunes over a memo he
    released Feb. 2"), or after "that" and a subject ("confirmed by the majorities that Ginsburg and
    Breyer received in the 1990s", "pleaded guilty to charges that he lied in 2016"). Not for noun
    triggers: there that verb tells when the noun happened ("the ban, imposed a week ago", "the sanctions
    Obama imposed in 2014")."""
    if any((w == "," or w in _NOMINATIVE_PRONOUNS) and _is_past(nxt) for w, nxt in itertools.pairwise(gap)):
        return True
    return any(w == "that" and _subject_word(gap[i + 1]) and any(_is_past(v) for v in gap[i + 2:i + 10])
               for i, w in enumerate(gap[:-2]))


def _subject_word(word: str) -> bool:
    """Whether a clause can start with this word as (part of) its subject: not a verb, auxiliary or adverb
    ("a package that was passed last week" relates the noun itself)."""
    return not (_is_past(word) or word in _AUX or word.endswith("ly") or word in _ADVERBS)


def _is_past(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PAST


def _is_participle(word: str) -> bool:
    return word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PAST


_YEAR_RE = re.compile(r"\d{4}")
_YEAR_OF_TRIGGER_RE = re.compile(r" (?:[\w.’'-]+ ){0,3}")
_YEAR_NOUN_RE = re.compile(r" ([A-Za-z][\w-]*)")
# Before a year, these make it a time of its own ("in 2016 campaign officials met ...").
_TEMPORAL_BEFORE = _PREPOSITIONS | _BOUNDARY_WORDS | frozenset("before after throughout until".split())


def _year_modifies_a_noun(body: str, te: TimeExpression) -> bool:
    """A bare year between a word that is no preposition and a noun is that noun's attribute ("Trump's 2016
    campaign chairman", "other 2016 hopefuls") and dates no event; "in 2016 officials met", "during the
    2016 campaign" are times."""
    if not _YEAR_RE.fullmatch(te.text):
        return False
    before = _words(body[max(0, te.start - 25):te.start])[-2:]
    if before[-1:] and before[-1] in _DETERMINERS:
        before = before[:-1]
    if before[-1:] and before[-1] in _TEMPORAL_BEFORE:
        return False
    nxt = _YEAR_NOUN_RE.match(body, te.end)
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    return not (word in _CLAUSE_BREAK_WORDS or word in _COORDINATORS or word in _PREPOSITIONS or word == "as"
                or word in MONTHS_AND_DAYS)


def _year_of_the_trigger(body: str, te: TimeExpression, mt: _Mention) -> bool:
    """Whether the noun a year modifies is the trigger itself, a few words on: a noun or -ing form ("the
    2016 Republican presidential nomination", "the 2013 police shooting") or a verb reading after a name
    ("a 1982 Buenos Aires protest")."""
    own = _YEAR_OF_TRIGGER_RE.fullmatch(body, te.end, mt.start)
    return own is not None and (mt.nominal or mt.form == "ing" or own.group().title() == own.group())


_PREMODIFIER_GAP_RE = re.compile(r" (?:[a-z]+ )?")
_PREMODIFIER_NEXT_RE = re.compile(r"[ -][A-Za-z]")  # a word follows: the date modifies a noun


def _modifies_noun_trigger(body: str, te: TimeExpression, trigger_starts: list[int], verbal_starts: list[int]) -> bool:
    """A date between a determiner and a noun trigger (at most one word between) is that noun's
    attribute: "the 2016 election", "the November presidential election", "two Palm Sunday attacks"."""
    k = bisect.bisect_right(trigger_starts, te.end)
    if k == len(trigger_starts):
        return False
    start = trigger_starts[k]
    v = bisect.bisect_left(verbal_starts, start)
    if v < len(verbal_starts) and verbal_starts[v] == start:
        return False  # a verb after the date: "on Friday met ..." is no attribute
    before = _words(body[max(0, te.start - 12):te.start])[-1:]
    gap = _PREMODIFIER_GAP_RE.fullmatch(body, te.end, start)
    return gap is not None and before != [] and (before[0] in _DETERMINERS or before[0] in _NUMBERS) and not (
        set(_words(gap.group())) & (_CLAUSE_BREAK_WORDS | _CLAUSE_BLOCK | _PREPOSITIONS | _COORDINATORS))


def _date_rank(precision: str | None) -> int:
    return {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5, "century": 6}.get(
        precision or "", 9)


def _to_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a in _REFS or b in _REFS:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    # a day inside a week: "2023-06-20" vs "2023-W25"
    for day, week in ((a, b), (b, a)):
        d = _to_date(day)
        if d and "-W" in week:
            y, w, _ = d.isocalendar()
            return week == f"{y}-W{w:02d}"
    return False


def _status_compatible(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"possible", "planned"}


def _shift(value: str, precision: str, n: int, unit: str) -> tuple[str, str] | None:
    """value moved by n units (negative = earlier); None when the precision cannot carry the shift."""
    if unit == "hours":
        return value, precision
    if precision == "day":
        d = _to_date(value)
        if d is None:
            return None
        if unit in ("day", "week"):
            return (d + timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"
        if unit == "month":
            m = d.year * 12 + d.month - 1 + n
            return f"{m // 12:04d}-{m % 12 + 1:02d}", "month"
        return f"{d.year + n:04d}", "year"
    if precision == "month" and unit in ("month", "year") and re.match(r"^\d{4}-\d{2}$", value):
        months = n if unit == "month" else 12 * n
        m = int(value[:4]) * 12 + int(value[5:7]) - 1 + months
        return f"{m // 12:04d}-{m % 12 + 1:02d}", "month"
    if precision == "year" and unit == "year" and value.isdigit():
        return f"{int(value) + n:04d}", "year"
    return None


# Winter straddles two years and writers disagree which one "2019-WI" is: never said to be after a date.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9}
_WEEK_RE = re.compile(r"(\d{4})-W(\d{2})(?:-WE)?")
_PART_OF_YEAR_RE = re.compile(r"(\d{4})-(SP|SU|FA|Q[1-4]|H[12])")


_CAPTION_END_RE = re.compile(r"Hide Caption \d+ of \d+")


def _in_caption(body: str, pos: int) -> bool:
    """Whether ``pos`` is inside a photo gallery's caption: "Hide Caption 12 of 14" closes it on the same
    line, with no other gallery label between."""
    line_end = body.find("\n", pos)
    m = _CAPTION_END_RE.search(body, pos, min(pos + 400, len(body) if line_end < 0 else line_end))
    return m is not None and "Photos:" not in body[pos:m.start()]


def _after_publication(value: str, published: date) -> bool:
    """Whether a date value begins after the publication day: "next week" (2019-W26), "this fall" (2012-FA)
    in an article of June, "next year"."""
    if value == "FUTURE_REF":
        return True
    d = _to_date(value)
    if d is not None:
        return d > published
    if re.match(r"^\d{4}-\d{2}$", value):
        return value > published.isoformat()[:7]
    if re.match(r"^\d{4}$", value):
        return int(value) > published.year
    if week := _WEEK_RE.fullmatch(value):
        try:
            return date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1) > published
        except ValueError:
            return False
    if part := _PART_OF_YEAR_RE.fullmatch(value):
        year, unit = int(part.group(1)), part.group(2)
        month = _SEASON_START.get(unit) or (3 * int(unit[1]) - 2 if unit[0] == "Q" else 6 * int(unit[1]) - 5)
        return date(year, month, 1) > published
    return False


_Found = tuple[re.Match[str], tuple[str, str, str], int]  # trigger match, (type, lemma, form), sentence
_Relation = tuple[int, int, int, str]  # (anchor mention, anchored mention, signed offset, unit)


def _find_triggers(doc: _Doc) -> list[_Found]:
    body = doc.body
    found: list[_Found] = []
    lowered = doc.lowered
    for m in _TRIGGER_RE.finditer(lowered):
        info = TRIGGERS.get(" ".join(m.group().split()))
        if info is None:
            continue
        s = doc.sentence_of(m.start())
        if not _keep_trigger(body, m, info, doc.sent_starts[s]):
            continue
        if not _sentence_keeps(body, info[1], info[2], m.start(), m.end(), doc.sent_starts[s], doc.sent_ends[s]):
            continue
        if doc.in_quote(m.start(), m.end()):
            continue
        found.append((m, info, s))
    # "signed the agreement", "negotiated a treaty": the noun is the verb's object, one mention of one
    # event; keeping both would split the event and let the noun steal the verb's date.
    # "hosted a campaign rally": the verb becomes the rally (see extract_events), the noun is its object.
    def object_of_verb(verb: _Found, noun: _Found) -> bool:
        if verb[1][2] == "noun" or verb[2] != noun[2]:
            return False
        if noun[1][2] == "noun" and verb[1][0] == noun[1][0]:
            return _object_gap(body[verb[0].end():noun[0].start()])
        rally = _HOSTED_RALLY_RE.match(body, verb[0].end()) if verb[1][1] == "host" and noun[1][0] == "rally" else None
        return rally is not None and rally.end() >= noun[0].end()

    return [f for k, f in enumerate(found) if not (k > 0 and object_of_verb(found[k - 1], f))]


def _word_hits(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of whole-word occurrences, found with str.find (far faster than a regex over the text)."""
    hits = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                hits.append((i, j))
            i = text.find(w, j)
    hits.sort()
    return hits


def _relative_links(doc: _Doc, found: list[_Found], trigger_starts: list[int]
                    ) -> tuple[list[tuple[int, int]], list[_Relation], set[int]]:
    """Spans of "a day after" offsets, the event pairs they link, and the mentions at their ends."""
    body = doc.body
    rel_spans: list[tuple[int, int]] = []
    relations: list[_Relation] = []
    relative_ends: set[int] = set()  # mentions dated relative to another event: never by publication
    # Find the rare "after"/"before" first (a plain scan of the lower-cased body), then read the offset in
    # the few words before it: much faster than running the offset patterns over whole sentences.
    low = doc.lowered
    with_triggers = {s for _, _, s in found}
    matches: list[tuple[re.Match[str], int]] = []
    for h_start, h_end in _word_hits(low, ("after", "before")):
        s = doc.sentence_of(h_start)
        if s not in with_triggers:
            continue
        ss = doc.sent_starts[s]
        lo = max(ss, h_start - 40)
        if lo > ss:
            lo = low.find(" ", lo, h_start) + 1 or h_start  # start the window on a word
        # "weeks after X": an offset of unknown size still keeps the date on its side away from X
        bare = _REL_BARE_END.search(low, lo, h_end)
        if bare:
            rel_spans.append((bare.start(), bare.end()))
        r = _REL_END.search(low, lo, h_end + 1)
        if r:
            matches.append((r, s))
    for r, s in matches:
        ss, se = doc.sent_starts[s], doc.sent_ends[s]
        before = [k for k, t in enumerate(trigger_starts) if ss <= t < r.start()]
        # the anchored event is the predicate right after "after": "a day after Mr Blinken met Xi"
        after = [k for k, t in enumerate(trigger_starts)
                 if r.end() <= t < min(se, r.end() + 60) and "," not in body[r.end():t]][:1]
        rel_spans.append((r.start(), r.end()))
        if not after:
            continue
        relative_ends.add(after[0])
        if not before and r.start() - ss <= 3:
            # "A day after X resigned, Y quit": the anchor is the main clause after the comma
            comma = body.find(",", trigger_starts[after[0]], se)
            before = [k for k, t in enumerate(trigger_starts) if comma >= 0 and comma < t < se][:1]
        if not before:
            continue
        relative_ends.add(before[-1])
        if r.group("hours"):
            n, unit = 0, "hours"
        elif r.group("theunit"):
            n, unit = 1, r.group("theunit").lower()
        else:
            num = r.group("n").lower()
            n = int(num) if num.isdigit() else _NUMBERS[num]
            unit = r.group("unit").lower().rstrip("s")
        # "A a day after B": B is n units before A.
        sign = -1 if r.group("dir").lower() == "after" else 1
        relations.append((before[-1], after[0], sign * n, unit))
    return rel_spans, relations, relative_ends


def extract_events(
    body: str,
    published: date,
    people: list[PersonEntity],
    quotes: list[Quote],
    time_expressions: list[TimeExpression],
) -> list[Event]:
    """Events of one article: one row per real event, linked to people, quotes and time expressions."""
    doc = _Doc(body, people, quotes, time_expressions)
    people_spans = [(m[0], m[1]) for m in doc.ment]

    # 1. Triggers, filtered for ambiguity and for being someone's quoted words; "a day after" links.
    found = _find_triggers(doc)
    if not found:
        return []
    trigger_starts = [m.start() for m, _, _ in found]
    rel_spans, relations, relative_ends = _relative_links(doc, found, trigger_starts)

    # 2. Local analysis of each trigger.
    mentions: list[_Mention] = []
    for k, (m, (et, lemma, form), s) in enumerate(found):
        ss, se = doc.sent_starts[s], doc.sent_ends[s]
        mt = _Mention(et, lemma, form, m.start(), m.end(), body[m.start():m.end()], s,
                      bisect.bisect_right(doc.para_starts, m.start()) - 1, index=k)
        next_trigger = trigger_starts[k + 1] if k + 1 < len(found) else len(body)
        prev_end = found[k - 1][0].end() if k > 0 and found[k - 1][2] == s else ss
        before = doc.mentions_between(max(ss, m.start() - 40), m.start())
        prev_is_person = bool(before) and not body[before[-1][1]:m.start()].strip() and not (
            lemma in _NOUN_READINGS and (_is_possessive(body, before[-1]) or _after_article(
                body, ss, before[-1][0])))  # "her tweet", "Doe's visit", "a Doe attack"
        prev = mentions[-1] if mentions and mentions[-1].sentence == s else None
        status, passive, finite = _status_and_voice(body, mt, ss, prev_end, prev_is_person, prev)
        nominal = mt.nominal  # decided there, from the words before the trigger
        mt.status, mt.finite, mt.passive = status, finite, passive
        # "the visit", "the Eurogroup meeting", "this week's talks": refers back to a known event
        prev3 = _prev_words(body, ss, m.start(), 3)
        mt.possessed = bool(_POSSESSIVE_PRONOUNS & set(prev3[-2:]))
        # "an international trip Obama announced": a new one, not "a recent trip by a Chinese envoy" before
        mt.indefinite = nominal and bool({"a", "an"} & set(prev3[-2:]))
        mt.definite = bool({"the", "this", "that", "'s", "’s"} & set(prev3)) or any(
            w.endswith(("'s", "’s")) for w in prev3)  # "today's attacks" refers back as well
        mt.participants = _participants(doc, mt, passive, nominal, ss, se, next_trigger, prev_end)
        if et == "threat" and "source" not in mt.participants.values():
            mt.dropped = True  # "costs that threaten budgets", "stories threatened to push him off"
        if lemma == "speak with" and len(mt.participants) < 2:
            mt.dropped = True  # "spoke with reporters" is how a quote was given, not a meeting
        if mt.adjectival and not mt.participants:
            mt.dropped = True  # "a negotiated solution" names a thing, not an event
        if lemma == "blame" and passive and not mt.participants:
            mt.dropped = True  # "the slowdown was blamed on weather": a cause named, nobody accused
        if lemma in ("meet", "host") and passive:
            # "the plan was met with scepticism" is a reaction; "a meeting hosted by X" is that meeting
            mt.dropped = True
        if lemma in ("nominate", "nomination") and _PARTY_NOMINATION_RE.search(
                body, max(ss, m.start() - 30), m.start()):
            mt.event_type = "election"  # "the Democratic nomination" is a candidacy, not an appointment
        if lemma == "confirm" and ("target" in mt.participants.values() or set(
                _prev_words(body, ss, m.start(), 3)) & {"nominated", "appointed", "named"}):
            # "the Senate confirmed Elaine Chao as ...", "nominated and confirmed in 1991"
            mt.event_type = "appointment"
        if lemma == "host" and not passive and _HOSTED_RALLY_RE.match(body, m.end()):
            # "hosting a couple of large rallies", "hosted a campaign rally": its host leads it
            mt.event_type = "rally"
            mt.participants = {p: _agent_role("rally") if r == "co-participant" else r
                               for p, r in mt.participants.items()}
        if lemma == "press conference" and (
                "co-participant" in mt.participants.values() or len(mt.participants) >= 2):
            mt.event_type = "meeting"  # a joint appearance is a meeting of the two
            mt.participants = dict.fromkeys(mt.participants, "co-participant")
        if lemma in ("attack", "bomb") and not (
                _VIOLENCE_RE.search(body, ss, mt.start) or _VIOLENCE_RE.search(body, mt.end, se)):
            # "attack ads", "attacked the plan": without violence around it an attack is verbal
            if lemma == "bomb" or not mt.participants:
                mt.dropped = True
            mt.event_type = "criticism"
        if mt.event_type == "protest" and mt.form == "ed" and _PROTESTED_THAT_RE.match(body, mt.end):
            mt.event_type = "statement"  # "Gorsuch protested that ...": an objection said, not a demonstration
        _context_filters(body, mt, ss, se)
        if mentions and mentions[-1].sentence == s:
            _control(body, mentions[-1], mt)
            _shared_subject(doc, mentions[-1], mt)
            _participle_subject(doc, mentions[-1], mt)
            gov = mentions[-1]
            if mt.nominal and mt.event_type == gov.event_type and _PART_OF_RE.search(body, gov.end, mt.start):
                # "is scheduled to travel to Saudi Arabia as part of a Middle East trip": the trip is that travel
                mt.status, mt.definite = gov.status, True
            if gov.event_type == "visit" and mt.event_type == "meeting" and mt.nominal and _FOR_MEETING_RE.search(
                    body, gov.end, mt.start):
                # "Trump arrives in Hanoi Tuesday for the summit with Kim": the visitor takes part, and "will go
                # to Helsinki for a summit" is as much ahead as the going
                for p, role in gov.participants.items():
                    if role == "source":
                        mt.participants.setdefault(p, "co-participant")
                if gov.status in _UNREAL and mt.status == "occurred":
                    mt.status = gov.status
            if gov.event_type == "appeal" and mt.status != "negated" and _object_gap(body[gov.end:mt.start]):
                mt.status = "possible"  # "called for his resignation": asked for, not done
            elif gov.event_type == "statement" and not gov.nominal and gov.status in _UNREAL and \
                    mt.status == "occurred" and _object_gap(body[gov.end:mt.start]):
                # "might announce her resignation", "did not announce a visit": what is announced is as
                # unreal as the announcement; not announced is not known to have happened
                mt.status = "planned" if gov.status == "planned" else "possible"
            if gov.event_type == "statement" and not gov.nominal and not gov.adjectival and mt.nominal and \
                    mt.event_type in _ANNOUNCER_ACTS and len(gap := _words(body[gov.end:mt.start])) <= 3 and \
                    all(w.isalpha() and w.islower() for w in gap) and \
                    _agent_role(mt.event_type) not in mt.participants.values():
                # "Kerry and his Russian counterpart announced an agreement", "Trump announced sanctions on
                # Iran": who announces a deal, a sanction, a visit or an appointment makes it
                for p, role in gov.participants.items():
                    if role == "source":
                        mt.participants.setdefault(p, _agent_role(mt.event_type))
        mt.location = _location(doc, mt, ss, se, next_trigger, people_spans)
        if mt.event_type in _QUOTE_TYPES:
            mt.quote = _nearest_quote(quotes, mt, ss, se)
        mentions.append(mt)

    # Dates from time expressions, once every trigger is known to be a verb or a noun.
    verbal_starts = [mt.start for mt in mentions if not mt.nominal]
    for mt in mentions:
        ss, se = doc.sent_starts[mt.sentence], doc.sent_ends[mt.sentence]
        mt.te = _te_choice(doc, mt, ss, se, trigger_starts, verbal_starts, rel_spans)
        if mt.ahead and mt.te is not None and doc.tes[mt.te].value < published.isoformat()[:len(doc.tes[mt.te].value)]:
            mt.status = "occurred"  # "in the run-up to the 2016 election" (in 2020): it has happened since
        # (not in a photo caption: a gallery updated after the article's date keeps adding what happened)
        if mt.te is not None and mt.status == "occurred" and _after_publication(
                doc.tes[mt.te].value, published) and not _in_caption(body, mt.end):
            if _past_tense_verb(body, mt, ss):
                # "announced his bid next year", "ruled on November 22" (a past November read as the
                # coming one): it happened, and a date after its own report is someone else's or misread
                mt.te = None
            else:
                mt.status = "planned"

    # "Two days later, she flew to Oslo." (when no time expression covers it): dated from the last event
    # dated by a time expression in the two sentences before.
    _narrative_relations(doc, mentions, relations, relative_ends)

    # 3. Merge coreferent mentions into events.
    clusters = _merge(mentions, relations, doc)

    # 4. Dates from other events ("a day after Mr Blinken met Xi"), then from publication.
    for _ in range(2):
        for a, b, n, unit in relations:
            if mentions[a].cluster < 0 or mentions[b].cluster < 0:
                continue
            ca, cb = clusters[mentions[a].cluster], clusters[mentions[b].cluster]
            for src, dst, delta in ((ca, cb, n), (cb, ca, -n)):
                undated = dst.date_value is None or dst.date_value in _REFS
                if undated and src.date_value and src.date_source in (
                        "time_expression", "relative_event") and src.date_precision:
                    shifted = _shift(src.date_value, src.date_precision, delta, unit)
                    if shifted:
                        dst.date_value, dst.date_precision = shifted
                        dst.te, dst.date_source = None, "relative_event"
    for c in clusters:
        if c.date_value is not None:
            continue
        first = c.members[0]
        if any(m.index in relative_ends for m in c.members):
            continue  # "a day after X resigned": X is dated by the other event or not at all
        # Only what the lead reports in the present perfect ("has resigned") or as ongoing ("is
        # negotiating"): a simple past without a date ("was killed in her home") is as often background.
        if c.status == "ongoing" or (c.status == "occurred" and first.paragraph == 0 and first.perfect):
            c.date_value, c.date_precision, c.date_source = published.isoformat(), "day", "publication"

    # 5. Rows: only events someone can use (a person, a date from the text, or a place).
    events = []
    for c in clusters:
        # a publication date counts: it is given only to what the lead reports as the day's news
        dated = c.date_source is not None and c.date_value not in _REFS
        if not c.participants and not dated and not c.location:
            continue
        first = c.members[0]
        events.append(Event(
            event_type=c.event_type,
            status=c.status,
            trigger_start=first.start,
            trigger_end=first.end,
            trigger_text=first.text,
            date_value=c.date_value,
            date_precision=c.date_precision,
            time_expression=c.te,
            date_source=c.date_source,
            location=c.location,
            cameo_code=_cameo(c),
            participants=sorted(c.participants.items()),
            quote=c.quote,
        ))
    return events


def _sentence_keeps(body: str, lemma: str, form: str, start: int, end: int, ss: int, se: int) -> bool:
    """Whether the sentence allows the event reading of an ambiguous trigger.

    Decided while the triggers are found, before the per-trigger analysis, so the many non-events
    ("ruled the country", "stocks rallied") cost only a regex search.
    """
    if form == "ing" and not body[ss:start].strip(" “\"'‘") and "," not in body[end:se]:
        # a gerund subject ("Banning guns would save lives") names an idea, not an event; a fronted
        # participle is followed by a comma and the main clause ("Visiting Kyiv, she said ...")
        return False
    if lemma in _NEEDS_VIOLENCE or lemma in ("raid", "fire"):
        if lemma == "fire" and not _gunfire(body, start, end):
            return True  # a dismissal, checked for its person later
        if _VIOLENCE_RE.search(body, ss, start) or _VIOLENCE_RE.search(body, end, se):
            return True
        # "FBI agents raided his office" is a search (typed in _context_filters); "clashed over the budget"
        # is a quarrel, "fired a warning at critics" no gunfire
        return lemma == "raid" and bool(_POLICE_RE.search(body, ss, se))
    if lemma in ("rule", "ruling"):
        return bool(_COURT_RE.search(body, ss, se))  # "ruled the country for decades": a reign
    if lemma == "rally":
        return not _MARKET_RE.search(body, ss, se)  # "stocks rallied"
    if lemma == "deploy":
        return bool(_FORCES_RE.search(body, ss, se))  # "deployed new software"
    return True


_FIRED_THINGS = frozenset(
    "shots shot rounds bullets missiles missile rockets rocket shells weapons weapon guns gun mortars".split())


def _gunfire(body: str, start: int, end: int) -> bool:
    """"fired rockets at the town", "shots were fired": a weapon's firing, not a dismissal."""
    nxt = _words(body[end:end + 20])[:1]
    if nxt and nxt[0] in _FIRE_WEAPON_WORDS:
        return True
    before = [w for w in _words(body[max(0, start - 40):start]) if w not in _AUX and w not in _ADVERBS]
    return bool(before) and before[-1] in _FIRED_THINGS


def _context_filters(body: str, mt: _Mention, ss: int, se: int) -> None:
    """Types of ambiguous triggers that the sentence allowed (see ``_sentence_keeps``)."""
    if mt.lemma == "fire" and _gunfire(body, mt.start, mt.end):
        mt.event_type, mt.lemma = "attack", "shoot"  # "fired rockets at the town"
        mt.participants = {p: r for p, r in mt.participants.items() if r != "target"}
    elif mt.lemma == "raid" and not (_VIOLENCE_RE.search(body, ss, mt.start) or _VIOLENCE_RE.search(body, mt.end, se)):
        mt.event_type = "legal_action"  # "FBI agents raided his office": a search, not an attack
    if mt.event_type == "dismissal" and "target" not in mt.participants.values():
        mt.dropped = True  # "fires" and "sacked" name a dismissal only with the person dismissed


_UNREAL = frozenset({"possible", "planned", "negated"})
_FOR_MEETING_RE = re.compile(r"\b(?:for|to attend)\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){0,3}\Z")
_PART_OF_RE = re.compile(r"\bas part of (?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}\Z")
# Events whose announcer is their maker: not arrests, attacks or legal actions, which others announce.
_ANNOUNCER_ACTS = frozenset({"agreement", "sanction", "ban", "visit", "appointment", "meeting"})
_TO_INFINITIVE_RE = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?to\s+$")


def _control(body: str, gov: _Mention, mt: _Mention) -> None:
    """Give an infinitive its governor's participant as agent: "Jane Doe threatened to sue X" (Doe
    sues), "urged John Roe to resign" (Roe resigns)."""
    if not _TO_INFINITIVE_RE.fullmatch(body, gov.end, mt.start):
        return
    if gov.event_type in ("appeal", "threat") and mt.status != "negated":
        mt.status = "possible"  # "urged X to resign", "threatened to sue": asked or threatened, not planned
    if mt.event_type not in _SYMMETRIC and "source" in mt.participants.values():
        return  # it has its own subject ("called for Kramer to resign")
    if gov.lemma == "agree":
        gov.dropped = True  # "agreed to meet X": the planned meeting is the event
    if gov.event_type == "appeal":
        agents = [p for p, role in gov.participants.items() if role == "target"]
    else:
        agents = [p for p, role in gov.participants.items() if role in ("source", "co-participant")]
    for p in agents:
        if p not in mt.participants:
            mt.participants[p] = _agent_role(mt.event_type)


_COORDINATED_VERB_RE = re.compile(r"[^;:“”\"]{0,100}?(?:,\s*)?\band\s+(?:then\s+|later\s+)?$")


def _shared_subject(doc: _Doc, prev: _Mention, mt: _Mention) -> None:
    """Give the second of two coordinated verbs the first one's subject: "Paul Manafort pleaded guilty on
    Friday and agreed to cooperate" (Manafort agreed), "was arrested and charged" (both undergone).
    Only between verbs of one voice, and only when nothing between them opens another clause or names
    another subject."""
    if prev.nominal or mt.nominal or prev.dropped or prev.passive != mt.passive or prev.form != mt.form or not (
            mt.finite or mt.passive):
        return  # "called on leaders to isolate and sanction Iran": not two verbs of one subject
    role_of = _patient_role if mt.passive else _agent_role
    if role_of(mt.event_type) in mt.participants.values():
        return
    body = doc.body
    if not _COORDINATED_VERB_RE.fullmatch(body, prev.end, mt.start):
        return
    between = set(_words(body[prev.end:mt.start]))
    if between & (_CLAUSE_BREAK_WORDS | _CLAUSE_BLOCK | _SUBJECT_PRONOUNS | {"to"}) or doc.mentions_between(
            body.rfind(" and", prev.end, mt.start), mt.start):
        return
    # of a meeting's co-participants only those named before it are its subject: "Trump met Kim and
    # visited Seoul" (Kim did not visit)
    before = _named_before(doc, prev) if prev.event_type in _SYMMETRIC else set(prev.participants)
    for p, role in prev.participants.items():
        if role == role_of(prev.event_type) and p not in mt.participants and p in before:
            mt.participants[p] = role_of(mt.event_type)


_HOSTED_RALLY_RE = re.compile(r"\s+(?:a|an|the|his|her|their|two|three|several|(?:a\s+)?couple\s+of)?\s*"
                              r"(?:[\w-]+\s+){0,2}rall(?:y|ies)\b")
def _named_before(doc: _Doc, mt: _Mention) -> set[int]:
    """The people named in a trigger's sentence before it: its subject is among them."""
    return {m[2] for m in doc.mentions_between(doc.sent_starts[mt.sentence], mt.start)}


# Between a verb's clause and a participle that goes on with the same subject: "visited in August, hosting".
_PARTICIPLE_AFTER_RE = re.compile(r"[^;:“”\"(),]{0,80},\s*(?:\w+ly\s+)?$")


def _participle_subject(doc: _Doc, prev: _Mention, mt: _Mention) -> None:
    """Give a participle after a comma the subject of the verb before it: "Ted Cruz had visited in August,
    hosting a couple of large rallies" (Cruz hosted), "Jane Doe was arrested, prompting" (she prompted)."""
    if prev.nominal or prev.dropped or mt.nominal or mt.form != "ing" or not prev.finite:
        return
    role = _agent_role(mt.event_type)
    if role in mt.participants.values() or not _PARTICIPLE_AFTER_RE.fullmatch(doc.body, prev.end, mt.start):
        return
    subject_role = _patient_role(prev.event_type) if prev.passive else _agent_role(prev.event_type)
    named_before = _named_before(doc, prev)
    for p, r in prev.participants.items():
        if r == subject_role and p in named_before and p not in mt.participants:
            mt.participants[p] = role


def _narrative_relations(doc: _Doc, mentions: list[_Mention], relations: list[_Relation],
                         relative_ends: set[int]) -> None:
    body = doc.body
    for mt in mentions:
        ss = doc.sent_starts[mt.sentence]
        if mt.dropped or (mt.index > 0 and mentions[mt.index - 1].sentence == mt.sentence):
            continue  # only the first event of a sentence opened by "N days later"
        r = _LATER_RE.match(body, ss, mt.start)
        if r is None:
            continue
        if any(r.start() <= doc.tes[i].start < r.end() for i in doc.te_order):
            continue  # the time extractor resolved it: its value is the date
        anchor = next((a for a in reversed(mentions[:mt.index])
                       if mt.sentence - 2 <= a.sentence < mt.sentence and a.te is not None and not a.dropped
                       and _CAL_VALUE_RE.match(doc.tes[a.te].value)), None)
        if anchor is None:
            continue
        num = r.group("n").lower()
        n = int(num) if num.isdigit() else _NUMBERS[num]
        sign = 1 if r.group("dir").lower() == "later" else -1
        relations.append((anchor.index, mt.index, sign * n, r.group("unit").lower().rstrip("s")))
        relative_ends.add(mt.index)


def _nearest_quote(quotes: list[Quote], mt: _Mention, ss: int, se: int) -> int | None:
    """The quotation carrying this statement/accusation: nearest in the sentence, by its source."""
    sources = {p for p, role in mt.participants.items() if role == "source"}
    best: tuple[int, int] | None = None
    for i, q in enumerate(quotes):
        if sources and q.person is not None and q.person not in sources:
            continue  # someone else's words
        if q.start >= mt.end and q.start < se:
            dist = q.start - mt.end
        elif q.end <= mt.start and q.end >= ss:
            dist = mt.start - q.end + 50  # a quotation before its cue is a weaker link
        else:
            continue
        if dist <= 200 and (best is None or dist < best[0]):
            best = (dist, i)
    return best[1] if best else None


def _cameo(c: _Cluster) -> str | None:
    if c.status == "negated":
        return None
    if c.status in ("planned", "possible"):
        return "036" if c.event_type in ("meeting", "visit") else None
    lemmas = {m.lemma for m in c.members}
    for lemma, code in _CAMEO_BY_LEMMA.items():
        if lemma in lemmas and (c.event_type in ("meeting", "ban", "legal_action", "attack", "protest")):
            return code
    return CAMEO_CODES.get(c.event_type)


def _oblique_of(body: str, verb: _Mention, noun: _Mention) -> bool:
    """"was indicted on Tuesday on federal charges", "sued him in a lawsuit": a noun of the verb's own type
    in a phrase hanging on the verb names the same event."""
    if verb.nominal or verb.event_type != noun.event_type or verb.sentence != noun.sentence \
            or not 0 <= noun.start - verb.end <= 60:
        return False
    between = _words(body[verb.end:noun.start])
    return not set(between) & (_CLAUSE_BREAK_WORDS | {",", ";", "and"}) and bool(
        set(between[-3:]) & {"on", "with", "in", "over"})


# A noun and the verb it comes from name one event when everything else agrees: "Comey testified on
# Thursday ... In his testimony, Comey said". Only for merging; the lemmas stay as the lexicon has them.
_LEMMA_FAMILY = {
    "announcement": "announce", "testimony": "testify", "accusation": "accuse", "criticism": "criticise",
    "condemnation": "condemn", "appointment": "appoint", "nomination": "nominate", "resignation": "resign",
    "election": "elect", "indictment": "indict", "demonstration": "demonstrate", "invasion": "invade",
    "deportation": "deport", "assassination": "assassinate", "lawsuit": "sue", "conviction": "convict",
    "charge": "indict",  # "has been indicted ... was charged Thursday": one charging
    "deployment": "deploy", "meeting": "meet", "agreement": "agree", "ouster": "oust", "abduction": "abduct",
}
# Types whose target undergoes the event once in a story's telling: "Comey was fired ... he fired Comey".
# Accusations and criticism are not: many accuse or criticise the same person.
_HAPPENS_ONCE = frozenset({"legal_action", "arrest", "attack", "dismissal", "election", "appointment"})


def _refers_to_verb(mt: _Mention, c: _Cluster) -> bool:
    """"The states sued Trump ... The states allege in their lawsuit": a possessed noun right after (same or
    next paragraph) a verb of its own word names that event. Not after a noun: "an afternoon rally ... their
    last rally", "the attacks ... its attacks on the media" are often two."""
    family = _LEMMA_FAMILY.get(mt.lemma, mt.lemma)
    return mt.possessed and mt.paragraph - c.members[-1].paragraph <= 1 and any(
        not m.nominal and _LEMMA_FAMILY.get(m.lemma, m.lemma) == family for m in c.members)


def _merge(mentions: list[_Mention], relations: list[_Relation], doc: _Doc) -> list[_Cluster]:
    """Greedy clustering in text order: each mention joins the most similar compatible event."""
    related: dict[int, set[int]] = {}
    for a, b, _, _ in relations:
        related.setdefault(a, set()).add(b)
        related.setdefault(b, set()).add(a)
    clusters: list[_Cluster] = []
    for idx, mt in enumerate(mentions):
        if mt.dropped:
            continue
        te = doc.tes[mt.te] if mt.te is not None else None
        value = te.value if te else None
        persons = set(mt.participants)
        best: tuple[int, int] | None = None
        for ci, c in enumerate(clusters):
            if c.event_type != mt.event_type and not any(m.lemma == mt.lemma for m in c.members):
                continue
            if not _status_compatible(c.status, mt.status):
                continue
            if any(m.index in related.get(idx, ()) for m in c.members):
                continue
            if not _dates_compatible(c.date_value, value):
                continue
            if c.location and mt.location and c.location != mt.location:
                continue
            cp = set(c.participants)
            family = _LEMMA_FAMILY.get(mt.lemma, mt.lemma)
            same_lemma = any(_LEMMA_FAMILY.get(m.lemma, m.lemma) == family for m in c.members)
            if c.event_type == "statement" and not same_lemma and not (mt.nominal and mt.definite):
                # one person makes many statements: "testified" and "announced" are two unless "the
                # announcement" refers back
                continue
            if cp and persons:
                if not (cp <= persons or persons <= cp):
                    continue
                tied = (value is not None and value == c.date_value) or (
                    mt.location is not None and mt.location == c.location)
                verbs_only = not mt.nominal and not any(m.nominal for m in c.members)
                # the same verb happening to the same person ("has been charged ... charged him on March
                # 11", "after he was fired as FBI director ... after he was fired by Trump on May 9") or the
                # same plan told twice ("will declare ... will declare") is one event
                shared = cp & persons
                same_undergoer = same_lemma and (
                    (cp == persons and mt.status in ("planned", "possible")) or (
                        mt.event_type in _HAPPENS_ONCE and all(
                            mt.participants[p] == "target" and c.participants[p] == "target" for p in shared) and all(
                            r == "source" for p, r in (*mt.participants.items(), *c.participants.items())
                            if p not in shared)))
                if verbs_only and len(cp & persons) < 2 and not tied and not same_undergoer:
                    # two verbs sharing one person ("Trump criticised the judge ... Trump criticised the
                    # press") are two events unless a date or place ties them; a noun ("the criticism")
                    # is what refers back
                    continue
            elif not persons and not (mt.nominal and (mt.definite or _refers_to_verb(mt, c) or _oblique_of(
                    doc.body, c.members[-1], mt) or (
                    same_lemma and value is not None and value == c.date_value))):
                # a verb naming nobody ("MPs sanctioned") is its own event; a noun naming nobody joins an
                # event only as "the visit" or with its own trigger word
                continue
            elif not cp and ((mt.indefinite and (value is None or value != c.date_value)) or not (all(
                    m.nominal for m in c.members) and (
                    same_lemma or (persons and mt.paragraph - c.members[-1].paragraph <= 1)))):
                # a noun naming nobody takes its people from a mention nearby, not from one pages later
                # ("a lawsuit in 1994" ... "were sentenced to 12 years" is another legal action)
                continue
            score = 10 * len(cp & persons) + (5 if same_lemma else 0)
            if best is None or score >= best[0]:  # ties go to the latest event: "the visit" is the last one
                best = (score, ci)
        if best is None:
            clusters.append(_Cluster(
                members=[mt], event_type=mt.event_type, status=mt.status, participants=dict(mt.participants),
                te=mt.te, date_value=value, date_precision=te.precision if te else None,
                date_source="time_expression" if te else None, location=mt.location, quote=mt.quote,
            ))
            mt.cluster = len(clusters) - 1
            continue
        c = clusters[best[1]]
        c.members.append(mt)
        mt.cluster = best[1]
        if c.event_type != mt.event_type and mt.event_type == "meeting":
            c.event_type = "meeting"  # the more specific reading of a shared trigger word wins
            c.participants = dict.fromkeys(c.participants, "co-participant")
            c.quote = None
        for p, role in mt.participants.items():
            if c.event_type in _SYMMETRIC:
                role = "co-participant"
            if p not in c.participants or c.participants[p] == "co-participant":
                c.participants[p] = role
        if te and (c.date_value is None or _date_rank(te.precision) < _date_rank(c.date_precision)):
            c.te, c.date_value, c.date_precision = mt.te, te.value, te.precision
            c.date_source = "time_expression"
        if c.status != mt.status and "planned" in (c.status, mt.status):
            c.status = "planned"
        c.location = c.location or mt.location
        if c.event_type in _QUOTE_TYPES and c.quote is None:
            c.quote = mt.quote
    return clusters
