"""Two article paragraphs per language, written for the tests of the families' packs,
and where a test puts its junk among them.

Plain news prose on council budgets and building works, in every language a pack
covers (Catalan, Greek and Turkish too, for the packs now being written): the article
the junk of a test is put around, which must come back unchanged.
"""

ARTICLES = {
    "en": ["The council approved the harbour budget on Monday after a long debate.",
           "Officials said work on the new bridge would begin in the spring."],
    "de": ["Der Stadtrat hat am Montag den Haushalt für den Hafen beschlossen.",
           "Die Arbeiten an der neuen Brücke sollen im Frühjahr beginnen."],
    "fr": ["Le conseil municipal a adopté lundi le budget du port.",
           "Les travaux du nouveau pont commenceront au printemps."],
    "es": ["El ayuntamiento aprobó el lunes el presupuesto del puerto.",
           "Las obras del nuevo puente comenzarán en primavera."],
    "it": ["Il consiglio comunale ha approvato lunedì il bilancio del porto.",
           "I lavori del nuovo ponte inizieranno in primavera."],
    "pt": ["A câmara aprovou na segunda-feira o orçamento do porto.",
           "As obras da nova ponte começam na primavera."],
    "nl": ["De gemeenteraad keurde maandag de begroting voor de haven goed.",
           "De bouw van de nieuwe brug begint in het voorjaar."],
    "ru": ["Городской совет в понедельник утвердил бюджет порта.",
           "Строительство нового моста начнется весной."],
    "ja": ["市議会は月曜日、港湾予算を承認した。", "新しい橋の工事は春に始まる。"],
    "zh": ["市议会周一批准了港口预算。", "新桥的建设将于春季开始。"],
    "sv": ["Kommunfullmäktige i Umeå beslutade på måndagen att bygga en ny simhall.",
           "Bygget väntas starta i höst och kosta drygt 300 miljoner kronor."],
    "da": ["Byrådet i Aarhus vedtog mandag at bygge en ny svømmehal ved havnen.",
           "Byggeriet ventes at begynde til efteråret og koste 300 millioner kroner."],
    "nb": ["Bystyret i Bergen vedtok mandag å bygge en ny svømmehall på Sandviken.",
           "Arbeidet skal etter planen starte til høsten og koste 300 millioner kroner."],
    "pl": ["Rada miasta w Gdańsku zdecydowała w poniedziałek o budowie nowego basenu.",
           "Prace mają ruszyć jesienią i kosztować około 80 mln zł."],
    "cs": ["Zastupitelé Olomouce v pondělí schválili stavbu nového krytého bazénu.",
           "Stavba by měla začít na podzim a stát přibližně 400 milionů korun."],
    "ro": ["Consiliul local din Brașov a aprobat luni construcția unui nou bazin de înot.",
           "Lucrările ar urma să înceapă în toamnă și să coste 60 de milioane de lei."],
    "fi": ["Tampereen kaupunginvaltuusto päätti maanantaina rakentaa uuden uimahallin.",
           "Rakennustyöt alkavat syksyllä, ja hanke maksaa noin 40 miljoonaa euroa."],
    "hu": ["A debreceni közgyűlés hétfőn döntött egy új uszoda építéséről.",
           "Az építkezés ősszel kezdődik, és mintegy 12 milliárd forintba kerül."],
    "ca": ["El ple de l'Ajuntament de Girona va aprovar dilluns una nova piscina coberta.",
           "Les obres començaran a la tardor i costaran uns 12 milions d'euros."],
    "el": ["Το δημοτικό συμβούλιο της Πάτρας ενέκρινε τη Δευτέρα νέο κλειστό κολυμβητήριο.",
           "Οι εργασίες θα ξεκινήσουν το φθινόπωρο και θα κοστίσουν περίπου 12 εκατ. ευρώ."],
    "tr": ["İzmir Belediye Meclisi pazartesi günü yeni bir kapalı yüzme havuzunu onayladı.",
           "Çalışmaların sonbaharda başlaması ve 300 milyon liraya mal olması bekleniyor."],
}

#: Language names, for the ids of parametrised tests.
NAMES = {
    "sv": "swedish", "da": "danish", "nb": "norwegian", "pl": "polish", "cs": "czech",
    "ro": "romanian", "fi": "finnish", "hu": "hungarian", "ca": "catalan", "el": "greek",
    "tr": "turkish",
}

#: Where a test puts a line of junk: before, after or between an article's paragraphs.
POSITIONS = ["head", "tail", "middle"]


def placed(article: list[str], junk: str, where: str) -> list[str]:
    """The article's paragraphs with ``junk`` at ``where`` (one of ``POSITIONS``)."""
    if where == "head":
        return [junk, *article]
    if where == "tail":
        return [*article, junk]
    return [article[0], junk, *article[1:]]


def every_shape(article: list[str], unit: list[str]) -> list[tuple[str, str]]:
    """(text, what cleaning must leave) for ``unit``'s lines at the article's head and
    at its tail as paragraphs, and both flattened onto one line."""
    kept = "\n\n".join(article)
    return [
        ("\n".join(unit) + "\n\n" + kept, kept),
        (kept + "\n\n" + "\n".join(unit), kept),
        (" ".join([*article, *unit]), " ".join(article)),
        (" ".join([*unit, *article]), " ".join(article)),
    ]


# Two English paragraphs the promo tests set a unit between (``dressed``).
BEFORE = "The county council approved the new budget on Monday after a long debate."
AFTER = "Work on the ring road will begin in the spring, a spokesperson said."
ARTICLE = f"{BEFORE}\n\n{AFTER}"
LONG = ("The harbour board met on Tuesday and agreed to repair the north wall before the "
        "winter storms, after engineers found cracks along a forty-metre stretch.")


def dressed(unit: str) -> str:
    """``unit`` as a paragraph between ``BEFORE`` and ``AFTER``."""
    return f"{BEFORE}\n\n{unit}\n\n{AFTER}"
