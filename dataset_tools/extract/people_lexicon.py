"""Word lists for the people extractor, written from general knowledge of English news style.

Nothing here is derived from benchmark data. The only external resource is the first-name
dictionary shipped by ``gender-guesser`` (Jörg Michael's nam_dict), loaded lazily and cached.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Honorifics that stand directly before a name, with the gender they imply (None: either).
HONORIFICS: dict[str, str | None] = {
    "Mr": "m",
    "Mrs": "f",
    "Ms": "f",
    "Miss": "f",
    "Mx": None,
    "Dr": None,
    "Sir": "m",
    "Dame": "f",
    "Lord": "m",
    "Lady": "f",
    "Prof": None,
    "Professor": None,
    "Rev": None,
    "Reverend": None,
    "Messrs": None,
    "Mme": "f",
    "Mlle": "f",
    "Herr": "m",
    "Frau": "f",
    "Monsieur": "m",
    "Madame": "f",
    "Sheikh": "m",
    "Mother": "f",
    "Baroness": "f",
    "Baron": "m",
    "Fr": "m",
    "Father": "m",
    "Sister": "f",
    "Brother": "m",
    "Rabbi": None,
    "Imam": "m",
    "Ayatollah": "m",
    "Cardinal": "m",
    "Bishop": None,
    "Archbishop": None,
}


def honorific_sex(honorific: str | None) -> str | None:
    """"m" for Mr, Sir, Lord ...; "f" for Mrs, Ms, Dame ...; None for Dr, Rev or no honorific."""
    return HONORIFICS.get(honorific) if honorific else None


# Abbreviated honorifics that may carry a full stop ("Mr.", "Dr."); the stop is part of the honorific.
HONORIFIC_ABBREV = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Fr", "Mx", "Messrs", "Mme", "Mlle"}

# Capitalised title words that, standing right before a name, say the name is a person
# ("President Putin", "Senator McCain", "Prime Minister Rishi Sunak"). They also mark words of a
# capitalised run that are not part of the name ("Secretary of State Antony Blinken").
TITLE_WORDS: dict[str, str | None] = {
    "PM": None,
    "President": None,
    "Vice": None,
    "Prime": None,
    "Minister": None,
    "Secretary": None,
    "Senator": None,
    "Sen": None,
    "Rep": None,
    "Representative": None,
    "Congressman": "m",
    "Congresswoman": "f",
    "Governor": None,
    "Gov": None,
    "Mayor": None,
    "Chancellor": None,
    "Premier": None,
    "King": "m",
    "Queen": "f",
    "Prince": "m",
    "Princess": "f",
    "Pope": "m",
    "Emperor": "m",
    "Empress": "f",
    "Duke": "m",
    "Duchess": "f",
    "Earl": "m",
    "Countess": "f",
    "Count": "m",
    "Judge": None,
    "Justice": None,
    "General": None,
    "Gen": None,
    "Lieutenant": None,
    "Lt": None,
    "Colonel": None,
    "Col": None,
    "Major": None,
    "Maj": None,
    "Captain": None,
    "Capt": None,
    "Commander": None,
    "Admiral": None,
    "Adm": None,
    "Sergeant": None,
    "Sgt": None,
    "Corporal": None,
    "Private": None,
    "Marshal": None,
    "Brigadier": None,
    "Ambassador": None,
    "Commissioner": None,
    "Chairman": "m",
    "Chairwoman": "f",
    "Chair": None,
    "Chief": None,
    "Executive": None,
    "Officer": None,
    "Director": None,
    "Deputy": None,
    "Foreign": None,
    "Home": None,
    "Defence": None,
    "Defense": None,
    "Finance": None,
    "Interior": None,
    "Health": None,
    "Justice Secretary": None,
    "State": None,
    "Speaker": None,
    "Leader": None,
    "Coach": None,
    "Manager": None,
    "Spokesman": "m",
    "Spokeswoman": "f",
    "Spokesperson": None,
    "Attorney": None,
    "Solicitor": None,
    "Treasurer": None,
    "Envoy": None,
    "Sheriff": None,
    "Inspector": None,
    "Detective": None,
    "Constable": None,
    "Superintendent": None,
    "Agent": None,
    "Assistant": None,
    "Acting": None,
    "Former": None,
    "Presiding": None,
    "Associate": None,
    "CEO": None,
    "Founder": None,
    "Co-founder": None,
    "Analyst": None,
    "Economist": None,
    "Editor": None,
    "Dean": None,
    "Chancellor-elect": None,
    "President-elect": None,
    "Cllr": None,
    "Councillor": None,
    "Shadow": None,
    "First": None,
    "Lady": "f",
    "Grand": None,
    "Crown": None,
    "Supreme": None,
    "Sultan": "m",
    "Emir": "m",
    "Crown Prince": "m",
    "Tsar": "m",
    "Archduke": "m",
    "Ayatollah": "m",
    "Trade": None,
    "Education": None,
    "Transport": None,
    "Energy": None,
    "Environment": None,
    "Agriculture": None,
    "Labour": None,
    "Culture": None,
    "Economy": None,
    "Industry": None,
    "Business": None,
    "Communications": None,
    "Immigration": None,
    "Security": None,
    "Affairs": None,
    "Cabinet": None,
    "Deputy Prime": None,
    "Opposition": None,
    "Party": None,
    "Secretary-General": None,
    "Secretary-general": None,
    "Director-General": None,
    "Director-general": None,
    "Lieutenant-General": None,
}

# Lower-case role heads: "security minister X", "the spokesman", "X, a spokesman for Y".
# The value is the gender the word implies (None: either).
ROLE_HEADS: dict[str, str | None] = {
    "colleague": None,
    "pm": None,
    "minister": None,
    "secretary": None,
    "president": None,
    "vice-president": None,
    "premier": None,
    "chancellor": None,
    "leader": None,
    "spokesman": "m",
    "spokeswoman": "f",
    "spokesperson": None,
    "chairman": "m",
    "chairwoman": "f",
    "chair": None,
    "chief": None,
    "executive": None,
    "ceo": None,
    "director": None,
    "governor": None,
    "senator": None,
    "mayor": None,
    "ambassador": None,
    "envoy": None,
    "diplomat": None,
    "official": None,
    "officer": None,
    "commissioner": None,
    "judge": None,
    "prosecutor": None,
    "lawyer": None,
    "attorney": None,
    "analyst": None,
    "economist": None,
    "strategist": None,
    "adviser": None,
    "advisor": None,
    "aide": None,
    "coach": None,
    "manager": None,
    "captain": None,
    "striker": None,
    "midfielder": None,
    "defender": None,
    "goalkeeper": None,
    "forward": None,
    "winger": None,
    "batsman": None,
    "bowler": None,
    "spinner": None,
    "pitcher": None,
    "quarterback": None,
    "player": None,
    "champion": None,
    "rider": None,
    "driver": None,
    "runner": None,
    "sprinter": None,
    "swimmer": None,
    "seed": None,
    "teammate": None,
    "opponent": None,
    "veteran": None,
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "pope": "m",
    "general": None,
    "commander": None,
    "colonel": None,
    "founder": None,
    "co-founder": None,
    "owner": None,
    "head": None,
    "boss": None,
    "editor": None,
    "correspondent": None,
    "reporter": None,
    "journalist": None,
    "writer": None,
    "author": None,
    "actor": "m",
    "actress": "f",
    "singer": None,
    "star": None,
    "chef": None,
    "businessman": "m",
    "businesswoman": "f",
    "banker": None,
    "investor": None,
    "professor": None,
    "scientist": None,
    "researcher": None,
    "doctor": None,
    "surgeon": None,
    "priest": "m",
    "bishop": None,
    "archbishop": None,
    "rabbi": None,
    "cleric": None,
    "activist": None,
    "campaigner": None,
    "candidate": None,
    "nominee": None,
    "lawmaker": None,
    "legislator": None,
    "congressman": "m",
    "congresswoman": "f",
    "mp": None,
    "mep": None,
    "politician": None,
    "negotiator": None,
    "representative": None,
    "delegate": None,
    "deputy": None,
    "dictator": None,
    "rebel": None,
    "warlord": None,
    "husband": "m",
    "wife": "f",
    "son": "m",
    "daughter": "f",
    "father": "m",
    "mother": "f",
    "brother": "m",
    "sister": "f",
    "widow": "f",
    "chancellor-elect": None,
    "president-elect": None,
    "speaker": None,
    "whip": None,
    "counsel": None,
    "treasurer": None,
    "counterpart": None,
    "successor": None,
    "predecessor": None,
    "rival": None,
    "challenger": None,
    "incumbent": None,
    "trainer": None,
    "jockey": None,
    "cyclist": None,
    "golfer": None,
    "boxer": None,
    "shortstop": None,
    "outfielder": None,
    "centre": None,
    "center": None,
    "partner": None,
    "secretary-general": None,
    "director-general": None,
    "inspector": None,
    "detective": None,
    "sheriff": None,
    "militant": None,
    "dissident": None,
    "magnate": None,
    "tycoon": None,
    "billionaire": None,
    "entrepreneur": None,
    "founder-chairman": None,
    "president-ceo": None,
}

# Role heads strong enough that "the <head>" with no stated role falls back to the salient person.
ANAPHORIC_TITLE_HEADS = {
    "minister",
    "secretary",
    "president",
    "president-elect",
    "governor-elect",
    "premier",
    "chancellor",
    "leader",
    "chairman",
    "chairwoman",
    "ceo",
    "executive",
    "governor",
    "senator",
    "mayor",
    "ambassador",
    "diplomat",
    "envoy",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "coach",
    "manager",
    "captain",
    "judge",
    "commissioner",
    "general",
    "chief",
    "director",
    "founder",
    "co-founder",
    "boss",
    "prosecutor",
    "congressman",
    "congresswoman",
    "lawmaker",
    "candidate",
    "nominee",
    "actor",
    "actress",
    "singer",
    "star",
    "striker",
    "champion",
    "veteran",
}

# Lower-case words that may qualify a role before its head ("former party leader", "security
# minister", "the US's top diplomat").
ROLE_MODIFIERS = {
    "former",
    "ex",
    "then",
    "acting",
    "interim",
    "deputy",
    "vice",
    "assistant",
    "senior",
    "junior",
    "chief",
    "top",
    "party",
    "opposition",
    "security",
    "foreign",
    "home",
    "defence",
    "defense",
    "finance",
    "trade",
    "health",
    "education",
    "justice",
    "interior",
    "transport",
    "energy",
    "environment",
    "agriculture",
    "farm",
    "industry",
    "federal",
    "state",
    "national",
    "regional",
    "local",
    "general",
    "executive",
    "managing",
    "press",
    "news",
    "company",
    "club",
    "team",
    "world",
    "prime",
    "shadow",
    "cabinet",
    "economy",
    "economic",
    "economics",
    "labour",
    "labor",
    "culture",
    "sports",
    "sport",
    "treasury",
    "budget",
    "fiscal",
    "foreign-policy",
    "policy",
    "communications",
    "information",
    "immigration",
    "housing",
    "environmental",
    "technology",
    "science",
    "research",
    "legal",
    "military",
    "army",
    "police",
    "intelligence",
    "government",
    "bank",
    "central",
    "financial",
    "operating",
    "technical",
    "marketing",
    "sales",
    "investment",
    "market",
    "oil",
    "mining",
    "veteran",
    "longtime",
    "long-time",
    "newly",
    "new",
    "outgoing",
    "incoming",
    "elected",
    "appointed",
    "retired",
    "late",
    "current",
    "sitting",
    "co",
    "joint",
    "lead",
    "leading",
    "head",
    "principal",
    "associate",
    "presidential",
    "ministerial",
    "republican",
    "democratic",
    "conservative",
    "liberal",
    "socialist",
    "communist",
    "separatist",
    "rebel",
    "nationalist",
    "right-wing",
    "left-wing",
    "hardline",
    "moderate",
    "independent",
    "unseeded",
    "top-seeded",
    "second-seeded",
    "third-seeded",
    "fourth-seeded",
    "fifth-seeded",
    "sixth-seeded",
    "seventh-seeded",
    "eighth-seeded",
    "defending",
    "reigning",
    "olympic",
    "international",
    "county",
    "city",
    "district",
    "provincial",
    "municipal",
    "vice-presidential",
    "peace",
    "union",
    "trade-union",
    "labour-party",
    "human-rights",
    "rights",
    "aid",
    "relief",
    "tourism",
    "fisheries",
    "water",
    "food",
    "commerce",
    "development",
    "public",
}

# Capitalised words that are never (part of) a person's name in running text: function words that
# start sentences, calendar words, places, nationalities, organisation words.
NON_NAME_WORDS = frozenset(
    """
