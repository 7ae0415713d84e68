"""Word lists for the quotes extractor, written from general knowledge of English news style.

Private helper of ``quotes.py``. Nothing here is derived from any benchmark data.
"""

from __future__ import annotations

import re

# Speech and attribution verbs, every inflection spelt out so one alternation regex can match them.
# Grouped by lemma; British and American spellings both.
_SPEECH_LEMMAS = """
say said says saying | tell told tells telling | add added adds adding | write wrote writes writing written |
tweet tweeted tweets tweeting | post posted posts posting | ask asked asks asking |
continue continued continues continuing | note noted notes noting | state stated states stating |
explain explained explains explaining | report reported reports reporting | reply replied replies replying |
declare declared declares declaring | conclude concluded concludes concluding |
recall recalled recalls recalling | argue argued argues arguing | respond responded responds responding |
acknowledge acknowledged acknowledges acknowledging | admit admitted admits admitting |
announce announced announces announcing | warn warned warns warning | urge urged urges urging |
insist insisted insists insisting | claim claimed claims claiming | predict predicted predicts predicting |
suggest suggested suggests suggesting | promise promised promises promising |
pledge pledged pledges pledging | assure assured assures assuring | remark remarked remarks remarking |
shout shouted shouts shouting | chant chanted chants chanting | answer answered answers answering |
lament lamented laments lamenting | quip quipped quips quipping | joke joked jokes joking |
boast boasted boasts boasting | complain complained complains complaining | muse mused muses musing |
observe observed observes observing | recount recounted recounts recounting |
emphasize emphasized emphasizes emphasizing emphasise emphasised emphasises emphasising |
stress stressed stresses stressing | vow vowed vows vowing | counter countered counters countering |
concede conceded concedes conceding | mention mentioned mentions mentioning | cite cited cites citing |
testify testified testifies testifying | wonder wondered wonders wondering |
exclaim exclaimed exclaims exclaiming | demand demanded demands demanding |
caution cautioned cautions cautioning | confirm confirmed confirms confirming | deny denied denies denying |
reiterate reiterated reiterates reiterating | fume fumed fumes fuming | snap snapped snaps snapping |
scoff scoffed scoffs scoffing | retort retorted retorts retorting | echo echoed echoes echoing |
yell yelled yells yelling | scream screamed screams screaming | cry cried cries crying |
proclaim proclaimed proclaims proclaiming | assert asserted asserts asserting |
maintain maintained maintains maintaining | contend contended contends contending |
charge charged charges charging | allege alleged alleges alleging | blast blasted blasts blasting |
slam slammed slams slamming | mock mocked mocks mocking | praise praised praises praising |
hail hailed hails hailing | agree agreed agrees agreeing | disagree disagreed disagrees disagreeing |
acknowledge | opine opined opines opining | reason reasoned reasons reasoning |
describe described describes describing | call called calls calling | dub dubbed dubs dubbing |
label labeled labelled labels labeling labelling | brand branded brands branding |
term termed terms terming | accuse accused accuses accusing | criticize criticized criticizes criticizing
criticise criticised criticises criticising | attack attacked attacks attacking |
thank thanked thanks thanking | apologize apologized apologizes apologizing |
joke | whisper whispered whispers whispering | sing sang sings singing | read reads |
begin began begins beginning | explain | elaborate elaborated elaborates elaborating |
interject interjected interjects | interrupt interrupted interrupts | chime chimed |
pronounce pronounced pronounces | proclaim | reflect reflected reflects reflecting |
insist | predict | promise | threaten threatened threatens threatening | plead pleaded pleads pleading |
beg begged begs begging | implore implored implores imploring | advise advised advises advising |
instruct instructed instructs | order ordered orders | tout touted touts touting |
recommend recommended recommends | propose proposed proposes | question questioned questions |
challenge challenged challenges | dismiss dismissed dismisses dismissing | decry decried decries decrying |
denounce denounced denounces denouncing | condemn condemned condemns condemning |
applaud applauded applauds | celebrate celebrated celebrates | welcome welcomed welcomes |
reveal revealed reveals revealing | disclose disclosed discloses | explain |
summarize summarized summarizes summarise summarised | sum summed | put | write |
characterize characterized characterizes characterise characterised | refer referred refers referring |
talk talked talks talking | speak spoke speaks speaking spoken | nickname nicknamed |
deride derided derides deriding | ridicule ridiculed ridicules |
remember remembered remembers remembering | press pressed presses pressing |
chide chided chides chiding | scold scolded scolds scolding | taunt taunted taunts taunting |
gush gushed gushes gushing | rave raved raves raving | grumble grumbled grumbles grumbling |
mutter muttered mutters muttering | sneer sneered sneers | marvel marveled marvelled marvels |
quote quoted quotes quoting | paraphrase paraphrased | recite recited recites reciting |
liken likened likens likening | compare compared compares comparing |
lash lashed | hit | fire fired | shoot shot | tease teased teases | vent vented vents |
"""

