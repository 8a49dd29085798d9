"""Round 24's review of the banners wordings: article lines the round's wordings took and
the base kept. Each must come back unchanged, as written, flattened (line breaks as
spaces) and glued (line breaks lost), except where a case says what goes."""

from __future__ import annotations

import pytest

from cleantext import clean

# (text, expected): a question with a speech tag after it, a letter's first line, a
# count an article goes on from, an offer-led headline under a count, a how-to's
# "Para seguir leyendo", advice to open an app, an app-only sentence going on, a
# streaming service's "Already Premium?", a Czech authority's reminder.
CASES = [
    ("Könnten wir bitte einige zusätzliche Dienste für Senioren anbieten? fragte die "
     "Stadträtin, die um Zustimmung bat.", None),
    ("Pourrions-nous activer des services supplémentaires pour les aînés ? a demandé "
     "l'élue, qui sollicite le consentement du conseil.", None),
    ("Kunnen wij u een aantal extra diensten aanbieden? vroeg de wethouder, die om "
     "toestemming vroeg.", None),
    ("¿Podríamos habilitar algunos servicios adicionales para el barrio? preguntó la "
     "concejala, que pidió el consentimiento del pleno.", None),
    ("Could we please enable some additional services for pensioners? Councillor Ng "
     "asked the cabinet for consent on Tuesday.", None),
    ("Hi! Could we please enable some additional services for our flats? the landlord "
     "wrote, without asking for consent.", None),
    ("We'd like your consent.\nThat was how the clinic's letter began.", None),
    ("We use cookies to improve your experience.\nAccept all\nI decline.\n"
     "That was the mayor's answer when asked to step down.",
     "I decline.\nThat was the mayor's answer when asked to step down."),
    ("Wir verwenden Cookies.\nAkzeptieren\nIch lehne ab.\nDas sagte die Ministerin am "
     "Dienstag.", "Ich lehne ab.\nDas sagte die Ministerin am Dienstag."),
    ("Para consultar tu pensión, inicia sesión en la sede electrónica. Para seguir "
     "leyendo tus datos, pulsa en Descargar.", None),
    ("Para seguir leyendo el informe anual, inicia sesión en la web del banco.", None),
    ("Spotify sube sus precios\nAlready Premium? Subscribers will pay £13.99 from May.",
     None),
    ("¿Ya eres Premium? Inicia sesión, le dice la plataforma a quien quiere escuchar sin "
     "anuncios.", None),
    ("Has leído 4 de 10 noticias gratuitas y ya te piden pagar.", None),
    ("Vous avez atteint la limite de 3 articles gratuits et le site vous demande de "
     "payer.", None),
    ("Hai raggiunto il limite di 3 articoli gratuiti e il sito ti chiede di pagare.",
     None),
    ("Has alcanzado el límite de 10 noticias gratuitas este mes\nSuscríbete por 2 €: "
     "así convierten los diarios a sus lectores", None),
    ("Je hebt 4 van de 10 gratis artikelen gelezen. Neem een abonnement voor € 2 per "
     "week en lees onbeperkt, stelt de uitgever voor.", None),
    ("Esta noticia solo está disponible en la app, lamentó una lectora.", None),
    ("Dit artikel is alleen beschikbaar in de app, klaagde een abonnee.", None),
    ("El abono solo está disponible en la app del metro. Abre la app para seguir leyendo "
     "o descárgala, aconseja la empresa.", None),
    ("Tickets gibt es in der App. In der App weiterlesen oder die Hotline anrufen, rät "
     "der Verkehrsverbund.", None),
    ("The timetable is available in the app. Already have an account? Log in to see "
     "your passes, the operator says.", None),
    ("This story is only available in the app The Gazette's decision angered readers.",
     None),
    ("Cet article est disponible dans l'application et sur le site.", None),
    ("Úřad prověřuje, zda portál správně žádá o souhlas s cookies.\nSvůj souhlas můžete "
     "kdykoli odvolat, připomíná úřad.", None),
    ("Používáme cookies.\nSouhlasím\nNastavení souhlasu\nVláda schválila zákon.",
     "Nastavení souhlasu\nVláda schválila zákon."),
]


def _shapes(text: str) -> list[str]:
    return [text, text.replace("\n", " "), text.replace("\n", "")] if "\n" in text \
        else [text]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=t[:50]) for t, e in CASES])
def test_article_line_stays(text: str, expected: str | None) -> None:
    if expected is not None:
        assert clean(text) == expected
        return
    for shape in _shapes(text):
        assert clean(shape) == shape


@pytest.mark.parametrize("text", [
    "You can always change or withdraw your consent later.\nThat was the promise the app "
    "made to its users.",
    "Sie können Ihre Zustimmung später jederzeit ändern oder zurückziehen.\nSo stand es "
    "im Brief der Klinik.",
])
def test_klaro_withdrawal_line_over_an_article_line_stays(text: str) -> None:
    """Klaro's sentence on withdrawing consent is no wording of its own: as a line over an
    article's line it may be a letter the article quotes (the base keeps "You can change
    your consent at any time." there too)."""
    for shape in _shapes(text):
        assert clean(shape) == shape