A An The This That These Those It Its He She His Her Him They Their Them We Our Us You Your I My Me
Himself Herself Itself Themselves Myself Yourself Yourselves Ourselves Hers Theirs Mine Ours Yours
In On At By For From To Of With Without Within Into Onto Over Under About After Before Since Until
During Between Among Against Across Through Throughout Near Around Behind Beyond Despite Following
And But Or Nor So Yet If When While Where Why How What Which Who Whom Whose As Than Then Also Both
Either Neither Each Every All Any Some No Not None Many Much More Most Few Several Other Another
Such Only Just Even Still Already Now Here There Today Tonight Yesterday Tomorrow Meanwhile However
Although Though Because Unless Whether Once Later Earlier Last Next First Second Third Fourth Fifth
Final Finally Elsewhere Instead Indeed Thus Hence Therefore Moreover Furthermore Nevertheless
According Asked Speaking Writing Reporting Including Excluding Under Unlike Like Per Via Re Vs
Is Are Was Were Be Been Being Has Have Had Do Does Did Will Would Shall Should Can Could May Might
Must Said Says Told Asked Added Says Noted Let Please Thank Thanks Yes No Okay OK Mr Mrs Ms Dr
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun
January February March April June July August September October November December Jan Feb Mar Apr
Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter Ramadan Eid Hanukkah Thanksgiving
Labour Conservative Conservatives Tory Tories Democrat Democrats Democratic Republican Republicans
Liberal Liberals Socialist Socialists Communist Communists Green Greens Party Parties Government
Parliament Commons Congress Senate House Assembly Cabinet Ministry Department Council Committee
Commission Court Union Federation League Association Organisation Organization Agency Authority
Bureau Office Service Services Police Army Navy Force Forces Guard Corps Bank Fund Group Company
Corporation Corp Inc Ltd Plc PLC LLC Co Holdings Airlines Airways Motors Industries International
University College School Institute Academy Hospital Foundation Trust Society Club Team United
City Town County State States Province Region District Street Road Avenue Square Park Bridge
Airport Station Port Harbour Harbor Island Islands River Lake Mountain Mountains Valley Heights Hills
Sea Ocean Gulf Bay Coast Peninsula Desert Canal Strait Cup Open Championship Championships Games
Olympics Olympic Tour Grand Prix Series Trophy Stadium Arena Times Post News Journal Herald Telegraph
Guardian Gazette Tribune Radio Television TV Agency Press Reuters Network Channel Online Media
Twitter Facebook Instagram YouTube Google Apple Microsoft Amazon Internet Web
FoxNews Politico POLITICO Vox Axios BuzzFeed HuffPost Breitbart PolitiFact Xinhua
Hamas Hezbollah Fed Vatican Pyongyang Benghazi Harvard Yale Obamacare Medicare Medicaid
Hispanics Latinos Latinas Evangelicals Shiite Shiites Sunnis Emeritus
North South East West Northern Southern Eastern Western Central Middle Far Upper Lower Greater New
Old Great Little Saint St San Santa Los Las Le La El Fort Mount Lake Port Cape
Africa America Americas Asia Europe Australia Antarctica Arctic Pacific Atlantic Indian Mediterranean
Britain England Scotland Wales Ireland Kingdom UK US USA EU UN NATO America Canada Mexico Brazil
Argentina Chile Peru Colombia Venezuela Cuba France Germany Italy Spain Portugal Netherlands Holland
Belgium Switzerland Austria Sweden Norway Denmark Finland Iceland Poland Russia Ukraine Belarus
Greece Turkey Cyprus Romania Bulgaria Hungary Serbia Croatia Bosnia Slovenia Slovakia Czech
Lithuania Latvia Estonia Moldova Georgia Armenia Azerbaijan Kazakhstan Uzbekistan China Japan Korea
Taiwan Hong Kong Macau Mongolia India Pakistan Bangladesh Afghanistan Iran Iraq Syria Lebanon
Israel Palestine Jordan Egypt Libya Tunisia Algeria Morocco Sudan Ethiopia Somalia Kenya Uganda
Tanzania Rwanda Nigeria Ghana Senegal Zimbabwe Zambia Angola Mozambique Namibia Botswana Congo
Saudi Arabia Yemen Oman Qatar Kuwait Bahrain Emirates Dubai Thailand Vietnam Cambodia Laos Burma
Myanmar Malaysia Singapore Indonesia Philippines Zealand Sri Lanka Nepal Tibet Beijing Shanghai
Tokyo Moscow London Paris Berlin Rome Madrid Brussels Washington Ottawa Canberra Delhi Seoul
Jerusalem Baghdad Tehran Kabul Cairo Geneva Vienna Warsaw Prague Budapest Athens Ankara Istanbul
Kiev Kyiv Dublin Edinburgh Belfast Cardiff Manchester Liverpool Birmingham Leeds Glasgow Chicago
Boston Miami Dallas Houston Atlanta Texas California Florida Virginia Ohio Michigan Illinois
Brussels Frankfurt Munich Hamburg Milan Naples Barcelona Lisbon Amsterdam Stockholm Oslo Helsinki
Copenhagen Zurich Sydney Melbourne Toronto Montreal Vancouver Mumbai Karachi Lagos Nairobi Johannesburg
British English Scottish Welsh Irish American Americans Canadian Mexican Brazilian Argentine
Argentinian Chilean Peruvian Colombian Venezuelan Cuban French German Italian Spanish Portuguese
Dutch Belgian Swiss Austrian Swedish Norwegian Danish Finnish Polish Russian Ukrainian Greek Turkish
Cypriot Romanian Bulgarian Hungarian Serbian Croatian Bosnian Slovenian Slovak Czech Lithuanian
Latvian Estonian Georgian Armenian Chinese Japanese Korean Taiwanese Mongolian Indian Pakistani
Bangladeshi Afghan Iranian Iraqi Syrian Lebanese Israeli Israelis Palestinian Palestinians Jordanian
Egyptian Libyan Tunisian Algerian Moroccan Sudanese Ethiopian Somali Kenyan Ugandan Nigerian
Ghanaian Zimbabwean Saudi Yemeni Omani Qatari Kuwaiti Emirati Thai Vietnamese Cambodian Burmese
Malaysian Singaporean Indonesian Filipino Australian Australians Aussie Kiwi Zealander European
Europeans African Africans Asian Asians Arab Arabs Muslim Muslims Jewish Jews
Christians Catholic Catholics Protestant Hindu Sikh Buddhist Islamic Western Westerners Soviet Kurdish Kurds
Tamil Tamils Serb Serbs Croat Croats Muslim Hutu Tutsi Shi'ite Sunni Shia Taliban
Prime Minister President Secretary Foreign Minister Chancellor Senator Governor Mayor Judge Justice
Chief Executive Officer Director Chairman Spokesman Spokeswoman Ambassador Commissioner King Queen
Prince Princess Pope General Colonel Captain Commander Coach Manager Leader Speaker Premier
Sir Lord Lady Dame Professor Prof Rev Reverend Sheikh
Results Result Scores Score Standings Table Soccer Football Tennis Golf Cricket Rugby Baseball
Basketball Hockey Athletics Cycling Boxing Racing Motorcycling Swimming Skiing Sailing Division
Premier Round Final Semifinal Quarterfinal Men Women Men's Women's Singles Doubles Points Total
Note Notes Source Sources Editor Editors Copyright Photo Picture Video Watch Read Click Share
Reporting Writing Editing Additional Story Continued Advertisement Related Topics Breaking
Covid Coronavirus Brexit Internet God Allah Jesus Christ Bible Koran Quran Web Net
I'm I’m I've I’ve I'd I’d I'll I’ll
Inc. Ltd. Corp. Co. St.
""".split()
)

# Lower-case particles inside names ("Nikolaus van der Pas", "Loyola de Palacio").
NAME_PARTICLES = frozenset(
    "van von der den de del della di da dos das du la le bin ibn al el ter ten y zu af av ben bint".split()
)

# Particles that are also English given names. First in a name they are the first name ("Al Gore",
# "Ben Carson", "Van Jones"); after another name word they stay particles ("Chris Van Hollen", "Zine El
# Abidine Ben Ali"), and the two words alone are that person's surname ("Van Hollen said").
GIVEN_NAME_PARTICLES = frozenset({"Al", "Ben", "Van"})

# Title words that are also common surnames: after a known first name they end the name ("Howard Dean",
# "Larry King", "John Major"), where another title word would start the next phrase.
TITLE_SURNAMES = frozenset({"Dean", "King", "Major", "Marshall", "Bishop", "Judge", "Pope", "Chancellor"})

# Generational suffixes kept as part of the name ("William Clay Ford Jr.").
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})

# Nouns for a person the article does not name, with the gender they give. Only gendered nouns: "the
# officer" or "a spokesman for X" is as often a side figure whose "he" is the named person.
UNNAMED_PERSON_GENDER: dict[str, str] = {
    **dict.fromkeys("man boy gunman husband father son brother".split(), "m"),
    **dict.fromkeys("woman girl wife mother daughter sister".split(), "f"),
}
PRONOUNS_MALE = frozenset({"he", "him", "his", "himself"})
PRONOUNS_FEMALE = frozenset({"she", "her", "hers", "herself"})


def pronoun_sex(word: str) -> str | None:
    """"m" for he/him/his/himself, "f" for she/her/hers/herself (lower case), None for any other word."""
    return "m" if word in PRONOUNS_MALE else "f" if word in PRONOUNS_FEMALE else None

# Capitalised words that are common English words: as a first name they need more evidence than
# a following capitalised word ("May Day", "Will Power", "Mark Twain" is fine with a cue).
AMBIGUOUS_FIRST_NAMES = frozenset(
    """
