"""Banners, round 24: the walls written-22 left: Klaro's consent notice in the languages
it ships (its default strings, a fact about the tool), metered paywalls that count
their limit ("Has alcanzado el límite de 5 noticias gratuitas este mes.", "Je hebt 3 van
de 5 gratis artikelen van deze maand gelezen.") with their offer on the line under the
count, a Premium box ("CONTENIDO PREMIUM" / "… hazte Premium por 0,99 € el primer mes."
/ "¿Ya eres Premium? Inicia sesión"), an app-only wall ("This story is only available
in the app. …"), the consent dialog of Czech portals and the credit line of Cookie
Information, the Danish consent tool.

Positive tables: each wall at the head and the tail of an article, as paragraphs and
flattened (and glued where a rule reads joins). Negative tables: article sentences
with the same words (a council's services, a union's refusal, a reader's count of
articles, a bus operator's app, a price in a report) stay exactly as they are, alone
and around the article's paragraphs; and a count an article cites over an offer line.
All text here is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round11 as round11
from tests.cleaners import test_banners_round14 as round14
from tests.cleaners._articles import ARTICLES, every_shape

from cleantext import clean
from cleantext.cleaners.banners import banners

# (language, what it is, wall lines): every shape, glued too
WALLS = [
    ("en", "Klaro's notice",
     ["Hi! Could we please enable some additional services for Analytics and Video? You "
      "can always change or withdraw your consent later.",
      "Let me choose", "I decline", "That's ok", "Realized with Klaro!"]),
    ("de", "Klaro's notice",
     ["Hallo! Könnten wir bitte einige zusätzliche Dienste für Statistik und Video "
      "aktivieren? Sie können Ihre Zustimmung später jederzeit ändern oder zurückziehen.",
      "Lassen Sie mich wählen", "Ich lehne ab", "Das ist ok", "Realisiert mit Klaro!"]),
    ("fr", "Klaro's notice",
     ["Bonjour ! Pourrions-nous activer des services supplémentaires pour Statistiques et "
      "Vidéo? Vous pouvez toujours modifier ou retirer votre consentement plus tard.",
      "Laissez-moi choisir", "Je refuse", "C'est bon.", "Réalisé avec Klaro !"]),
    ("nl", "Klaro's notice",
     ["Hallo, kunnen wij u een aantal extra diensten aanbieden voor Statistieken en Video? "
      "U kunt uw toestemming later altijd nog wijzigen of intrekken.",
      "Laat me kiezen", "Ik weiger", "Dat is oké", "Gerealiseerd met Klaro!"]),
    ("es", "Klaro's notice",
     ["¡Hola! ¿Podríamos habilitar algunos servicios adicionales para Estadísticas y Vídeo? "
      "Siempre podrá cambiar o retirar su consentimiento más tarde.",
      "Quiero elegir", "Descartar todas", "De acuerdo", "¡Realizado con Klaro!"]),
    ("it", "Klaro's notice",
     ["Salve, possiamo attivare alcuni servizi aggiuntivi per Statistiche e Video? Può "
      "sempre modificare o ritirare il suo consenso in un secondo momento.",
      "Lasciatemi scegliere", "Rifiuto", "Va bene così", "Realizzato con Klaro!"]),
    ("pt", "Klaro's notice",
     ["Olá! Poderíamos, por favor, habilitar alguns serviços adicionais para Estatísticas e "
      "Vídeo? Você pode sempre mudar ou retirar seu consentimento mais tarde.",
      "Deixe-me escolher", "Recusar", "Aceito.", "Realizado com Klaro!"]),
]

# (language, what it is, wall lines): as paragraphs at the head and the tail, flattened
LINES = [
    ("en", "Klaro's notice under a site's heading",
     ["We'd like your consent",
      "Hi! Could we please enable some additional services for Analytics and Video? You "
      "can always change or withdraw your consent later.",
      "Let me choose  I decline  That's ok", "Realized with Klaro!"]),
    ("es", "meter that counts its limit, its offer under it",
     ["Has alcanzado el límite de 5 noticias gratuitas este mes.",
      "Suscríbete por 1 € el primer mes y sigue leyendo sin límites."]),
    ("nl", "meter that counts what was read, its offer under it",
     ["Je hebt 3 van de 5 gratis artikelen van deze maand gelezen.",
      "Neem een abonnement voor € 1 per week en lees onbeperkt."]),
    ("de", "meter that counts what was read, its offer under it",
     ["Sie haben 3 von 5 kostenlosen Artikeln in diesem Monat gelesen.",
      "Jetzt abonnieren: 1 € im ersten Monat und unbegrenzt weiterlesen."]),
    ("de", "meter that counts its limit, its offer under it",
     ["Sie haben Ihr Limit von 5 kostenlosen Artikeln in diesem Monat erreicht.",
      "Jetzt abonnieren: 1 € im ersten Monat und unbegrenzt weiterlesen."]),
    ("fr", "meter that counts its limit, its offer under it",
     ["Vous avez atteint la limite de 5 articles gratuits ce mois-ci.",
      "Abonnez-vous pour 1 € le premier mois et lisez sans limite."]),
    ("fr", "meter that counts what was read, its offer under it",
     ["Vous avez lu 3 articles gratuits sur 5 ce mois-ci.",
      "Abonnez-vous pour 1 € le premier mois et lisez sans limite."]),
    ("it", "meter that counts its limit, its offer under it",
     ["Hai raggiunto il limite di 5 articoli gratuiti questo mese.",
      "Abbonati a 1 € il primo mese e continua a leggere senza limiti."]),
    ("it", "meter that counts what was read, its offer under it",
     ["Hai letto 3 articoli gratuiti su 5 questo mese.",
      "Abbonati a 1 € il primo mese e continua a leggere senza limiti."]),
    ("pt", "meter that counts its limit, its offer under it",
     ["Você atingiu o limite de 5 artigos gratuitos este mês.",
      "Assine por 1 € no primeiro mês e continue lendo sem limites."]),
    ("pt", "meter that counts its limit, its offer under it (pt-PT)",
     ["Atingiu o limite de 5 artigos gratuitos este mês.",
      "Assine por 1 € no primeiro mês e continue a ler sem limites."]),
    ("es", "Premium box",
     ["CONTENIDO PREMIUM",
      "Para seguir leyendo esta noticia hazte Premium por 0,99 € el primer mes.",
      "¿Ya eres Premium? Inicia sesión"]),
    ("es", "Premium box with a comma",
     ["Contenido Premium", "Para seguir leyendo, hazte Premium por 1 € el primer mes.",
      "¿Ya eres Premium? Inicia sesión"]),
    ("it", "Premium box",
     ["CONTENUTO PREMIUM",
      "Per continuare a leggere questo articolo abbonati a Premium a 0,99 € il primo mese.",
      "Sei già abbonato? Accedi"]),
    ("pt", "Premium box",
     ["CONTEÚDO PREMIUM",
      "Para continuar a ler este artigo, assine o Premium por 0,99 € no primeiro mês.",
      "Já é assinante? Inicie sessão"]),
    ("fr", "Premium box",
     ["CONTENU PREMIUM",
      "Pour lire la suite de cet article, abonnez-vous à Premium pour 0,99 € le premier "
      "mois.", "Déjà abonné ? Se connecter"]),
    ("en", "app-only wall",
     ["This story is only available in the app.",
      "Open the Harbour Herald app to keep reading, or download it free from the App "
      "Store or Google Play."]),
    ("en", "app-only wall in one paragraph",
     ["This story is only available in the app. Open in the Herald app to keep reading, "
      "or download it free on the App Store or Google Play."]),
    ("es", "app-only wall",
     ["Esta noticia solo está disponible en la app.",
      "Abre la app de El Faro para seguir leyendo o descárgala gratis en App Store o "
      "Google Play."]),
    ("fr", "app-only wall",
     ["Cet article est disponible uniquement dans l'application.",
      "Ouvrez l'application du Courrier pour continuer votre lecture ou téléchargez-la "
      "gratuitement sur l'App Store ou Google Play."]),
    ("de", "app-only wall",
     ["Dieser Artikel ist nur in der App verfügbar.",
      "Jetzt in der App weiterlesen oder die App kostenlos im App Store oder bei Google "
      "Play herunterladen."]),
    ("nl", "app-only wall",
     ["Dit artikel is alleen beschikbaar in de app.",
      "Open de app van De Stentor om verder te lezen of download hem gratis in de App "
      "Store of Google Play."]),
    ("cs", "consent dialog of Czech portals",
     ["Nastavení souhlasu s personalizací",
      "S vaším souhlasem my a naši partneři používáme cookies nebo obdobné technologie k "
      "ukládání, přístupu a zpracování osobních údajů, jako je vaše návštěva na tomto "
      "webu. Svůj souhlas můžete kdykoli odvolat v zápatí stránky.",
      "Souhlasím  Nastavení  Odmítnout vše"]),
    ("da", "consent dialog with Cookie Information's credit under its buttons",
     ["Denne hjemmeside bruger cookies",
      "Vi bruger cookies til at tilpasse vores indhold og til at analysere vores trafik.",
      "Accepter alle  Afvis alle", "Cookieinformation"]),
]

CONTENT = [
    ("en", "Could we please enable some additional services for the night buses, the "
     "councillor asked."),
    ("en", "Services we would like to use more often include the library and the pool, "
     "residents told the survey."),
    ("en", "That's ok, the coach said after the draw."),
    ("en", "We'd like your consent to film in the square, the director wrote to "
     "residents."),
    ("en", "The new timetable is only available in the app, the bus operator said."),
    ("en", "Tickets are only available in the app, and the museum's website lists no "
     "prices."),
    ("de", "Ich lehne ab, sagte der Bürgermeister zum Vorschlag der Opposition."),
    ("de", "Sie haben 3 von 5 kostenlosen Artikeln gelesen, rechnet die Studie vor."),
    ("fr", "Je refuse, a répondu la maire au préfet."),
    ("fr", "Vous avez lu 3 articles gratuits sur 5? Le journal veut vous faire payer."),
    ("es", "De acuerdo, respondió el alcalde a los vecinos."),
    ("es", "Has alcanzado el límite de 5 noticias gratuitas, dice el aviso que critica la "
     "asociación de consumidores."),
    ("it", "Rifiuto ogni accusa, ha detto il sindaco ai giornalisti."),
    ("nl", "Je hebt 3 van de 5 gratis artikelen gelezen, meldt de site, zei de "
     "onderzoeker."),
    ("nl", "Dat is oké, zei de wethouder over de cookiewet."),
    ("cs", "Svůj souhlas můžete kdykoli odvolat, uvedl úřad v tiskové zprávě."),
]


# The round-24 review found article lines these walls' wordings took (a question with a
# speech tag after it, a count an article goes on from, a how-to's "Para seguir leyendo",
# advice to open an app): the wordings were narrowed (a count or an app-only opener only
# as a sentence of its own, stems that name the story) or reverted (Klaro's question and
# buttons, the counts as openers, "inicia sesión" as a stem, the app's "… or download
# it" sentence). These walls are left in the shapes below: strict xfails, to turn back
# into passes only by a rule that tells them apart from the review's article lines.
_HELD_BACK = frozenset({
    "en Klaro's notice", "de Klaro's notice", "fr Klaro's notice", "nl Klaro's notice",
    "es Klaro's notice", "it Klaro's notice", "pt Klaro's notice",
    "en Klaro's notice under a site's heading",
    "es meter that counts its limit, its offer under it",
    "nl meter that counts what was read, its offer under it",
    "de meter that counts what was read, its offer under it",
    "de meter that counts its limit, its offer under it",
    "fr meter that counts its limit, its offer under it",
    "fr meter that counts what was read, its offer under it",
    "it meter that counts its limit, its offer under it",
    "it meter that counts what was read, its offer under it",
    "pt meter that counts its limit, its offer under it (pt-PT)",
    "es Premium box", "es Premium box with a comma",
    "en app-only wall", "en app-only wall in one paragraph", "es app-only wall",
    "de app-only wall", "nl app-only wall",
})


def _held_back(name: str) -> tuple[pytest.MarkDecorator, ...]:
    """A strict xfail for a wall the review's narrowing leaves (see ``_HELD_BACK``)."""
    if name in _HELD_BACK:
        return (pytest.mark.xfail(strict=True, reason="round-24 review: narrowed/reverted"),)
    return ()


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} {what}", marks=_held_back(f"{lang} {what}"))
     for lang, what, wall in WALLS],
)
def test_wall_goes_in_every_shape(lang: str, wall: list[str]) -> None:
    round14.test_wall_goes_in_every_shape(lang, wall)


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{lang} {what}", marks=_held_back(f"{lang} {what}"))
     for lang, what, wall in LINES],
)
def test_wall_goes_as_lines_and_flattened(lang: str, wall: list[str]) -> None:
    for text, want in every_shape(ARTICLES[lang], wall):
        assert clean(text) == want, text


