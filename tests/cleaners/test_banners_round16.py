"""Banners, round 16: the tail written-14 showed: the box an embedded video, map or post
is held back in until the reader agrees (its heading, its wording, the agreement
sentence and its button), in each language a pack covers, and the German one that
prints no cookie word at all ("Ich bin damit einverstanden, dass mir externe Inhalte
angezeigt werden"), which the gate turned away; a consent wall's later sentences that
tell the reader what the buttons do with no wall word ("Some are optional: …"); and
the sentences that say continuing to browse is consent.

The walls are tried in round 14's shapes, and the article sentences that use their
words in round 11's; every sentence here was written for this file.
"""

from __future__ import annotations

import pytest
from tests.cleaners import test_banners_round11 as round11
from tests.cleaners import test_banners_round14 as round14
from tests.cleaners._articles import ARTICLES

from cleantext import clean
from cleantext.cleaners.banners import _gate, banners

# (language, what it is, wall lines: its heading, its text, then its buttons)
WALLS = [
    ("de", "embedded-content notice that prints no cookie word",
     ["Externer Inhalt",
      "Hier finden Sie einen externen Inhalt von Vimeo, der den Bericht ergänzt.",
      "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit "
      "können personenbezogene Daten an Drittplattformen übermittelt werden.",
      "Externe Inhalte laden"]),
    ("de", "embedded-content notice with its agreement sentence only",
     ["Empfohlener externer Inhalt",
      "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden."]),
    ("en", "embedded-content notice with its show button",
     ["External content",
      "This content comes from a third party that may set cookies. To view it, you need "
      "to accept cookies from that provider.", "Accept and show content"]),
    ("fr", "embedded-content notice with its show button",
     ["Contenu externe",
      "Ce contenu est hébergé par un tiers. Pour afficher ce contenu, vous devez accepter "
      "les cookies de ce service.", "Afficher le contenu"]),
    ("es", "embedded-content notice with its show button",
     ["Contenido externo",
      "Este contenido lo proporciona un tercero. Para verlo, tienes que aceptar las "
      "cookies de ese servicio.", "Aceptar y mostrar"]),
    ("it", "embedded-content notice with its show button",
     ["Contenuto esterno",
      "Questo contenuto è ospitato da terze parti. Per visualizzarlo è necessario "
      "accettare i cookie del servizio.", "Mostra contenuto"]),
    ("pt", "embedded-content notice with its show button",
     ["Conteúdo externo",
      "Este conteúdo é disponibilizado por terceiros. Para ver este conteúdo, é "
      "necessário aceitar os cookies desse serviço.", "Mostrar conteúdo"]),
    ("nl", "embedded-content notice that asks for consent first",
     ["Externe inhoud",
      "Deze inhoud kan niet worden getoond zonder uw toestemming. Om deze inhoud te "
      "bekijken, moet je cookies van derden accepteren.", "Inhoud tonen"]),
    ("sv", "embedded-content notice with its show button",
     ["Externt innehåll",
      "Det här innehållet tillhandahålls av en tredje part. För att visa innehållet "
      "måste du godkänna cookies.", "Visa innehåll"]),
    ("da", "embedded-content notice with its show button",
     ["Eksternt indhold",
      "Dette indhold leveres af en tredjepart. For at vise indholdet skal du acceptere "
      "cookies.", "Vis indhold"]),
    ("nb", "embedded-content notice with its show button",
     ["Eksternt innhold",
      "Dette innholdet kommer fra en tredjepart. For å vise innholdet må du godta "
      "cookies.", "Vis innhold"]),
    ("en", "consent notice that says what its buttons do with no wall word",
     ["Cookie notice",
      "We use cookies to keep the site working. A few are optional, and we set them "
      "only when you say yes.", "Accept all | Reject optional | Settings"]),
    ("en", "consent notice that says continuing to browse is consent",
     ["We use cookies to count visits. Continuing to browse means you agree to this.",
      "OK", "Learn more"]),
    ("ro", "consent notice that says continuing to browse is consent",
     ["Folosim cookie-uri pentru a măsura traficul. Continuarea navigării reprezintă "
      "acordul dumneavoastră.", "Sunt de acord", "Află mai multe"]),
    ("fr", "consent notice that says continuing to browse is consent",
     ["Ce site utilise des cookies de mesure d'audience. La poursuite de votre "
      "navigation vaut acceptation de ces cookies.", "J'accepte"]),
    ("es", "consent notice that says continuing to browse is consent",
     ["Usamos cookies para medir las visitas. Seguir navegando implica que aceptas su "
      "uso.", "Aceptar"]),
    ("it", "consent notice that says continuing to browse is consent",
     ["Usiamo i cookie per misurare le visite. Continuando con la navigazione ne "
      "accetti l'uso.", "Accetto"]),
    ("pl", "consent notice that says continuing to browse is consent",
     ["Serwis używa plików cookie do statystyk. Kontynuując korzystanie ze strony, "
      "wyrażasz na to zgodę.", "Rozumiem"]),
    ("da", "consent notice that says continuing to browse is consent",
     ["Vi bruger cookies til statistik. Hvis du fortsætter med at bruge webstedet, "
      "accepterer du det.", "OK"]),
]