the said will may hope faith joy art long young king price june april august gay penny summer autumn one
winter sunny sky star moon rock stone lane page major general royal grand man van von san de la le
del al el jordan israel paris china india georgia virginia carolina florence victoria lincoln
washington houston austin dallas orlando sydney adelaide chelsea arsenal everton madrid milan roma
union european french german english irish scottish welsh dutch swiss north south east west central
new old great little big good best gold silver brown black white green gray grey red blue pink
prime chief deputy state president minister senator judge father mother sister brother captain
marshal crown champion cup world premier national fortuna real sporting santa
""".split()
)


@lru_cache(maxsize=1)
def _detector() -> Any:
    import gender_guesser.detector as gd  # local import: a ~0.2 s load paid once, only when needed

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Webster's Second International (web2, public domain) through the english-words package: 234,000
    lower-case words, few proper nouns (but common given names such as "william" and "mary")."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"], lower=True, alpha=True))


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ly", ""))


def is_english_word(word: str) -> bool:
    """Whether a word, or it without an inflection ("Photos", "Praised", "Choosing"), is an English dictionary
    word. "Barack", "Jeb", "Reince" are not; "Never", "Star", "Photos" are (and so, alas, "Mitt", and common
    given names: only ask of words that the first-name dictionary does not know)."""
    low = word.lower()
    words = _english_words()
    return low in words or any(low.endswith(end) and len(low) - len(end) >= 3 and low[: -len(end)] + stem in words
                               for end, stem in _INFLECTIONS)


@lru_cache(maxsize=1)
def first_names() -> dict[str, tuple[str | None, int]]:
    """Lower-cased first name -> (gender or None, frequency score) from gender-guesser's dictionary.

    The frequency score sums the dictionary's per-country frequency digits (hex, 1-D), so a name
    common in many countries scores high and a rare spelling scores 1.
    """
    out: dict[str, tuple[str | None, int]] = {}
    for name, genders in _detector().names.items():
        male = female = 0
        for gender, freqs in genders.items():
            score = sum(int(c, 16) for c in freqs if c.strip())
            if gender in ("male", "mostly_male"):
                male += score
            elif gender in ("female", "mostly_female"):
                female += score
            else:  # "andy": used for both
                male += score // 2
                female += score // 2
        total = male + female
        if not total:
            continue
        gender: str | None = None
        if male >= 3 * max(female, 1) or (female == 0 and male > 0):
            gender = "m"
        elif female >= 3 * max(male, 1) or (male == 0 and female > 0):
            gender = "f"
        out[name] = (gender, total)
    for name, gender in GIVEN_NAMES_SUPPLEMENT.items():
        # as common as a name known in a few countries; the dictionary scores some of them as rare ("barack": 1)
        if out.get(name, (None, 0))[1] < 5:
            out[name] = (gender, 5)
    return out


# Given names of public figures that gender-guesser's dictionary lacks or scores as rare ("barack", "jeb",
# "newt": 1); some are English words ("mitt", "tulsi", "tipper", "newt"), so without this list only a cue
# such as "said" or a title finds "Mitt Romney", and "Barack Obama tried" or "against Barack Obama" no one.
GIVEN_NAMES_SUPPLEMENT: dict[str, str] = {
    "mitt": "m", "reince": "m", "beto": "m", "rahm": "m", "deval": "m", "sherrod": "m", "tulsi": "f",
    "kellyanne": "f", "tipper": "f", "barack": "m", "jeb": "m", "newt": "m", "keir": "m", "shinzo": "m",
    "narendra": "m", "rishi": "m", "tayyip": "m", "mahathir": "m", "luiz": "m", "evo": "m", "steny": "m",
    "jerrold": "m", "jamaal": "m", "jacinda": "f", "kyrsten": "f", "mazie": "f", "ayanna": "f", "cori": "f",
    "dilma": "f", "benazir": "f",
}


# Words that make a capitalised run an organisation, place, event or work rather than a person
# wherever they stand in it ("Deutsche Bank", "Golan Heights", "Canadian Open").
ORG_WORDS = frozenset(
    """
