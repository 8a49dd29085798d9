"""Article sentences that use boilerplate's own words come back unchanged.

Each case is a paragraph of news prose (written for this file) that quotes a button,
names a widget, or opens with a word that is a label elsewhere: "Share prices rose …",
"El anuncio se hizo el lunes …", "Der Knopf „Jetzt spenden“ …". Every family's rules
are tuned on junk; these are the sentences a rule that reads too little of its context
would take. Each is set between two article paragraphs, as a paragraph and with the line
breaks lost (the flattened text news APIs hand out), and must come back as it is.
"""

from __future__ import annotations

import pytest

from cleantext import clean, explain

HEAD = "Council approves new budget for the harbour"
TAIL = "The decision will be reviewed next spring, officials said."

# (language, paragraph). Grouped by what they look like to a rule.
CASES = [
    # A button's or a widget's words, quoted in prose.
    ("en", 'The app now shows a button marked "Donate now" on its last page, and '
           "readers have given £4,000 since March."),
    ("en", 'Volunteers handed out leaflets reading "Subscribe to our newsletter" outside '
           "the station on Friday."),
    ("en", 'Critics said the banner, which read "We value your privacy", was designed to '
           "make refusing harder."),
    ("en", '"Accept all cookies" was clicked by 91 per cent of visitors, the study found.'),
    ("fr", "Un bouton « S'abonner » apparaît désormais en haut de chaque page du site "
           "municipal."),
    ("fr", "Le panneau « Lire la suite » renvoyait vers une page vide, ont constaté les élus."),
    ("es", "El botón «Aceptar cookies» aparecía en verde y el de rechazar en gris, según el "
           "informe."),
    ("de", "Der Knopf „Jetzt spenden“ steht seit März auf der letzten Seite der Zeitung."),
    # Swiss and French single guillemets inside a quotation: not a link's decoration.
    ("de", "«Bei uns klickt niemand auf ‹Weiterlesen›. Man blättert um», sagt die "
           "Herausgeberin des Dorfblatts."),
    ("fr", "« Chez nous, personne ne clique sur ‹ Lire la suite ›. On tourne la page », "
           "sourit l'éditrice."),
    ("nl", "De knop ‘Doneer nu’ staat sinds maart onderaan elke pagina van de krant."),
    ("it", "Il pulsante «Iscriviti alla newsletter» compare ora in fondo a ogni articolo del "
           "sito comunale."),
    # A label's word as the sentence's first word, a noun or a verb of the article.
    ("en", "Advertisement revenue fell by 12 per cent, the company said."),
    ("en", "Share prices rose by 3 per cent after the announcement."),
    ("en", "Sponsored content has grown to a fifth of the magazine's income, its publisher "
           "said."),
    ("en", "Key events of the week included a flood on Monday and a power cut on Thursday."),
    ("en", "Topics discussed at the meeting included parking, litter and the future of the "
           "library."),
    ("en", "Notices were posted on every lamp post in the village warning of the road "
           "closure."),
    ("en", "Copied by hand in 1812, the parish register is the oldest document in the "
           "collection."),
    ("en", "Most read books at the library this year were crime novels, followed by cookery."),
    ("en", "Enjoyed this? That was the question the festival asked its visitors in a survey "
           "after the weekend."),
    ("en", "Sign up sheets for the summer reading challenge are at the front desk."),
    ("es", "El anuncio se hizo el lunes en el pleno del ayuntamiento, ante unos cuarenta "
           "vecinos."),
    ("es", "Publicidad institucional: el gobierno regional gastó 2 millones en campañas el "
           "año pasado."),
    ("es", "Compartir coche es cada vez más habitual entre los trabajadores del polígono."),
    ("fr", "Publicité mensongère : le tribunal a condamné la société à une amende de "
           "20 000 euros."),
    ("fr", "Réagir vite était essentiel, a expliqué le chef des pompiers après l'incendie."),
    ("de", "Anzeige erstattet hat der Bürgermeister am Montag wegen Sachbeschädigung."),
    ("de", "Werbung an Bushaltestellen ist in der Stadt seit diesem Jahr verboten."),
    ("nl", "Advertentie-inkomsten daalden vorig jaar met een vijfde, meldt de uitgever."),
    ("pt", "Publicidade enganosa: a empresa foi multada em 50 mil euros pelo tribunal."),
    # A read-more link's or a feed trailer's words in a sentence of the story.
    ("en", "The museum's new sign, \"Read more about the mill on our website\", was printed "
           "in the wrong colour."),
    ("en", "The post office in Fenby appeared first on the list of branches to close, which "
           "angered residents."),
    ("en", "Continue reading the minutes and you find that the decision had been taken a "
           "year earlier."),
    ("en", "Originally published in 1903, the book has been reprinted eleven times."),
    ("en", "Read the original letter, kept in the county archive, and the spelling is "
           "striking."),
    ("nl", "Lees ook de brief van de burgemeester, zei de voorzitter tegen de aanwezigen."),
    ("it", "Leggi anche il regolamento, ha ricordato il sindaco ai commercianti durante "
           "l'incontro."),
    ("de", "Weiterlesen lohnt sich, sagte die Bibliothekarin, denn das Ende des Romans "
           "überrascht."),
    # An appeal, a pitch or a consent sentence that is the story's own.
    ("en", "The charity said it was free to read its reports and would always be, but it "
           "needed donations to keep its research going."),
    ("en", "Follow the signs for the car park, the organisers advised, as the main road "
           "will be closed."),
    ("en", "We use cookies to bake for the fair, the WI secretary said, and we need 300 of "
           "them by Saturday."),
    ("en", "By continuing to build the road, the council accepts the risk of a legal "
           "challenge."),
    ("fr", "Vous aimez la randonnée ? La commune propose désormais trois nouveaux sentiers "
           "balisés."),
    ("nl", "Volg ons, riep de gids, en hij liep de trap af naar de kelder."),
    ("es", "Regístrate en el padrón antes del lunes, recordó el ayuntamiento a los nuevos "
           "vecinos."),
    # Legitimate ellipses inside a story.
    ("en", 'She ended her speech with a line from the poem: "and the river goes on, and '
           'on…"'),
    ("fr", "Le maire a conclu : « On verra bien… »"),
    ("es", "El alcalde se limitó a decir: «Ya veremos…»"),
]


def _shapes(paragraph: str) -> list[tuple[str, str]]:
    lines = f"{HEAD}\n\n{paragraph}\n\n{TAIL}"
    return [("lines", lines), ("flattened", lines.replace("\n\n", " "))]


@pytest.mark.parametrize(("lang", "paragraph"), CASES,
                         ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(CASES)])
def test_article_sentence_stays(lang: str, paragraph: str) -> None:
    for shape, text in _shapes(paragraph):
        out = clean(text)
        if out != text:
            removed = [(e.cleaner, e.removed) for e in explain(text).edits]
            pytest.fail(f"{shape}: {removed}")