# Bare forms that are far more often nouns or other verbs in news copy ("secretary of state", "the
# Post", "swing states") and so are never cues on their own.
_NOT_CUES = frozenset(
    """state states post posts order orders sum put hit fire shoot shot reason reasons term terms brand
    brands lash vent vents tease thanks welcome question questions charge charges report reports
    call calls answer answers promise promises claim claims attack attacks order counter counters
    echo echoes cry cries read reads begin begins challenge challenges compare compared compares
    comparing press presses pressing remember remembers remembering""".split()
)
# Every speech word, ambiguous ones included: enough to tell a quotation from a scare quote.
SPEECH_WORDS: frozenset[str] = frozenset(w for w in re.split(r"[\s|]+", _SPEECH_LEMMAS) if w)
SPEECH_VERBS: frozenset[str] = SPEECH_WORDS - _NOT_CUES

# Verbs that introduce a quotation and are so common in attributions that they are almost always a
# speech act ("said", "told"); used to prefer one cue over a weaker one in the same sentence.
STRONG_CUES: frozenset[str] = frozenset(
    "said says say saying told tells telling added adds adding wrote writes tweeted tweets asked asks "
    "continued continues replied replies responded explained noted stated declared argued insisted "
    "warned recalled concluded answered".split()
)

# Verbs that are ambiguous as cues unless something nominal follows that marks them as speech
# ("hit back", "fired back", "put it") — accepted only in the trailing "..., X <verb>" position.
WEAK_ALONE: frozenset[str] = frozenset("hit fire fired shoot shot put read reads begin began begins".split())

PRONOUNS_MALE = frozenset({"he", "him", "his"})
PRONOUNS_FEMALE = frozenset({"she", "her", "hers"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})

# Adverbs and auxiliaries that can sit between the speaker and the cue ("Smith also said", "he has
# repeatedly argued") and that therefore never belong to the speaker phrase.
AUX_ADVERBS = frozenset(
    """also then later has had have would will could should may might once again further previously
    recently just even still already later afterward afterwards repeatedly reportedly simply
    himself herself themselves itself kept keeps started starts began
    flatly bluntly quickly immediately publicly privately often frequently always never
    initially earlier first finally subsequently since long has been being is was were are
    """.split()
)

# Heads of phrases naming an organisation rather than a person ("the White House said").
ORG_HEADS = frozenset(
    """campaign committee department house office ministry government administration agency
    statement report group company firm council party association foundation institute center
    centre university college union board commission court police embassy spokesman spokeswoman
    spokesperson spokespeople newspaper paper network station website site magazine journal times
    post news channel service bureau organization organisation coalition alliance movement team
    network fund bank corporation corp inc ltd llc pac superpac staff aides officials sources
    source document documents memo email emails letter ad ads advert advertisement poll survey
    study filing lawsuit complaint release tweet account editorial editors transcript senate
    congress parliament cabinet court army military authorities authority police force forces
    navy republicans democrats conservatives liberals group groups people critics supporters
    observers analysts experts residents voters protesters crowd audience organizers organisers
    """.split()
)

# Known organisation names that are a single capitalised token.
ORG_NAMES = frozenset(
    """CNN NBC CBS ABC BBC MSNBC Fox Reuters AP AFP Bloomberg Politico Axios Breitbart Gallup
    Google Facebook Twitter Apple Amazon Microsoft NATO UN EU FBI CIA NSA DHS DOJ NASA GOP RNC DNC
    Pentagon Kremlin Congress Parliament Whitehall Downing Treasury""".split()
)