Party Parties Government Parliament Commons Congress Senate Assembly Cabinet Ministry Department
Council Committee Commission Court Union Federation League Association Organisation Organization
Agency Authority Bureau Office Service Services Police Army Navy Force Forces Guard Corps Bank Fund
Group Company Corporation Corp Inc Ltd Plc PLC LLC Holdings Airlines Airways Motors Industries
International University College School Institute Academy Hospital Foundation Trust Society Club
Team City Town County State States Province Region District Street Road Avenue Square Bridge
Airport Station Harbour Harbor Island Islands River Lake Mountain Mountains Valley Heights Hills Sea
Ocean Gulf Bay Coast Peninsula Desert Canal Strait Cup Open Championship Championships Games Olympics
Tour Prix Series Trophy Stadium Arena Times Post News Journal Herald Telegraph Gazette Tribune Radio
Television TV Press Network Channel Media Exchange Index Market Markets Securities Capital Partners
Bancorp Financial Insurance Energy Oil Petroleum Gas Electric Systems Technologies Technology
Software Communications Telecom Pharmaceuticals Motor Steel Mining Resources Airline Rail Railway
Railways Hotel Hotels Cathedral Mosque Museum Gallery Theatre Theater Centre Center
Prize Award Awards Act Treaty Accord Agreement Declaration Charter Constitution Republic
Kingdom Emirates Federation Empire Dynasty Province Territory Territories Straits War Revolution
Conference Summit Forum Festival Week Year Movement Front Alliance Coalition Brigade Brigades
Division Battalion Regiment Command Fleet Squadron Institute Laboratory Laboratories Project Program
Programme Initiative Council Board Ministry Tribunal Prison Jail Palace
Building Plaza Mall Stores Store Restaurant Cafe Bros Sons Associates Consulting Research
Analytics Solutions Ventures Investments Investors Funds Reserve Treasury Police Rangers Rovers
Wanderers Athletic Athletico Atletico Sporting Dynamo Olympique Real Inter Juventus Ajax Celtic FC
AFC CF SC Stakes Handicap Derby Marathon Grand Rally Classic Invitational Memorial Trophy
Institution Institutions Library Libraries Facility Elementary Firm Room Garden Gardens Klan Motorsports
Development Pentagon Kremlin Violence Monitor Register Examiner Observer Inquirer Enquirer
Chronicle Bulletin Dispatch Sentinel Courier Ledger
Qaeda Jazeera Arabiya Shabab Shabaab Nusra Base Accords Universe Co Show Administration Caucus Images
Democrats Republicans Amendment Amendments Campaign Overnight OutFront Parenthood Approval
Review Report Studios Boulevard Doctrine Bowl Era Plan Rebellion
""".split()
)
# Words that end an organisation's or a law's name but start a person's: "the Brady Bill", "Bill Clinton".
ORG_LAST_WORDS = frozenset({"Bill", "Bills"})
# Words that end a place's, a day's or a building's name and are surnames too ("Election Day", "Trump Tower"
# but "Kristen Day", "John Tower", "Todd Park"): after an English word that is no first name the run names
# no person.
PLACE_OR_SURNAME_LAST_WORDS = frozenset("Day Hall Park Church Tower Law Rule Case Temple Gate".split())
# Organisations, places and things named like a person ("Merrill Lynch said", "Fannie Mae", "Sandy Hook",
# "Puerto Rico"): a run ending in one of these names is no person.
NAMED_LIKE_PEOPLE = frozenset({
    "Merrill Lynch", "Morgan Stanley", "Goldman Sachs", "Fannie Mae", "Freddie Mac", "Sallie Mae", "Ginnie Mae",
    "Dow Jones", "Smith Barney", "Dean Witter", "Paine Webber", "Wells Fargo", "Kaiser Permanente",
    "Planned Parenthood", "Arthur Andersen", "Charlie Hebdo",
    "Sandy Hook", "Capitol Hill", "Sierra Leone", "Puerto Rico", "Costa Rica", "Rio Grande", "Sierra Nevada",
    "Roman Catholic",
})
# Church denominations: before another word they make an organisation ("Baptist Church", "Lutheran
# Seminary"); last in a run they may be a surname ("Edward Baptist").
DENOMINATIONS = frozenset(
    """Baptist Methodist Episcopal Lutheran Presbyterian Orthodox Mormon Evangelical Pentecostal Anglican
    Adventist Unitarian Congregational Catholic""".split()
)

# US states (and the capital district) as news copy writes them after a town: full names and AP style
# abbreviations (not postal codes: "OK", "IN", "ME" are words too; not "Washington", which as often
# follows a name in a list or a sentence: "Trump, Washington gasped"). "Des Moines, Iowa" and "Ann Arbor,
# Mich." name places, not people.
US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
Wisconsin Wyoming Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky.
La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa.
R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wisc. Wyo. D.C.""".split()
) | frozenset(
    ("New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
     "Rhode Island", "South Carolina", "South Dakota", "West Virginia")
)


@lru_cache(maxsize=4096)
def sure_gender(first_name: str) -> str | None:
    """"m" or "f" only when the dictionary gives the first name to one gender alone in every country it
    knows ("male"/"female", not "mostly_male" or unisex): "Ann" is "f", "Lindsey" and "Bernie" are None."""
    if first_name.lower() in GIVEN_NAMES_SUPPLEMENT:
        return GIVEN_NAMES_SUPPLEMENT[first_name.lower()]
    gender = _detector().get_gender(first_name)
    return "m" if gender == "male" else "f" if gender == "female" else None