@pytest.mark.parametrize("lang, sentence",
                         [pytest.param(lang, s, id=f"{lang}: {s[:50]}") for lang, s in CONTENT])
def test_article_sentence_stays(lang: str, sentence: str) -> None:
    round11.test_article_with_the_same_words_stays(lang, sentence)


# A count an article cites, on the line over an offer's line: the offer line is no
# meter's unless the line over it is a count and nothing else.
COUNT_OVER_OFFER = [
    # the count asked as a question
    ("nl", "Je hebt 3 van de 5 gratis artikelen van deze maand gelezen?\n"
     "Neem een abonnement voor € 1 per week en lees onbeperkt."),
    # the count going on after its wording, and quoted
    ("nl", "Je hebt 3 van de 5 gratis artikelen gelezen is de zin die lezers het vaakst "
     "zien, aldus het onderzoek.\nNeem een abonnement voor € 1 per week en lees "
     "onbeperkt."),
    ("pt", "“Você atingiu o limite de 5 artigos gratuitos este mês.”\n"
     "Assine por 1 € no primeiro mês e continue lendo sem limites."),
    # a blank line between them
    ("pt", "Você atingiu o limite de 5 artigos gratuitos este mês.\n\n"
     "Assine por 1 € no primeiro mês e continue lendo sem limites, disse o diretor."),
]


@pytest.mark.parametrize("lang, text", [pytest.param(lang, t, id=f"{lang}: {t[:40]}")
                                        for lang, t in COUNT_OVER_OFFER])
def test_count_an_article_cites_over_an_offer_stays(lang: str, text: str) -> None:
    a1, a2 = ARTICLES[lang]
    whole = f"{a1}\n\n{text}\n\n{a2}"
    assert banners(whole) == whole