@pytest.mark.parametrize(("lang", "wall"), [pytest.param(lang, wall, id=f"{lang} {what} goes")
                                            for lang, what, wall in WALLS])
def test_wall_goes_in_every_shape(lang: str, wall: list[str]) -> None:
    # At the head, at the tail, flattened and glued, as round 14's walls are.
    round14.test_wall_goes_in_every_shape(lang, wall)


def test_german_embedded_notice_passes_the_gate_on_its_own_words() -> None:
    # It holds no other stem: the gate must let it through in any case and spacing,
    # through its anchors, not a search of every text for a word of its own.
    gate = _gate._default_gate()
    assert gate.needles == ()
    for text in ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
                 "ICH BIN  DAMIT EINVERSTANDEN",
                 "Daten an Drittplattformen übermittelt",
                 "DATEN AN DRITTPLATTFORMEN\u00a0ÜBERMITTELT"):
        assert gate.search(text), text
    assert not gate.search("Ich bin dabei, sagte sie. Die Daten wurden übermittelt.")


# (language, article sentence): the same words in an article, which stays
CONTENT = [
    ("de", "„Ich bin damit einverstanden, dass die Brücke saniert wird“, sagte der "
     "Bürgermeister."),
    ("de", "Die App hat personenbezogene Daten an Drittplattformen übermittelt, "
     "kritisieren Datenschützer."),
    ("de", "Laut Gericht wurden Daten an Drittplattformen übermittelt, ohne dass eine "
     "Einwilligung vorlag."),
    ("en", "The court ruled that a banner saying your continued use of this site means "
     "consent to cookies was unlawful."),
    ("en", "Continuing to browse means you accept cookies, the regulator's guidance once "
     "said."),
    ("en", "External content on council websites must not set cookies, the auditor said."),
    ("fr", "Selon la Cnil, la poursuite de la navigation vaut acceptation des cookies "
     "n'est plus une formule admise."),
    ("fr", "Le contenu externe des sites publics ne doit pas déposer de cookies, a "
     "rappelé la Cnil."),
    ("it", "Il Garante ha stabilito che proseguendo nella navigazione l'utente non "
     "accetta i cookie."),
    ("es", "La agencia recordó que seguir navegando implica aceptar cookies solo si el "
     "aviso es claro."),
    ("nl", "De rechter oordeelde dat de inhoud niet zonder toestemming van de fotograaf "
     "kan worden getoond."),
    ("ro", "Autoritatea a precizat că prin continuarea navigării utilizatorii nu acceptă "
     "automat cookie-urile."),
    ("pt", "A CNPD lembrou que se continuar a navegar o utilizador não aceita os cookies, "
     "disse o regulador."),
    ("pl", "Kontynuując przeglądanie strony, urzędnicy znaleźli pliki cookie bez zgody, "
     "podał urząd."),
    ("da", "Ved at fortsætte med at bruge siden accepterer man cookies, lød det fra "
     "Datatilsynet."),
]


@pytest.mark.parametrize(("lang", "sentence"),
                         [pytest.param(lang, s, id=f"{lang}: {s[:50]}") for lang, s in CONTENT])
def test_article_sentence_stays(lang: str, sentence: str) -> None:
    # Alone, between and after the article's paragraphs, flattened, as round 11's are.
    round11.test_article_with_the_same_words_stays(lang, sentence)


ARTICLE = "The council approved the harbour budget on Monday after a long debate."


