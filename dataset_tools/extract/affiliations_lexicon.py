"""Countries and political parties as news text names them, each mapped to one canonical name.

Hand-written from general knowledge (country names, their adjectives and common abbreviations; the
parties that English-language news names most), not from any benchmark. Matching is case-sensitive:
"US" is a country, "us" is not; "Conservative MP" is a party, "conservative commentator" is not.

Forms left out on purpose, because they name something else as often as a country or party:
"Georgia" and "Jordan" (a US state, a first name), "Chad", bare "Korean" and "Congolese" (which of two
countries?), "English" (the language), "Labor" (the US Labor Secretary), "Independent" (a newspaper),
"Green" (a surname).
"""

from __future__ import annotations

# One country a line: its canonical name, other names and abbreviations, then after "|" its adjectives.
# A name needs a possessive to qualify a person directly ("Britain's Prince Charles"); an adjective does
# not ("French Foreign Minister", "American Serena Williams").
_COUNTRY_LINES = """
Afghanistan | Afghan
Albania | Albanian
Algeria | Algerian
Argentina | Argentine, Argentinian
Armenia | Armenian
Australia | Australian
Austria | Austrian
Azerbaijan | Azerbaijani
Bahrain | Bahraini
Bangladesh | Bangladeshi
Belarus | Belarusian
Belgium | Belgian
Bolivia | Bolivian
Bosnia and Herzegovina, Bosnia | Bosnian
Brazil | Brazilian
Bulgaria | Bulgarian
Cambodia | Cambodian
Cameroon | Cameroonian
Canada | Canadian
Chile | Chilean
China | Chinese
Colombia | Colombian
Croatia | Croatian
Cuba | Cuban
Cyprus | Cypriot
Czech Republic, Czechia | Czech
Denmark | Danish
Ecuador | Ecuadorian
Egypt | Egyptian
England
Estonia | Estonian
Ethiopia | Ethiopian
Finland | Finnish
France | French
Germany | German
Ghana | Ghanaian
Greece | Greek
Hungary | Hungarian
Iceland | Icelandic
India | Indian
Indonesia | Indonesian
Iran | Iranian
Iraq | Iraqi
Ireland | Irish
Israel | Israeli
Italy | Italian
Japan | Japanese
Kazakhstan | Kazakh
Kenya | Kenyan
Kosovo | Kosovar
Kuwait | Kuwaiti
Latvia | Latvian
Lebanon | Lebanese
Libya | Libyan
Lithuania | Lithuanian
Malaysia | Malaysian
Mexico | Mexican
Moldova | Moldovan
Mongolia | Mongolian
Morocco | Moroccan
Myanmar, Burma | Burmese
Nepal | Nepalese, Nepali
Netherlands, Holland | Dutch
New Zealand
Nicaragua | Nicaraguan
Nigeria | Nigerian
North Korea | North Korean
Northern Ireland | Northern Irish
Norway | Norwegian
Oman | Omani
Pakistan | Pakistani
Palestine | Palestinian
Peru | Peruvian
Philippines | Philippine, Filipino
Poland | Polish
Portugal | Portuguese
Qatar | Qatari
Romania | Romanian
Russia | Russian
Rwanda | Rwandan
Saudi Arabia | Saudi
Scotland | Scottish
Senegal | Senegalese
Serbia | Serbian
Singapore | Singaporean
Slovakia | Slovak
Slovenia | Slovenian
Somalia | Somali
South Africa | South African
South Korea | South Korean
Soviet Union, USSR | Soviet
Spain | Spanish
Sri Lanka | Sri Lankan
Sudan | Sudanese
Sweden | Swedish
Switzerland | Swiss
Syria | Syrian
Taiwan | Taiwanese
Thailand | Thai
Tunisia | Tunisian
Turkey, Türkiye | Turkish
Uganda | Ugandan
Ukraine | Ukrainian
United Arab Emirates, UAE | Emirati
United Kingdom, UK, U.K., Britain, Great Britain | British
United States, US, U.S., USA, U.S.A., America | American
Uruguay | Uruguayan
Uzbekistan | Uzbek
Venezuela | Venezuelan
Vietnam | Vietnamese
Wales | Welsh
Yemen | Yemeni
Zimbabwe | Zimbabwean
"""


def _countries() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for line in _COUNTRY_LINES.strip().splitlines():
        name_part, _, adjective_part = line.partition("|")
        forms = [f.strip() for f in name_part.split(",")]
        names.update((f, forms[0]) for f in forms)
        adjectives.update((f.strip(), forms[0]) for f in adjective_part.split(",") if f.strip())
    return names, adjectives


# form -> canonical country name
COUNTRY_NAMES, COUNTRY_ADJECTIVES = _countries()

# canonical party name -> the forms that name the party or its members ("Tory", "Democrats").
PARTIES: dict[str, tuple[str, ...]] = {
    "Conservative": ("Conservative Party", "Conservatives", "Conservative", "Tories", "Tory"),
    "Labour": ("Labour Party", "Labour"),
    "Liberal Democrats": ("Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem"),
    "Scottish National Party": ("Scottish National Party", "SNP"),
    "Democratic Unionist Party": ("Democratic Unionist Party", "Democratic Unionists", "Democratic Unionist",
                                  "DUP"),
    "Sinn Féin": ("Sinn Féin", "Sinn Fein"),
    "Plaid Cymru": ("Plaid Cymru",),
    "Green": ("Green Party", "Greens"),
    "Reform UK": ("Reform UK",),
    "UKIP": ("UKIP",),
    "Democratic": ("Democratic Party", "Democrats", "Democrat", "Democratic"),
    "Republican": ("Republican Party", "Republicans", "Republican", "GOP"),
    "Social Democrats": ("Social Democrats", "Social Democrat", "Social Democratic"),
    "Christian Democrats": ("Christian Democrats", "Christian Democrat", "Christian Democratic"),
    "Communist": ("Communist Party", "Communists", "Communist"),
    "Liberal": ("Liberal Party", "Liberals", "Liberal"),
    "CDU": ("CDU",),
    "SPD": ("SPD",),
    "AfD": ("AfD",),
    "BJP": ("BJP", "Bharatiya Janata Party"),
    "ANC": ("ANC", "African National Congress"),
    "Likud": ("Likud",),
    "Fidesz": ("Fidesz",),
}

# Words after a party or country form that make the phrase something else: "Republican Guard",
# "Democratic Republic of Congo", "American Airlines", "US Open champion".
NOT_AFFILIATION_NEXT = frozenset("Guard Guards Republic Airlines Airways Express Museum Open Grand Cup League".split())

# US congressional party letters in brackets after a name: "(R-Ariz.)", "(D-N.Y.)", "(I)".
US_PARTY_LETTERS = {"R": "Republican", "D": "Democratic"}