# Heads that name a role a person holds; "the senator said" is a title speaker, resolved through
# coreference to a person.
TITLE_HEADS = frozenset(
    """senator president candidate nominee governor mayor minister secretary chancellor leader
    diplomat ambassador spokesman spokeswoman official chairman chairwoman chair director chief
    congressman congresswoman lawmaker representative rep businessman businesswoman billionaire
    mogul tycoon star actor actress singer host anchor author writer columnist reporter
    journalist editor adviser advisor aide strategist manager executive ceo founder frontrunner
    front-runner hopeful contender rival challenger incumbent commander general prosecutor judge
    attorney lawyer justice speaker premier king queen prince princess pope bishop pastor rabbi
    economist professor scientist doctor activist organizer organiser chairperson whip mp
    democrat republican conservative liberal socialist populist vice former ex-president
    first lady husband wife son daughter father mother brother sister man woman boy girl
    veteran officer sheriff commissioner comptroller treasurer counsel partner owner developer
    celebrity mogul magnate pollster analyst expert lady gentleman lord baroness dame sir
    source insider aide staffer voter resident supporter protester student teacher worker farmer
    retiree parent child grandmother grandfather neighbor neighbour friend colleague ally critic
    opponent nominee delegate member coach player athlete economist historian researcher
    physician nurse surgeon officer soldier trooper marine pilot driver customer patient victim
    survivor witness defendant plaintiff suspect inmate immigrant refugee entrepreneur investor
    banker trader consultant operative fundraiser donor volunteer organizer pundit commentator
    comedian rapper musician artist filmmaker director producer novelist poet preacher priest
    imam cleric monk nun""".split()
)

# Honorifics that mark gender.
MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"})
FEMALE_HONORIFICS = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "baroness", "queen", "princess", "sister", "mother"}
)
MALE_WORDS = frozenset(
    {
        "man",
        "boy",
        "husband",
        "son",
        "father",
        "brother",
        "king",
        "prince",
        "congressman",
        "spokesman",
        "businessman",
        "chairman",
        "actor",
        "gentleman",
        "lord",
    }
)
FEMALE_WORDS = frozenset(
    {
        "woman",
        "girl",
        "wife",
        "daughter",
        "mother",
        "sister",
        "queen",
        "princess",
        "congresswoman",
        "spokeswoman",
        "businesswoman",
        "chairwoman",
        "actress",
        "lady",
        "baroness",
        "dame",
    }
)

# A small set of common given names with a clear gender, to guess the gender of a named person when
# the article gives no honorific or pronoun.
_MALE_FIRST = """james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas
zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin
arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne
roy ralph randy eugene vincent russell elijah louis bobby philip johnny bernie ted marco jeb ben chris
mitt mike rand rick newt barack bill boris rishi keir nigel jeremy tony gordon iain
vladimir xi emmanuel justin narendra recep benjamin bashar kim antony jim tom
harry reince corey sean stephen steve rudy rudolph chuck mitch paul lindsey jared eric
hunter jimmy ronald dick al dan marco lincoln martin jesse jeff tim howard reid""".split()
_FEMALE_FIRST = """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole
emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea
hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie
isabella charlotte rose alexis kayla hillary carly theresa nicola priti liz kemi suella angela
kellyanne huma sarah ivanka melania michelle nikki elizabeth kamala nancy dianne condoleezza madeleine
hope kirsten tulsi debbie donna jill ann ellen megyn""".split()
MALE_FIRST_NAMES = frozenset(_MALE_FIRST)
FEMALE_FIRST_NAMES = frozenset(_FEMALE_FIRST)

# Words that, placed just before a quotation, announce the title of a work rather than speech.
WORK_CUES = frozenset(
    """book books novel memoir film films movie movies show shows series program programme song songs
    album albums play musical episode column op-ed essay article articles headline headlined titled
    entitled magazine newspaper podcast documentary poem painting sitcom drama miniseries campaign
    slogan hashtag website blog report segment special titled dubbed""".split()
)

WEEKDAYS_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    today yesterday tonight""".split()
)

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen rep gov del lt gen col st jr sr prof rev sgt capt cmdr adm maj pres vs v no inc
    corp co ltd dept univ jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m
    e.g i.e etc""".split()
)