def test_sentence_to_the_reader_goes_only_right_above_the_buttons() -> None:
    # Between a wall sentence and the consent buttons right under it, a sentence that
    # tells the reader what they do is the dialog's; after a blank line the buttons may
    # be a guide's example, and the sentence to the reader stays with it.
    dialog = ("We use cookies to count visits. You can change your mind at any time.\n"
              "Accept all\nReject all")
    assert banners(f"{dialog}\n\n{ARTICLE}") == ARTICLE
    guide = ("Many banners read: We use cookies to count visits. Then you pick one.\n\n"
             "Accept all")
    assert banners(f"{guide}\n\n{ARTICLE}") == (
        f"Many banners read: Then you pick one.\n\nAccept all\n\n{ARTICLE}")


def test_dialog_over_an_article_that_addresses_the_reader() -> None:
    # The article's sentence to the reader after the wall's paragraph stays.
    kept = f"You can see the new bridge from the harbour.\n\n{ARTICLE}"
    assert clean(f"We use cookies to count visits.\nAccept all\n\n{kept}") == kept


# (flattened text: a headline, the dialog's heading and its wall run on, the article's
# first sentence; what stays): the heading goes with its wall where it names cookies or
# consent; the headline's last words stay when they are not a dialog's heading
HEADED = [
    ("Harbour budget approved Cookie Notice We use cookies to count visits. Accept all "
     "The council met on Monday.",
     "Harbour budget approved The council met on Monday."),
    ("Harbour budget approvedCookie NoticeWe use cookies to count visits.Accept allThe "
     "council met on Monday.",
     "Harbour budget approvedThe council met on Monday."),
    ("Stadtrat beschließt Hafenhaushalt Cookie-Hinweis Wir verwenden Cookies, um die "
     "Nutzung zu messen. Alle akzeptieren Der Stadtrat tagte am Montag.",
     "Stadtrat beschließt Hafenhaushalt Der Stadtrat tagte am Montag."),
    ("El pleno aprueba el presupuesto del puerto Aviso de cookies Utilizamos cookies para "
     "medir las visitas. Aceptar todas El pleno se reunió el lunes.",
     "El pleno aprueba el presupuesto del puerto El pleno se reunió el lunes."),
    ("Bakery wins a prize for its Cookie We use cookies to count visits. Accept all "
     "The bakery opened in 1990.",
     "Bakery wins a prize for its Cookie The bakery opened in 1990."),
    ("Council adopts a new Privacy Policy We use cookies to count visits. Accept all "
     "The council met on Monday.",
     "Council adopts a new Privacy Policy The council met on Monday."),
]


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=w[:40]) for t, w in HEADED])
def test_dialog_heading_before_a_wall_in_a_sentence(text: str, want: str) -> None:
    assert clean(text) == want


# (language, a consent notice, its consent button, the short link to its own notice)
SHORT_LINKS = [
    ("en", "We use cookies to count visits.", "Accept", "More info"),
    ("nl", "Wij gebruiken cookies om het bezoek te meten.", "Akkoord", "Meer info"),
    ("de", "Wir verwenden Cookies, um Besuche zu zählen.", "Akzeptieren", "Mehr Infos"),
    ("fr", "Nous utilisons des cookies pour mesurer l'audience.", "Accepter", "Plus d'infos"),
    ("es", "Utilizamos cookies para contar las visitas.", "Aceptar", "Más info"),
    ("it", "Utilizziamo i cookie per contare le visite.", "Accetta", "Più info"),
    ("pt", "Utilizamos cookies para contar as visitas.", "Aceitar", "Mais info"),
]


@pytest.mark.parametrize(("lang", "notice", "button", "link"),
                         [pytest.param(*case, id=f"{case[0]}: {case[3]}") for case in SHORT_LINKS])
def test_short_link_under_the_buttons_goes(lang: str, notice: str, button: str,
                                           link: str) -> None:
    # The short form of "more information" heads no link to another article: under the
    # consent button, before the article, it is the dialog's last line.
    kept = "\n\n".join(ARTICLES[lang])
    assert clean(f"{notice}\n{button}\n{link}\n\n{kept}") == kept
    # An article's sentence with the same words stays.
    sentence = f"{link}: {ARTICLES[lang][0]}"
    assert banners(f"{sentence}\n\n{kept}") == f"{sentence}\n\n{kept}"
