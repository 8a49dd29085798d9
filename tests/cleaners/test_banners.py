"""The banners family: consent, cookie, privacy, paywall and ad-block walls.

Positive tables: walls in every supported language, in the three shapes scrapers produce
(paragraphs, one flattened line, an HTML fragment through the default pipeline), at the
head, the tail and between paragraphs. Negative tables: article sentences about the same
subjects, in every language, stay exactly as they are. The wall wordings are written
for these tests; where a wording is the one a consent tool or plugin prints, the tool is
named.
"""

from __future__ import annotations

import html
import json
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.cleaners._articles import ARTICLES
from tests.linear import assert_linear

from cleantext import clean, explain
from cleantext._core import replay
from cleantext.cleaners.banners import LANGUAGES, banners, banners_with
from cleantext.cleaners.banners._gate import _default_gate
from cleantext.pipeline import DEFAULT, Pipeline

LANGUAGE_NAMES = {
    "en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian",
    "pt": "portuguese", "nl": "dutch", "ru": "russian", "ja": "japanese", "zh": "chinese",
    "sv": "swedish", "da": "danish", "nb": "norwegian", "pl": "polish", "cs": "czech",
    "ro": "romanian", "fi": "finnish", "hu": "hungarian", "ca": "catalan", "el": "greek",
    "tr": "turkish",
}
NO_SPACES = {"ja", "zh"}


# (language, what it is, wall text). Button words follow the wall as the tools print them.
WALLS = [
    ("en", "cookie banner of the WordPress GDPR Cookie Consent plugin",
     "This website uses cookies to improve your experience. We'll assume you're ok with "
     "this, but you can opt-out if you wish. Accept Read More"),
    ("en", "cookie banner of the WordPress Cookie Notice plugin",
     "We use cookies to ensure that we give you the best experience on our website. If you "
     "continue to use this site we will assume that you are happy with it. Ok No Privacy policy"),
    ("en", "OneTrust consent banner",
     "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to "
     "enhance site navigation, analyze site usage, and assist in our marketing efforts. "
     "Cookies Settings Reject All Accept All Cookies"),
    ("en", "Cookiebot consent banner",
     "This website uses cookies. We use cookies to personalise content and ads, to provide "
     "social media features and to analyse our traffic. We also share information about your "
     "use of our site with our social media, advertising and analytics partners. Allow all "
     "cookies Use necessary cookies only Show details"),
    ("en", "Jetpack cookies and consents banner",
     "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree "
     "to their use. To find out more, including how to control cookies, see here: Cookie Policy"),
    ("en", "Quantcast Choice privacy notice",
     "We value your privacy. We and our partners store and/or access information on a device, "
     "such as cookies and process personal data, such as unique identifiers and standard "
     "information sent by a device for personalised ads and content, ad and content "
     "measurement, and audience insights, as well as to develop and improve products. "
     "I ACCEPT MORE OPTIONS"),
    ("en", "Osano cookieconsent banner",
     "This website uses cookies to ensure you get the best experience on our website. "
     "Learn more Got it!"),
    ("en", "consent banner of the CookieYes plugin",
     "We use cookies to enhance your browsing experience, serve personalized ads or content, "
     "and analyze our traffic. By clicking \"Accept All\", you consent to our use of cookies. "
     "Customize Reject All Accept All"),
    ("en", "Complianz consent banner",
     "To provide the best experiences, we use technologies like cookies to store and/or access "
     "device information. Consenting to these technologies will allow us to process data such "
     "as browsing behavior or unique IDs on this site. Not consenting or withdrawing consent, "
     "may adversely affect certain features and functions. Accept Deny View preferences"),
    ("en", "Google consent notice",
     "Cookies help us deliver our services. By using our services, you agree to our use of "
     "cookies. Learn more Got it"),
    ("en", "paywall wall",
     "Subscribe to continue reading. Already a subscriber? Log in"),
    ("en", "metered paywall wall with a sign-in prompt",
     "You've reached your free article limit. Subscribe to keep reading. Already have an "
     "account? Sign in"),
    ("en", "metered paywall wall",
     "You have reached your limit of free articles this month. Subscribe now for unlimited "
     "access."),
    ("en", "ad-block wall",
     "We noticed you're using an ad blocker. Please consider supporting us by disabling your "
     "ad blocker or whitelisting our site."),
    ("de", "Cookiebot consent banner",
     "Diese Website verwendet Cookies. Wir verwenden Cookies, um Inhalte und Anzeigen zu "
     "personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf "
     "unsere Website zu analysieren. Alle zulassen Auswahl erlauben Ablehnen"),
    ("de", "Borlabs Cookie banner",
     "Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während "
     "andere uns helfen, diese Website und Ihre Erfahrung zu verbessern. Ich akzeptiere Nur "
     "essenzielle Cookies akzeptieren Individuelle Datenschutzeinstellungen"),
    ("de", "cookie banner",
     "Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der "
     "Verwendung von Cookies zu. Akzeptieren"),
    ("de", "cookie banner of the WordPress GDPR Cookie Consent plugin",
     "Diese Webseite verwendet Cookies, um Ihre Erfahrung zu verbessern. Wir gehen davon aus, "
     "dass Sie damit einverstanden sind, aber Sie können sich abmelden, wenn Sie möchten. "
     "Akzeptieren Mehr lesen"),
    ("de", "paywall wall",
     "Dieser Artikel ist nur für Abonnenten verfügbar. Sie haben bereits ein Abo? Hier anmelden"),
    ("de", "ad-block wall",
     "Sie verwenden einen Adblocker. Bitte deaktivieren Sie Ihren Adblocker, um unsere "
     "Inhalte weiterhin kostenlos lesen zu können."),
    ("fr", "cookie banner",
     "Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre "
     "navigation, vous acceptez l’utilisation des cookies. Accepter"),
    ("fr", "cookie banner of the WordPress Cookie Notice plugin",
     "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site "
     "web. Si vous continuez à utiliser ce dernier, nous considérerons que vous acceptez "
     "l'utilisation des cookies. Ok"),
    ("fr", "Didomi consent banner",
     "Nous et nos partenaires utilisons des cookies pour stocker et/ou accéder à des "
     "informations sur un terminal. Accepter & Fermer Continuer sans accepter En savoir plus"),
    ("fr", "OneTrust consent banner",
     "En cliquant sur « Tout accepter », vous acceptez le stockage de cookies sur votre "
     "appareil pour améliorer la navigation sur le site. Tout accepter Paramètres des cookies"),
    ("fr", "paywall wall",
     "Il vous reste 78% de cet article à lire. La suite est réservée aux abonnés. Déjà abonné ? "
     "Se connecter"),
    ("fr", "ad-block wall",
     "Vous utilisez un bloqueur de publicité. Veuillez désactiver votre bloqueur de publicité "
     "pour soutenir notre rédaction."),
    ("es", "cookie banner of the WordPress GDPR Cookie Consent plugin",
     "Este sitio web utiliza cookies para mejorar su experiencia. Asumiremos que está de "
     "acuerdo con esto, pero puede optar por no participar si lo desea. Aceptar Leer más"),
    ("es", "cookie banner",
     "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa "
     "navegando, consideramos que acepta su uso. Aceptar Rechazar Configurar"),
    ("es", "OneTrust consent banner",
     "Al hacer clic en “Aceptar todas las cookies”, usted acepta que las cookies se guarden en "
     "su dispositivo para mejorar la navegación del sitio. Configuración de cookies Aceptar "
     "todas las cookies"),
    ("es", "paywall wall",
     "Este contenido es exclusivo para suscriptores. ¿Ya eres suscriptor? Inicia sesión"),
    ("es", "ad-block wall",
     "Parece que estás usando un bloqueador de anuncios. Por favor, desactiva tu bloqueador "
     "de anuncios para seguir leyendo."),
    ("it", "cookie banner of the WordPress Cookie Notice plugin",
     "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul "
     "nostro sito. Se continui ad utilizzare questo sito noi assumiamo che tu ne sia felice. Ok"),
    ("it", "cookie banner",
     "Questo sito utilizza cookie tecnici e di terze parti. Proseguendo la navigazione "
     "acconsenti all'uso dei cookie. Accetta Rifiuta Maggiori informazioni"),
    ("it", "cookie banner of the WordPress GDPR Cookie Consent plugin",
     "Questo sito Web utilizza i cookie per migliorare la tua esperienza. Supponiamo che tu "
     "sia d'accordo, ma puoi annullare l'iscrizione se lo desideri. Accetta Leggi di più"),
    ("it", "paywall wall",
     "Questo articolo è riservato agli abbonati. Sei già abbonato? Accedi"),
    ("it", "ad-block wall",
     "Sembra che tu stia usando un ad blocker. Disattiva il tuo ad blocker per continuare a "
     "leggere."),
    ("pt", "cookie banner of the WordPress Cookie Notice plugin",
     "Utilizamos cookies para garantir que você tenha a melhor experiência em nosso site. Se "
     "você continuar a usar este site, assumiremos que você está satisfeito com ele. Ok"),
    ("pt", "cookie banner",
     "Este site utiliza cookies para melhorar a sua experiência. Ao continuar navegando, você "
     "concorda com a nossa política de privacidade. Aceitar"),
    ("pt", "cookie banner of the WordPress GDPR Cookie Consent plugin",
     "Este site usa cookies para melhorar sua experiência. Vamos supor que você está ok com "
     "isso, mas você pode optar por não participar, se desejar. Aceitar Leia mais"),
    ("pt", "paywall wall",
     "Este conteúdo é exclusivo para assinantes. Já é assinante? Faça login"),
    ("pt", "ad-block wall",
     "Detectamos que você está usando um bloqueador de anúncios. Por favor, desative seu "
     "bloqueador para continuar."),
    ("nl", "cookie banner of the WordPress Cookie Notice plugin",
     "Wij gebruiken cookies om ervoor te zorgen dat onze website zo soepel mogelijk draait. "
     "Als je doorgaat met het gebruiken van de website, gaan we er vanuit dat je ermee "
     "instemt. Ok"),
    ("nl", "cookie banner",
     "Deze website maakt gebruik van cookies. Door verder te gaan op deze website ga je "
     "akkoord met het gebruik van cookies. Accepteren Weigeren"),
    ("nl", "cookie banner of the WordPress GDPR Cookie Consent plugin",
     "Deze website maakt gebruik van cookies om uw ervaring te verbeteren. We gaan ervan uit "
     "dat u hiermee akkoord gaat, maar u kunt zich afmelden als u dat wenst. Accepteren Lees "
     "meer"),
    ("nl", "paywall wall",
     "Dit artikel is alleen beschikbaar voor abonnees. Ben je al abonnee? Log in"),
    ("nl", "ad-block wall",
     "Het lijkt erop dat je een adblocker gebruikt. Schakel je adblocker uit om ons te steunen."),
    ("ru", "cookie banner",
     "Этот сайт использует файлы cookie. Продолжая использовать сайт, вы соглашаетесь с "
     "использованием файлов cookie. Принять"),
    ("ru", "cookie banner with a privacy policy",
     "Мы используем файлы cookie для улучшения работы сайта. Оставаясь на сайте, вы "
     "соглашаетесь с политикой конфиденциальности. Понятно"),
    ("ru", "paywall wall",
     "Этот материал доступен только подписчикам. Уже подписаны? Войти"),
    ("ru", "ad-block wall",
     "Похоже, вы используете блокировщик рекламы. Пожалуйста, отключите блокировщик рекламы, "
     "чтобы поддержать редакцию."),
    ("ja", "cookie banner",
     "当サイトではクッキーを使用しています。サイトの利用を続けることで、クッキーの使用に同意した"
     "ものとみなします。同意する"),
    ("ja", "paywall wall",
     "この記事は有料会員限定です。続きを読むには有料会員登録が必要です。ログイン"),
    ("zh", "cookie banner",
     "本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。接受"),
    ("zh", "ad-block wall",
     "您似乎正在使用广告拦截插件。请关闭广告拦截以支持我们。"),
    # the packs added later (sv, da, nb, pl, cs, ro, fi, hu): walls as those languages'
    # tools print them, the buttons on lines of their own under the text
    ("sv", "OneTrust consent banner",
     "Genom att klicka på ”Acceptera alla cookies” godkänner du att cookies lagras på din "
     "enhet för att förbättra webbplatsnavigeringen, analysera webbplatsanvändningen och "
     "hjälpa till med våra marknadsföringsinsatser.\nCookie-inställningar\n"
     "Acceptera alla cookies"),
    ("sv", "cookie notice",
     "Vi använder cookies för att ge dig en bättre upplevelse på vår webbplats. Läs mer i "
     "vår cookiepolicy.\nGodkänn alla\nInställningar"),
    ("da", "Cookiebot consent banner",
     "Denne hjemmeside bruger cookies\nVi bruger cookies til at tilpasse vores indhold og "
     "annoncer, til at vise dig funktioner til sociale medier og til at analysere vores "
     "trafik.\nTillad alle\nAfvis\nVis detaljer"),
    ("da", "paywall",
     "Denne artikel er kun for abonnenter.\nAllerede abonnent? Log ind\nKøb abonnement"),
    ("nb", "consent notice with the IAB TCF wording",
     "Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse. Vi og våre "
     "partnere lagrer og/eller har tilgang til informasjon på en enhet.\nGodta alle\n"
     "Innstillinger"),
    ("nb", "paywall",
     "Denne artikkelen er forbeholdt abonnenter.\nAllerede abonnent? Logg inn\n"
     "Bli abonnent"),
    ("pl", "Cookiebot consent banner",
     "Ta strona korzysta z plików cookie. Wykorzystujemy pliki cookie do spersonalizowania "
     "treści i reklam, aby oferować funkcje społecznościowe i analizować ruch w naszej "
     "witrynie.\nZezwól na wszystkie\nOdmowa\nPokaż szczegóły"),
    ("pl", "ad-block wall",
     "Wygląda na to, że używasz Adblocka. Prosimy o wyłączenie Adblocka na naszej "
     "stronie.\nWyłączyłem Adblocka"),
    ("cs", "consent banner",
     "Tento web používá soubory cookie. Používáme cookies k personalizaci obsahu a reklam, "
     "k poskytování funkcí sociálních médií a k analýze naší návštěvnosti.\nPovolit vše\n"
     "Odmítnout\nZobrazit detaily"),
    ("cs", "consent banner with the Seznam buttons",
     "Používáme soubory cookie. Kliknutím na Souhlasím souhlasíte s používáním souborů "
     "cookie.\nSouhlasím\nNastavení"),
    ("ro", "Cookiebot consent banner",
     "Acest site utilizează cookie-uri. Folosim cookie-uri pentru a personaliza conținutul "
     "și anunțurile, pentru a oferi funcții de social media și pentru a analiza traficul."
     "\nPermite toate\nRefuză\nAfișează detalii"),
    ("ro", "cookie notice without diacritics",
     "Acest site foloseste cookie-uri. Sunteti de acord cu utilizarea cookie-urilor daca "
     "continuati navigarea.\nAccept\nSetări"),
    ("fi", "consent notice that names cookies",
     "Käytämme evästeitä (cookies). Hyväksyt evästeiden käytön jatkamalla sivuston "
     "käyttöä.\nHyväksy kaikki\nAsetukset"),
    ("hu", "consent notice that names cookies",
     "Ez a weboldal cookie-kat használ. A weboldal további használatával hozzájárul a "
     "sütik használatához.\nElfogadom\nBeállítások"),
    ("ca", "consent notice that says galetes",
     "Aquest lloc web utilitza galetes per millorar la vostra experiència. Si continueu "
     "navegant, considerem que n'accepteu l'ús.\nAcceptar\nConfigurar"),
    ("el", "Quantcast dialog under its heading",
     "Σεβόμαστε την ιδιωτικότητά σας\nΕμείς και οι συνεργάτες μας αποθηκεύουμε ή/και "
     "έχουμε πρόσβαση σε πληροφορίες σε μια συσκευή, όπως cookies.\nΣΥΜΦΩΝΩ\nΔΙΑΦΩΝΩ"),
    ("tr", "KVKK consent notice that says çerez",
     "Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır. Detaylı "
     "bilgi için Çerez Politikası'nı inceleyebilirsiniz.\nKabul Et\nReddet"),
]

# (language, what it is about, article sentence): all stay.
CONTENT = [
    ("en", "cookies set without consent", "Regulators said the site set cookies without consent."),
    ("en", "a site's tracking cookies",
     "The company uses cookies to track users across sites, according to the complaint."),
    ("en", "subscribers reading more", "Subscribers can read more on Tuesday."),
    ("en", "subscriptions and a paywall",
     "Subscriptions rose 4% after the newspaper introduced a paywall last year."),
    ("en", "consent banners",
     "Privacy advocates warned that the new consent banners confuse readers."),
    ("en", "ad blockers",
     "Publishers lose revenue when readers use an ad blocker, the report found."),
    ("en", "an Accept button", "The judge ruled that clicking “Accept” did not amount to consent."),
    ("en", "a quoted banner wording",
     "A spokesperson said: “We use cookies to improve our service.”"),
    ("en", "baked cookies", "The bakery sold 4,000 cookies in a single day."),
    ("en", "a wall wording inside a sentence",
     "The regulator found that this website uses cookies without asking."),
    ("en", "a reported wall wording",
     "This website uses cookies to track readers, the lawsuit claims."),
    ("en", "consent for personalised ads",
     "Meta will ask users in Europe for their consent before showing personalised ads."),
    ("en", "how to change cookie settings",
     "You can change your cookie settings in Chrome under Privacy and security."),
    ("en", "a court on browsing and consent",
     "By continuing to browse, users were deemed to consent, the court found."),
    ("en", "how to fix a page with an ad blocker",
     "To fix the error, please disable your ad blocker and reload the page."),
    ("en", "a privacy notice it quotes without quotation marks",
     "We use cookies, the company's privacy notice states, to measure traffic."),
    ("en", "readers who subscribe",
     "Readers who subscribe to continue reading get a discount, the publisher said."),
    ("en", "privacy risks addressed to the reader",
     "Your privacy is at risk, the report warns, as apps collect more data."),
    ("de", "withdrawing consent",
     "Sie können Ihre Einwilligung jederzeit widerrufen, erklärte die Datenschutzbeauftragte."),
    ("fr", "withdrawing consent",
     "Vous pouvez retirer votre consentement à tout moment, rappelle la Cnil."),
    ("es", "refusing cookies", "Los usuarios pueden rechazar las cookies, según la nueva guía."),
    ("nl", "cookie rules",
     "Het lijkt erop dat de toezichthouder de regels voor cookies aanscherpt."),
    ("de", "Datenschutz", "Die Datenschutzbehörde erklärte, die Website habe Cookies ohne "
     "Einwilligung gesetzt."),
    ("de", "an Accept button", "Laut Verbraucherzentrale klicken die meisten Nutzer auf „Alle "
     "akzeptieren“."),
    ("de", "subscribers", "Die Zeitung gewann im vergangenen Jahr 20.000 neue Abonnenten."),
    ("de", "ad blockers", "Viele Leser nutzen einen Werbeblocker, sagte der Verleger."),
    ("fr", "cookies set without consent", "La Cnil a infligé une amende à Google pour avoir "
     "déposé des cookies sans consentement."),
    ("fr", "subscribers", "Le quotidien compte désormais 500 000 abonnés numériques."),
    ("fr", "ad blockers",
     "Selon l'étude, un internaute sur trois utilise un bloqueur de publicité."),
    ("es", "cookies set without consent", "La agencia de protección de datos multó a la empresa "
     "por instalar cookies sin consentimiento."),
    ("es", "subscribers", "El diario superó los 100.000 suscriptores digitales."),
    ("es", "ad blockers", "Según el informe, uno de cada cuatro usuarios utiliza un bloqueador "
     "de anuncios."),
    ("it", "privacy and cookies", "Il Garante della privacy ha sanzionato la società per l'uso "
     "dei cookie senza consenso."),
    ("it", "subscribers", "Il quotidiano ha superato i 50.000 abbonati digitali."),
    ("pt", "cookies set without consent", "A autoridade de proteção de dados multou a empresa "
     "por usar cookies sem consentimento."),
    ("pt", "subscribers", "O jornal ultrapassou 100 mil assinantes digitais."),
    ("nl", "cookies set without consent", "De toezichthouder beboette de website omdat die "
     "cookies plaatste zonder toestemming."),
    ("nl", "subscribers", "De krant telt inmiddels 300.000 digitale abonnees."),
    ("ru", "cookies set without consent", "Регулятор оштрафовал компанию за использование "
     "файлов cookie без согласия пользователей."),
    ("ru", "subscribers", "Число подписчиков издания выросло на 10%."),
    ("ja", "cookie guidelines", "総務省はクッキーの利用について新たな指針を公表した。"),
    ("ja", "paying members", "同社によると、有料会員は10万人を超えた。"),
    ("zh", "cookies set without consent", "监管机构表示，该网站未经用户同意使用Cookie。"),
    ("zh", "paying subscribers", "该报的付费订阅用户已超过十万。"),
    ("sv", "a fine for cookies", "Integritetsskyddsmyndigheten sade att sajten använde "
     "cookies utan samtycke och dömde ut böter."),
    ("sv", "subscribers", "Antalet prenumeranter ökade med fyra procent i fjol, enligt "
     "tidningens bokslut."),
    ("da", "cookies in a court case", "Datatilsynet sagde, at hjemmesiden brugte cookies "
     "uden samtykke fra brugerne."),
    ("da", "subscribers", "Avisen har nu 80.000 abonnenter, oplyser chefredaktøren."),
    ("nb", "cookies", "Datatilsynet sa at nettstedet lagret informasjonskapsler uten "
     "samtykke."),
    ("nb", "subscribers", "Avisen fikk 5000 nye abonnenter i fjor, ifølge årsrapporten."),
    ("pl", "cookies", "Według UODO serwis zapisywał pliki cookie bez zgody "
     "użytkowników."),
    ("pl", "ad blockers", "Wydawcy tracą przychody, gdy czytelnicy używają programów do "
     "blokowania reklam, napisał autor raportu."),
    ("cs", "cookies", "Úřad podle mluvčího zjistil, že web ukládal soubory cookie bez "
     "souhlasu."),
    ("ro", "cookies", "Potrivit ANSPDCP, site-ul a folosit cookie-uri fără acordul "
     "utilizatorilor."),
    ("fi", "cookies", "Tietosuojavaltuutetun mukaan sivusto käytti evästeitä ilman "
     "suostumusta."),
    ("hu", "cookies", "A hatóság szerint a weboldal hozzájárulás nélkül használt "
     "sütiket."),
    ("ca", "cookies", "Segons l'Autoritat Catalana de Protecció de Dades, el lloc web "
     "utilitzava galetes sense consentiment."),
    ("el", "cookies", "Σύμφωνα με την Αρχή, ο ιστότοπος χρησιμοποιούσε cookies χωρίς "
     "συναίνεση."),
    ("tr", "cookies", "Kurula göre site, çerezleri kullanıcıların onayı olmadan "
     "kullanıyordu."),
]


def _join(lang: str, parts: list[str]) -> str:
    return ("" if lang in NO_SPACES else " ").join(parts)


def _id(lang: str, what: str, where: str) -> str:
    return f"{LANGUAGE_NAMES[lang]} {what} {where} is removed"


POSITIONS = ["head", "tail", "middle"]


def _placed(article: list[str], wall: str, where: str) -> list[str]:
    if where == "head":
        return [wall, *article]
    if where == "tail":
        return [*article, wall]
    return [article[0], wall, *article[1:]]


@pytest.mark.parametrize(
    ("lang", "wall", "where"),
    [pytest.param(lang, wall, where, id=_id(lang, what, f"at the {where} of paragraphs"))
     for lang, what, wall in WALLS for where in POSITIONS],
)
def test_wall_between_paragraphs_is_removed(lang: str, wall: str, where: str) -> None:
    article = ARTICLES[lang]
    assert clean("\n\n".join(_placed(article, wall, where))) == "\n\n".join(article)


@pytest.mark.parametrize(
    ("lang", "wall", "where"),
    [pytest.param(lang, wall, where, id=_id(lang, what, f"glued to the {where} of one line"))
     for lang, what, wall in WALLS for where in ("head", "tail")],
)
def test_wall_in_flattened_text_is_removed(lang: str, wall: str, where: str) -> None:
    article = ARTICLES[lang]
    flat = _join(lang, wall.split("\n"))  # its button lines too
    assert clean(_join(lang, _placed(article, flat, where))) == _join(lang, article)


@pytest.mark.parametrize(
    ("lang", "wall", "where"),
    [pytest.param(lang, wall, where, id=_id(lang, what, f"at the {where} of an HTML fragment"))
     for lang, what, wall in WALLS for where in POSITIONS],
)
def test_wall_in_html_fragment_is_removed(lang: str, wall: str, where: str) -> None:
    article = ARTICLES[lang]
    fragment = "\n".join(f"<p>{html.escape(p)}</p>" for p in _placed(article, wall, where))
    assert clean(fragment) == "\n\n".join(article)


@pytest.mark.parametrize(
    "wall", [pytest.param(wall, id=f"{LANGUAGE_NAMES[lang]} field that is only a {what} "
                          "becomes empty") for lang, what, wall in WALLS],
)
def test_field_that_is_only_a_wall_becomes_empty(wall: str) -> None:
    assert banners(wall) == ""
    assert clean(wall) == ""


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [pytest.param(lang, s, id=f"{LANGUAGE_NAMES[lang]} article sentence about {what} stays")
     for lang, what, s in CONTENT],
)
def test_article_sentence_about_the_subject_stays(lang: str, sentence: str) -> None:
    article = ARTICLES[lang]
    for text in (sentence,
                 "\n\n".join([*article, sentence]),
                 "\n\n".join([sentence, *article]),
                 _join(lang, [*article, sentence]),
                 _join(lang, [sentence, *article])):
        assert banners(text) == text
        assert clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Accept", id="a button word alone stays"),
        pytest.param("The vote passed.\n\nOK\n\nThe mayor left.",
                     id="an OK line without a wall stays"),
        pytest.param("Cookie Policy\n\nThe council met.", id="a heading without a wall stays"),
        pytest.param("“This website uses cookies. We'll assume you're ok with this,” the "
                     "notice read.", id="a wall quoted in an article stays"),
        pytest.param("Readers saw the message: “By continuing to browse the site, you are "
                     "agreeing to our use of cookies.”", id="a quoted wall sentence stays"),
        pytest.param("Close to 200 people attended the meeting.",
                     id="an article sentence starting with a button word stays"),
        pytest.param("Regulators said: “We value your privacy” is not a legal basis.",
                     id="a quoted privacy notice heading stays"),
    ],
)
def test_near_misses_stay(text: str) -> None:
    assert banners(text) == text


def test_article_first_sentence_glued_after_the_buttons_stays() -> None:
    text = ("This website uses cookies to improve your experience. We'll assume you're ok "
            "with this, but you can opt-out if you wish. Accept Read More Close to 200 "
            "people attended the meeting.")
    # "Close" is a button word, but the lower-case word after it shows it is the article's.
    assert clean(text) == "Close to 200 people attended the meeting."


# A wall whose last sentence ends in a link with no end mark ("… see here: Cookie Policy")
# runs, in flattened text, into the article's first sentence. The wall is cut after the
# link, whose capitalised next word starts the article, and narration words in the
# article's part ("Court", "Gericht", "Tribunal") do not make the wall an article's.
_WORDPRESS = ("Privacy & Cookies: This site uses cookies. By continuing to use this website, "
              "you agree to their use. To find out more, including how to control cookies, "
              "see here: Cookie Policy")  # the WordPress/Jetpack cookie widget
_GLUED_LINK = [
    pytest.param(_WORDPRESS, "Court the the the.",
                 id="english wall ending in Cookie Policy glued to a one-line article "
                    "starting with Court is removed"),
    pytest.param(_WORDPRESS, "The council met on Monday. Court records were released.",
                 id="english wall ending in Cookie Policy glued to The council is removed"),
    pytest.param("Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen "
                 "Sie der Verwendung von Cookies zu. Weitere Informationen finden Sie in "
                 "unserer Datenschutzerklärung",
                 "Gericht bestätigt das Urteil gegen den Bürgermeister.",
                 id="german wall ending in Datenschutzerklärung glued to a one-line article "
                    "starting with Gericht is removed"),
    pytest.param("Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez "
                 "leur utilisation. Pour en savoir plus, consultez notre Politique de "
                 "confidentialité", "Tribunal : le maire a été condamné.",
                 id="french wall ending in Politique de confidentialité glued to a one-line "
                    "article starting with Tribunal is removed"),
]


@pytest.mark.parametrize(("wall", "article"), _GLUED_LINK)
def test_wall_ending_in_a_link_glued_to_the_article_is_cut_after_the_link(
    wall: str, article: str
) -> None:
    assert banners(f"{wall} {article}") == article
    assert _ONLY_BANNERS(f"{wall} {article}") == article


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("This site uses cookies, the lawsuit claims. See Cookie Policy Court "
                     "records show more.",
                     id="a reported wall followed by a link glued to the article stays"),
        pytest.param("This site uses cookies, see our Cookie Policy, the regulator said.",
                     id="a reported wall sentence ending past its link stays"),
        pytest.param("Cookie Policy Court ruled on Monday.",
                     id="a link glued to an article sentence without a wall stays"),
        pytest.param("Der Sprecher sagte, weitere Informationen finden Sie in unserer "
                     "Datenschutzerklärung Gericht und Behörde prüfen sie.",
                     id="a german reported wall wording glued to the article stays"),
    ],
)
def test_link_glued_to_the_article_without_a_wall_stays(text: str) -> None:
    assert banners(text) == text


def test_consent_dialog_with_heading_buttons_and_vendor_table_is_removed() -> None:
    text = (
        "The harbour reopened on Monday after repairs.\n\n"
        "Privacy settings\n\n"
        "We and our partners use cookies to store and/or access information on a device. "
        "You can change your preferences at any time.\n\n"
        "Accept all\nReject all\nManage preferences\n\n"
        "Name Category Purpose Example Ad Serving Advertising Example Analytics Measurement "
        "Analytics Example Optimisation Marketing"
    )
    assert clean(text) == "The harbour reopened on Monday after repairs."


def test_wall_between_a_trailer_and_share_buttons_in_one_line() -> None:
    text = ("The harbour reopened on Monday. The post Harbour reopens appeared first on "
            "Example News. This site uses cookies. By continuing to browse the site, you are "
            "agreeing to our use of cookies. OK Share this:")
    out, edits = banners.explain(text)
    assert "cookies" not in out
    assert out.startswith("The harbour reopened on Monday. The post Harbour")
    assert [e.cleaner for e in edits] == ["banners"]


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"explain names banners for the {LANGUAGE_NAMES[lang]} {what}")
     for lang, what, wall in WALLS],
)
def test_explain_names_banners_and_edits_replay(lang: str, wall: str) -> None:
    article = ARTICLES[lang]
    for text in ("\n\n".join([*article, wall]), _join(lang, [wall, *article])):
        out, edits = banners.explain(text)
        assert out == banners(text)
        assert edits and all(e.cleaner == "banners" for e in edits)
        assert replay(text, edits) == out
        assert all(text[e.start:e.end] == e.removed for e in edits)
    result = explain("\n\n".join([*article, wall]))
    assert any(e.cleaner == "banners" for e in result.edits)


def test_every_language_has_a_pack_with_every_kind_of_wall_wording() -> None:
    root = Path(__file__).resolve().parents[2] / "src" / "cleantext" / "data"
    for lang in LANGUAGES:
        text = (root / f"banners.{lang}.txt").read_text(encoding="utf-8")
        for section in ("[trigger]", "[opener]", "[body]", "[button]", "[reporting]"):
            assert section in text, (lang, section)


def test_every_language_has_positive_and_negative_tables() -> None:
    assert set(LANGUAGE_NAMES) == set(ARTICLES) == set(LANGUAGES)
    assert {lang for lang, _, _ in WALLS} == set(LANGUAGES)
    assert {lang for lang, _, _ in CONTENT} == set(LANGUAGES)


# --- red team: walls as consent tools and publishers print them, in every shape ---------
#
# Each wall comes with the button lines its dialog prints under it. The article differs
# from the tables above, so a wording that only matched those would show here.

RED_ARTICLES = {
    "en": ["The city council voted on Tuesday to close the old ferry terminal.",
           "Repairs to the pier will cost about $4 million, officials said."],
    "nl": ["De gemeenteraad stemde dinsdag voor de sluiting van de oude veerterminal.",
           "Het herstel van de pier kost ongeveer vier miljoen euro."],
    "es": ["El ayuntamiento votó el martes el cierre de la antigua terminal de ferris.",
           "La reparación del muelle costará unos cuatro millones de euros."],
    "de": ["Der Stadtrat hat am Dienstag die Schließung des alten Fährterminals beschlossen.",
           "Die Reparatur der Mole kostet rund vier Millionen Euro."],
    "fr": ["Le conseil municipal a voté mardi la fermeture de l'ancien terminal des ferries.",
           "La réparation de la jetée coûtera environ quatre millions d'euros."],
    "it": ["Il consiglio comunale ha votato martedì la chiusura del vecchio terminal.",
           "La riparazione del molo costerà circa quattro milioni di euro."],
    "pt": ["A câmara votou na terça-feira o encerramento do antigo terminal.",
           "A reparação do cais vai custar cerca de quatro milhões de euros."],
}

# (language, what prints it, wall sentences, button lines)
RED_WALLS = [
    ("en", "Usercentrics",
     "We use cookies and other technologies on our website. Some of them are essential, "
     "while others help us to improve this website and your experience.",
     ["Accept all", "Deny", "Save", "Privacy settings"]),
    ("en", "TrustArc, with its heading",
     "How we use cookies. We use cookies and other tracking technologies to improve your "
     "browsing experience on our site, show you personalized content and targeted ads, and "
     "analyze site traffic.", ["Agree and Proceed", "Cookie Preferences"]),
    ("en", "Google Funding Choices", "This site asks for consent to use your data.",
     ["Manage options", "Consent", "Do not consent"]),
    ("en", "InMobi Choice with the IAB TCF purposes",
     "We and our partners process data to provide: Use precise geolocation data. Actively "
     "scan device characteristics for identification. Store and/or access information on a "
     "device. Personalised advertising and content, advertising and content measurement, "
     "audience research and services development.", ["I Accept", "Show Purposes", "Disagree"]),
    ("en", "Sourcepoint dialog of a UK publisher",
     "Your privacy. We use cookies to improve your experience on our site and to show you "
     "personalised advertising.", ["Yes, I'm happy", "Manage my cookies"]),
    ("en", "Yahoo consent page",
     "Yahoo is part of the Yahoo family of brands. When you use our sites and apps, we use "
     "cookies to provide our sites and apps to you, authenticate users and apply security "
     "measures.", ["Accept all", "Reject all", "Manage privacy settings"]),
    ("en", "OneTrust",
     "This website uses cookies to enhance user experience and to analyze performance and "
     "traffic on our website. We also share information about your use of our site with our "
     "social media, advertising and analytics partners.",
     ["Do Not Sell My Personal Information", "Accept Cookies"]),
    ("en", "CookieYes", "We value your privacy. We use cookies to enhance your browsing "
     "experience, serve personalised ads or content, and analyse our traffic.",
     ["Customise", "Reject All", "Accept All"]),
    ("en", "subscriber paywall with a free trial",
     "This article is for subscribers only. Start your free trial to continue reading.",
     ["Subscribe", "Sign in"]),
    ("en", "metered paywall counter",
     "You have 2 free articles remaining this month. Subscribe for unlimited access.", []),
    ("en", "premium content wall",
     "This is premium content. Become a member to read the full story.", ["Sign in"]),
    ("en", "registration wall", "Create a free account to read this article.", []),
    ("en", "short paywall", "Subscribe to read. Already a subscriber? Sign in.", []),
    ("en", "ad-block wall asking to allow ads",
     "It looks like you're using an ad blocker. Please allow ads on our site to support our "
     "journalism.", ["I've disabled my ad blocker"]),
    ("en", "ad-block wall spelt ad-blocker",
     "We see you're using an ad-blocker. Turn it off to keep reading.", []),
    ("en", "block page of US sites for EU readers",
     "We recognize you are attempting to access this website from a country belonging to "
     "the European Economic Area (EEA) including the EU which enforces the General Data "
     "Protection Regulation (GDPR) and therefore access cannot be granted at this time.", []),
    ("en", "EU unavailability notice of US sites",
     "Unfortunately, our website is currently unavailable in most European countries. We are "
     "engaged on the issue and committed to looking at options that support our full range "
     "of digital offerings to the EU market.", []),
    ("en", "geo-block notice", "This content is not available in your region.", []),
    ("en", "video geo-block notice", "Sorry, this video is not available in your country.", []),
    ("nl", "DPG Media consent wall",
     "Wij en onze partners gebruiken cookies en vergelijkbare technieken om je een betere "
     "ervaring te bieden en advertenties te tonen.", ["Akkoord", "Instellingen beheren"]),
    ("nl", "Mediahuis consent wall, in the publisher's name",
     "Wij, Mediahuis Nederland, gebruiken cookies om de website goed te laten werken en om "
     "advertenties af te stemmen op jouw interesses.", ["Alles accepteren", "Zelf instellen"]),
    ("nl", "embed blocked without consent",
     "Om deze content te kunnen bekijken moet je social media cookies accepteren.",
     ["Cookies accepteren"]),
    ("nl", "embed blocked without consent, told after",
     "Deze inhoud kan niet worden weergegeven omdat je geen toestemming hebt gegeven voor "
     "cookies.", []),
    ("nl", "Didomi", "Wij en onze partners slaan informatie op een apparaat op en/of openen "
     "deze, zoals cookies, en verwerken persoonsgegevens.", ["Akkoord en sluiten", "Meer opties"]),
    ("nl", "NRC-style paywall",
     "Dit artikel is exclusief voor abonnees. Word abonnee en lees onbeperkt.",
     ["Ben je al abonnee? Log in"]),
    ("nl", "premium paywall", "Dit is een premium artikel. Lees verder met een abonnement.", []),
    ("nl", "ad-block wall", "Wij zien dat je een adblocker gebruikt. Zet je adblocker uit of "
     "voeg ons toe aan je whitelist.", []),
    ("nl", "consent request", "Wij vragen je toestemming voor het gebruik van cookies.",
     ["Ja, ik ga akkoord", "Nee"]),
    ("es", "El País paywall", "Suscríbete para seguir leyendo. Lee sin límites.",
     ["Ya tengo una suscripción"]),
    ("es", "El País consent wall, in the publisher's name",
     "EL PAÍS, y sus socios, utilizamos cookies para personalizar contenidos y publicidad.",
     ["Aceptar", "Rechazar"]),
    ("es", "metered paywall", "Has alcanzado el límite de artículos gratuitos de este mes.", []),
    ("es", "ad-block wall", "Hemos detectado que usas un bloqueador de anuncios. Desactívalo "
     "para seguir leyendo.", []),
    ("es", "geo-block notice", "Este contenido no está disponible en tu país.", []),
    ("de", "Sourcepoint consent wall",
     "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Ihnen "
     "personalisierte Inhalte und Werbung anzuzeigen.",
     ["Akzeptieren und weiter", "Einstellungen"]),
    ("de", "ZEIT ONLINE consent wall", "Zeit Online mit Werbung und Tracking nutzen. Mit Ihrer "
     "Zustimmung verarbeiten wir Ihre Daten.", ["Zustimmen", "Pur-Abo"]),
    ("de", "BILDplus paywall", "Dieser Artikel ist ein BILDplus-Inhalt. Jetzt mit BILDplus "
     "lesen.", []),
    ("de", "geo-block notice", "Dieses Video ist in Ihrem Land nicht verfügbar.", []),
    ("fr", "Didomi", "Avec votre accord, nous et nos partenaires utilisons des cookies ou "
     "technologies similaires pour stocker et accéder à des informations personnelles comme "
     "votre visite sur ce site.", ["Accepter & Fermer", "Continuer sans accepter"]),
    ("fr", "Le Monde consent wall, in the publisher's name",
     "Le Monde et ses partenaires utilisent des cookies pour vous proposer des publicités "
     "personnalisées.", ["Accepter et continuer", "Refuser et s'abonner"]),
    ("fr", "Le Figaro paywall", "Cet article est réservé aux abonnés. Il vous reste 80% à "
     "découvrir.", ["Je m'abonne"]),
    ("fr", "Libération paywall", "Article réservé aux abonnés.", []),
    ("fr", "geo-block notice", "Ce contenu n'est pas disponible dans votre pays.", []),
    # Second round: other tools and sites, and buttons in capitals or between bars.
    ("en", "consent banner with buttons in capitals", "We use cookies to personalise content "
     "and ads and to analyse our traffic.", ["ACCEPT ALL", "REJECT ALL", "MANAGE PREFERENCES"]),
    ("en", "consent banner with buttons between bars", "We use cookies to personalise content "
     "and ads and to analyse our traffic.", ["Accept | Reject | Settings"]),
    ("en", "OneTrust of a news agency",
     "We use cookies to personalize content and ads, to provide social media features and to "
     "analyze our traffic. We also share information about your use of our site with our "
     "social media, advertising and analytics partners.",
     ["Cookies Settings", "Accept All Cookies"]),
    ("en", "Didomi with its link before the buttons", "We and our partners use cookies to "
     "store and access personal data such as browsing data.",
     ["Learn more", "Agree and close", "Disagree"]),
    ("en", "The New York Times access check",
     "Thank you for your patience while we verify access. If you are in Reader mode please "
     "exit and log into your Times account, or subscribe for all of The Times.", []),
    ("en", "The New York Times prompt", "Want all of The Times? Subscribe.", []),
    ("en", "The Wall Street Journal paywall",
     "Continue reading your article with a WSJ membership.",
     ["Subscribe Now", "Already a subscriber? Sign In"]),
    ("en", "The Telegraph paywall",
     "To continue reading this article, subscribe to The Telegraph.", []),
    ("en", "registration wall", "Register for free to continue reading. Already registered? "
     "Log in.", []),
    ("en", "ad-block wall asking to whitelist", "Ad blocker detected. Please whitelist our "
     "site to continue reading.", ["I have whitelisted"]),
    ("en", "Disqus notice", "Please enable JavaScript to view the comments powered by Disqus.",
     []),
    ("en", "JavaScript notice", "Please enable JavaScript in your browser to view this "
     "content.", []),
    ("nl", "DPG Media paywall", "Dit artikel is alleen beschikbaar voor abonnees.",
     ["Word abonnee", "Al een account? Log in"]),
    ("nl", "De Telegraaf paywall", "Dit is een premium artikel. Al abonnee? Log in.", []),
    ("nl", "consent wall in the site's name", "NU.nl gebruikt cookies en vergelijkbare "
     "technieken om de website goed te laten werken en om je relevante advertenties te "
     "tonen.", ["Akkoord", "Instellingen"]),
    ("nl", "consent banner with buttons in capitals",
     "Wij gebruiken cookies om onze website te verbeteren.", ["ALLES ACCEPTEREN", "INSTELLINGEN"]),
    ("es", "Didomi", "Nosotros y nuestros socios utilizamos cookies y tecnologías similares.",
     ["Aceptar", "Más opciones"]),
    ("es", "subscriber paywall", "Este contenido es exclusivo para suscriptores.",
     ["Suscríbete", "¿Ya eres suscriptor? Inicia sesión"]),
    ("es", "cookie banner", "Utilizamos cookies propias y de terceros para mejorar nuestros "
     "servicios.", ["Aceptar todas", "Configurar cookies"]),
    ("de", "SPIEGEL+ paywall", "Jetzt weiterlesen mit SPIEGEL+. Sie sind bereits "
     "Digital-Abonnent? Hier anmelden.", []),
    ("de", "ZEIT ONLINE paywall", "Dieser Artikel ist exklusiv für Abonnenten.",
     ["Jetzt abonnieren"]),
    ("de", "F+ paywall", "Zugang zu allen F+ Artikeln. Jetzt F+ testen und weiterlesen.", []),
    ("de", "consent banner", "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu "
     "bieten.", ["Alle akzeptieren", "Nur notwendige Cookies"]),
    ("fr", "Le Figaro paywall with its offer", "Cet article est réservé aux abonnés. Vous "
     "avez envie de lire la suite ? Débloquez tous les articles immédiatement.",
     ["Déjà abonné ? Connectez-vous"]),
    ("fr", "consent banner", "Nous utilisons des cookies pour vous garantir la meilleure "
     "expérience.", ["Tout accepter", "Tout refuser", "Personnaliser"]),
    # Third round.
    ("en", "BBC consent banner", "Let us know you agree to cookies. We use cookies to give "
     "you the best online experience.", ["Yes, I agree", "No, take me to settings"]),
    ("en", "Cloudflare block page", "Please enable cookies. Sorry, you have been blocked.", []),
    ("en", "consent banner with two policy links", "We use cookies to improve your "
     "experience on our site. To find out more, read our privacy policy and cookie policy.",
     ["Accept and continue", "Manage my cookies"]),
    ("en", "consent banner of a UK publisher", "We and our partners use cookies to "
     "personalise your experience and to measure ad performance.",
     ["Accept all", "Reject all", "Cookie settings"]),
    ("nl", "AD paywall", "Lees dit artikel met een abonnement. Al abonnee? Log in.", []),
    ("es", "El Mundo cookie banner", "Utilizamos cookies propias y de terceros para fines "
     "analíticos y para mostrarte publicidad personalizada.",
     ["Aceptar y continuar", "Configurar"]),
    ("de", "BILD consent wall", "Wir und unsere Partner nutzen Cookies und ähnliche "
     "Technologien für personalisierte Werbung.", ["Zustimmen und weiter", "Einstellungen"]),
    ("fr", "Le Monde paywall", "Il vous reste 76% de cet article à lire. La suite est réservée "
     "aux abonnés.", ["Déjà abonné ? Se connecter"]),
    # IAB TCF 2.2 dialogs print their vendor count; metered walls their counter.
    ("en", "IAB TCF dialog with its partner count", "We and our 842 partners store and/or "
     "access information on a device, such as cookies and process personal data.",
     ["I Accept", "Show Purposes"]),
    ("en", "consent dialog with a partner count in thousands",
     "We and our 1,456 partners use cookies to personalise ads.", ["Accept all", "Reject all"]),
    ("en", "metered paywall counter in the singular",
     "You have 1 free article left this month.", ["Subscribe"]),
    ("nl", "IAB TCF dialog with its partner count", "Wij en onze 812 partners gebruiken "
     "cookies om advertenties te personaliseren.", ["Akkoord", "Instellingen beheren"]),
    ("es", "IAB TCF dialog with its partner count", "Nosotros y nuestros 860 socios "
     "almacenamos o accedemos a información en un dispositivo, tales como cookies.",
     ["Aceptar", "Más opciones"]),
    ("es", "metered paywall counter", "Te quedan 2 artículos gratuitos este mes.",
     ["Suscríbete"]),
    ("fr", "IAB TCF dialog with its partner count", "Nous et nos 790 partenaires stockons "
     "et/ou accédons à des informations sur un appareil, tels que les cookies.",
     ["Accepter & Fermer", "Continuer sans accepter"]),
    ("de", "IAB TCF dialog with its partner count", "Wir und unsere 850 Partner speichern "
     "und/oder greifen auf Informationen auf einem Gerät zu, zum Beispiel Cookies.",
     ["Alle akzeptieren", "Einstellungen"]),
    ("fr", "Le Monde one-device notice", "Lecture du Monde en cours sur un autre appareil. "
     "Vous pouvez lire Le Monde sur un seul appareil à la fois.", []),
]

# (language, what prints it, heading line, wall, button lines): a dialog's heading on a
# line of its own above the wall.
RED_HEADED = [
    ("en", "OneTrust preference center", "Privacy Preference Center",
     "When you visit any website, it may store or retrieve information on your browser, "
     "mostly in the form of cookies.", ["Allow All", "Confirm My Choices"]),
    ("nl", "cookie banner", "Cookie-instellingen",
     "Wij gebruiken cookies om je een betere ervaring te geven.", ["Akkoord", "Weigeren"]),
    ("es", "consent dialog", "Tu privacidad es importante para nosotros",
     "Utilizamos cookies para personalizar el contenido y los anuncios.",
     ["Aceptar todo", "Rechazar todo"]),
    ("de", "Borlabs-style dialog", "Datenschutzeinstellungen",
     "Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell.",
     ["Alle akzeptieren", "Speichern"]),
    ("fr", "cookie dialog", "Gestion des cookies",
     "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
     ["Tout accepter", "Tout refuser"]),
]

# (language, what it is about, article sentence): all stay, wherever they stand.
RED_CONTENT = [
    ("en", "a bakery's cookies",
     "The bakery on Main Street sold 3,000 chocolate chip cookies during the festival."),
    ("en", "a GDPR fine for cookies",
     "The regulator fined the publisher €2 million for setting tracking cookies before users "
     "clicked Accept."),
    ("en", "ad blockers", "Many readers use an ad blocker, which cost publishers $12 billion "
     "last year, analysts estimate."),
    ("en", "a paywall dropped", "Subscribers can read the full report on Friday; the newspaper "
     "dropped its paywall for the storm coverage."),
    ("en", "the cookie law", "Under the GDPR, websites must ask for consent before they store "
     "cookies on a device."),
    ("en", "consent buttons", "\"Accept all\" buttons are designed to be bigger than \"Reject "
     "all\", the watchdog noted."),
    ("en", "a region lock", "The video is not available in some regions because of licensing "
     "deals."),
    ("en", "a privacy statement reported",
     "We value your privacy, the company wrote in a blog post after the breach."),
    ("en", "privacy laws", "Our privacy laws are outdated, the senator told reporters on "
     "Monday."),
    ("en", "a show not available", "Netflix said the show is not available in your country if "
     "you live outside the US."),
    ("en", "a free trial", "The app offers a free trial, and the company said most users "
     "continue reading after it ends."),
    ("en", "subscriber numbers", "The New York Times now has 10 million subscribers, up from "
     "9 million."),
    ("en", "an accept in a quote", "Accept all of them, the coach told his players before the "
     "final."),
    ("en", "an agreement clicked", "She clicked \"I agree\" without reading the terms, like "
     "most users."),
    ("en", "a page's cookies and the reader's browser",
     "Your browser stores cookies from every site you visit. Accept them only if you trust "
     "the site, the guide advises."),
    ("nl", "a bakery's cookies", "De bakker verkocht op Koningsdag meer dan tweeduizend "
     "koekjes en cookies."),
    ("nl", "a fine for cookies", "De Autoriteit Persoonsgegevens legde de website een boete op "
     "voor het plaatsen van cookies zonder toestemming."),
    ("nl", "ad blockers", "Steeds meer lezers gebruiken een adblocker, zegt de uitgever."),
    ("nl", "subscribers", "De krant heeft inmiddels 400.000 abonnees en verhoogt de prijs van "
     "een abonnement."),
    ("nl", "an agreement", "Wij vinden dat de website uw gegevens beter moet beschermen. "
     "Akkoord, zei de minister, maar niet nu."),
    ("es", "a fine for cookies", "La Agencia Española de Protección de Datos multó al diario "
     "por instalar cookies sin consentimiento."),
    ("es", "a paywall", "El periódico alcanzó los 300.000 suscriptores digitales y mantiene su "
     "muro de pago."),
    ("es", "accepting cookies", "Usted puede rechazar las cookies de su navegador. Aceptar todo "
     "es lo más cómodo, reconoce el experto."),
    ("es", "accepting a defeat", "Aceptar la derrota no fue fácil, reconoció el entrenador."),
    ("de", "a fine for cookies", "Die Datenschutzbehörde verhängte ein Bußgeld wegen Cookies "
     "ohne Einwilligung."),
    ("de", "subscribers", "Der Verlag gewann 50.000 neue Abonnenten für sein Digitalabo."),
    ("de", "consenting to a law", "Zustimmen wollte die Opposition dem Gesetz nicht."),
    ("de", "changing cookie settings", "Sie können Ihre Cookie-Einstellungen jederzeit ändern. "
     "Zustimmen müssen Sie nicht, sagt die Verbraucherzentrale."),
    ("fr", "a fine for cookies", "La Cnil a infligé une amende de 150 millions d'euros pour des "
     "cookies déposés sans consentement."),
    ("fr", "subscribers", "Le journal compte 600 000 abonnés et renforce son offre réservée aux "
     "abonnés."),
    ("fr", "accepting everything", "Tout accepter sans lire, c'est ce que font la plupart des "
     "internautes, selon une étude."),
    ("fr", "refusing cookies", "Vous pouvez refuser les cookies sur ce site, rappelle la Cnil. "
     "Accepter ou refuser reste votre choix."),
    ("en", "subscribers of an app", "The Times said 10 million people subscribe to its news "
     "app."),
    ("en", "an Accept button in instructions",
     "Click \"Accept\" on the pop-up, the instructions read."),
    ("en", "a law on rejecting cookies", "A new law requires websites to let users reject all "
     "cookies as easily as they accept them."),
    ("en", "a cookie recipe",
     "Preheat the oven, then bake the cookies for 12 minutes until golden."),
    ("en", "privacy settings changed",
     "Privacy settings on Facebook were changed last year, the company said."),
    ("en", "JavaScript required by a court",
     "The ruling means JavaScript is required for the court's new filing system."),
    ("en", "a geo-block message reported", "Sorry, this video is not available in your "
     "country, reads the message Netflix users in Iran see."),
    ("nl", "a director on cookies",
     "Wij gebruiken cookies om onze klanten beter te leren kennen, zegt de directeur."),
    ("nl", "an agreement in parliament",
     "Akkoord! De Kamer stemt in met het plan voor de nieuwe brug."),
    ("de", "baking cookies", "Cookies backen: So gelingen sie Ihnen garantiert."),
    ("de", "subscribers", "Die Zeitung hat mehr Abonnenten als je zuvor, teilte der Verlag mit."),
    ("fr", "a site's cookies reported", "Nous utilisons des cookies pour mesurer l'audience, "
     "explique le site dans ses conditions."),
    ("es", "a company's cookies reported",
     "Utilizamos cookies propias, reconoce la empresa en su web."),
    ("es", "a bakery's cookies",
     "La panadería ofrece cookies de chocolate y galletas caseras."),
    ("es", "accepting conditions",
     "Aceptar todas las condiciones no era una opción, explicó el sindicato."),
    ("en", "a mayor's partners", "We and our 12 partners built the bridge in two years, the "
     "mayor said."),
    ("en", "an app's counter reported", "You have 3 free articles left, the app told me."),
    ("nl", "a builder's partners", "Wij en onze 40 partners hebben de brug gebouwd."),
    ("fr", "a builder's partners",
     "Nous et nos 12 partenaires avons construit le pont en deux ans."),
    ("fr", "reading Le Monde on a device",
     "Ma lecture du Monde en cours sur un autre appareil a été interrompue."),
]

# Whole articles about the subject, written as news sites print them: each stays, in
# paragraphs and flattened.
RED_ARTICLES_ABOUT_WALLS = [
    ("en", "a consumer guide to cookie banners", """How to take back control of your cookies

Every time you open a news site, a banner asks you to accept cookies. Most of us click \
Accept all without reading.

Regulators say that is exactly what publishers want. "If you continue to use this site, we \
will assume you are happy with it" is no longer a valid form of consent, the European Data \
Protection Board said in May.

You can change your preferences at any time. In Chrome, open Settings, then Privacy and \
security, and choose Block third-party cookies.

Accept all
Reject all

Those two buttons must now be equally visible, the French regulator ruled."""),
    ("nl", "a fine for a cookie wall", """De Autoriteit Persoonsgegevens heeft dinsdag een \
boete van 600.000 euro opgelegd aan een nieuwssite.

De site plaatste tracking cookies zonder dat bezoekers daar toestemming voor gaven. Wie op \
Akkoord klikte, gaf volgens de toezichthouder geen geldige toestemming.

"Wij gebruiken cookies om onze website te verbeteren", stond in de melding. Dat is te vaag, \
oordeelt de AP."""),
    ("es", "a newspaper's paywall", """El periódico lanzó su muro de pago en 2020. Desde \
entonces, los lectores que no están suscritos pueden leer diez artículos gratuitos al mes.

"Suscríbete para seguir leyendo" es el mensaje que ven al agotar su cupo, explicó la \
directora.

Hoy el diario tiene 300.000 suscriptores."""),
    ("de", "advice on consent buttons", """Die Verbraucherzentrale rät: Klicken Sie nicht \
einfach auf „Alle akzeptieren“.

Wer Cookies ablehnen will, findet die Option oft erst unter Einstellungen. Viele Websites \
verstecken den Button „Alle ablehnen“ bewusst, sagte eine Sprecherin."""),
    ("fr", "a regulator's notice", """La Cnil a mis en demeure vingt sites. Sur ces pages, le \
bouton « Tout refuser » était invisible.

Vous pouvez retirer votre consentement à tout moment, rappelle l'autorité. Les éditeurs ont \
trois mois pour se conformer."""),
]


def _red_shapes(lang: str, wall: str, buttons: list[str]) -> list[tuple[str, str, str]]:
    """(shape, dirty, expected): the wall with its buttons as lines, or run into one line,
    before or after the article, glued to its first sentence, flattened, or alone."""
    a1, a2 = RED_ARTICLES[lang]
    block = "\n".join([wall, *buttons])
    inline = " ".join([wall, *buttons])
    para, line = f"{a1}\n\n{a2}", f"{a1} {a2}"
    return [
        ("as a paragraph with button lines before the article", f"{block}\n\n{para}", para),
        ("as a paragraph with button lines after the article", f"{para}\n\n{block}", para),
        ("as one paragraph before the article", f"{inline}\n\n{para}", para),
        ("glued to the article's first sentence", f"{inline} {a1}\n\n{a2}", para),
        ("at the head of flattened text", f"{inline} {line}", line),
        ("at the tail of flattened text", f"{line} {inline}", line),
        ("alone in the field", block, ""),
    ]


@pytest.mark.parametrize(
    ("dirty", "expected"),
    [pytest.param(dirty, want, id=f"{LANGUAGE_NAMES[lang]} {what} {shape} is removed")
     for lang, what, wall, buttons in RED_WALLS
     for shape, dirty, want in _red_shapes(lang, wall, buttons)],
)
def test_red_team_wall_is_removed_in_every_shape(dirty: str, expected: str) -> None:
    assert clean(dirty) == expected


@pytest.mark.parametrize(
    ("lang", "heading", "wall", "buttons"),
    [pytest.param(lang, heading, wall, buttons,
                  id=f"{LANGUAGE_NAMES[lang]} {what} is removed with its heading line")
     for lang, what, heading, wall, buttons in RED_HEADED],
)
def test_red_team_wall_goes_with_its_heading_line(lang: str, heading: str, wall: str,
                                                  buttons: list[str]) -> None:
    a1, a2 = RED_ARTICLES[lang]
    block = "\n".join([heading, wall, *buttons])
    inline = " ".join([wall, *buttons])
    assert clean(f"{block}\n\n{a1}\n\n{a2}") == f"{a1}\n\n{a2}"
    assert clean(f"{a1}\n\n{block}\n\n{a2}") == f"{a1}\n\n{a2}"
    assert clean(f"{a1}\n\n{a2}\n\n{block}") == f"{a1}\n\n{a2}"
    # the wall run into the article's first sentence, its heading on the line above
    assert clean(f"{heading}\n{inline} {a1}\n\n{a2}") == f"{a1}\n\n{a2}"
    assert clean(block) == ""


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [pytest.param(lang, s, id=f"{LANGUAGE_NAMES[lang]} article sentence about {what} stays")
     for lang, what, s in RED_CONTENT],
)
def test_red_team_article_sentence_stays(lang: str, sentence: str) -> None:
    a1, a2 = RED_ARTICLES[lang]
    for text in (sentence, f"{a1}\n\n{sentence}\n\n{a2}", f"{a1} {sentence} {a2}",
                 f"{sentence} {a1}", f"{a1} {a2} {sentence}"):
        assert clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("De gemeenteraad vergaderde. Wilt u dat wij uw gegevens gebruiken voor "
                     "advertenties op onze website? Akkoord. Dat was het antwoord van de "
                     "meeste lezers in de enquête.",
                     id="dutch survey question answered with Akkoord inside a line stays"),
        pytest.param("Would you let us use your data to show you ads on our website? Accept. "
                     "That was the answer most readers gave.",
                     id="english survey question answered with Accept at a line's head stays"),
        pytest.param("Nous vous demandons si vous acceptez les cookies sur notre site. "
                     "Accepter. C'est la réponse de 60 % des sondés.",
                     id="french survey question answered with Accepter stays"),
        pytest.param("The survey asked: would you let our site use your data for ads?\nAccept"
                     "\nReject\nThe results surprised the researchers.",
                     id="english survey with its answers on lines stays"),
        pytest.param("How to say no to cookies.\n\nOpen your browser settings and block "
                     "third-party cookies on every site you visit.\n\nThe setting is hidden "
                     "in most browsers.", id="english how-to addressed to the reader stays"),
        pytest.param("Stel je privacy-instellingen goed in.\n\nJe kunt in je browser de "
                     "cookies van websites weigeren.\n\nDe meeste mensen doen dat niet.",
                     id="dutch how-to addressed to the reader stays"),
    ],
)
def test_article_text_with_consent_button_words_stays(text: str) -> None:
    """Sentences that read like a wall are taken only when a dialog's consent buttons
    answer them where a dialog puts them: ending the line, on the next line, or glued to
    the article's first sentence after a wall at the head."""
    assert clean(text) == text


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{LANGUAGE_NAMES[lang]} article about {what} stays")
     for lang, what, text in RED_ARTICLES_ABOUT_WALLS],
)
def test_red_team_article_about_walls_stays(text: str) -> None:
    assert clean(text) == text
    flat = " ".join(text.split())
    assert clean(flat) == flat


# --- second round: what a blind set showed still stayed ----------------------------------
# (language, what prints it, wall sentences, button lines). A dialog names its own button
# in quotation marks ("Door op ‘Akkoord’ te klikken"), explains its cookies without
# addressing the reader before its buttons, lists its cookie categories on button lines,
# and links to its own notice ("Saber mais") after them.
RED2_WALLS = [
    # a sentence that names the dialog's button in quotation marks
    ("en", "a dialog that names its button, with the reader's answer as a speech verb",
     "We use cookies to run this site and to measure how it is used. If you say "
     "‘Accept all’, we and our partners will also use cookies for personalised ads.",
     ["Accept all", "Reject all", "Manage settings"]),
    ("en", "a dialog that names its button in double quotes",
     "We use cookies to give you the best experience. Click \u201cAccept cookies\u201d to agree "
     "or change your choices at any time.", ["Accept cookies", "Cookie settings"]),
    ("nl", "nu.nl-style dialog that names its button",
     "Wij gebruiken cookies om je een betere ervaring te bieden en om advertenties af te "
     "stemmen op jouw interesses. Door op ‘Akkoord’ te klikken, ga je hiermee akkoord.",
     ["Akkoord", "Instellingen aanpassen"]),
    ("nl", "a dialog that names 'Alles accepteren'",
     "Wij en onze partners gebruiken cookies om de website te verbeteren. Klik op "
     "‘Alles accepteren’ om akkoord te gaan.", ["Alles accepteren", "Weigeren", "Meer opties"]),
    ("es", "El País-style dialog that names its button",
     "Utilizamos cookies propias y de terceros para mostrar publicidad personalizada. Puede "
     "aceptar todas las cookies pulsando «Aceptar y seguir» o configurarlas.",
     ["Aceptar y seguir", "Configurar", "Rechazar"]),
    ("de", "SPIEGEL-style dialog that names its button",
     "Wir und unsere Partner verwenden Cookies, um Ihnen personalisierte Werbung anzuzeigen. "
     "Mit Klick auf „Zustimmen und weiter“ willigen Sie ein.", ["Zustimmen und weiter"]),
    ("fr", "a dialog that names its button",
     "Nous utilisons des cookies pour mesurer l'audience du site. En cliquant sur « Tout "
     "accepter », cela s'applique à tous les services.", ["Tout accepter", "Tout refuser"]),
    # sentences that explain the dialog without addressing the reader, then its buttons
    ("de", "a dialog that explains its cookies before its buttons",
     "Wir verwenden Cookies, um Ihnen ein gutes Webseiten-Erlebnis zu bieten. Dazu gehören "
     "Cookies, die für den Betrieb der Seite notwendig sind, und solche für Statistikzwecke.",
     ["Alle akzeptieren", "Nur notwendige Cookies", "Einstellungen"]),
    ("es", "a cookie-law notice that ends in a settings sentence",
     "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa "
     "navegando, consideramos que acepta su uso. Puede cambiar la configuración u obtener "
     "más información aquí.", ["Aceptar"]),
    ("en", "a dialog that explains its cookies before its buttons",
     "We use cookies on our website. Some cookies are essential for the site to function, "
     "while analytics cookies are used only with consent.", ["Accept all", "Reject all"]),
    ("nl", "a dialog that explains its cookies before its buttons",
     "Wij gebruiken cookies op deze website. Functionele cookies zijn nodig om de site te "
     "laten werken.", ["Alles accepteren", "Alleen noodzakelijke cookies"]),
    # cookie categories and links to the dialog's own notice, on button lines
    ("en", "CookieYes-style dialog with its cookie categories",
     "This site uses cookies. Some of these cookies are essential, while others help us to "
     "improve your experience.",
     ["Necessary Cookies", "Analytics Cookies", "Accept All", "Reject All", "Save Preferences"]),
    ("pt", "a banner with its link to the cookie notice", "Este site utiliza cookies para "
     "melhorar a sua experiência. Ao continuar, está a concordar com a nossa Política de "
     "Privacidade.", ["Aceitar", "Saber mais"]),
    ("fr", "a dialog with its cookie categories", "Nous utilisons des cookies pour améliorer "
     "votre expérience.", ["Cookies nécessaires", "Cookies analytiques", "Tout accepter",
                            "En savoir plus"]),
    ("es", "a dialog with its cookie categories", "Utilizamos cookies para mejorar su "
     "experiencia.", ["Cookies necesarias", "Cookies analíticas", "Aceptar todas",
                      "Más información"]),
]


@pytest.mark.parametrize(
    ("dirty", "expected"),
    [pytest.param(dirty, want, id=f"{LANGUAGE_NAMES[lang]} {what} {shape} is removed")
     for lang, what, wall, buttons in RED2_WALLS
     for shape, dirty, want in _red_shapes(lang, wall, buttons)],
)
def test_second_round_wall_is_removed_in_every_shape(dirty: str, expected: str) -> None:
    assert clean(dirty) == expected


# (language, what it is about, article): articles that name consent buttons in quotation
# marks, use cookie categories as subheadings, or "Accept all" as a noun. They stay, as
# paragraphs and flattened.
RED2_ARTICLES = [
    ("en", "a dark-pattern study that names the buttons",
     "Consumer groups tested 40 news sites in March.\n\nOn most of them, clicking “Accept all” "
     "took one tap while refusing took four. If you say ‘Accept all’, your data can reach "
     "hundreds of firms.\n\nThe regulator will publish its own findings in June."),
    ("en", "an explainer with cookie categories as subheadings",
     "What the banners mean\n\nNecessary cookies\n\nThese keep a shopping basket filled "
     "between pages and need no consent.\n\nAnalytics cookies\n\nThese count visitors. "
     "Learn more about them on the regulator's website.\n\nAccept all is still the biggest "
     "button on most sites."),
    ("nl", "a regulator's warning that names the button",
     "De Autoriteit Persoonsgegevens onderzocht honderd websites.\n\nWie op ‘Akkoord’ klikt, "
     "geeft vaak toestemming aan honderden partijen. Op veel sites ontbreekt de knop "
     "‘Weigeren’.\n\nDe toezichthouder wil dat websites dat voor de zomer aanpassen."),
    ("de", "a data-protection report that names the button",
     "Die Verbraucherzentrale hat 50 Nachrichtenseiten geprüft.\n\nWer auf „Alle akzeptieren“ "
     "klickt, stimmt dem Tracking durch Hunderte Firmen zu. Auf vielen Seiten fehlt der "
     "Button „Alle ablehnen“.\n\nDie Ergebnisse gehen an die Datenschutzbehörden."),
    ("es", "a consumer group's complaint that names the button",
     "La asociación de consumidores analizó 30 diarios digitales.\n\nEn la mayoría, el botón "
     "«Aceptar y seguir» es más grande que el de rechazar. Quien pulsa «Aceptar todo» "
     "comparte sus datos con cientos de empresas.\n\nLa agencia de protección de datos "
     "estudia el caso."),
    ("fr", "a regulator's check that names the button",
     "La Cnil a contrôlé trente sites d'information.\n\nSur ces pages, le bouton « Tout "
     "accepter » était bien plus visible que le bouton « Tout refuser ». Les cookies "
     "publicitaires étaient déposés avant tout choix.\n\nLes éditeurs ont trois mois pour se "
     "conformer."),
    ("en", "a bakery whose cookies are named in quotes",
     "The bakery's new line of cookies sold out on Saturday.\n\nCustomers who asked for the "
     "“Accept all” box got one of every flavour. The shop sells the cookies online too.\n\n"
     "The owner plans a second shop in the spring."),
]


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{LANGUAGE_NAMES[lang]} {what} stays")
     for lang, what, text in RED2_ARTICLES],
)
def test_second_round_article_naming_buttons_stays(text: str) -> None:
    assert clean(text) == text
    flat = " ".join(text.split())
    assert clean(flat) == flat


# (language, what prints it, block): a dialog's heading that is a wall wording or a
# heading phrase, an embedded post's consent placeholder, a paywall's lines, each as the
# lines a scraper keeps.
RED2_BLOCKS = [
    ("en", "Quantcast heading", [
        "We care about your privacy",
        "We and our partners use cookies to store and access personal data on your "
        "device.",
        "I Accept",
        "Show Purposes",
    ]),
    ("en", "paywall meter", [
        "You've reached your limit of free articles.",
        "Subscribe for unlimited access.",
        "Already a subscriber? Sign in",
    ]),
    ("en", "subscriber only", [
        "This article is for subscribers only.",
        "Subscribe now",
        "Log in",
    ]),
    ("en", "embedded content consent", [
        "This content is provided by a third party. To view it, please accept cookies.",
        "Accept cookies",
    ]),
    ("en", "twitter embed", [
        "Content not available due to your privacy preferences. Update your settings "
        "here to see it.",
    ]),
    ("en", "Guardian embed", [
        "Allow Twitter content?",
        "This article includes content provided by Twitter. We ask for your permission "
        "before anything is loaded, as they may be using cookies and other "
        "technologies.",
        "Allow and continue",
    ]),
    ("es", "El Mundo premium", [
        "Este contenido es exclusivo para suscriptores.",
        "Hazte Premium",
        "¿Ya eres suscriptor? Inicia sesión",
    ]),
    ("es", "20minutos cookies", [
        "Utilizamos cookies propias y de terceros para fines analíticos y para "
        "mostrarte publicidad personalizada en base a un perfil elaborado a partir de "
        "tus hábitos de navegación.",
        "Aceptar",
        "Configurar",
    ]),
    ("es", "Infobae-style privacy", [
        "Tu privacidad es importante para nosotros. Nosotros y nuestros socios "
        "almacenamos o accedemos a información en un dispositivo.",
        "Aceptar todo",
        "Rechazar todo",
        "Más opciones",
    ]),
    ("nl", "NOS", [
        "NOS gebruikt cookies om de website te verbeteren en om het gebruik te meten.",
        "Akkoord",
        "Instellingen",
    ]),
    ("nl", "Telegraaf premium", [
        "Dit artikel is exclusief voor abonnees.",
        "Word abonnee",
        "Al abonnee? Log in",
    ]),
    ("nl", "nu.nl embed", [
        "Om deze content te kunnen zien, heb je toestemming nodig voor het plaatsen van"
        " cookies.",
        "Accepteren",
    ]),
    ("nl", "AD premium", [
        "Lees verder met een abonnement.",
        "Probeer 1 maand gratis",
        "Al abonnee? Log in",
    ]),
    ("de", "Spiegel+", [
        "Jetzt weiterlesen mit SPIEGEL+",
        "Sie haben bereits ein Digital-Abo? Hier anmelden",
    ]),
    ("de", "SPIEGEL-style external content", [
        "Externer Inhalt",
        "An dieser Stelle finden Sie einen externen Inhalt von Twitter, der den Artikel"
        " ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder "
        "ausblenden.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit "
        "können personenbezogene Daten an Drittplattformen übermittelt werden. Mehr dazu "
        "in unserer Datenschutzerklärung.",
    ]),
    ("de", "SPIEGEL-style pay-or-consent wall", [
        "Mit Werbung weiterlesen",
        "Wir und unsere Partner nutzen Cookies, um Ihnen passende Werbung zu zeigen. Mit "
        "Klick auf „Zustimmen und weiter“ willigen Sie ein.",
        "Zustimmen und weiter",
        "Oder SPIEGEL+ ohne Werbung lesen",
    ]),
    ("nl", "DPG Media's consent page", [
        "DPG Media privacy gate",
        "Wij, DPG Media, gebruiken cookies om je een goede ervaring te bieden.",
        "Akkoord",
        "Instellingen of weigeren",
    ]),
    ("de", "FAZ F+", [
        "Zugang zu allen F+ Artikeln",
        "Jetzt abonnieren",
        "Sie sind bereits Abonnent? Hier einloggen",
    ]),
    ("de", "Bild plus", [
        "BILDplus Inhalt",
        "Jetzt mit BILDplus lesen",
    ]),
    ("fr", "Le Monde remainder", [
        "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.",
        "Déjà abonné ? Se connecter",
    ]),
    ("fr", "Figaro", [
        "Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.",
        "Je m'abonne",
        "Déjà abonné ? Connectez-vous",
    ]),
    ("fr", "Le Monde embed", [
        "Vous avez choisi de refuser le dépôt de cookies, vous pouvez à tout moment "
        "modifier votre choix, ici.",
    ]),
    ("fr", "Libé", [
        "Pour les abonnés",
        "Déjà abonné ? Connectez-vous",
        "Abonnez-vous pour 1€",
    ]),
    ("fr", "heading", [
        "Vos choix concernant l'utilisation de cookies",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Tout accepter",
        "Tout refuser",
    ]),
    ("en", "heading your privacy choices", [
        "Your privacy choices",
        "We use cookies to improve your experience on our site.",
        "Accept all",
        "Reject all",
    ]),
    ("nl", "heading", [
        "Jouw privacy-instellingen",
        "Wij gebruiken cookies om je een betere ervaring te bieden.",
        "Akkoord",
        "Weigeren",
    ]),
    ("es", "heading", [
        "Tu privacidad, tu elección",
        "Utilizamos cookies para mejorar tu experiencia.",
        "Aceptar",
        "Rechazar",
    ]),
    ("de", "heading", [
        "Ihre Privatsphäre ist uns wichtig",
        "Wir verwenden Cookies, um unsere Website zu verbessern.",
        "Alle akzeptieren",
        "Ablehnen",
    ]),
    ("en", "reCAPTCHA badge text under a form", [
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of"
        " Service apply.",
    ]),
    ("en", "HuffPost on the Yahoo consent page", [
        "HuffPost is part of the Yahoo family of brands. When you use our sites and "
        "apps, we use cookies to provide our sites and apps to you.",
        "Accept all",
        "Reject all",
    ]),
    ("nl", "a subscription wall with its plans button", [
        "Word abonnee om verder te lezen.",
        "Bekijk abonnementen",
    ]),
    ("nl", "a subscribers-only notice", [
        "Deze inhoud is alleen beschikbaar voor abonnees.",
    ]),
    ("de", "a registration wall", [
        "Jetzt kostenlos registrieren und weiterlesen.",
        "Registrieren",
    ]),
    ("de", "an ad-block wall with its request", [
        "Sie nutzen einen Adblocker. Bitte deaktivieren Sie ihn, um weiterzulesen.",
    ]),
    ("fr", "a subscribers' article notice", [
        "Vous lisez un article réservé aux abonnés.",
    ]),
    ("de", "a consent sentence naming its button in low quotes", [
        "Wir verwenden Cookies. Mit einem Klick auf ‚Akzeptieren‘ stimmen Sie der "
        "Verwendung zu.",
        "Akzeptieren",
    ]),
    ("en", "CookieYes", [
        "We use cookies on our website to give you the most relevant experience by "
        "remembering your preferences and repeat visits. By clicking “Accept”, you "
        "consent to the use of ALL the cookies.",
        "Do not sell my personal information.",
        "Cookie settings",
        "ACCEPT",
    ]),
    ("en", "Complianz", [
        "Manage Cookie Consent",
        "To provide the best experiences, we use technologies like cookies to store "
        "and/or access device information. Consenting to these technologies will allow "
        "us to process data such as browsing behavior or unique IDs on this site.",
        "Functional Functional Always active",
        "The technical storage or access is strictly necessary for the legitimate "
        "purpose of enabling the use of a specific service explicitly requested by the "
        "subscriber or user.",
        "Preferences Preferences",
        "The technical storage or access is necessary for the legitimate purpose of "
        "storing preferences that are not requested by the subscriber or user.",
        "Statistics Statistics",
        "The technical storage or access that is used exclusively for statistical "
        "purposes.",
        "Marketing Marketing",
        "The technical storage or access is required to create user profiles to send "
        "advertising.",
        "Manage options Manage services Manage {vendor_count} vendors Read more about "
        "these purposes",
        "Accept Deny View preferences Save preferences",
        "{title} {title} {title}",
    ]),
    ("en", "Osano", [
        "This website stores data such as cookies to enable essential site "
        "functionality, as well as marketing, personalization, and analytics.",
        "Data Storage Policy",
        "Accept",
        "Deny",
    ]),
    ("es", "Complianz es", [
        "Gestionar el consentimiento de las cookies",
        "Para ofrecer las mejores experiencias, utilizamos tecnologías como las cookies"
        " para almacenar y/o acceder a la información del dispositivo.",
        "Aceptar",
        "Denegar",
        "Ver preferencias",
    ]),
    ("nl", "Complianz nl", [
        "Toestemming beheren",
        "Om de beste ervaringen te bieden, gebruiken wij technologieën zoals cookies om"
        " informatie over je apparaat op te slaan en/of te raadplegen.",
        "Accepteren",
        "Weigeren",
        "Voorkeuren bekijken",
    ]),
    ("de", "Complianz de", [
        "Zustimmung verwalten",
        "Um dir ein optimales Erlebnis zu bieten, verwenden wir Technologien wie "
        "Cookies, um Geräteinformationen zu speichern und/oder darauf zuzugreifen.",
        "Akzeptieren",
        "Ablehnen",
        "Einstellungen ansehen",
    ]),
    ("fr", "Complianz fr", [
        "Gérer le consentement",
        "Pour offrir les meilleures expériences, nous utilisons des technologies telles"
        " que les cookies pour stocker et/ou accéder aux informations des appareils.",
        "Accepter",
        "Refuser",
        "Voir les préférences",
    ]),
]


def _block_shapes(lang: str, lines: list[str]) -> list[tuple[str, str, str]]:
    a1, a2 = RED_ARTICLES[lang]
    block, flat = "\n".join(lines), " ".join(lines)
    return [("before the article", f"{block}\n\n{a1}\n\n{a2}", f"{a1}\n\n{a2}"),
            ("between paragraphs", f"{a1}\n\n{block}\n\n{a2}", f"{a1}\n\n{a2}"),
            ("after the article", f"{a1}\n\n{a2}\n\n{block}", f"{a1}\n\n{a2}"),
            ("at the head of flattened text", f"{flat} {a1} {a2}", f"{a1} {a2}"),
            ("at the tail of flattened text", f"{a1} {a2} {flat}", f"{a1} {a2}")]


@pytest.mark.parametrize(
    ("dirty", "expected"),
    [pytest.param(dirty, want, id=f"{LANGUAGE_NAMES[lang]} {what} {shape} is removed")
     for lang, what, block in RED2_BLOCKS for shape, dirty, want in _block_shapes(lang, block)],
)
def test_second_round_block_is_removed(dirty: str, expected: str) -> None:
    assert clean(dirty) == expected


RED2_ARTICLES_2 = [
    ("de", "pay-or-consent models",
     "Die Datenschutzkonferenz hat die Pur-Abos geprüft.\n\nLeser können viele Seiten mit "
     "Werbung und Tracking besuchen oder ein Abo ohne Werbung und ohne Werbetracking "
     "abschließen. Ein Pur-Abo kostet meist knapp drei Euro im Monat.\n\nVerbraucherschützer "
     "halten die Preise für zu hoch."),
    ("de", "embedded posts",
     "Viele Redaktionen binden Beiträge aus sozialen Netzwerken ein.\n\nExterne Inhalte "
     "werden oft erst nach einem Klick geladen. Damit sollen keine Daten an Drittplattformen "
     "fließen, bevor Leser zustimmen.\n\nDas Gericht will im Herbst entscheiden."),
    ("en", "a newspaper's embed policy",
     "The paper changed how it shows social media posts last year.\n\nThis article includes "
     "content provided by our own reporters only. Readers who allow Twitter content see the "
     "posts in full.\n\nThe change cut page load times by a third."),
    ("fr", "a paywall's economics",
     "Le quotidien compte désormais 500 000 abonnés numériques.\n\nLes articles réservés aux "
     "abonnés représentent la moitié des contenus. Pour les abonnés, le prix augmente de "
     "deux euros en janvier.\n\nLa direction vise 600 000 abonnés en 2027."),
    ("nl", "a free trial",
     "De krant biedt nieuwe lezers een proefabonnement aan.\n\nWie een maand gratis probeert, "
     "betaalt daarna 15 euro per maand. Jouw privacy is volgens de uitgever goed beschermd."
     "\n\nDe actie loopt tot eind maart."),
    ("es", "embedded content",
     "El diario ha cambiado la forma de mostrar vídeos.\n\nEste contenido está disponible "
     "solo para suscriptores desde el lunes. La empresa asegura que el cambio es temporal."
     "\n\nLos lectores han criticado la medida."),
]


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{LANGUAGE_NAMES[lang]} article about {what} stays")
     for lang, what, text in RED2_ARTICLES_2],
)
def test_second_round_article_with_the_same_words_stays(text: str) -> None:
    assert clean(text) == text
    flat = " ".join(text.split())
    assert clean(flat) == flat


def test_pay_or_consent_wall_is_removed_with_its_headings() -> None:
    """ZEIT ONLINE's shape: two offers, each under its heading line, the first with a
    wall wording, the second addressed to the reader, then the subscribe button. (Run
    into one line, the second offer stays: after heading words run into a sentence, the
    article is expected.)"""
    wall = ["ZEIT ONLINE mit Werbung",
            "Lesen Sie example.de wie gewohnt mit Werbung und Tracking. Details zum Tracking "
            "finden Sie in unserer Datenschutzerklärung.",
            "ZEIT ONLINE ohne Werbung",
            "Nutzen Sie example.de nahezu ohne Werbung für 2,49 € im Monat.",
            "Jetzt abonnieren"]
    a1, a2 = RED_ARTICLES["de"]
    for sep in ("\n", "\n\n"):
        block = sep.join(wall)
        assert clean(f"{block}\n\n{a1}\n\n{a2}") == f"{a1}\n\n{a2}"
        assert clean(f"{a1}\n\n{a2}\n\n{block}") == f"{a1}\n\n{a2}"


@pytest.mark.parametrize(("dirty", "expected"), [
    pytest.param("Diese Website verwendet Cookies. OK Sie hatte die Daten ihrer Kunden auf "
                 "einer eigenen Seite gesammelt. Der Prozess beginnt im Mai.",
                 "Sie hatte die Daten ihrer Kunden auf einer eigenen Seite gesammelt. Der "
                 "Prozess beginnt im Mai.", id="german article run into a wall's OK stays"),
    pytest.param("We use cookies to give you the best experience. Got it We are living "
                 "through a storm like no other on our coast. The council met.",
                 "We are living through a storm like no other on our coast. The council met.",
                 id="english article in the first person run into a wall's button stays"),
])
def test_article_sentence_run_into_a_walls_buttons_stays(dirty: str, expected: str) -> None:
    """Heading words that open a line go on with the dialog; button words after a wall
    sentence close it, and what they are run into is the article's, even where it reads
    like a wall (the reader addressed, a wall word)."""
    assert clean(dirty) == expected


@pytest.mark.parametrize(("lang", "label"), [
    ("en", "This content is for subscribers only"),
    ("es", "Contenido exclusivo para suscriptores"),
    ("fr", "Article réservé aux abonnés"),
    ("nl", "Dit artikel is alleen beschikbaar voor abonnees"),
    ("de", "Dieser Artikel ist nur für Abonnenten"),
])
def test_paywall_label_run_into_the_articles_first_sentence_goes_alone(lang: str,
                                                                       label: str) -> None:
    """A paywall's label line, run into the article where the line break was lost, ends
    where a capitalised word starts a whole sentence: the article's first."""
    a1, a2 = RED_ARTICLES[lang]
    assert clean(f"{label} {a1} {a2}") == f"{a1} {a2}"
    assert clean(f"{label}\n{a1}\n\n{a2}") == f"{a1}\n\n{a2}"


@pytest.mark.parametrize("article", [
    "Clicking “Accept all” shares data with 300 firms on average.\n\nThe study covered 500 "
    "sites.",
    "Pressing “Accept all” remains the easiest choice on most news sites.\n\nThe study "
    "covered 500 sites.",
    "Wer auf „Alle akzeptieren“ klickt, gibt Daten an Hunderte Firmen weiter.\n\nDie Studie "
    "umfasst 500 Seiten.",
    "Quien pulsa «Aceptar todo» comparte sus datos con cientos de empresas.\n\nEl estudio "
    "abarca 500 webs.",
])
def test_article_naming_a_button_right_after_a_wall_stays(article: str) -> None:
    """A dialog names its button to the reader ("Door op ‘Akkoord’ te klikken, ga je …");
    an article names it in the third person, and stays even right after a wall."""
    wall = "We use cookies to improve your experience on our site."
    buttons = "Accept all\nReject all"
    flat = " ".join(article.split())
    assert clean(f"{wall}\n{buttons}\n\n{article}") == article
    assert clean(f"{wall} {buttons.replace(chr(10), ' ')} {flat}") == flat
    assert clean(f"{wall} {flat}") == flat


# (language, article): articles that use a dialog's own words (headings, button names,
# cookie categories, 'Subscribers only', 'Artikel hören') as prose, headlines and
# quotes. Byte-identical, as paragraphs and flattened. ('Artikel hören' alone on a line
# is an audio player's button, which promo removes: here it opens a longer headline.)
ARTICLES_IN_DIALOG_WORDS = [
    ("en",
     "Your privacy choices matter, campaigners say.\n\nThe group wants every news site to offer"
     " a Reject all button next to Accept all. Necessary cookies would still be allowed.\n\n"
     "Learn more about the campaign on its website, the group said."),
    ("en",
     "Subscribers only pay for what they read under the new model.\n\nThe Times said on Monday "
     "that 40,000 readers had signed up. Register now for the trial, the ad reads.\n\nAnalysts "
     "expect more papers to follow."),
    ("en",
     "Why your privacy settings matter\n\nMost people click Accept all without reading. By "
     "clicking, you let hundreds of partners store and access information on your device, the"
     " regulator warned.\n\nThe guidance will be updated in May."),
    ("en",
     "Cookie consent\n\nThe European Parliament voted to simplify the cookie banner rules on "
     "Tuesday. Sites will no longer need to ask for consent for analytics cookies.\n\nCritics "
     "said the change would weaken privacy."),
    ("nl",
     "De Autoriteit Persoonsgegevens beboette de krant.\n\nDoor op 'Akkoord' te klikken gaven "
     "lezers volgens de toezichthouder toestemming aan 800 partijen. De knop 'Weigeren' was "
     "verstopt.\n\nDe krant gaat in beroep."),
    ("nl",
     "Jouw privacy\n\nIn de podcast bespreken twee journalisten hoe websites je gegevens "
     "verzamelen. Ze leggen uit wat noodzakelijke cookies zijn.\n\nDe aflevering is vanaf "
     "vandaag te beluisteren."),
    ("es",
     "La AEPD multa a un diario digital.\n\nSegún la agencia, pulsando «Aceptar y seguir» el "
     "lector cedía sus datos a cientos de empresas. El diario ha recurrido la sanción.\n\nLa "
     "multa asciende a 50.000 euros."),
    ("es",
     "Tu privacidad, tu elección\n\nAsí se llama la campaña que lanza hoy el Gobierno para "
     "explicar las cookies. Puedes consultar la guía en la web del ministerio.\n\nLa campaña "
     "durará tres meses."),
    ("de",
     "Die Datenschutzbehörde prüft Pur-Abos.\n\nMit Klick auf „Zustimmen und weiter“ willigen "
     "Leser laut Behörde in Tracking ein. Wer das nicht will, muss zahlen.\n\nEin Urteil wird "
     "im Herbst erwartet."),
    ("de",
     "Ihre Privatsphäre\n\nSie können in jedem Browser einstellen, welche Cookies eine Seite "
     "setzen darf. Das dauert nur wenige Minuten.\n\nExperten empfehlen, das regelmäßig zu "
     "prüfen."),
    ("fr",
     "La Cnil sanctionne un éditeur.\n\nEn cliquant sur « Tout accepter », l'internaute donnait"
     " son accord à 600 partenaires, selon la Cnil. Le bouton « Tout refuser » était absent."
     "\n\nL'éditeur a deux mois pour se conformer."),
    ("fr",
     "Vos choix\n\nVous pouvez désormais gérer vos cookies depuis les paramètres de votre "
     "navigateur. La plupart des sites respectent ce choix.\n\nLa mesure entre en vigueur en "
     "juin."),
    ("en",
     "The paper's website went behind a paywall in 2019.\n\nThis content is for subscribers "
     "only, the banner says, but students get free access. Sign up takes a minute.\n\nThe "
     "university pays for the licence."),
    ("de",
     "Artikel hören statt lesen\n\nDer Podcast erklärt, warum viele Seiten externe Inhalte "
     "erst nach einem Klick laden. Damit sollen keine Daten fließen.\n\n"
     "Die Folge dauert zwölf Minuten."),
]


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=f"{LANGUAGE_NAMES[lang]} article: {text.split(chr(10))[0][:40]} stays")
     for lang, text in ARTICLES_IN_DIALOG_WORDS],
)
def test_article_in_a_dialogs_own_words_stays(text: str) -> None:
    assert clean(text) == text
    flat = " ".join(text.split())
    assert clean(flat) == flat


# (language, wall sentence, button lines): a dialog's rows of buttons, toggles and tabs.
BUTTON_ROWS = [
    ("en", "We use cookies to improve your experience.",
     ["Accept all / Reject all / Necessary / Analytics / Preferences / Save"]),
    ("en", "We use cookies to improve your experience.",
     ["Necessary", "Analytics", "Preferences", "Marketing", "Save my choices", "Accept all"]),
    ("en", "We use cookies to improve your experience.",
     ["Strictly necessary cookies Always active", "Performance cookies", "Save and close"]),
    ("en", "We use cookies to improve your experience.",
     ["Cookie Settings", "Accept All Cookies", "Powered by OneTrust"]),
    ("en", "We use cookies to improve your experience.",
     ["Consent", "Legitimate interest", "Vendors", "Save & Exit"]),
    ("es", "Utilizamos cookies para mejorar tu experiencia.",
     ["Aceptar todas | Rechazar todas | Necesarias | Analíticas | Preferencias | Guardar"]),
    ("nl", "Wij gebruiken cookies om je ervaring te verbeteren.",
     ["Alles accepteren / Alles weigeren / Noodzakelijk / Analytisch / Voorkeuren / Opslaan"]),
    ("de", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.",
     ["Alle akzeptieren · Alle ablehnen · Notwendig · Statistik · Auswahl speichern"]),
    ("fr", "Nous utilisons des cookies pour améliorer votre expérience.",
     ["Tout accepter / Tout refuser / Nécessaires / Personnalisation / Enregistrer"]),
]


@pytest.mark.parametrize(
    ("lang", "wall", "rows"),
    [pytest.param(lang, wall, rows, id=f"{LANGUAGE_NAMES[lang]} {' / '.join(rows)[:40]}")
     for lang, wall, rows in BUTTON_ROWS],
)
def test_consent_button_rows_go_with_their_wall(lang: str, wall: str, rows: list[str]) -> None:
    a1, _ = RED_ARTICLES[lang]
    block = "\n".join([wall, *rows])
    assert clean(f"{block}\n\n{a1}") == a1
    assert clean(f"{a1}\n\n{block}") == a1
    assert clean(" ".join([wall, *rows, a1])) == a1
    assert clean(f"{wall}\nAcceptRejectPreferences\n\n{a1}") == a1


@pytest.mark.parametrize("headline", [
    "Why your privacy settings matter", "Cookie consent rules tightened across Europe",
    "Your privacy is worth more than you think", "Datenschutz: Was Nutzer jetzt wissen müssen",
    "Vos choix de vacances", "Jouw keuze: trein of auto?",
])
def test_headline_above_a_wall_stays(headline: str) -> None:
    """A dialog's heading goes with it; an article's headline printed above the wall, on
    the same subject, is no heading phrase or wall wording, and stays."""
    wall = "We use cookies to improve your experience on our site.\nAccept all\nReject all"
    assert clean(f"{headline}\n\n{wall}\n\nThe council met.") == f"{headline}\n\nThe council met."


def test_link_line_after_a_walls_buttons_goes_at_the_end_and_before_more_buttons() -> None:
    """A line of link words only ("Leer más") is the wall's when the text ends after it or
    button lines follow it; before the article it may head a link to another article, and
    stays. A dialog's link to its own notice (Didomi's "Más información", "Learn more")
    heads no article link: it goes there too."""
    wall = ("Nosotros y nuestros socios utilizamos cookies para almacenar y acceder a "
            "información en un dispositivo.")
    a1, a2 = RED_ARTICLES["es"]
    tail = f"{a1}\n\n{a2}\n\n{wall}\nAceptar y cerrar\nContinuar sin aceptar\nMás información"
    assert clean(tail) == f"{a1}\n\n{a2}"
    before = f"{wall}\nMás información\nAceptar y cerrar\n\n{a1}"
    assert clean(before) == a1
    head = f"{wall}\nAceptar y cerrar\nLeer más\n\n{a1}"
    assert banners(head) == f"Leer más\n\n{a1}"  # trailers takes it with its title
    notice = f"{wall}\nAceptar y cerrar\nMás información\n\n{a1}"
    assert clean(notice) == a1


# --- user phrases ------------------------------------------------------------------------

HOUSE = ("The harbour reopened on Monday.\n\nSupport independent journalism by turning off "
         "your blocker.\nI have disabled it")


def test_banners_with_adds_wordings_and_buttons() -> None:
    mine = banners_with(["support independent journalism by turning off"],
                        buttons=["I have disabled it"])
    assert mine.name == "banners"
    assert mine(HOUSE) == "The harbour reopened on Monday."
    assert DEFAULT.replace(mine)(HOUSE) == "The harbour reopened on Monday."
    assert banners(HOUSE) == HOUSE  # the packaged cleaner is unchanged


def test_cleaners_pickle() -> None:
    mine = banners_with(["support independent journalism by turning off"])
    for cleaner in (banners, mine):
        again = pickle.loads(pickle.dumps(cleaner))
        assert again(HOUSE) == cleaner(HOUSE)


# --- speed and safety ----------------------------------------------------------------------

SIZE = 400_000


WORST = {
    "a long line of repeated wall sentences": lambda n: ("We use cookies. " * n)[:n],
    "a long wall sentence without an end": lambda n: ("we use cookies " * n)[:n],
    "walls alternating with article sentences":
        lambda n: ("The council met. This website uses cookies. " * n)[:n],
    "a flood of quotation marks": lambda n: "“" * n + " we use cookies",
    "a flood of spaces inside a wording": lambda n: "we" + " " * n + "use cookies",
    "a flood of blank lines": lambda n: "This website uses cookies." + "\n" * n + "OK",
    "a flood of wall lines": lambda n: ("This website uses cookies.\n\n" * n)[:n],
    "a flood of button words": lambda n: "We use cookies. " + "Accept " * (n // 7),
    "a flood of wall wordings without spaces":
        lambda n: ("you agree to the storing of cookies" * n)[:n],
    "a flood of CJK wall text": lambda n: ("当サイトではクッキーを使用しています" * n)[:n],
    "a flood of wall-like lines each answered by a consent button":
        lambda n: ("Your data on our site uses cookies.\nAccept all\n" * n)[:n],
    "a flood of consent buttons after a wall-like sentence":
        lambda n: "Your data on our site uses cookies. " + "Accept all " * (n // 11),
    "a flood of wall-like sentences with a button word between them":
        lambda n: ("Your site uses cookies. Accept. The end. " * n)[:n],
    "a flood of digits where a phrase has a number": lambda n: "We and our " + "1" * n,
    "a flood of paywall openers run into the next word":
        lambda n: ("This article is for subscribers onlyYou " * n)[:n],
    "a flood of an opener's last word run into capitals":
        lambda n: ("cookies onlyYou " * n)[:n],
    "a flood of rows of capitals run into headlines":
        lambda n: ("We use cookies. SIM NÃO VER OPÇÕESPadaria de lenhaTexto " * n)[:n],
    "a flood of bracketed buttons run into headlines":
        lambda n: ("We use cookies. [Got it!]Tram " * n)[:n],
    "a flood of joins after a wall wording":
        lambda n: "We use cookies. " + ("aBc" * n)[:n],
    "a flood of wall wordings run into headings":
        lambda n: ("settingsWe use cookies " * n)[:n],
    "a flood of lines of capitals that almost read as buttons":
        lambda n: ("We use cookies.\n" + "ACCEPT" * 30 + "Q\n") * (n // 200),
}


@pytest.mark.parametrize("make", [pytest.param(f, id=f"{k} takes time linear in its size")
                                  for k, f in WORST.items()])
def test_worst_case_inputs_take_time_linear_in_their_size(make: Callable[[int], str]) -> None:
    banners("warm up: we use cookies.")
    # Eight times the input: about eight times the time when linear, 64 if quadratic (the
    # margin absorbs a busy machine).
    took = assert_linear(banners, make(SIZE // 8), make(SIZE), bound=24, slack=0, floor=5e-3,
                         small_runs=3)
    assert took.large < 5.0


# --- real-style cases as data ------------------------------------------------------------

CASES = Path(__file__).resolve().parents[1] / "cases" / "banners.jsonl"


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize("case", [pytest.param(c, id=c["label"]) for c in _cases()])
def test_cases(case: dict[str, str]) -> None:
    assert set(case) >= {"label", "comment", "source", "input", "expected"}
    assert clean(case["input"]) == case["expected"]


# --- generated articles ------------------------------------------------------------------

_NOUNS = ("council", "harbour", "budget", "minister", "bridge", "court", "museum", "farmers")
_WORDS = ("the", "new", "local", "on", "Monday", "after", "a", "long", "debate", "in", "plan",
          "for", "its", "annual", "report", "with", "officials", "and", "residents", "approved",
          "opened", "delayed", "inspected", "funded", "cookies", "consent", "subscribers")
_ONLY_BANNERS = Pipeline.from_names(["markup", "unicode", "banners", "whitespace"])


@st.composite
def _article(draw: st.DrawFn) -> list[str]:
    def sentence() -> str:
        words = [draw(st.sampled_from(_NOUNS)).capitalize(),
                 *draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=12))]
        return " ".join(words) + "."

    return [" ".join(sentence() for _ in range(draw(st.integers(1, 3))))
            for _ in range(draw(st.integers(1, 4)))]


_EN_WALLS = [wall for lang, _, wall in WALLS if lang not in NO_SPACES]


@given(_article(), st.sampled_from(_EN_WALLS), st.sampled_from(["head", "tail", "middle"]),
       st.sampled_from(["paragraphs", "one line", "html"]))
@example(["Court the the the."], _WORDPRESS, "head", "one line")
def test_generated_article_comes_back_around_any_wall(
    article: list[str], wall: str, where: str, shape: str
) -> None:
    """Articles that talk about cookies, consent and subscribers in the third person come
    back exactly, whatever wall is put around them, wherever, in whatever shape."""
    if where == "middle" and len(article) < 2:
        where = "tail"
    dirty = _placed(article, wall, where)
    if shape == "paragraphs":
        assert _ONLY_BANNERS("\n\n".join(dirty)) == "\n\n".join(article)
    elif shape == "one line":  # the wall's own button lines too
        assert _ONLY_BANNERS(" ".join(" ".join(dirty).split("\n"))) == " ".join(article)
    else:
        fragment = "".join(f"<p>{html.escape(p)}</p>" for p in dirty)
        assert _ONLY_BANNERS(fragment) == "\n\n".join(article)


# --- the gate: a superset of what the stems' trie finds ----------------------------------

from cleantext.cleaners.banners import _gate, _letters, _lines, _packs, _patterns  # noqa: E402

_SPACES = [chr(c) for c in range(0x3001) if chr(c).isspace()]  # every \s (none above U+3000)


def _spellings(stem: str) -> list[str]:
    """Spellings of a stem that its trie matches in the lower-cased text: the stem, its
    capitals, title case, mixed case, each space as each \\s and as runs of them,
    apostrophes either way, "ß" as "ss", and Kelvin and other signs that lower-case to a
    stem's letter."""
    base = " ".join(stem.split())
    out = {base, base.upper(), base.title(), base.swapcase(),
           "".join(c.upper() if i % 2 else c for i, c in enumerate(base)),
           "".join(c.upper() if i % 3 == 1 else c for i, c in enumerate(base)),
           base.replace("k", "\u212a"), base.replace("ß", "ss"), base.replace("ß", "\u1e9e"),
           base.replace("'", "’"), base.replace("’", "'")}
    if " " in base:
        out.update(base.replace(" ", sp) for sp in _SPACES)
        out.update(base.replace(" ", sp * 8) for sp in (" ", "\n", "\u00a0", "\u3000"))
        out.add(base.replace(" ", " \u00a0\n\u2003\t\x1c\u205f "))
        out.add(base.upper().replace(" ", "\u2009\u2009"))
    return sorted(out)


def _packaged_stems() -> tuple[str, ...]:
    return _packs._packaged()["trigger"]


@pytest.mark.parametrize("stem", _packaged_stems())
def test_gate_lets_through_every_spelling_of_every_stem(stem: str) -> None:
    gate = _gate._default_gate()
    lex = _patterns._default_lexicon()
    for spelling in _spellings(stem):
        for text in (spelling, f"The council met. {spelling}", f"Ça va “{spelling}”\n\nFin."):
            low = _letters._lowered(text)
            if lex.gate.search(low) is None:
                continue  # not a spelling the trie takes (e.g. an odd capital)
            assert gate.search(text), (stem, text)
            # and the anchors find the stem where the trie does
            anchors = gate.anchors(low)
            for pos in range(len(low) + 1):
                want = lex.gate.search(low, pos)
                got = _lines._next_stem(lex, anchors, pos)
                assert got == (None if want is None else want.start()), (text, pos)


def test_gate_knows_every_character_that_lower_cases_to_another() -> None:
    """``_FOLDS_INTO`` lists every character whose ``lower()`` is one character not
    reached from that character's own upper or title case."""
    found = {}
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        low = ch.lower()
        if len(low) == 1 and low != ch and low.upper() != ch and low.title() != ch:
            found[ch] = low
    assert found == _gate._FOLDS_INTO


_PIECES = [*"abceiklmnoprstuvwyz -\n’'ßK", "\u00a0", "\u2003", "\u212a", "К", "к", "ク",
           "cookie", "Consent", "ad", "block", "ein", "abo", "free", "article", "privacy",
           "куки", "クッキー", "ss", "ABONN", "Zustimmung", "assine", "whitelist", "Privac",
           # the anchors added for the later packs, and their letters outside ASCII
           "ř", "Ř", "ő", "Ő", "edplat", "PŘED", "fizet", "ELŐ", "webbplats", "EN", "använder",
           "Anv", " kakor", "bruker", "informasjonskapsl", "abona", "ABO", "subskry",
           "przetwarza", "blanca", "BLANCHE", "privacid", "blocco", "lock", "nicht", "ticle",
           "annonsblock", "BLOKK", "seblokk", "ceblokk",
           # round 11: the Catalan, Turkish, Finnish and Greek anchors, and their letters
           "accept", "ACCEPTA", "ar", "eu", "galet", "web", "utilitza", "polític", "a de",
           "configura", "ció", "les", "ç", "Ç", "erez", "ı", "kullan", "politikas", "İ",
           "ä", "Ä", "eväste", "tämä", "artikkeli", "sie", "weiter", "mit", "weboldal",
           "süti", "Ü", "ιδιωτικότητ", "Ι", "απόρρητ"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_gate_and_anchors_agree_with_the_trie(text: str) -> None:
    lex = _patterns._default_lexicon()
    low = _letters._lowered(text)
    if lex.gate.search(low) is not None:
        assert lex.stems.search(text)
    anchors = lex.stems.anchors(low)
    for pos in range(0, len(low) + 1, 3):
        want = lex.gate.search(low, pos)
        assert _lines._next_stem(lex, anchors, pos) == (
            None if want is None else want.start())


def test_gate_of_banners_with_covers_its_own_stems() -> None:
    mine = banners_with(["Support independent journalism by turning off", "Ωmega wall"])
    text = "The harbour reopened.\n\nSUPPORT independent  journalism by turning off it."
    assert mine.trigger is not None and mine.trigger.search(text)
    assert mine.trigger.search("ΩMEGA\u00a0wall")
    assert not mine.trigger.search("The harbour reopened on Monday.")


def test_gate_turns_away_article_text() -> None:
    gate = _gate._default_gate()
    assert not gate.search("The council approved the harbour budget on Monday.")
    assert not gate.search("Der Stadtrat hat am Montag den Haushalt beschlossen. " * 50)


# --- buttons run into the article's first word ------------------------------------------

# (language, wall sentence, buttons, headline): flattened text where the tag between the
# dialog's last button and the headline was dropped with its space ("Got itCouncil …").
CAMEL_GLUED = [
    ("en", "We use cookies to improve your experience on our site.", "Accept all Got it",
     "Harbour ferry to stop running in winter"),
    ("en", "This website uses cookies to improve your experience.", "Manage settings",
     "Pier repairs delayed again"),
    ("de", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.",
     "Alle akzeptieren Ablehnen Einstellungen verwalten", "Fährterminal schließt im Herbst"),
    ("pt", "Utilizamos cookies para melhorar a sua experiência.", "Entendi",
     "Câmara encerra o antigo terminal"),
    ("nl", "Wij gebruiken cookies om je ervaring te verbeteren.",
     "Alles accepteren Meer informatie", "Veerterminal gaat dicht"),
    ("fr", "Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter",
     "Le vieux terminal ferme"),
    ("es", "Utilizamos cookies para mejorar tu experiencia.", "Aceptar todas",
     "Cierra la terminal de ferris"),
    ("it", "Utilizziamo i cookie per migliorare la tua esperienza.", "Accetta tutti",
     "Chiude il vecchio terminal"),
]


@pytest.mark.parametrize(
    ("lang", "wall", "buttons", "headline"),
    [pytest.param(*case, id=f"{LANGUAGE_NAMES[case[0]]} {case[2]!r} run into the headline")
     for case in CAMEL_GLUED],
)
def test_last_button_run_into_the_headline_goes(lang: str, wall: str, buttons: str,
                                                headline: str) -> None:
    a1, a2 = RED_ARTICLES[lang]
    assert clean(f"{wall} {buttons}{headline} {a1} {a2}") == f"{headline} {a1} {a2}"


@pytest.mark.parametrize("article", [
    "YouTube removed the video on Tuesday after complaints from parents.",
    "McAllister scored twice as the visitors won 3-1 on Saturday.",
    "PayPal said the outage lasted about two hours.",
    "LinkedIn cut 600 jobs in its recruiting unit.",
])
def test_article_opening_with_a_camel_case_name_after_a_walls_buttons_stays(
        article: str) -> None:
    """A capital after a lower-case letter inside a name is no dropped tag: the letters
    before it are no button's words, and the name stays whole."""
    wall = "We use cookies to improve your experience on our site. Accept all"
    assert clean(f"{wall} {article}") == article
    assert clean(f"{wall}\n\n{article}") == article


# (language, wall, the dialog's sentence on what subscribers get, buttons in capitals then
# a capitalised one, all run together and into the article's next sentence): flattened
# text where neither the tags nor the spaces between them survived.
RUN_TOGETHER = [
    ("pt", "Para continuar lendo, faça login ou assine.",
     "Assinantes têm acesso ilimitado a todo o conteúdo.", "ASSINE JÁEntrar",
     "A nova ponte abre em março."),
    ("en", "To keep reading, subscribe or log in.",
     "Subscribers get unlimited access to all our journalism.", "SUBSCRIBE NOWLog in",
     "The new bridge opens in March."),
]


@pytest.mark.parametrize(
    ("lang", "wall", "pitch", "buttons", "sentence"),
    [pytest.param(*case, id=f"{LANGUAGE_NAMES[case[0]]} {case[3]!r}") for case in RUN_TOGETHER],
)
def test_buttons_run_into_the_next_article_sentence_leave_it(
        lang: str, wall: str, pitch: str, buttons: str, sentence: str) -> None:
    """The wall-like sentence ends where its buttons do: the sentence they run into is
    the article's, though no space or stop splits the two."""
    a1, a2 = RED_ARTICLES[lang]
    text = f"{a1}{wall} {pitch}{buttons}{sentence} {a2}"
    # The wall was glued to the sentence before it too: one space is left between them.
    assert clean(text) == f"{a1} {sentence} {a2}"


@pytest.mark.parametrize("sep", ["\n\n", " "])
def test_wall_like_sentence_is_not_split_at_buttons_it_names_or_at_a_name(sep: str) -> None:
    """Only buttons run into a word end such a sentence early: buttons it names before
    a space ("our Terms of Service") and a capital inside a name ("NASAWatch") go with
    it whole."""
    a1, a2 = RED_ARTICLES["en"]
    wall = "To keep reading, subscribe or log in."
    named = f"{a1}{sep}{wall} Subscribers get unlimited access under our Terms of Service.{sep}{a2}"
    assert clean(named) == f"{a1}{sep}{a2}"
    name = f"{a1}{sep}{wall} Subscribers get unlimited access to NASAWatch coverage.{sep}{a2}"
    assert clean(name) == f"{a1}{sep}{a2}"


# --- a paywall's offer ------------------------------------------------------------------

# (language, the wall's lines under a teaser): the label or call, the offer (a trial, a
# price per period, "cancel anytime", "unlimited access"), the buttons. Written for these
# tests in the shapes publishers print.
PAYWALL_OFFERS = [
    ("en", ["Subscribe to keep reading",
            "This article is available exclusively to subscribers. Try 4 weeks free, then "
            "$2.99 a month. Cancel anytime.",
            "Subscribe now", "Already a subscriber? Log in"]),
    ("en", ["Exclusively for subscribers",
            "Unlimited digital access for your first month at just $1.",
            "Start free trial"]),
    ("de", ["Lesen Sie den ganzen Artikel mit Kurier+",
            "Dieser Artikel ist nur für Abonnentinnen und Abonnenten. 4 Wochen für 1 € "
            "lesen, danach 12,90 € im Monat. Monatlich kündbar.",
            "Jetzt gratis testen", "Sie haben bereits ein Abo? Hier anmelden"]),
    ("de", ["Jetzt weiterlesen mit Kurier+",
            "Freier Zugang zu allen Artikeln und Podcasts. Jederzeit kündbar.",
            "Jetzt für 1 € testen"]),
    ("fr", ["La suite est réservée aux abonnés.",
            "Déjà abonné ? Se connecter",
            "Offre découverte : 1 € les 3 premiers mois, sans engagement",
            "Je m'abonne"]),
    ("es", ["Este artículo es exclusivo para suscriptores",
            "Primer mes gratis, después 9,99 € al mes. Sin permanencia.",
            "Suscríbete ahora", "Ya soy suscriptor"]),
    ("it", ["Questo articolo è riservato agli abbonati",
            "Primo mese gratis, poi 4,99 € al mese. Disdici quando vuoi.",
            "Abbonati ora", "Sei già abbonato? Accedi"]),
    ("pt", ["Este conteúdo é exclusivo para assinantes",
            "Acesso ilimitado ao site e ao jornal digital. Cancele quando quiser.",
            "Assine agora", "Já sou assinante"]),
    ("nl", ["Dit artikel is exclusief voor abonnees",
            "Eerste maand gratis, daarna € 9,99 per maand. Maandelijks opzegbaar.",
            "Abonneer nu", "Ik ben al abonnee"]),
]


@pytest.mark.parametrize(
    ("lang", "wall"),
    [pytest.param(lang, wall, id=f"{LANGUAGE_NAMES[lang]} paywall with its offer {wall[0]!r}")
     for lang, wall in PAYWALL_OFFERS],
)
def test_paywall_goes_with_its_offer(lang: str, wall: list[str]) -> None:
    a1, a2 = RED_ARTICLES[lang]
    block = "\n".join(wall)
    assert clean(f"{a1}\n\n{a2}\n\n{block}") == f"{a1}\n\n{a2}"
    assert clean(f"{a1}\n\n{a2}\n\n{block.replace(chr(10), chr(10) * 2)}") == f"{a1}\n\n{a2}"
    assert banners(block) == ""


# (language, article sentence): an article's sentences on subscription prices, trials and
# unlimited plans. They stay, alone and right after a wall.
OFFER_ARTICLES = [
    ("en", "The Times raised its digital subscription to $25 a month, the company said."),
    ("en", "Readers can cancel anytime, the publisher said in its annual report."),
    ("en", "Unlimited access to the archive costs extra, according to the newspaper."),
    ("de", "Das Abo sei jederzeit kündbar, sagte eine Sprecherin des Verlags."),
    ("de", "Laut Verlag kostet das Digitalabo nach vier Wochen gratis 9,99 € im Monat."),
    ("fr", "L'offre reste sans engagement, a précisé le groupe de presse."),
    ("es", "La suscripción cuesta 10 € al mes sin permanencia, según la empresa."),
    ("it", "L'abbonamento costa 4,99 € al mese e si disdice quando vuoi, ha spiegato l'editore."),
    ("pt", "A assinatura dá acesso ilimitado ao acervo, afirmou a empresa."),
    ("nl", "Het abonnement is maandelijks opzegbaar, zegt de uitgever."),
]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [pytest.param(lang, s, id=f"{LANGUAGE_NAMES[lang]} article on prices: {s[:40]}")
     for lang, s in OFFER_ARTICLES],
)
def test_article_sentence_on_subscription_prices_stays(lang: str, sentence: str) -> None:
    a1, _ = RED_ARTICLES[lang]
    label = {"en": "Subscribe to continue reading", "de": "Jetzt abonnieren und weiterlesen",
             "fr": "La suite est réservée aux abonnés.",
             "es": "Este artículo es exclusivo para suscriptores",
             "it": "Questo articolo è riservato agli abbonati",
             "pt": "Este conteúdo é exclusivo para assinantes",
             "nl": "Dit artikel is exclusief voor abonnees"}[lang]
    assert clean(f"{a1} {sentence}") == f"{a1} {sentence}"
    assert clean(f"{label}\n{sentence}\n\n{a1}") == f"{sentence}\n\n{a1}"
    assert clean(f"{a1}\n\n{label}\n{sentence}") == f"{a1}\n\n{sentence}"


# --- consent dialogs and ad-block walls: more tools' wordings and answers ----------------

# (language, what prints it, the dialog's lines)
DIALOGS_2 = [
    ("it", "iubenda (it), under its 'Informativa' heading",
     ["Informativa",
      "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità "
      "tecniche e, con il tuo consenso, anche per altre finalità. Usa il pulsante “Accetta” "
      "per acconsentire. Usa il pulsante “Rifiuta” o chiudi questa informativa per "
      "continuare senza accettare.",
      "Rifiuta", "Accetta", "Scopri di più e personalizza"]),
    ("en", "iubenda (en)",
     ["We and selected third parties use cookies or similar technologies for technical "
      "purposes. You can freely give, deny, or withdraw your consent at any time. Use the "
      "“Reject” button or close this notice to continue without accepting.",
      "Reject", "Accept", "Learn more and customize"]),
    ("fr", "iubenda (fr)",
     ["Nous utilisons des cookies à des fins techniques. Utilisez le bouton « Accepter » "
      "pour consentir. Utilisez le bouton « Refuser » ou fermez cet avis pour continuer "
      "sans accepter.",
      "Refuser", "Accepter", "En savoir plus et personnaliser"]),
    ("es", "iubenda (es)",
     ["Utilizamos cookies con fines técnicos. Usa el botón “Aceptar” para dar tu "
      "consentimiento. Usa el botón “Rechazar” o cierra este aviso para continuar sin "
      "aceptar.",
      "Rechazar", "Aceptar", "Más información y personalizar"]),
    ("pt", "iubenda (pt)",
     ["Utilizamos cookies para fins técnicos. Use o botão “Rejeitar” ou feche este aviso "
      "para continuar sem aceitar.",
      "Rejeitar", "Aceitar", "Saiba mais e personalize"]),
    ("de", "iubenda (de)",
     ["Wir verwenden Cookies für technische Zwecke. Schließen Sie diesen Hinweis, um ohne "
      "Zustimmung fortzufahren.",
      "Ablehnen", "Akzeptieren", "Mehr erfahren und anpassen"]),
    ("it", "a pay-or-consent wall (it)",
     ["Per continuare a leggere, scegli come",
      "Accetta i cookie di profilazione e leggi gratis con pubblicità, oppure abbonati per "
      "navigare senza pubblicità profilata.",
      "Accetta e continua", "Abbonati a 3,99 € al mese", "Hai già un abbonamento? Accedi"]),
    ("en", "Cookiebot, with its footer",
     ["This website uses cookies. We use cookies to personalise content and ads.",
      "Deny", "Allow all", "Powered by Cookiebot by Usercentrics"]),
    ("fr", "the French banner of the years before the 2020 CNIL rules",
     ["En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies. "
      "En savoir plus et gérer ces paramètres. OK"]),
    ("nl", "a Dutch publisher's dialog that names itself",
     ["Uitgeverij Noord en haar partners verwerken persoonsgegevens en slaan informatie op "
      "je apparaat op, zoals cookies. Met jouw toestemming gebruiken we die voor "
      "advertenties.",
      "Akkoord", "Weigeren of aanpassen"]),
    # an ad-block wall: its answers close it as a consent button closes a dialog, and so
    # take the sentences on its subject between its wording and them
    ("en", "an ad-block wall with its answers",
     ["We noticed you're using an ad blocker. Advertising pays for our reporters. Please "
      "add us to your allow list or subscribe.",
      "I've turned off my ad blocker", "Continue without supporting us"]),
    ("de", "an ad-block wall with its answer",
     ["Sie verwenden einen Adblocker. Werbung finanziert unsere Redaktion.",
      "Ich habe meinen Adblocker deaktiviert"]),
    ("fr", "an ad-block wall with its answer",
     ["Vous utilisez un bloqueur de publicité. La publicité finance notre rédaction.",
      "J'ai désactivé mon bloqueur de publicité"]),
    ("es", "an ad-block wall with its answer",
     ["Estás usando un bloqueador de anuncios. La publicidad financia nuestra redacción.",
      "He desactivado mi bloqueador de anuncios"]),
    ("it", "an ad-block wall with its answer",
     ["Stai utilizzando un ad blocker. La pubblicità finanzia la nostra redazione.",
      "Ho disattivato il mio ad blocker"]),
    ("nl", "an ad-block wall with its answer",
     ["Je gebruikt een adblocker. Advertenties betalen onze redactie.",
      "Ik heb mijn adblocker uitgeschakeld"]),
]


@pytest.mark.parametrize(
    ("lang", "lines"),
    [pytest.param(lang, lines, id=f"{LANGUAGE_NAMES[lang]} {what} is removed")
     for lang, what, lines in DIALOGS_2],
)
def test_more_dialogs_go_whole(lang: str, lines: list[str]) -> None:
    a1, a2 = RED_ARTICLES[lang]
    block = "\n".join(lines)
    assert clean(f"{block}\n\n{a1}\n\n{a2}") == f"{a1}\n\n{a2}"
    assert clean(f"{a1}\n\n{a2}\n\n{block}") == f"{a1}\n\n{a2}"


# Articles in the same words: an iubenda notice quoted, a pay-or-consent model and ad
# blockers reported, a heading word as the article's own.
ARTICLES_2 = [
    "Ad blockers are used by a third of readers, the survey found. Advertising still pays "
    "for most newsrooms.\n\nPublishers ask readers to add them to an allow list.",
    "The regulator said the banner told users to “close this notice to continue without "
    "accepting”.\n\nThe company changed it in May.",
    "Il garante ha detto che chi accetta i cookie di profilazione legge gratis.\n\nGli "
    "altri pagano 3,99 euro al mese.",
    "Informativa\n\nIl consiglio comunale ha approvato la nuova informativa sulla privacy "
    "degli uffici.",
    "Der Verlag sagte, Leser könnten die Werbung mit einem Adblocker ausblenden.\n\nIch "
    "habe meinen Adblocker deaktiviert, sagte eine Leserin.",
]


@pytest.mark.parametrize("text", ARTICLES_2)
def test_articles_in_the_words_of_these_dialogs_stay(text: str) -> None:
    assert clean(text) == text
    flat = " ".join(text.split())
    assert clean(flat) == flat


@pytest.mark.parametrize(("lang", "wall"), [
    pytest.param("fr", "Nous respectons votre vie privée. Nous et nos partenaires utilisons des "
             "traceurs pour mesurer l'audience et vous proposer des contenus adaptés. Vous "
             "pouvez modifier vos choix à tout moment. TOUT ACCEPTER TOUT REFUSER PERSONNALISER",
             id="french dialog that says 'traceurs' and never 'cookies' is removed"),
    pytest.param("it", "Noi e i nostri partner utilizziamo cookie per misurare il pubblico. "
             "ACCETTA CONTINUA SENZA ACCETTARE",
             id="italian dialog with Didomi's 'Continua senza accettare' is removed"),
])
def test_flattened_dialog_at_the_head_goes(lang: str, wall: str) -> None:
    a1, a2 = RED_ARTICLES[lang]
    assert clean(f"{wall} {a1} {a2}") == f"{a1} {a2}"


def test_article_on_trackers_stays() -> None:
    text = ("La CNIL a sanctionné un éditeur qui déposait des traceurs sans consentement. "
            "Les traceurs publicitaires restent la règle sur la plupart des sites.")
    assert clean(text) == text


# ---------------------------------------------------------------------------------------
# Third red-team round: wordings written blind, as regional papers, broadcasters, wire
# services, magazines, CMSs and consent tools word them (registration walls, article
# counters, ad-block requests, embed placeholders, cookie notices), in seven languages.

# (language, wall, whether it also goes when glued between two article sentences in
# flattened text). A sentence with no wall wording of its own that opens a unit ("Our
# journalism needs your support.") stays when glued: in flattened text it cannot be told
# from the article's.
RED3_WALLS = [
    ("en", "We use cookies to personalise content and ads, to provide social media features and "
     "to analyse our traffic.", True),
    ("en", "This site uses cookies. By continuing to browse the site, you are agreeing to our "
     "use of cookies.", True),
    ("en", "By using this site, you agree to our Privacy Policy and Terms of Use.", True),
    ("en", "This story is available exclusively to subscribers.", True),
    ("en", "Subscribe to read the full story.", True),
    ("en", "You've reached your limit of free articles this month.", True),
    ("en", "You have reached your free article limit. Subscribe for unlimited access.", True),
    ("en", "Please whitelist our site in your ad blocker to continue.", True),
    ("en", "Ad blocker detected. Please consider supporting us by disabling your ad blocker.",
     True),
    ("en", "To continue, please log in or create a free account.", True),
    ("en", "Register for free to continue reading this article.", True),
    ("en", "This article is for subscribers only. Already a subscriber? Sign in.", True),
    ("en", "We and our partners use cookies and other tracking technologies to improve your "
     "experience on our website.", True),
    ("en", "We use cookies on our website to give you the most relevant experience by "
     "remembering your preferences and repeat visits. By clicking “Accept”, you consent to the "
     "use of ALL the cookies.", True),
    ("en", "Unlock this article by subscribing. Plans start at $1 for your first month.", True),
    ("en", "Sign in to continue reading.", True),
    ("en", "You've read 3 of 5 free articles this month.", True),
    ("en", "This content is blocked. Accept cookies to view this content.", True),
    ("en", "Our journalism needs your support. Please turn off your ad blocker or subscribe.",
     False),
    ("en", "Privacy Preference Center\nAllow All", False),
    ("en", "Continue reading with a subscription. Cancel anytime.", True),
    ("en", "This article is only available to subscribers. Subscribe now for just 99 cents.", True),
    ("en", "Want to keep reading? Subscribe for unlimited digital access.", True),
    ("en", "Create a free account to keep reading.", True),
    ("en", "Cookies are disabled in your browser. Please enable cookies to continue.", False),
    ("en", "This video can't be played because of your cookie settings. Change your settings to "
     "watch it.", True),
    ("de", "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.", True),
    ("de", "Diese Seite verwendet Cookies. Durch die Nutzung unserer Seite erklären Sie sich "
     "damit einverstanden, dass wir Cookies setzen.", True),
    ("de", "Mit der Nutzung dieser Website stimmen Sie der Verwendung von Cookies zu.", True),
    ("de", "Dieser Artikel ist nur für Abonnenten verfügbar.", True),
    ("de", "Um diesen Artikel zu lesen, benötigen Sie ein Abonnement.", True),
    ("de", "Sie haben bereits ein Abo? Hier anmelden.", True),
    ("de", "Bitte deaktivieren Sie Ihren Adblocker.", True),
    ("de", "Sie nutzen einen Adblocker. Bitte schalten Sie ihn für unsere Seite aus.", True),
    ("de", "Um diesen Inhalt zu sehen, müssen Sie der Verwendung von Cookies zustimmen.", True),
    ("de", "Datenschutzeinstellungen\nAlle akzeptieren", False),
    ("de", "Dieser Beitrag ist exklusiv für Abonnenten.", True),
    ("de", "Registrieren Sie sich kostenlos, um weiterzulesen.", True),
    ("de", "Bitte aktivieren Sie JavaScript in Ihrem Browser.", True),
    ("de", "Jetzt weiterlesen mit Abo", False),
    ("de", "Melden Sie sich an, um diesen Artikel weiterzulesen.", True),
    ("fr", "Ce site utilise des cookies pour améliorer votre expérience de navigation.", True),
    ("fr", "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
     True),
    ("fr", "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.",
     True),
    ("fr", "Cet article est réservé aux abonnés.", True),
    ("fr", "Il vous reste 80% de cet article à lire. La suite est réservée aux abonnés.", True),
    ("fr", "Déjà abonné ? Connectez-vous.", True),
    ("fr", "Vous utilisez un bloqueur de publicité. Merci de le désactiver pour accéder à notre "
     "site.", True),
    ("fr", "Pour lire la suite de cet article, abonnez-vous.", True),
    ("fr", "Abonnez-vous pour lire l'article en intégralité.", True),
    ("fr", "Ce contenu est bloqué car vous n'avez pas accepté les cookies.", True),
    ("fr", "Créez un compte gratuit pour continuer votre lecture.", True),
    ("fr", "Avec nos partenaires, nous utilisons des cookies et technologies similaires.", True),
    ("fr", "Pour continuer à lire, veuillez vous identifier.", True),
    ("fr", "Vous avez atteint la limite d'articles gratuits ce mois-ci.", True),
    ("fr", "Cet article est réservé à nos abonnés. Abonnez-vous à partir de 1 € par mois.", True),
    ("fr", "Désactivez votre bloqueur de publicités pour continuer.", True),
    ("fr", "Inscrivez-vous gratuitement pour lire la suite.", True),
    ("es", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", True),
    ("es", "Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario.",
     True),
    ("es", "Este contenido es exclusivo para suscriptores.", True),
    ("es", "Suscríbete para seguir leyendo.", True),
    ("es", "¿Ya eres suscriptor? Inicia sesión.", True),
    ("es", "Has alcanzado el límite de artículos gratuitos.", True),
    ("es", "Hemos detectado que estás usando un bloqueador de anuncios.", True),
    ("es", "Por favor, desactiva tu bloqueador de publicidad para continuar.", True),
    ("es", "Regístrate gratis para continuar leyendo.", True),
    ("es", "Tu privacidad es importante para nosotros.", True),
    ("es", "Para ver este contenido, acepta las cookies.", True),
    ("es", "Este artículo es solo para suscriptores.", True),
    ("es", "Al hacer clic en «Aceptar», aceptas el almacenamiento de cookies en tu dispositivo.",
     True),
    ("es", "Nosotros y nuestros socios utilizamos cookies para personalizar anuncios.", True),
    ("es", "Inicia sesión para seguir leyendo.", True),
    ("es", "Este sitio utiliza cookies. Al continuar navegando, aceptas nuestra política de "
     "cookies.", True),
    ("es", "Para seguir leyendo, suscríbete a partir de 1 € al mes.", True),
    ("it", "Questo sito utilizza cookie tecnici e di profilazione.", True),
    ("it", "Questo sito fa uso di cookie per migliorare l'esperienza di navigazione degli utenti.",
     True),
    ("it", "Proseguendo nella navigazione accetti l'uso dei cookie.", True),
    ("it", "Chiudendo questo banner, scorrendo questa pagina o cliccando qualunque suo elemento "
     "acconsenti all'uso dei cookie.", True),
    ("it", "Contenuto riservato agli abbonati.", True),
    ("it", "Questo articolo è riservato agli abbonati.", True),
    ("it", "Sei già abbonato? Accedi.", True),
    ("it", "Abbonati per continuare a leggere.", True),
    ("it", "Hai raggiunto il limite di articoli gratuiti.", True),
    ("it", "Abbiamo rilevato che stai usando un ad blocker.", True),
    ("it", "Disattiva il tuo adblock per continuare.", True),
    ("it", "Noi e i nostri partner utilizziamo cookie e tecnologie simili.", True),
    ("it", "Registrati gratuitamente per continuare a leggere.", True),
    ("it", "Per visualizzare questo contenuto devi accettare i cookie.", True),
    ("it", "La tua privacy è importante per noi.", True),
    ("it", "Accedi per continuare a leggere.", True),
    ("it", "Questo sito utilizza i cookie. Continuando a navigare accetti la nostra cookie "
     "policy.", True),
    ("pt", "Este site utiliza cookies para melhorar a sua experiência.", True),
    ("pt", "Utilizamos cookies para personalizar conteúdos e anúncios.", True),
    ("pt", "Ao continuar a navegar, concorda com a utilização de cookies.", True),
    ("pt", "Ao continuar navegando, você concorda com a nossa Política de Privacidade.", True),
    ("pt", "Conteúdo exclusivo para assinantes.", True),
    ("pt", "Este conteúdo é exclusivo para assinantes.", True),
    ("pt", "Já é assinante? Faça login.", True),
    ("pt", "Assine para continuar lendo.", True),
    ("pt", "Detectámos que está a utilizar um bloqueador de anúncios.", True),
    ("pt", "Desative o seu bloqueador de anúncios para continuar.", True),
    ("pt", "A sua privacidade é importante para nós.", True),
    ("pt", "Cadastre-se gratuitamente para continuar lendo.", True),
    ("pt", "Faça login para continuar lendo.", True),
    ("pt", "Este site usa cookies para garantir que você obtenha a melhor experiência.", True),
    ("pt", "Este artigo é exclusivo para assinantes. Assine já.", True),
    ("nl", "Deze website maakt gebruik van cookies.", True),
    ("nl", "Wij gebruiken cookies om je de beste ervaring op onze website te bieden.", True),
    ("nl", "Door verder te gaan op deze website, ga je akkoord met het gebruik van cookies.", True),
    ("nl", "Dit artikel is alleen beschikbaar voor abonnees.", True),
    ("nl", "Lees verder met een abonnement.", True),
    ("nl", "Al abonnee? Log in.", True),
    ("nl", "Het lijkt erop dat je een adblocker gebruikt.", True),
    ("nl", "Zet je adblocker uit om verder te lezen.", True),
    ("nl", "Wij en onze partners gebruiken cookies en vergelijkbare technieken.", True),
    ("nl", "Om deze inhoud te bekijken moet je cookies accepteren.", True),
    ("nl", "Word abonnee voor €1 per week.", True),
    ("nl", "Jouw privacy is belangrijk voor ons.", True),
    ("nl", "Dit is een premium artikel. Neem een abonnement om verder te lezen.", True),
    ("nl", "Wij vragen je toestemming voor het plaatsen van cookies.", True),
    # a second batch: subscriber-only notices, embed placeholders, ad-block requests
    ("en", "We've updated our privacy policy. By continuing to use this site, you accept the "
     "changes.", False),
    ("en", "Get unlimited access to all our stories for $2.99 a month. Subscribe now.", True),
    ("en", "To view this content, please enable targeting cookies.", True),
    ("en", "Already a subscriber? Log in or link your subscription.", True),
    ("en", "You're out of free articles. Subscribe to keep reading.", False),
    ("en", "This page requires JavaScript. Please enable it in your browser settings.", True),
    ("en", "Your browser is blocking ads. We rely on advertising to fund our journalism. Please "
     "whitelist us.", False),
    ("en", "Premium article: subscribe to unlock.", True),
    ("en", "This story is for subscribers. Start your subscription today.", True),
    ("de", "Sie haben der Nutzung von Cookies widersprochen. Um dieses Video abzuspielen, müssen "
     "Sie zustimmen.", True),
    ("de", "Dieser Inhalt ist nur mit Abo verfügbar.", True),
    ("de", "Inhalt von Drittanbietern: Um diesen Inhalt anzuzeigen, benötigen wir Ihre "
     "Zustimmung.", True),
    ("de", "Bitte schalten Sie Ihren Werbeblocker aus.", True),
    ("de", "Sie lesen einen Abo-Artikel. Jetzt 30 Tage kostenlos testen.", True),
    ("de", "Dieser Artikel ist Teil unseres Abo-Angebots.", True),
    ("fr", "Ce contenu est réservé à nos abonnés.", True),
    ("fr", "Pour voir ce contenu, vous devez accepter les cookies de nos partenaires.", True),
    ("fr", "Vous lisez un article réservé aux abonnés.", True),
    ("fr", "Afin de financer notre travail, merci de désactiver votre bloqueur de publicité.",
     True),
    ("fr", "Accédez à tous nos articles en illimité. Abonnez-vous dès 1 € par mois.", True),
    ("es", "Este contenido es solo para suscriptores. Hazte suscriptor desde 1 € el primer "
     "mes.", True),
    ("es", "Para poder ver este contenido, necesitamos tu consentimiento.", True),
    ("es", "Este artículo es exclusivo para suscriptores de pago.", True),
    ("es", "Lee este y otros artículos con tu suscripción.", True),
    ("es", "Estás usando un bloqueador de anuncios. Desactívalo para seguir navegando.", True),
    ("it", "Per leggere questo articolo abbonati.", True),
    ("it", "Questo contenuto è visibile solo agli abbonati.", True),
    ("it", "Sblocca l'articolo con un abbonamento.", True),
    ("it", "Per continuare a leggere abbonati a 1 euro al mese.", True),
    ("it", "Stai utilizzando un AdBlock. Disattivalo per sostenere il nostro lavoro.", True),
    ("pt", "Para ler este conteúdo, assine.", True),
    ("pt", "Este conteúdo é exclusivo para assinantes. Assine agora por apenas R$ 1,90.", True),
    ("pt", "Ao utilizar este site, você concorda com o uso de cookies.", True),
    ("pt", "Continue lendo com uma assinatura.", True),
    ("pt", "Você está usando um bloqueador de anúncios. Desative-o para continuar.", True),
    ("nl", "Dit artikel is exclusief voor abonnees.", True),
    ("nl", "Om deze content te kunnen zien, moet je cookies accepteren.", True),
    ("nl", "Je gebruikt een adblocker. Zet deze uit om onze site te steunen.", True),
    ("nl", "Lees dit artikel gratis door te registreren of een abonnement te nemen.", True),
    ("nl", "Dit is een artikel voor abonnees. Log in of word abonnee.", True),
    # a third batch: consent requests for embedded content, pay-or-consent walls
    ("en", "We need your consent before you can continue on our website.", True),
    ("en", "Unfortunately, our website is currently unavailable in most European "
     "countries due to GDPR rules.", True),
    ("en", "Your consent choices: we and our vendors use cookies to store and access "
     "information on your device.", True),
    ("en", "You can change your cookie choices and withdraw your consent in your "
     "settings at any time.", True),
    ("en", "Subscribe or log in to read the rest of this content.", True),
    ("de", "Wir benötigen Ihre Zustimmung, bevor Sie unsere Website weiter besuchen "
     "können.", True),
    ("de", "Sie können sich hier entscheiden, ob in Ihrem Browser ein eindeutiger "
     "Webanalyse-Cookie abgelegt werden darf.", True),
    ("de", "Mit Werbung weiterlesen oder werbefrei mit Pur-Abo.", True),
    ("de", "Nutzen Sie unser Angebot mit Werbung und Tracking oder lesen Sie werbefrei "
     "im Pur-Abo.", True),
    ("de", "Dieser Artikel ist nur für Digital-Abonnenten sichtbar.", True),
    ("fr", "Ce site utilise des cookies et vous donne le contrôle sur ceux que vous "
     "souhaitez activer.", True),
    ("fr", "Nous avons besoin de votre consentement pour afficher ce contenu.", True),
    ("fr", "Vous avez refusé les cookies de ce service. Cliquez ici pour les autoriser.", True),
    ("fr", "Cet article vous est offert par votre journal. Pour lire la suite, "
     "abonnez-vous.", True),
    ("es", "Has rechazado las cookies. Para ver este vídeo, acepta las cookies de "
     "publicidad.", True),
    ("es", "Contenido solo para suscriptores. Suscríbete ahora y lee sin límites.", True),
    ("es", "Al navegar por este sitio aceptas el uso de cookies para agilizar tu "
     "navegación.", True),
    ("it", "Questo sito o gli strumenti terzi da questo utilizzati si avvalgono di "
     "cookie necessari al funzionamento.", True),
    ("it", "Per vedere questo contenuto è necessario accettare i cookie di profilazione.", True),
    ("it", "Articolo riservato agli abbonati. Sei già abbonato? Accedi.", True),
    ("it", "Continua a leggere questo articolo: abbonati ora.", True),
    ("pt", "Este conteúdo está bloqueado. Aceite os cookies para visualizar.", True),
    ("pt", "Precisamos do seu consentimento para mostrar este conteúdo.", True),
    ("pt", "Para continuar a ler, torne-se assinante.", True),
    ("pt", "Artigo exclusivo para assinantes. Já é assinante? Entre aqui.", True),
    ("nl", "Om deze video te bekijken, moet je eerst de cookies van YouTube accepteren.", True),
    ("nl", "Wij hebben je toestemming nodig om deze inhoud te tonen.", True),
    ("nl", "Dit premium artikel is alleen te lezen voor abonnees.", True),
    ("nl", "Lees onbeperkt met een digitaal abonnement vanaf €2 per week.", True),
]


@pytest.mark.parametrize(
    ("lang", "wall", "glued"),
    [pytest.param(lang, wall, glued, id=f"{LANGUAGE_NAMES[lang]} {wall[:50]}")
     for lang, wall, glued in RED3_WALLS],
)
def test_third_round_wall_is_removed_at_head_between_paragraphs_and_at_tail(
        lang: str, wall: str, glued: bool) -> None:
    first, second = ARTICLES[lang]
    kept = f"{first}\n\n{second}"
    assert banners(f"{first}\n\n{wall}\n\n{second}") == kept
    assert banners(f"{wall}\n\n{first}\n\n{second}") == kept
    assert banners(f"{first}\n\n{second}\n\n{wall}") == kept
    if glued:
        flat = wall.replace("\n", " ")
        assert banners(f"{first} {flat} {second}") == f"{first} {second}"


# (language, article sentence): the same words as the walls above, reported, quoted, in
# headlines or in another sense. They stay alone, as a paragraph and glued.
RED3_ARTICLES = [
    ("en", "The regulator fined the company for setting cookies without consent, the agency said."),
    ("en", "Subscribers to the paper's print edition fell by a third last year."),
    ("en", "Critics say the paywall keeps poorer readers away from local news."),
    ("en", "“We use cookies like every other shop on the internet,” the spokesman said."),
    ("en", "The bakery sold 4,000 cookies at the fair."),
    ("en", "Privacy campaigners want the law to ban ad blockers from being detected."),
    ("en", "She said she had to create a free account just to read the menu."),
    ("en", "Readers can continue reading the report on the council's website."),
    ("en", "The newspaper's subscription price rose to $15 a month in March."),
    ("en", "About 40 percent of users run an ad blocker, according to the survey."),
    ("en", "Regulators ordered sites to offer a button to reject all cookies."),
    ("en", "The app asks users to accept its privacy policy before signing in."),
    ("en", "His privacy is important to him, his lawyer told the court."),
    ("en", "Manage your expectations, the coach told his players after the loss."),
    ("en", "The streaming service said subscribers would be able to cancel anytime."),
    ("en", "Sign in sheets showed that 300 volunteers attended."),
    ("en", "The firm has been accused of sharing data with advertising partners."),
    ("en", "Unlimited access to the park will cost $40 a year."),
    ("de", "Die Datenschutzbehörde verhängte ein Bußgeld, weil die Seite Cookies ohne "
     "Einwilligung setzte."),
    ("de", "Die Zahl der Abonnenten der Zeitung ist im vergangenen Jahr gesunken."),
    ("de", "Viele Nutzer verwenden einen Adblocker, wie eine Umfrage zeigt."),
    ("de", "„Wir verwenden Cookies nur für Statistik“, sagte der Sprecher."),
    ("de", "Die Bäckerei verkaufte auf dem Markt 2.000 Kekse und Cookies."),
    ("de", "Das Abonnement kostet künftig 12 Euro im Monat, teilte der Verlag mit."),
    ("de", "Verbraucherschützer fordern, dass Nutzer alle Cookies mit einem Klick ablehnen "
     "können."),
    ("de", "Der Verlag will künftig mehr Artikel nur für Abonnenten anbieten."),
    ("de", "Die Privatsphäre der Patienten müsse geschützt werden, sagte die Ministerin."),
    ("de", "Wer weiterlesen will, muss künftig zahlen, kritisieren die Leser."),
    ("de", "Externe Inhalte wie Videos werden auf der Plattform häufig eingebettet."),
    ("de", "Die App fragt vor der Anmeldung nach der Zustimmung zur Datenschutzerklärung."),
    ("de", "Der Kunde kann den Vertrag jederzeit kündigen, so das Gericht."),
    ("de", "Mit der Nutzung der neuen Brücke sparen Pendler zehn Minuten."),
    ("fr", "La CNIL a sanctionné le site pour avoir déposé des cookies sans consentement."),
    ("fr", "Le journal compte désormais 500 000 abonnés numériques."),
    ("fr", "« Nous utilisons des cookies comme tout le monde », a déclaré le directeur."),
    ("fr", "Les bloqueurs de publicité sont utilisés par un tiers des internautes."),
    ("fr", "L'article réservé aux abonnés a suscité de nombreuses réactions."),
    ("fr", "Le respect de la vie privée des élèves est une priorité, selon le ministre."),
    ("fr", "L'offre sans engagement a séduit de nombreux clients de l'opérateur."),
    ("fr", "Les internautes pourront refuser les cookies aussi facilement que les accepter."),
    ("fr", "Les abonnés se sont plaints de la hausse des tarifs."),
    ("fr", "Il faut désormais créer un compte pour consulter les horaires, regrettent les "
     "usagers."),
    ("fr", "Pour lire la suite du rapport, les députés devront attendre septembre."),
    ("fr", "Le site a été condamné pour ses paramètres de confidentialité trompeurs."),
    ("fr", "La navigation sur le fleuve reprendra lundi."),
    ("fr", "Gérer les préférences des clients est devenu un métier, explique la fondatrice."),
    ("es", "La agencia multó a la empresa por instalar cookies sin consentimiento."),
    ("es", "El diario superó los 100.000 suscriptores digitales en enero."),
    ("es", "«Utilizamos cookies para medir la audiencia», dijo el portavoz."),
    ("es", "Uno de cada tres internautas usa un bloqueador de anuncios, según el estudio."),
    ("es", "La privacidad de los menores es importante, recordó la ministra."),
    ("es", "Los suscriptores podrán leer el contenido exclusivo desde el lunes."),
    ("es", "El periódico cobrará 10 euros al mes por su suscripción digital."),
    ("es", "Los usuarios deberán aceptar la nueva política de privacidad de la aplicación."),
    ("es", "Si continúa la lluvia, el partido se suspenderá."),
    ("es", "Para seguir leyendo el informe completo, los diputados pidieron más tiempo."),
    ("es", "La plataforma permite configurar las cookies desde el navegador."),
    ("es", "Los socios del club aprobaron las cuentas del ejercicio."),
    ("es", "El límite de velocidad bajará a 30 kilómetros por hora."),
    ("es", "Miles de lectores han iniciado sesión en la nueva aplicación del diario."),
    ("it", "Il Garante ha multato il sito per l'uso di cookie senza consenso."),
    ("it", "Il quotidiano ha superato i 200 mila abbonati digitali."),
    ("it", "«Utilizziamo i cookie solo per le statistiche», ha detto il portavoce."),
    ("it", "Un utente su quattro usa un ad blocker, secondo l'indagine."),
    ("it", "La privacy dei pazienti è importante, ha ricordato il ministro."),
    ("it", "Gli abbonati potranno accedere all'archivio storico del giornale."),
    ("it", "Proseguendo i lavori, il cantiere chiuderà a fine anno."),
    ("it", "Il contenuto riservato agli abbonati sarà ampliato, ha annunciato l'editore."),
    ("it", "L'abbonamento costerà 9,99 euro al mese dal primo marzo."),
    ("it", "Gli utenti potranno rifiutare tutti i cookie con un solo clic."),
    ("it", "La navigazione sul lago è stata sospesa per il vento."),
    ("it", "Il limite di velocità sarà abbassato a 30 chilometri orari."),
    ("it", "I partner commerciali dell'azienda hanno firmato l'accordo."),
    ("it", "Per continuare a leggere il testo, i senatori hanno chiesto una pausa."),
    ("pt", "A autoridade multou o site por instalar cookies sem consentimento."),
    ("pt", "O jornal ultrapassou os 50 mil assinantes digitais."),
    ("pt", "«Usamos cookies apenas para estatísticas», disse o porta-voz."),
    ("pt", "Um em cada quatro utilizadores usa um bloqueador de anúncios, segundo o estudo."),
    ("pt", "A privacidade dos doentes é importante, lembrou a ministra."),
    ("pt", "Os assinantes terão acesso ao conteúdo exclusivo a partir de segunda-feira."),
    ("pt", "A assinatura digital passará a custar 9,90 euros por mês."),
    ("pt", "Ao continuar a obra, a câmara terá de pagar mais 2 milhões."),
    ("pt", "Os utilizadores poderão recusar todos os cookies com um clique."),
    ("pt", "A política de privacidade da aplicação foi alterada em março."),
    ("pt", "O limite de velocidade vai baixar para 30 quilómetros por hora."),
    ("pt", "Os moradores fizeram login na plataforma para votar no orçamento participativo."),
    ("pt", "A navegação no rio foi suspensa devido ao nevoeiro."),
    ("pt", "Para continuar lendo o relatório, os deputados pediram mais tempo."),
    ("nl", "De toezichthouder beboette de site voor het plaatsen van cookies zonder toestemming."),
    ("nl", "De krant heeft inmiddels 300.000 digitale abonnees."),
    ("nl", "‘Wij gebruiken cookies alleen voor statistiek’, zei de woordvoerder."),
    ("nl", "Een op de vier internetgebruikers heeft een adblocker, blijkt uit onderzoek."),
    ("nl", "De privacy van patiënten is belangrijk, benadrukte de minister."),
    ("nl", "Abonnees kunnen het premium artikel vanaf maandag lezen."),
    ("nl", "Een abonnement kost voortaan 15 euro per maand."),
    ("nl", "Gebruikers moeten alle cookies met één klik kunnen weigeren."),
    ("nl", "Door verder te bouwen aan de dijk wil het waterschap overstromingen voorkomen."),
    ("nl", "Het maximale aantal bezoekers is vastgesteld op 5000."),
    ("nl", "Wie verder wil lezen, moet betalen, klagen lezers van de krant."),
    ("nl", "De instellingen van de app zijn na de update gewijzigd."),
    ("nl", "Wij en onze partners gaan samen de wijk vernieuwen, zei de wethouder."),
    ("nl", "De bezoekers moesten inloggen om hun kaartje te downloaden."),
    # the new stems in an article's sentence ("inicia sesión para", "per continuare")
    ("es", "La asamblea inicia sesión para votar el presupuesto el lunes."),
    ("es", "El club ofrece entradas gratis para continuar la temporada."),
    ("it", "I nuovi iscritti, registrati per continuare il corso, sono 300."),
    ("pt", "O ministro fez login para continuar a reunião por vídeo."),
    ("pt", "A prefeitura pede: cadastre-se até sexta-feira para receber a vacina."),
    ("de", "Viele Leser zahlen nicht, um weiterzulesen, zeigt eine Studie."),
    ("fr", "La médiathèque propose des articles gratuits aux lycéens."),
    ("fr", "Le texte a été adopté en première lecture pour continuer à lire les amendements."),
    ("en", "This content is blocked in 14 countries because of cookie rules."),
    ("en", "Want to keep reading? The council publishes the full subscription report online."),
    ("nl", "Word abonnee voor tien euro: de krant wil zo 5.000 nieuwe abonnees trekken."),
    ("fr", "Abonnez-vous pour lire, conseille le libraire aux élèves abonnés."),
    ("de", "Dieser Beitrag ist exklusiv im Abo-Magazin erschienen."),
    # the second batch's wordings, reported or quoted without quotation marks
    ("en", "This story is for subscribers of the weekly print edition, the editor wrote."),
    ("en", "Start your subscription today, the streaming giant urged in a new advert."),
    ("en", "To view this content, please enable cookies, the warning on the ministry's site read."),
    ("en", "This page requires JavaScript, a bug report said, so screen readers fail."),
    ("en", "Get unlimited access to all our parks with a single pass, the mayor said."),
    ("en", "Hospitals asked staff to enable marketing cookies only on work phones."),
    ("de", "Dieser Inhalt ist nur mit Abo verfügbar, kritisieren Leser den Verlag."),
    ("de", "Viele Nutzer haben der Nutzung von Cookies widersprochen, heißt es im Bericht."),
    ("de", "Die Behörde benötigt Ihre Zustimmung nicht, sagte die Datenschützerin."),
    ("de", "„Bitte schalten Sie Ihren Werbeblocker aus“, steht auf vielen Seiten."),
    ("de", "Das Interview ist Teil unseres Abo-Angebots, teilte der Verlag mit."),
    ("fr", "« Ce contenu est réservé à nos abonnés », indique le site du quotidien."),
    ("fr", "Les usagers doivent accepter les cookies pour payer en ligne, regrette l'association."),
    ("fr", "Abonnez-vous dès maintenant, lançait la publicité de l'opérateur en 1998."),
    ("es", "Para poder ver este contenido, los usuarios deben pagar, explicó el portavoz."),
    ("es", "«Necesitamos tu consentimiento», dice el mensaje que aparece en la web."),
    ("es", "El técnico le dijo: desactívalo para ahorrar batería."),
    ("it", "Questo contenuto è visibile solo agli abbonati, ha spiegato il direttore."),
    ("it", "Il tecnico ha detto: disattivalo per risparmiare batteria."),
    ("it", "Gli utenti devono sbloccare l'articolo con un codice, spiega il giornale."),
    ("pt", "Continue lendo com atenção, pediu o professor aos alunos."),
    ("pt", "O técnico explicou: desative-o para poupar bateria."),
    ("pt", "«Assine agora por apenas 5 euros», dizia o cartaz da operadora."),
    ("nl", "Dit is een artikel voor abonnees van de krant, legt de hoofdredacteur uit."),
    ("nl", "Lezers kunnen dit artikel gratis lezen door te registreren, zei de uitgever."),
    # the third batch's wordings in an article's sentences
    ("en", "We need your consent before you can continue, the surgeon told the patient."),
    ("en", "You can change your cookie choices in the browser, the regulator's guide explains."),
    ("en", "Readers who subscribe or log in to read the archive pay $4, the publisher said."),
    ("en", "The lounge is reserved for premium members, a spokeswoman for the airline said."),
    ("de", "Viele Verlage bieten an, mit Werbung weiterlesen oder ein Pur-Abo abzuschließen."),
    ("de", "Das Pur-Abo kostet 2,99 Euro im Monat, teilte der Verlag mit."),
    ("de", "Nutzer können sich hier entscheiden, ob sie Cookies erlauben, erklärt die "
     "Verbraucherzentrale."),
    ("fr", "« Nous avons besoin de votre consentement », explique le médecin à ses patients."),
    ("fr", "Beaucoup d'internautes ont refusé les cookies l'an dernier, selon la CNIL."),
    ("es", "Miles de usuarios han rechazado las cookies desde enero, según la agencia."),
    ("es", "El contenido solo para suscriptores creció un 20 %, explicó el director."),
    ("it", "Per vedere questo contenuto è necessario un abbonamento, ha spiegato il direttore."),
    ("it", "Continua a leggere questo articolo chi è abbonato, ha detto l'editore."),
    ("pt", "Precisamos do seu consentimento, disse o médico ao doente."),
    ("pt", "O artigo exclusivo para assinantes foi o mais lido do ano, disse o diretor."),
    ("nl", "Wij hebben je toestemming nodig, zei de arts tegen de patiënt."),
    ("nl", "Om deze video te bekijken moet je een abonnement hebben, zegt de streamingdienst."),
]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [pytest.param(lang, s, id=f"{LANGUAGE_NAMES[lang]} {s[:50]}") for lang, s in RED3_ARTICLES],
)
def test_third_round_article_sentence_stays(lang: str, sentence: str) -> None:
    first, second = ARTICLES[lang]
    for text in (sentence, f"{first}\n\n{sentence}\n\n{second}", f"{first} {sentence} {second}"):
        assert banners(text) == text


# A consent tool's settings link, as it prints it at the foot of the page.
SETTINGS_LINKS = [
    ("en", "Manage cookie preferences"), ("en", "Cookie settings"),
    ("de", "Cookie-Einstellungen"), ("fr", "Paramétrer les cookies"),
    ("fr", "Gérer mes préférences cookies"), ("es", "Configuración de cookies"),
    ("it", "Gestisci le preferenze sui cookie"), ("pt", "Gerir preferências de cookies"),
    ("nl", "Cookie-instellingen"),
]


@pytest.mark.parametrize(("lang", "link"), SETTINGS_LINKS)
def test_settings_link_as_the_last_line_goes(lang: str, link: str) -> None:
    first, second = ARTICLES[lang]
    assert banners(f"{first}\n\n{second}\n\n{link}") == f"{first}\n\n{second}"


@pytest.mark.parametrize(("lang", "link"), SETTINGS_LINKS)
def test_settings_words_heading_a_section_stay(lang: str, link: str) -> None:
    # An explainer's or a how-to's subheading: its section follows it.
    first, second = ARTICLES[lang]
    text = f"{first}\n\n{link}\n\n{second}"
    assert banners(text) == text


@pytest.mark.parametrize("text", [
    pytest.param("The bakery sold out on Sunday.\n\nCookies", id="one word as the last line"),
    pytest.param("The vote passed.\n\nDatenschutz", id="heading words with no button"),
    pytest.param("The vote passed.\n\nPrivacy Preference Center\n\nThe mayor left.",
                 id="a dialog's heading with no consent buttons under it"),
])
def test_lone_heading_words_stay(text: str) -> None:
    assert banners(text) == text


@pytest.mark.parametrize(("heading", "buttons"), [
    ("Privacy Preference Center", "Allow All"),
    ("Datenschutzeinstellungen", "Alle akzeptieren"),
    ("Paramètres des cookies", "Tout accepter"),
    ("Cookie-instellingen", "Alles accepteren"),
])
def test_dialog_heading_over_its_consent_buttons_goes(heading: str, buttons: str) -> None:
    text = f"The vote passed.\n\n{heading}\n{buttons}\n\nThe mayor left."
    assert banners(text) == "The vote passed.\n\nThe mayor left."


@pytest.mark.parametrize(("lang", "offer", "wall"), [
    ("fr", "Offre découverte : 1 € pour 1 mois, sans engagement.",
     "Cet article est réservé aux abonnés."),
    ("es", "Lee sin límites por solo 1 € el primer mes.",
     "Este contenido es exclusivo para suscriptores."),
    ("it", "Abbonati a 1 € al mese per i primi 3 mesi.",
     "Questo articolo è riservato agli abbonati."),
    ("pt", "Assinatura digital por R$ 1,90 no primeiro mês.",
     "Este conteúdo é exclusivo para assinantes."),
])
def test_offer_line_above_a_paywall_goes_with_it(lang: str, offer: str, wall: str) -> None:
    first, second = ARTICLES[lang]
    kept = f"{first}\n\n{second}"
    assert banners(f"{first}\n\n{offer}\n{wall}\n\n{second}") == kept
    assert banners(f"{first}\n\n{offer}\n\n{wall}\n\n{second}") == kept


@pytest.mark.parametrize("article", [
    "Le club propose 1 € le premier mois, sans engagement, a indiqué le président.",
    "The club charges $5 a month for the first year, with no commitment.",
    "O jornal cobra R$ 1,90 no primeiro mês, disse o diretor.",
    "El abono cuesta 1 € el primer mes. La oferta acaba el lunes.",
])
def test_article_paragraph_on_prices_above_a_paywall_stays(article: str) -> None:
    text = f"{article}\n\nThis article is for subscribers only."
    assert banners(text) == article


@pytest.mark.parametrize("text", [
    "El pleno aprobó el plan.\n\nSuscríbete a nuestro boletín",
    "El pleno aprobó el plan. Suscríbete gratis y recibe las noticias del día.",
])
def test_gate_turns_away_newsletter_lines_with_no_wall_stem(text: str) -> None:
    # A newsletter box's "Suscríbete" is printed on many pages that hold no wall: as a
    # stem it would send those pages to the full scan.
    assert _default_gate().search(text) is None
    assert banners(text) == text


# --- round w5: consent tools' button and credit lines, sign-in buttons, greetings -------

# (language, what, dialog lines): a wall, then the button lines its tool prints under it.
TOOL_LINES = [
    ("en", "TrustArc's buttons and credit line",
     ["This site uses cookies to give you a better experience.",
      "Agree and Proceed", "Required Only", "Advanced Settings", "Powered by: TrustArc | TRUSTe"]),
    ("en", "a registration wall's sign-in buttons",
     ["Create a free account to continue reading.",
      "Continue with Google | Continue with Apple", "Sign up with email"]),
    ("en", "an ad-block wall's way past it",
     ["It looks like you are using an ad blocker.",
      "I've turned off my ad blocker | Continue without supporting"]),
    ("de", "Usercentrics' buttons and credit line",
     ["Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen.",
      "Alle akzeptieren", "Nur essenzielle Cookies akzeptieren",
      "Individuelle Datenschutzeinstellungen", "Powered by Usercentrics Consent Management"]),
    ("de", "a counter wall's sign-in line",
     ["Lesen Sie jetzt weiter mit Hafen+",
      "Sie haben alle kostenlosen Artikel dieses Monats gelesen.",
      "Weiter mit Google", "Bereits registriert? Hier einloggen"]),
    ("fr", "Cookiebot's buttons (fr)",
     ["Ce site utilise des cookies pour mesurer l'audience.",
      "Autoriser tous les cookies", "Afficher les détails", "Powered by Cookiebot"]),
    ("es", "Cookiebot's buttons (es) and a sign-in line",
     ["Este sitio web utiliza cookies para analizar el tráfico.",
      "Permitir todas las cookies", "Mostrar detalles", "¿Ya tienes una cuenta? Inicia sesión"]),
    ("it", "Cookiebot's buttons (it)",
     ["Questo sito utilizza cookie per analizzare il traffico.",
      "Consenti tutti i cookie", "Mostra dettagli", "consentmanager.net"]),
    ("nl", "Cookiebot's buttons (nl)",
     ["Deze website gebruikt cookies om het verkeer te analyseren.",
      "Alle cookies toestaan", "Details tonen", "Doorgaan met Google"]),
    ("pt", "Cookiebot's buttons (pt)",
     ["Este site utiliza cookies para analisar o tráfego.",
      "Permitir todos os cookies", "Mostrar detalhes", "Continuar com o Google"]),
]


@pytest.mark.parametrize(
    ("lang", "lines"),
    [pytest.param(lang, lines, id=f"{LANGUAGE_NAMES[lang]} {what} go with the wall")
     for lang, what, lines in TOOL_LINES],
)
def test_tool_button_and_credit_lines_go_with_their_wall(lang: str, lines: list[str]) -> None:
    first, second = ARTICLES[lang]
    block = "\n".join(lines)
    kept = f"{first}\n\n{second}"
    assert banners(f"{block}\n\n{first}\n\n{second}") == kept
    assert banners(f"{first}\n\n{second}\n\n{block}") == kept


@pytest.mark.parametrize("text", [
    # the same words in an article, with no wall next to them
    "Powered by solar panels, the ferry crossed the bay on Monday.\n\nRequired only a "
    "small crew, officials said.",
    "The app, powered by Usercentrics consent management, launched on Monday.",
    "Advanced settings on the new trains let drivers save energy.\n\nThe council approved "
    "the order.",
    "Riders can continue with Google Maps or switch to the city's app, the operator said.",
    "Bereits registriert? Diese Frage stellte die Wahlbehörde allen Briefwählern.",
    "¿Ya tienes una cuenta en el banco municipal? El ayuntamiento abrió 300 nuevas.",
    "Alle Cookies toestaan was jarenlang de standaard, zei de toezichthouder.",
])
def test_tool_button_words_in_an_article_stay(text: str) -> None:
    assert banners(text) == text
    assert clean(text) == text


@pytest.mark.parametrize(("lang", "paragraph", "buttons"), [
    ("de", "Wir nutzen Cookies und verarbeiten Daten, um Ihnen Inhalte anzuzeigen. Einige "
     "Dienste verarbeiten Daten in Drittländern. Sie können Ihre Einwilligung jederzeit "
     "widerrufen.", "Alle akzeptieren"),
    ("en", "We use cookies to show you relevant ads. Some vendors process data outside the "
     "EU. You can withdraw your consent at any time.", "Accept all"),
    ("fr", "Nous utilisons des cookies pour vous proposer des contenus adaptés. Certains "
     "partenaires traitent des données hors de l'UE. Vous pouvez retirer votre "
     "consentement à tout moment.", "Tout accepter"),
    ("nl", "Wij gebruiken cookies om je relevante advertenties te tonen. Sommige partners "
     "verwerken gegevens buiten de EU. Je kunt je toestemming altijd intrekken.",
     "Alles accepteren"),
])
def test_dialog_paragraph_with_a_sentence_on_its_subject_goes_whole(
        lang: str, paragraph: str, buttons: str) -> None:
    first, second = ARTICLES[lang]
    kept = f"{first}\n\n{second}"
    heading = {"de": "Datenschutzeinstellungen", "en": "Privacy Preference Center",
               "fr": "Paramètres des cookies", "nl": "Cookie-instellingen"}[lang]
    assert banners(f"{heading}\n{paragraph}\n{buttons}\n\n{first}\n\n{second}") == kept
    assert banners(f"{first}\n\n{second}\n\n{paragraph}\n{buttons}") == kept


def test_article_sentence_on_the_subject_before_a_dialog_sentence_stays() -> None:
    # The paragraph's first sentence does not read as a wall: it is the article's, and
    # only the wall-like sentence before the buttons goes.
    article = "Einige Dienste verarbeiten Daten in Drittländern, sagte die Behörde."
    text = (f"{article} Sie können Ihre Einwilligung jederzeit widerrufen.\n"
            "Alle akzeptieren\n\nDer Stadtrat tagt am Montag.")
    assert banners(text).startswith(article)
    on_subject = "Einige Dienste verarbeiten Daten in Drittländern."
    text = (f"{on_subject} Sie können Ihre Einwilligung jederzeit widerrufen.\n"
            "Alle akzeptieren\n\nDer Stadtrat tagt am Montag.")
    assert banners(text).startswith(on_subject)


@pytest.mark.parametrize("paragraph", [
    # a guide's paragraph that ends in the article's sentence, over buttons shown as an
    # example after a blank line
    "You can change your preferences at any time. In Chrome, open Settings, then "
    "Privacy and security, and choose Block third-party cookies.\n\nAccept all",
    "You can change your preferences at any time. In Chrome, open Settings, then "
    "Privacy and security, and choose Block third-party cookies. You can withdraw your "
    "consent too.\n\nAccept all\nReject all",
])
def test_guide_paragraph_over_example_buttons_keeps_its_sentences(paragraph: str) -> None:
    text = f"The regulator published a guide.\n\n{paragraph}\n\nThe rules apply from May."
    out = banners(text)
    assert "You can change your preferences at any time. In Chrome, open Settings" in out


@pytest.mark.parametrize(("lang", "greeting", "wall", "buttons"), [
    ("en", "Welcome to the Harbour Courier",
     "We and our partners use cookies to personalise ads.", "Accept all"),
    ("es", "Bienvenido a El Diario del Puerto",
     "El Diario del Puerto y nuestros socios tratamos datos como tu dirección IP. Al hacer "
     "clic en «Aceptar» consientes este uso.", "Aceptar"),
    ("de", "Willkommen bei der Hafenzeitung",
     "Wir verwenden Cookies, um Inhalte zu personalisieren.", "Alle akzeptieren"),
    ("fr", "Bienvenue sur Le Courrier du Port",
     "Nous utilisons des cookies pour personnaliser les contenus.", "Tout accepter"),
    ("it", "Benvenuto su Il Porto",
     "Questo sito utilizza cookie per personalizzare i contenuti.", "Accetta"),
    ("nl", "Welkom bij De Havenkrant",
     "Wij gebruiken cookies om advertenties te personaliseren.", "Alles accepteren"),
    ("pt", "Bem-vindo ao Jornal do Porto",
     "Este site utiliza cookies para personalizar conteúdos.", "Aceitar"),
])
def test_dialog_greeting_at_the_head_goes(lang: str, greeting: str, wall: str,
                                          buttons: str) -> None:
    first, second = ARTICLES[lang]
    text = f"{greeting}\n{wall}\n{buttons}\n\n{first}\n\n{second}"
    assert banners(text) == f"{first}\n\n{second}"


@pytest.mark.parametrize("text", [
    # an article's headline with the greeting's words, a wall further down
    "The council approved the budget.\n\nWelcome to the new harbour\nThis website uses "
    "cookies.\nAccept all\n\nThe mayor left.",
    # a greeting at the head over the article's own paragraph
    "Welcome to the new harbour\nThe council opened the quay on Monday.",
    "Willkommen bei der Feuerwehr\nDie Wache hat 40 neue Mitglieder.",
])
def test_greeting_words_away_from_a_dialog_at_the_head_stay(text: str) -> None:
    out = banners(text)
    assert ("Welcome to the new harbour" in out) == ("Welcome to the new harbour" in text)
    assert ("Willkommen bei der Feuerwehr" in out) == ("Willkommen bei der Feuerwehr" in text)


@pytest.mark.parametrize(("lang", "wall"), [
    ("de", "Liebe Leserinnen und Leser, wir verwenden Cookies, um Inhalte und Anzeigen zu "
     "personalisieren. Zustimmen und weiter"),
    ("en", "Dear reader, we use cookies to personalise content and ads. Accept and continue"),
    ("fr", "Chers lecteurs, nous utilisons des cookies pour personnaliser les contenus. "
     "Accepter et continuer"),
    ("es", "Querido lector, utilizamos cookies para personalizar los contenidos. Aceptar y "
     "continuar"),
])
def test_flattened_wall_that_greets_the_reader_goes_from_its_greeting(lang: str,
                                                                      wall: str) -> None:
    first, second = ARTICLES[lang]
    assert banners(f"{wall} {first} {second}") == f"{first} {second}"


@pytest.mark.parametrize("text", [
    "Dear reader, the council approved the harbour budget on Monday.",
    "Liebe Leserinnen und Leser, der Stadtrat hat den Haushalt beschlossen.",
    "Chers lecteurs, le conseil a adopté le budget du port.",
])
def test_greeting_of_an_editors_letter_stays(text: str) -> None:
    assert banners(text) == text


@pytest.mark.parametrize(("lang", "wall"), [
    ("de", ["Jetzt weiterlesen mit Hafen+",
            "Sie haben Ihre kostenlosen Artikel für diesen Monat gelesen.", "Jetzt testen"]),
    # the counter in the same paragraph as the offer, whose "abonnee" / "Assine" is the
    # stem ("gratis artikelen", "artigos gratuitos" as stems would be needles searched
    # in every text)
    ("nl", ["Je hebt al je gratis artikelen van deze maand gelezen. Word abonnee en lees "
            "onbeperkt.", "Word abonnee"]),
    ("pt", ["Você atingiu o limite de artigos gratuitos deste mês. Assine e tenha acesso "
            "ilimitado.", "Assine já"]),
])
def test_free_article_counter_walls_go(lang: str, wall: list[str]) -> None:
    first, second = ARTICLES[lang]
    block = "\n".join(wall)
    assert banners(f"{first}\n\n{second}\n\n{block}") == f"{first}\n\n{second}"


@pytest.mark.parametrize("text", [
    "Die Bibliothek bietet seit Montag kostenlose Artikel aus 40 Zeitungen an.",
    "Die Mannschaft will jetzt weiter mit dem alten Trainer arbeiten, sagte der Präsident.",
    "Si consientes que te graben, el juez lo admite, explicó la abogada.",
    "Sie haben alle kostenlosen Artikel der Stadtbibliothek gelesen, sagte die Leiterin.",
    "De bibliotheek biedt gratis artikelen aan uit veertig kranten.",
    "A biblioteca oferece artigos gratuitos de quarenta jornais.",
    "El club y nuestros socios fundadores celebraron el aniversario, dijo el presidente.",
    "The firm said it and our partners in the region would open two offices.",
])
def test_article_sentences_with_the_new_stems_stay(text: str) -> None:
    assert banners(text) == text


# --- round w6: a consent bar's last buttons, the sign-in word after a metered wall, a
# wall that names its own privacy policy, paywall wordings no pack held

@pytest.mark.parametrize(("lang", "wall", "buttons"), [
    ("en", "We care about your privacy. We and our partners use cookies to measure "
           "traffic.", "Accept all | Manage choices | Reject non-essential"),
    ("en", "We use cookies to keep this site running.", "Only necessary · Accept all"),
    ("de", "Wir verwenden Cookies, um unsere Seite zu verbessern.",
     "Nur notwendige | Alle akzeptieren"),
    ("de", "Wir und unsere Partner nutzen Cookies für Statistiken.",
     "Alle akzeptieren / Auswahl verwalten / Nur essenzielle"),
    ("fr", "Nous utilisons des cookies pour mesurer l'audience.",
     "Tout accepter | Refuser les non essentiels | Gérer les choix"),
    ("es", "Utilizamos cookies propias y de terceros para analizar el tráfico.",
     "Aceptar todo | Rechazar no esenciales"),
    ("it", "Utilizziamo i cookie per migliorare il sito.",
     "Accetta tutto | Gestisci le scelte | Rifiuta non essenziali"),
    ("pt", "Utilizamos cookies para melhorar a sua experiência.",
     "Aceitar todos | Gerenciar escolhas | Apenas necessários"),
    ("nl", "Wij gebruiken cookies om de site te verbeteren.",
     "Alles accepteren | Keuzes beheren | Alleen noodzakelijke"),
])
def test_consent_bar_last_buttons_go_with_it(lang: str, wall: str, buttons: str) -> None:
    first, second = ARTICLES[lang]
    # the buttons in the wall's paragraph, and on a line of their own under it
    assert banners(f"{wall} {buttons}\n\n{first}\n\n{second}") == f"{first}\n\n{second}"
    assert banners(f"{wall}\n{buttons}\n\n{first}\n\n{second}") == f"{first}\n\n{second}"


@pytest.mark.parametrize("text", [
    "Only necessary repairs will be made this winter, the mayor said.",
    "Nur notwendige Reparaturen werden in diesem Winter ausgeführt.",
    "Apenas necessários dois votos para aprovar a proposta.",
    "Alleen noodzakelijke ritten zijn toegestaan tijdens de storm.",
    "Manage choices carefully, the coach told his young players.",
    "Non-essential staff were sent home before the storm.",
    "Prosseguir com a obra custaria mais dois milhões, disse o prefeito.",
])
def test_new_button_words_in_article_sentences_stay(text: str) -> None:
    assert banners(text) == text
    first, _ = ARTICLES["en"]
    assert banners(f"{first}\n\n{text}") == f"{first}\n\n{text}"


@pytest.mark.parametrize(("lang", "wall"), [
    ("pt", "Você atingiu o limite de artigos gratuitos deste mês. Já é assinante? Entre"),
    ("es", "Has alcanzado el límite de noticias gratuitas de este mes. ¿Ya estás suscrito? "
           "Entra"),
    ("it", "Hai raggiunto il limite di articoli gratuiti. Sei già abbonato? Entra"),
])
def test_sign_in_word_after_a_metered_wall_goes(lang: str, wall: str) -> None:
    first, second = ARTICLES[lang]
    assert banners(f"{wall}\n\n{first}\n\n{second}") == f"{first}\n\n{second}"
    # the sign-in word on a line of its own under the wall
    head, _, word = wall.rpartition(" ")
    assert banners(f"{head}\n{word}\n\n{first}\n\n{second}") == f"{first}\n\n{second}"


@pytest.mark.parametrize(("wall", "article"), [
    ("Você atingiu o limite de artigos gratuitos deste mês. Já é assinante?",
     "Entre Lisboa e Porto, a estrada ficou fechada durante seis horas na terça-feira."),
    ("Has alcanzado el límite de noticias gratuitas. ¿Ya estás suscrito?",
     "Entra en vigor el lunes la nueva ordenanza de terrazas del ayuntamiento."),
    ("Hai raggiunto il limite di articoli gratuiti. Sei già abbonato?",
     "Entra in vigore lunedì il nuovo regolamento comunale sui dehors dei bar."),
])
def test_article_sentence_starting_with_the_sign_in_word_stays(wall: str,
                                                                article: str) -> None:
    # flattened: the article's first sentence glued to the wall; its first word is the
    # article's, not the wall's button
    assert banners(f"{wall} {article}") == article
    assert banners(f"{wall}\n\n{article}") == article


@pytest.mark.parametrize("text", [
    "Entre 2019 e 2023, a câmara investiu quatro milhões na rede de esgotos.",
    "Entre\n\nA câmara aprovou o orçamento.",
    "Entra en vigor la nueva ley de vivienda.",
])
def test_sign_in_word_away_from_a_wall_stays(text: str) -> None:
    assert banners(text) == text


@pytest.mark.parametrize(("lang", "wall"), [
    ("pt", "Usamos cookies e tecnologias semelhantes de acordo com a nossa Política de "
           "Privacidade e, ao continuar navegando, você concorda com estas condições. "
           "Prosseguir"),
    ("en", "We use cookies according to our cookie policy. By continuing to browse, you "
           "agree to their use. Accept"),
    ("es", "Utilizamos cookies según nuestra política de privacidad. Aceptar"),
    ("de", "Wir verwenden Cookies laut unserer Datenschutzerklärung. Akzeptieren"),
])
def test_wall_citing_its_own_policy_goes(lang: str, wall: str) -> None:
    first, second = ARTICLES[lang]
    assert banners(f"{wall}\n\n{first}\n\n{second}") == f"{first}\n\n{second}"


@pytest.mark.parametrize("text", [
    # the attribution is to someone else: reported, and the article's
    "We use cookies to track readers, according to the regulator's complaint.",
    "Utilizamos cookies para seguir a los lectores, según la denuncia del regulador.",
    "Usamos cookies para rastrear leitores, de acordo com a queixa do regulador.",
    "Usamos cookies para rastrear leitores, segundo o processo.",
])
def test_wall_wording_attributed_to_others_stays(text: str) -> None:
    assert banners(text) == text


@pytest.mark.parametrize(("lang", "head", "tail"), [
    ("de", "Bereits Abonnent? Jetzt anmelden. Jetzt einen Monat für 1 € testen, danach "
           "12,99 € monatlich, jederzeit kündbar.",
     "Um den Beitrag vollständig zu lesen, brauchen Sie ein Abo."),
    ("nl", "Dit artikel is alleen leesbaar voor abonnees. Word abonnee en lees onbeperkt, "
           "al vanaf € 1,50 per week.",
     "Dit verhaal is alleen te lezen voor abonnees."),
    ("es", "Has alcanzado tu límite de artículos gratuitos. Suscríbete desde 2 € al mes.",
     "Has agotado tus noticias gratuitas."),
])
def test_paywall_wordings_at_head_and_tail_go(lang: str, head: str, tail: str) -> None:
    first, second = ARTICLES[lang]
    assert banners(f"{head}\n\n{first}\n\n{second}") == f"{first}\n\n{second}"
    assert banners(f"{first}\n\n{second}\n\n{tail}") == f"{first}\n\n{second}"


@pytest.mark.parametrize("wall", [
    "Vous souhaitez lire la suite ? Profitez de notre offre découverte : 2 mois offerts.",
    "Envie de lire la suite ? Abonnez-vous dès 1 € le premier mois.",
    "Vous souhaitez lire la suite? Découvrez nos offres d'abonnement.",
])
def test_french_read_on_question_with_its_offer_goes(wall: str) -> None:
    first, second = ARTICLES["fr"]
    assert banners(f"{first}\n\n{second}\n\n{wall}") == f"{first}\n\n{second}"


@pytest.mark.parametrize("text", [
    # the question alone, or answered by the article itself
    "Vous souhaitez lire la suite ? La réponse se trouve dans le rapport du préfet.",
    "« Vous souhaitez lire la suite ? Profitez de notre offre », affichait le site, "
    "selon la plainte.",
    "Vous souhaitez lire la suite ? Profitez-en pour relire le premier volet, paru hier.",
    "Das Blatt schreibt, um diesen Artikel vollständig zu lesen, brauche man ein Abo.",
    "Dit artikel is alleen te lezen voor abonnees, zei de hoofdredacteur vorige week.",
    "Has alcanzado el límite de noticias gratuitas, advertía el mensaje, según los lectores.",
    "La web dice: «Has alcanzado el límite de noticias gratuitas».",
])
def test_paywall_wordings_in_article_prose_stay(text: str) -> None:
    assert banners(text) == text


@pytest.mark.parametrize(("lang", "wall"), [
    ("es", "Has alcanzado el límite de noticias gratuitas. Suscríbete desde 2 € al mes."),
    ("pt", "Você atingiu o limite de matérias gratuitas. Assine a partir de R$ 4,90 por mês."),
    ("it", "Hai raggiunto il limite di articoli gratuiti. Abbonati a partire da 1 € al mese."),
])
def test_subscribe_call_with_its_price_goes_with_the_wall(lang: str, wall: str) -> None:
    first, second = ARTICLES[lang]
    assert banners(f"{wall}\n\n{first}\n\n{second}") == f"{first}\n\n{second}"


@pytest.mark.parametrize("text", [
    "Suscríbete desde el móvil, explicó la directora del diario a los lectores.",
    "Los abonados podrán suscribirse desde el lunes a la nueva tarifa.",
    "Gli abbonati a partire da lunedì pagheranno di più, ha detto il sindaco.",
])
def test_subscribe_call_words_in_article_prose_stay(text: str) -> None:
    assert banners(text) == text


# ---------------------------------------------------------------------------------------
# Flattened text: a dialog whose line breaks were lost, as a space ("space") or as nothing
# ("glue", as DOM text_content() joins block elements). Invented dialogs and articles.

@pytest.mark.parametrize(("wall", "article"), [
    # consent buttons run into the headline after a space: the wall ends with them
    ("Vous pouvez retirer votre consentement à tout moment via le lien « Cookies » en bas "
     "de page. Voir nos 96 partenaires Accepter et fermer Continuer sans accepter",
     "Montbrun : la piscine municipale rouvre après un an de travaux Les nageurs ont "
     "retrouvé les bassins samedi matin."),
    ("You can change your choices at any time in our privacy settings. Accept all "
     "Reject all",
     "Ferry fares to rise by a fifth from April Island residents will pay more for the "
     "crossing, the operator confirmed."),
])
def test_flattened_wall_ends_with_its_buttons_before_the_headline(wall: str,
                                                                  article: str) -> None:
    text = f"We use cookies to improve your experience. {wall} {article}"
    if wall.startswith("Vous"):
        text = f"Nous utilisons des cookies pour améliorer votre expérience. {wall} {article}"
    assert banners(text) == article


@pytest.mark.parametrize(("head", "article"), [
    # the dialog's heading and wall-like sentences before its wall sentence, from the
    # text's head; a greeting naming the site goes with them
    ("Vos données, vos choix. Avec nos partenaires, nous utilisons des cookies pour "
     "mesurer l'audience. Tout accepter Continuer sans accepter",
     "Le marché couvert de Lodève fermera tout l'été pour des travaux de toiture."),
    ("Bienvenue sur Le Courrier du Lot ! Avec votre accord, nos partenaires et nous "
     "utilisons des cookies pour mesurer l'audience. Accepter et fermer",
     "La Ville de Figeac a voté mardi le budget de la nouvelle médiathèque."),
    ("Welcome to the Harbour Ledger! We use cookies to personalise content and ads. "
     "Accept all",
     "The Harbour Ledger's printers will close for two weeks in August for repairs."),
    ("Bienvenido a El Eco del Tajo Utilizamos cookies propias y de terceros para "
     "analizar el tráfico. Aceptar y cerrar",
     "El Ayuntamiento de Aranjuez ha aprobado la reforma del mercado de abastos."),
])
def test_flattened_dialog_is_removed_from_the_texts_head(head: str, article: str) -> None:
    assert banners(f"{head} {article}") == article


@pytest.mark.parametrize(("dirty", "expected"), [
    # an article sentence first: it stays, and the wall after it goes
    ("The council met on Monday to discuss parking. We use cookies to personalise "
     "content and ads. Accept all", "The council met on Monday to discuss parking."),
    ("Vous pouvez voter jusqu'à dimanche, rappelle la mairie. Avec nos partenaires, nous "
     "utilisons des cookies pour mesurer l'audience. Tout accepter",
     "Vous pouvez voter jusqu'à dimanche, rappelle la mairie."),
    # a greeting that is the article's (no wall after it) stays
    ("Welcome to the jungle, the band's first hit, turns forty this year. Accept all",
     "Welcome to the jungle, the band's first hit, turns forty this year. Accept all"),
    ("Bienvenue sur la Lune, titre du spectacle, a rempli la salle samedi.",
     "Bienvenue sur la Lune, titre du spectacle, a rempli la salle samedi."),
])
def test_flattened_article_before_a_wall_stays(dirty: str, expected: str) -> None:
    assert banners(dirty) == expected


@pytest.mark.parametrize("text", [
    # buttons named in a sentence, then the article's next sentence: nothing to take
    "The ruling covers sites whose banners offer only Accept all and Reject all Most "
    "publishers changed their dialogs within a month.",
    "Selon la Cnil, le bouton Accepter et fermer Les éditeurs devront proposer un refus "
    "aussi simple.",
])
def test_flattened_article_naming_buttons_stays(text: str) -> None:
    assert banners(text) == text


def test_flattened_german_wall_starts_at_its_first_word_not_at_a_noun() -> None:
    # "Cookies" is capitalised inside the wall's sentence: the wall starts at "Wir"
    article = "Der Kreistag hat am Dienstag die neue Buslinie nach Wendhausen beschlossen."
    wall = ("Alle akzeptieren Einstellungen Wir verarbeiten personenbezogene Daten und "
            "nutzen Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu "
            "personalisieren.")
    assert banners(f"{wall} {article}") == article


def test_flattened_german_article_words_before_a_wall_stay() -> None:
    # the words before the wall's "Wir" are on another subject: they stay
    text = ("Wir berichteten gestern, dass die Gemeinde beim Winterdienst spart Wir nutzen "
            "Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.")
    assert banners(text).startswith("Wir berichteten gestern, dass die Gemeinde")


@pytest.mark.parametrize(("wall", "lang"), [
    ("Questo articolo è riservato agli abbonati Abbonati a 1 € al mese per i primi 6 "
     "mesi e leggi senza limiti tutti gli articoli.", "it"),
    ("Este conteúdo é exclusivo para assinantes Assine por R$ 2,90 no primeiro mês e "
     "tenha acesso ilimitado ao site.", "pt"),
])
def test_flattened_paywall_label_goes_with_the_offer_run_into_it(wall: str,
                                                                 lang: str) -> None:
    first, second = ARTICLES[lang]
    assert banners(f"{first} {second} {wall}") == f"{first} {second}"


def test_flattened_paywall_buttons_and_offer_at_the_tail_go() -> None:
    first, second = ARTICLES["fr"]
    wall = ("La suite est réservée aux abonnés. Déjà abonné ? Se connecter Offre "
            "découverte : 2 € le premier mois, sans engagement Je m'abonne")
    assert banners(f"{first} {second} {wall}") == f"{first} {second}"


@pytest.mark.parametrize(("dirty", "expected"), [
    # glue: buttons run into the wall's last stop and into the headline
    ("Utilizamos cookies propias y de terceros para analizar el tráfico. Más información "
     "en nuestra Política de cookies.RechazarConfigurarAceptar y continuarLa Diputación "
     "licita la nueva carretera de la sierra.",
     "La Diputación licita la nueva carretera de la sierra."),
    ("Nous et nos partenaires utilisons des cookies pour mesurer l'audience.Voir nos 96 "
     "partenairesAccepter et fermerContinuer sans accepterLe maire de Cahors a inauguré "
     "le nouveau pont mardi.",
     "Le maire de Cahors a inauguré le nouveau pont mardi."),
    # buttons to the end of the text: all of them go, none is taken for the article
    ("Les Vosges ont connu leur premier gel samedi. Ce contenu est bloqué car vous n'avez "
     "pas accepté les cookies. En cliquant sur « J'accepte », les cookies seront déposés "
     "et vous pourrez visualiser les contenus.J'accepteGérer mes choix",
     "Les Vosges ont connu leur premier gel samedi."),
])
def test_glued_wall_ends_where_its_buttons_do(dirty: str, expected: str) -> None:
    assert banners(dirty) == expected


def test_glued_buttons_followed_by_an_offer_do_not_end_the_wall() -> None:
    # "Abbonati a 4 € al mese" after the buttons is the wall's offer, not the article
    dirty = ("Per continuare, scegli come navigare. Accetta i cookie di profilazione e "
             "continua a leggere gratuitamente, oppure abbonati per navigare senza "
             "pubblicità.Accetta e continuaAbbonati a 4 € al meseHai già un abbonamento? "
             "AccediIl Comune di Asti rinnova la piazza del mercato.")
    assert banners(dirty) == "Il Comune di Asti rinnova la piazza del mercato."


# --- round w7: pay-or-consent walls, ad-block pleas, consent placeholders, offers ---------
# The walls below are written for these tests in the wordings their tools print.

_W7_ARTICLE = ("The harbour board approved the new ferry timetable on Tuesday.\n\n"
               "Sailings to the island will run every forty minutes from June.")


@pytest.mark.parametrize("wall", [
    # pay-or-consent ("accept cookies or pay"): the heading, both choices, the buttons
    "Choose how you'd like to continue\nTo read The Harbour Post for free, accept cookies "
    "and similar technologies for personalised advertising.\nAccept and continue\nOr read "
    "ad-free for £2.49 a month. Cancel anytime.\nSubscribe",
    "Choose how you want to continue\nTo read The Harbour Post for free, accept cookies "
    "for personalised advertising and measurement.\nAccept and continue\nOr go ad-free "
    "with a subscription for $4 a month.\nSubscribe",
    # an ad-block wall that names its publisher, and its help link
    "We noticed you're using an ad blocker\nThe Harbour Post relies on advertising to pay "
    "for local reporting. Please consider whitelisting our site.\nHow do I disable my ad "
    "blocker?\nI've disabled my ad blocker",
    # Sourcepoint's button line over its banner
    "Privacy Manager\nWe use cookies and similar technologies to measure our audience and "
    "show you relevant ads.\nReject All\nAccept All",
    # the IAB TCF sentence on what refusing does, inside the notice
    "We and selected third parties use cookies for technical purposes and, with your "
    "consent, for measurement and advertising. Refusing consent may make related features "
    "unavailable.\nReject\nAccept",
    # a paywall's heading, its offer in capitals, and the login line
    "To continue reading this article\nFIRST MONTH FOR $1\nAlready a subscriber? Log in",
])
def test_round_w7_wall_goes_with_its_lines(wall: str) -> None:
    for text in (f"{wall}\n\n{_W7_ARTICLE}", f"{_W7_ARTICLE}\n\n{wall}"):
        assert banners(text) == _W7_ARTICLE


@pytest.mark.parametrize(("lang", "wall"), [
    ("de", "Werbefrei weiterlesen mit dem Boten-PUR-Abo für 3,99 € im Monat. Monatlich "
           "kündbar.\nOder mit Werbung und Tracking weiterlesen: Sie willigen ein, dass wir "
           "und 140 Drittanbieter Cookies setzen.\nAkzeptieren und weiter"),
    ("de", "Jetzt weiterlesen mit BZ+\nIm ersten Monat für 1 €"),
    ("it", "Noi e terze parti selezionate utilizziamo cookie per finalità tecniche e, con il "
           "tuo consenso, per misurazione e pubblicità. Il rifiuto del consenso può rendere "
           "non disponibili le relative funzioni.\nRifiuta\nAccetta"),
    ("it", "Per continuare a leggere questo articolo\nABBONATI A 2€ AL MESE PER 6 MESI\nSei "
           "già abbonato? Accedi"),
    ("fr", "Article réservé aux abonnés\n1 € pour 3 mois"),
    ("nl", "Dit artikel is alleen voor abonnees\nEerste maand gratis"),
])
def test_round_w7_wall_goes_in_other_languages(lang: str, wall: str) -> None:
    first, second = ARTICLES[lang]
    article = f"{first}\n\n{second}"
    assert banners(f"{article}\n\n{wall}") == article


@pytest.mark.parametrize(("lang", "placeholder"), [
    ("nl", "Deze video kan niet worden afgespeeld, omdat je geen cookies hebt geaccepteerd. "
           "Wijzig je cookie-instellingen"),
    ("en", "This content is blocked because you have not accepted cookies."),
    ("fr", "Cette vidéo ne peut pas être lue car vous n'avez pas accepté les cookies."),
    ("es", "Este contenido está bloqueado porque no has aceptado las cookies."),
])
def test_round_w7_consent_placeholder_glued_between_sentences_goes(lang: str,
                                                                  placeholder: str) -> None:
    first, second = ARTICLES[lang]
    assert banners(f"{first}{placeholder}{second}") == f"{first} {second}"


def test_round_w7_pay_or_consent_buttons_run_into_the_article_go_alone() -> None:
    first, second = ARTICLES["de"]
    wall = ("Werbefrei weiterlesen mit dem Boten-PUR-Abo. Jederzeit kündbar.\nOder mit "
            "Werbung und Tracking weiterlesen: Sie willigen ein, dass wir und 90 "
            "Drittanbieter Cookies setzen.\nAkzeptieren und weiter")
    assert banners(f"Hafen\n\n{wall}{first} {second}") == f"Hafen\n\n{first} {second}"


@pytest.mark.parametrize("text", [
    # the same words in an article's own sentences, next to no wall or reported
    "The Harbour Post relies on advertising to pay for its newsroom.\n\nIts owner plans a "
    "paywall next year.",
    "Viewers who go ad-free for £5 a month watched more, the survey found, and fewer "
    "cancelled.",
    "Sites may not block videos because you have not accepted cookies, the regulator said.",
    "Volgens de toezichthouder mogen sites video's niet blokkeren omdat je geen cookies "
    "hebt geaccepteerd.",
    "Il rifiuto del consenso può rendere non disponibili le relative funzioni, ha spiegato "
    "il Garante.",
    "Der Verlag ist auf Werbung angewiesen, sagte die Geschäftsführerin.",
    "Im ersten Monat für 0,99 Euro lockte der Verlag 3000 neue Leser an.",
    "How do I whitelist a website? Most browsers hide the setting in a menu.",
    # an article about consent tools: its subheading stays
    "Every big site now has a Privacy Manager.\n\nPrivacy Manager\n\nThe button reopens the "
    "consent dialog, the report said.",
])
def test_round_w7_article_with_the_same_words_stays(text: str) -> None:
    assert banners(text) == text


@pytest.mark.parametrize("last", ["Consent", "Consent.", "Cookies", "Cookies."])
def test_one_word_last_line_stays_with_or_without_its_stop(last: str) -> None:
    # away from a wall, a lone word may be the article's; the stop changes nothing
    text = f"{_W7_ARTICLE}\n\n{last}"
    assert banners(text) == text


@pytest.mark.parametrize("last", ["Consent", "Consent."])
def test_one_word_settings_line_next_to_a_wall_goes(last: str) -> None:
    wall = "We use cookies to improve your experience.\nAccept all"
    assert banners(f"{_W7_ARTICLE}\n\n{wall}\n{last}") == _W7_ARTICLE


@pytest.mark.parametrize("headline", ["OK Go play the harbour festival", "Accept All The Rain"])
def test_headline_under_a_wall_that_starts_with_button_words_stays(headline: str) -> None:
    wall = "We use cookies to improve your experience.\nAccept all"
    assert banners(f"{wall}\n{headline}\n\n{_W7_ARTICLE}") == f"{headline}\n\n{_W7_ARTICLE}"


@pytest.mark.parametrize("joiner", [" ", ""])
def test_flattened_pay_or_consent_wall_goes_with_its_offer(joiner: str) -> None:
    # the buttons of the free choice run into the paid one, a line break lost between
    first, second = ARTICLES["en"]
    wall = joiner.join([
        "Choose how you'd like to continue.",
        "To read The Harbour Post for free, accept cookies for personalised advertising.",
        "Accept and continue", "Or read ad-free for £2.49 a month.", "Cancel anytime.",
        "Subscribe"])
    assert banners(f"{wall} {first} {second}") == f"{first} {second}"
    assert banners(f"{first} {second} {wall}") == f"{first} {second}"


def test_article_price_sentence_after_a_walls_buttons_stays() -> None:
    first, _ = ARTICLES["en"]
    said = "The ad-free plan costs £5 a month, the company said."
    text = f"We use cookies to improve your experience. Accept all {said} {first}"
    assert banners(text) == f"{said} {first}"


# --- round 9: flattened walls (line breaks dropped with no space in their place) -------

_R9_FIRST = "The ferry to Holm Island will run twice a day from May, the operator said."
_R9_SECOND = "Tickets go on sale next week at the harbour office."


@pytest.mark.parametrize(("headline", "wall"), [
    # a headline run into the wall's heading, and into a wall's first word
    ("Ferry timetable doubles for the summer",
     "How would you like to continueTo read the Holm Courier for free, accept cookies "
     "for personalised ads.Accept and continue"),
    ("Holm ferry to run twice a day from May",
     "We and our partners use cookies to store and access information on your device.Accept all"),
    ("Fährlinie nach Holm fährt ab Mai zweimal täglich",
     "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren.Alle akzeptieren"),
    ("Veerdienst naar Holm vaart vanaf mei twee keer per dag op lijn 12",
     "Wij en onze partners gebruiken cookies om de website goed te laten werken.Akkoord"),
    # a digit before the join: "… lijn 12Wij en onze partners …"
])
def test_headline_run_into_a_wall_stays(headline: str, wall: str) -> None:
    text = f"{headline}{wall}{_R9_FIRST} {_R9_SECOND}"
    assert banners(text) == f"{headline}{_R9_FIRST} {_R9_SECOND}"


@pytest.mark.parametrize("heading", [
    "We value your privacy", "Your privacy choices", "Cookie-Einstellungen",
])
@pytest.mark.parametrize("joiner", ["\n\n", ""])
def test_walls_own_heading_run_into_it_goes_with_it(heading: str, joiner: str) -> None:
    # the join before the wall's first wording is not taken for a headline's end
    wall = ("We and our partners use cookies to store and access information on your "
            "device.Accept all")
    if heading == "Cookie-Einstellungen":
        wall = ("Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren."
                "Alle akzeptieren")
    text = f"{heading}{wall}{joiner}{_R9_FIRST}"
    assert banners(text) == _R9_FIRST


@pytest.mark.parametrize("text", [
    # a join in an article's own sentence before words about cookies: no wall wording
    # starts there, nothing is taken
    "The McAllister family said the website uses cookies to track its readers.",
    "Critics of YouTube say we and our partners is how every consent banner opens, the "
    "researcher said.",
    "The iPhone maker said users who accept all cookies see more ads.",
])
def test_article_sentence_with_a_join_about_cookies_stays(text: str) -> None:
    assert banners(text) == text


@pytest.mark.parametrize("buttons", [
    "ACEPTARCONFIGURARRECHAZAR TODO", "ACCEPT ALLREJECT ALL", "AkzeptierenEinstellungen",
])
def test_capitals_buttons_run_together_end_the_wall(buttons: str) -> None:
    headline = "Holm ferry to run twice a day from May"
    text = (f"This website uses cookies to improve your experience and show you relevant "
            f"ads.{buttons}{headline}{_R9_FIRST} {_R9_SECOND}")
    assert banners(text) == f"{headline}{_R9_FIRST} {_R9_SECOND}"


def test_headline_in_capitals_after_a_walls_stop_is_not_taken_for_buttons() -> None:
    # capitals that are no button's: the wall ends at its sentence, the headline stays
    headline = "HOLM FERRY DOUBLES Services will run twice a day from May, the operator said."
    text = f"This website uses cookies to improve your experience.{headline}"
    assert banners(text).endswith(headline)


@pytest.mark.parametrize(("wall", "buttons"), [
    ("Wij en onze partners gebruiken cookies om de website te verbeteren. Je kunt je "
     "voorkeuren altijd wijzigen via de instellingen onderaan de pagina.",
     "AkkoordInstellingen aanpassen"),
    ("We use cookies to improve your experience. You can change your preferences at any "
     "time in the settings at the foot of the page.", "Accept allManage settings"),
])
def test_wall_sentences_answered_by_buttons_run_into_a_word_go(wall: str,
                                                              buttons: str) -> None:
    # a consent button run into the next button counts as one: the sentences on the
    # wall's subject before it are the dialog's
    text = f"{wall}{buttons}{_R9_FIRST} {_R9_SECOND}"
    assert banners(text) == f"{_R9_FIRST} {_R9_SECOND}"


@pytest.mark.parametrize("text", [
    # consent-button words that go on in capitals or lower case are an article's word
    "This website uses cookies to improve your experience. OKAY, said the mayor, we "
    "will look at it.",
    "We use cookies to improve your experience. ACCEPTANCE of the plan came on Tuesday, "
    "the council said.",
])
def test_button_word_that_goes_on_is_not_a_button(text: str) -> None:
    assert banners(text).endswith(text.split(". ", 1)[1])


_R9_FR = ("Le pont de Lavaur rouvrira en juin, a annoncé mardi le maire. Les travaux ont "
          "coûté 2 millions d’euros.")


@pytest.mark.parametrize("joiner", [" ", ""])
def test_purpose_list_sentence_with_buttons_run_into_the_headline_goes(joiner: str) -> None:
    # no stop between the wall's last sentence, its buttons and the article's headline:
    # the speech verb of the article's sentence does not keep the wall's part
    wall = joiner.join([
        "Nous et nos partenaires utilisons des cookies pour mesurer l’audience.",
        "Nos partenaires et nous traitons les données suivantes : mesure d’audience, "
        "publicité personnalisée, stocker des informations sur votre appareil",
        "Tout accepter", "Continuer sans accepter →"])
    headline = "Lavaur : le pont rouvrira en juin"
    text = f"{wall}{joiner}{headline} {_R9_FR}"
    assert banners(text) == f"{headline} {_R9_FR}"


@pytest.mark.parametrize("text", [
    # the same words in an article's sentence: no reader addressed before the button, or
    # the words after it address the reader, or no consent button at all
    "Les partenaires traitent les données suivantes : mesure d’audience et publicité. "
    "Tout accepter Les Français cliquent le plus souvent, a montré l’étude.",
    "Vous voyez des données suivantes sur votre appareil Tout accepter Vous pouvez "
    "ensuite changer d’avis, a expliqué la CNIL.",
    "Nous traitons vos données suivantes : nom et adresse, a précisé la mairie dans "
    "sa lettre aux habitants de Lavaur.",
])
def test_article_sentence_with_a_consent_button_word_stays(text: str) -> None:
    assert banners(text) == text


def test_consent_button_run_into_a_word_before_it_counts_only_capitalised() -> None:
    # "…appareilAccepter" is a join; "inaccepté" (lower case) is a word
    text = ("Le texte inacceptable a été retiré, a indiqué la ministre. Nous traitons "
            "vos données, a ajouté son cabinet.")
    assert banners(text) == text


@pytest.mark.parametrize("joiner", [" ", ""])
def test_ad_block_wall_with_its_plea_and_answers_goes_whole(joiner: str) -> None:
    wall = joiner.join([
        "It looks like you're using an ad blocker",
        "The Holm Courier relies on advertising to pay its reporters.",
        "Please consider disabling your ad blocker.", "How do I whitelist?",
        "I've disabled my ad blocker", "Continue without supporting us"])
    headline = "Ferry timetable doubles for the summer"
    text = f"{wall}{joiner}{headline} {_R9_FIRST}"
    assert banners(text) == f"{headline} {_R9_FIRST}"


@pytest.mark.parametrize("text", [
    # after a wall's wording, a sentence that reports, or addresses no reader, is the
    # article's: the wall ends before it
    "It looks like you're using an ad blocker The Holm Courier relies on advertising, "
    "its editor said on Tuesday.",
    "Subscribe to continue reading The council voted on Tuesday to double the ferry "
    "service from May.",
])
def test_article_sentence_run_into_a_walls_wording_stays(text: str) -> None:
    kept = text.split(" The ", 1)[1]
    assert banners(text).endswith(kept)


@pytest.mark.parametrize(("buttons", "lang_first"), [
    ("SubscribeAlready a subscriber? Log in", _R9_FIRST),
    ("Suscríbete¿Ya eres suscriptor? Inicia sesión",
     "El ferry a la isla saldrá dos veces al día desde mayo, informó la naviera."),
])
def test_paywall_login_prompt_run_into_its_buttons_goes(buttons: str, lang_first: str) -> None:
    wall = ("Subscribe to continue reading." if buttons.startswith("Subscribe")
            else "Suscríbete para seguir leyendo.")
    text = f"{wall}{buttons}{lang_first}"
    assert banners(text) == lang_first


def test_login_prompt_words_in_an_article_sentence_stay() -> None:
    text = ("Already a subscriber, the mayor said he would renew. Readers who already have "
            "an account pay less, the paper said.")
    assert banners(text) == text


_R9_DE = "Die Fähre nach Holm fährt ab Mai zweimal täglich, teilte die Reederei mit."


@pytest.mark.parametrize(("before", "kept"), [
    # the wall's heading run into its opener goes with it; a headline stays
    ("Wir brauchen Ihre Zustimmung", ""),
    ("Holm bekommt eine zweite Fähre", "Holm bekommt eine zweite Fähre"),
])
def test_german_wall_cut_at_a_noun_starts_at_its_glued_opener(before: str, kept: str) -> None:
    wall = ("Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte "
            "zu personalisieren.Alle akzeptieren")
    assert banners(f"{before}{wall}{_R9_DE}") == f"{kept}{_R9_DE}"


def test_german_article_sentence_with_a_join_and_cookies_stays() -> None:
    text = ("Die Stadtwerke HolmWir-Gefühl heißt die Kampagne, teilte die Stadt mit. "
            "Cookies setzt die Seite der Stadtwerke nicht, sagte ein Sprecher.")
    assert banners(text) == text


@pytest.mark.parametrize("credit", ["Powered by OneTrust", "Powered by: TrustArc | TRUSTe"])
def test_consent_tools_credit_run_into_the_headline_goes(credit: str) -> None:
    # the tool's name has a capital after a lower-case letter of its own
    headline = "Holm ferry to run twice a day from May"
    text = (f"We use cookies to improve your experience.Accept allReject all{credit}"
            f"{headline}{_R9_FIRST}")
    assert banners(text) == f"{headline}{_R9_FIRST}"


@pytest.mark.parametrize("kept", [
    "McAllister Arena opens in May, the operator said.",
    "Trusteeship of the McKinley port ends in May, the operator said.",
    "ReadMore Books opens a shop in May, the owner said.",
])
def test_headline_with_inner_capitals_after_a_walls_buttons_stays(kept: str) -> None:
    text = f"We use cookies to improve your experience.Accept all{kept}"
    assert banners(text) == kept


def test_walls_first_sentence_run_into_a_caption_goes() -> None:
    # "…Photo: ReutersThis website uses cookies …": the caption stays, the wall goes
    article = f"{_R9_FIRST}Photo: Holm Courier"
    wall = ("This website uses cookies to improve your experience. We'll assume you're ok "
            "with this, but you can opt-out if you wish. Accept Read More")
    assert banners(f"{article}{wall}") == article


def test_reported_wall_words_run_into_a_caption_before_a_wall_stay() -> None:
    # the sentence before the wall reports the words: it is the article's
    kept = f"{_R9_FIRST}Photo: Holm CourierThis website uses cookies, the court was told."
    wall = "We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More"
    assert banners(f"{kept} {wall}") == kept


@pytest.mark.parametrize("joiner", [" ", ""])
def test_sentence_on_the_subject_between_two_wall_sentences_goes(joiner: str) -> None:
    wall = joiner.join([
        "It looks like you're using an ad blocker.",
        "Ads help keep the Holm Courier free to read.",
        "Please consider disabling your ad blocker.",
    ])
    assert banners(f"{_R9_FIRST} {wall}") == _R9_FIRST


@pytest.mark.parametrize("middle", [
    "Ads paid for a third of the paper, its editor said.",  # reports speech
    "The ferry will run twice a day from May.",  # no wall word
])
def test_article_sentence_between_two_wall_sentences_stays(middle: str) -> None:
    text = (f"It looks like you're using an ad blocker. {middle} Please consider "
            f"disabling your ad blocker.")
    assert middle in banners(text)


def test_wall_run_into_an_embeds_date_after_a_hashtag_starts_at_its_first_word() -> None:
    # the hashtag's own joins come first; the wall starts at the join nearest its wording
    embed = "#HolmFerryNews — Holm Courier (@HolmCourier) May 9, 2025"
    wall = ("By clicking “Accept All Cookies”, you agree to the storing of cookies on your "
            "device. Cookies Settings Accept All Cookies")
    text = f"{_R9_FIRST} {embed}{wall}"
    assert banners(text) == f"{_R9_FIRST} {embed}"


# Round 10: a wall's last words (its settings button, or its last sentence with no stop)
# run into the article's next sentence, where a block's line break went with no space.
_R10_JOINED = {
    "en": ("The ferry timetable changes in May.",
           "This video cannot be played because you have not accepted cookies. "
           "Change your cookie settings",
           "The harbour board approved it on Monday.",
           "Crews were told last week."),
    "de": ("Der Fährplan ändert sich im Mai.",
           "Dieses Video kann nicht abgespielt werden, weil Sie keine Cookies akzeptiert "
           "haben. Ändern Sie Ihre Cookie-Einstellungen",
           "Der Hafenrat hat ihn am Montag gebilligt.",
           "Die Besatzungen wissen es seit letzter Woche."),
    "fr": ("Les horaires du bac changent en mai.",
           "Cette vidéo ne peut pas être lue car vous n'avez pas accepté les cookies. "
           "Modifier vos paramètres de cookies",
           "Le conseil portuaire les a approuvés lundi après une longue séance.",
           "Les équipages le savent depuis la semaine dernière."),
    "es": ("El horario del ferri cambia en mayo.",
           "Utilizamos cookies para mejorar tu experiencia. Configurar cookies",
           "La junta del puerto lo aprobó el lunes.",
           "Las tripulaciones lo saben desde la semana pasada."),
    "nl": ("De dienstregeling van de veerboot verandert in mei.",
           "Deze video kan niet worden afgespeeld omdat je geen cookies hebt geaccepteerd. "
           "Wijzig je cookie-instellingen",
           "Het havenbestuur keurde hem maandag goed.",
           "De bemanningen weten het sinds vorige week."),
}


@pytest.mark.parametrize("lang", sorted(_R10_JOINED))
def test_walls_settings_button_run_into_the_next_article_sentence_ends_the_wall(
        lang: str) -> None:
    before, wall, joined, after = _R10_JOINED[lang]
    text = f"{before}{wall}{joined} {after}"
    assert banners(text) == f"{before} {joined} {after}"


@pytest.mark.parametrize("wall", [
    "This video cannot be played because you have not accepted cookies",
    "We use cookies to improve your experience. Cookie Settings",
    "We use cookies to improve your experience. COOKIE SETTINGS",
    "We use cookies to improve your experience. Manage settings",
])
def test_walls_last_words_run_into_the_next_article_sentence_end_the_wall(wall: str) -> None:
    # a wall sentence with no stop, a capitalised button, a button in capitals
    before, _, joined, after = _R10_JOINED["en"]
    assert banners(f"{before}{wall}{joined} {after}") == f"{before} {joined} {after}"


@pytest.mark.parametrize("wall", [
    # a name's camel case inside the wall's sentence, and more words of the wall after it
    "We use cookies so that you can share our stories on WhatsApp and other messaging "
    "services.",
    "We use cookies so that you can watch our reports on YouTube and similar sites.",
    # the button run into more of the wall, not into the article
    "This video cannot be played because you have not accepted cookies. Change your "
    "cookie settingsYou can withdraw your consent at any time.",
])
def test_wall_sentence_going_on_after_a_join_goes_whole(wall: str) -> None:
    before, _, _, after = _R10_JOINED["en"]
    assert banners(f"{before}{wall} {after}") == f"{before} {after}"


@pytest.mark.parametrize("text", [
    # article sentences with joins and cookie words: no wall, nothing is taken
    "The bakery on Quay Street sells cookiesThe owner opened it in May.",
    "Change your cookie settingsThe guide explains how, the regulator said.",
])
def test_article_sentences_with_a_join_and_wall_words_stay(text: str) -> None:
    assert banners(text) == text


# --- session 9 (written-8): consent tools' wordings and buttons, paywalls run into text -----

S9_BEFORE = "The ferry timetable changes in May."
S9_AFTER = "The harbour board approved it on Monday after a long meeting."


@pytest.mark.parametrize("wall", [
    # iubenda's banner, in the wording the Italian Garante's 2021 guidelines ask for, with
    # its three buttons on the line below
    "Noi e terze parti selezionate utilizziamo cookie per finalità tecniche e, con il tuo "
    "consenso, anche per altre finalità.\nPuoi acconsentire all'utilizzo di tali "
    "tecnologie utilizzando il pulsante «Accetta». Chiudendo questa informativa, continui "
    "senza accettare.\nRifiuta   Accetta   Scopri di più e personalizza",
    "We and selected third parties use cookies for technical purposes and, with your "
    "consent, for other purposes.\nYou can consent to the use of such technologies by "
    "using the “Accept” button. By closing this notice, you continue without accepting.\n"
    "Reject   Accept   Learn more and customize",
    "Nous et des tiers sélectionnés utilisons des cookies à des fins techniques.\nVous "
    "pouvez consentir à l'utilisation de ces technologies en utilisant le bouton « "
    "Accepter ». En fermant cet avis, vous continuez sans accepter.\nRefuser   Accepter",
    "Nosotros y terceros seleccionados utilizamos cookies con fines técnicos.\nPuede "
    "consentir el uso de dichas tecnologías utilizando el botón «Aceptar». Al cerrar este "
    "aviso, continúa sin aceptar.\nRechazar   Aceptar",
    "Nós e terceiros selecionados utilizamos cookies para fins técnicos.\nPode consentir "
    "a utilização destas tecnologias utilizando o botão «Aceitar». Ao fechar este aviso, "
    "continua sem aceitar.\nRejeitar   Aceitar",
    "Wij en geselecteerde derde partijen gebruiken cookies voor technische doeleinden.\nU "
    "kunt instemmen met het gebruik van deze technologieën door de knop „Accepteren” te "
    "gebruiken. Door deze kennisgeving te sluiten, gaat u verder zonder te accepteren.\n"
    "Weigeren   Accepteren",
])
def test_iubenda_garante_notice_with_its_buttons_goes(wall: str) -> None:
    for joiner in ("\n\n", " "):
        text = f"{wall}{joiner}{S9_AFTER}".replace("\n", joiner)
        assert banners(text).strip() == S9_AFTER


@pytest.mark.parametrize("text", [
    # the same words reported, quoted or in an article's sentence: they stay
    "Puoi acconsentire all'utilizzo di tali tecnologie, ha scritto il Garante nelle sue "
    "linee guida.",
    "«Chiudendo questa informativa, continui senza accettare», si legge nel banner "
    "contestato dal Garante.",
    "The regulator said sites must tell readers that you can consent to the use of such "
    "technologies.",
])
def test_iubenda_wording_in_an_article_stays(text: str) -> None:
    assert banners(text) == text
    assert clean(text) == text


@pytest.mark.parametrize("buttons", [
    "CONCORDO   NÃO CONCORDO   MAIS OPÇÕES",  # Quantcast Choice (pt)
    "ACCETTO   NON ACCETTO   PIÙ OPZIONI",  # Quantcast Choice (it)
    "Alle akzeptieren   Nur essenzielle Cookies   Individuelle Einstellungen",
    "IK GA AKKOORD   IK GA NIET AKKOORD   MEER OPTIES",  # Quantcast Choice (nl)
])
def test_consent_button_rows_after_a_wall_go(buttons: str) -> None:
    wall = ("We and our partners use cookies to store and access information on your "
            "device.")
    text = f"{wall}\n{buttons}\n\n{S9_AFTER}"
    assert banners(text) == S9_AFTER


@pytest.mark.parametrize("text", [
    "Je n'accepte pas cette décision, a déclaré le maire lundi soir.",
    "Non accetto queste condizioni, ha detto il sindaco.",
    "Individuelle Einstellungen sind bei dem neuen Gerät möglich, sagte der Hersteller.",
    "CONCORDO, disse o ministro. NÃO CONCORDO, respondeu o deputado.",
])
def test_button_words_in_an_article_stay(text: str) -> None:
    assert banners(text) == text


def test_french_dialog_heading_over_its_wall_goes() -> None:
    text = ("Vos choix concernant l'utilisation des cookies\nAvec votre accord, nos "
            "partenaires et nous utilisons des cookies pour stocker des informations.\n"
            "Continuer sans accepter   Accepter & Fermer\n\nLe conseil a voté le budget.")
    assert banners(text) == "Le conseil a voté le budget."


def test_french_dialog_heading_words_in_a_headline_stay() -> None:
    text = ("Vos choix concernant l'utilisation des cookies seront respectés, a promis le "
            "ministre.\n\nLe texte sera voté mardi.")
    assert banners(text) == text


@pytest.mark.parametrize("joiner", ["\n", " "])
def test_german_paywall_sign_in_line_and_offer_go(joiner: str) -> None:
    # "Weiterlesen mit <brand>" over its sign-in line, its offer and its button; flattened,
    # the brand and the sign-in question are no article sentence.
    wall = joiner.join([
        "Weiterlesen mit Plus", "Sie haben bereits ein Konto? Hier anmelden",
        "Jetzt 4 Wochen für 1 € testen – danach 8,99 € monatlich, jederzeit kündbar.",
        "JETZT TESTEN"])
    before = "Der Gemeinderat stimmte mit neun zu acht Stimmen."
    after = "Vor der Sitzung demonstrierten etwa 60 Gegner vor dem Rathaus."
    sep = "\n\n" if joiner == "\n" else " "
    assert banners(f"{before}{sep}{wall}{sep}{after}") == f"{before}{sep}{after}"


def test_german_sign_in_question_in_an_article_stays() -> None:
    text = ("Die Bank schrieb den Kunden. Sie haben bereits ein Konto bei der Sparkasse, "
            "sagte der Berater am Montag.")
    assert banners(text) == text


@pytest.mark.parametrize(("wall", "button"), [
    ("This site uses cookies. By continuing to browse you agree to our use of cookies.",
     "[Got it!]"),
    ("Deze website maakt gebruik van cookies. Door verder te gaan ga je akkoord met het "
     "gebruik van cookies.", "[Sluiten]"),
    ("Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez "
     "l'utilisation des cookies.", "(Fermer)"),
])
@pytest.mark.parametrize("joiner", [" ", ""])
def test_bracketed_button_after_a_flattened_wall_goes(wall: str, button: str,
                                                      joiner: str) -> None:
    headline = "Tram fares frozen for a second year"
    body = "Single fares will stay at two pounds until September, the authority said."
    text = f"{wall} {button}{joiner}{headline}{joiner or ' '}{body}"
    assert banners(text) == f"{headline}{joiner or ' '}{body}"


@pytest.mark.parametrize("buttons", [
    "SIM   NÃO   VER OPÇÕES",  # no pack lists these: a row of capitals all the same
    "CONCORDO   RECUSAR TUDO   VER OPÇÕES",
])
def test_unknown_capitals_buttons_run_into_the_headline_end_the_wall(buttons: str) -> None:
    # Glued text: the wall ends at the first join after its row of capitals, so the
    # headline run into the last button stays (read on to a later join, the wall took it).
    wall = ("Nós e os nossos parceiros utilizamos cookies para armazenar informações no seu "
            "dispositivo. Com o seu consentimento, poderemos utilizar dados de "
            "geolocalização precisos.")
    article = ("Padaria da vila volta a cozer pão em forno a lenhaTexto de Ana SilvaA "
               "padaria voltou a usar o forno antigo, que estava parado desde 1998.")
    assert banners(f"{wall}{buttons}{article}") == article


@pytest.mark.parametrize(("before", "wall"), [
    ("Only 12 per cent of the homes will be affordable.",
     "This article is for subscribers onlyYou've read all of your free articles this "
     "month. Subscribe for just £1 for your first 3 months.Subscribe nowAlready a "
     "subscriber? Sign in"),
    ("Il Comune ha promesso un contributo.",
     "Questo articolo è riservato agli abbonatiPer continuare a leggere abbonati: 1 € al "
     "mese per 3 mesi.ABBONATISei già abbonato? Accedi"),
    ("A medida vai custar R$ 2,8 milhões por ano.",
     "Conteúdo exclusivo para assinantesAssine por R$ 1,90 no primeiro mês e tenha acesso "
     "ilimitado.ASSINE AGORAJá é assinante? Entrar"),
    ("La cooperativa cuenta con 620 socios.",
     "Este contenido es exclusivo para suscriptoresSuscríbete para seguir leyendo. Primer "
     "mes por 1 €SUSCRÍBETE¿Ya eres suscriptor? Inicia sesión"),
    ("De gemeenteraad bespreekt het voorstel op 12 november.",
     "Dit artikel is exclusief voor abonneesLees verder met een Plus-abonnement. De eerste "
     "maand voor €1, daarna €14,95 per maand. Altijd opzegbaar.Abonneer nuAl abonnee? Log "
     "in"),
])
def test_paywall_opener_run_into_the_next_block_goes(before: str, wall: str) -> None:
    # Glued text: the opener's last word is run into the next block's first, which the
    # word scans (wanting a word's end) passed over.
    assert banners(f"{before}{wall}") == before


@pytest.mark.parametrize("text", [
    # lower case: no wall's first word; nor the opener's words from a word of its own
    "She said this article is for subscribers onlyThe paper disagreed with her on Tuesday.",
    "The club's lounge is for subscribers onlyMembers pay extra for the terrace, it said.",
])
def test_paywall_opener_words_run_into_an_article_sentence_stay(text: str) -> None:
    assert banners(text) == text


def test_german_wall_opening_with_its_first_word_goes_from_there() -> None:
    # "Wir" opens the sentence; "Cookies", a capitalised noun after wall words, is inside
    # the wall, not where it starts.
    text = ("Datenschutzeinstellungen\nWir verarbeiten personenbezogene Daten und nutzen "
            "Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.\n"
            "Alle akzeptieren\n\nDer Rat tagte am Montag.")
    assert banners(text) == "Der Rat tagte am Montag."


def test_wall_after_a_quotation_the_sentence_split_cut_goes() -> None:
    # The split cut inside “Fresh. Local.”, so the wall's sentence holds its closing mark:
    # the line's marks, all paired, say the wall is outside the quotation.
    text = ("The slogan read “Fresh. Local.” on the buses Diese Website verwendet Cookies. "
            "Wir verwenden Cookies, um Inhalte zu personalisieren. Akzeptieren Ablehnen")
    assert banners(text) == "The slogan read “Fresh. Local.” on the buses"


def test_wall_words_inside_a_quotation_of_several_sentences_stay() -> None:
    text = ("He read out “Fresh. Local. This website uses cookies.” to the court on Monday, "
            "the report said.")
    assert banners(text) == text


@pytest.mark.parametrize(("wall", "kept"), [
    ("Privacy settingsWe use cookies to improve your experience and to analyse our "
     "traffic.Accept all", "The council met on Monday to approve the budget."),
    ("Cookie-EinstellungenWir nutzen Technologien wie Cookies, um diese Website zu "
     "betreiben.Alle akzeptieren", "Der Rat tagte am Montag und beschloss den Haushalt."),
])
def test_wall_run_into_its_heading_is_found_at_the_join(wall: str, kept: str) -> None:
    # Glued text: the wording starts where the heading ran into it, no word edge there.
    assert banners(wall + kept) == kept


@pytest.mark.parametrize("text", [
    "The guide explains the settingsWe use cookies only on the login page, the council "
    "said.",
    "Die Bäckerei verkauft KeksWir nutzen Technologien wie Cookies nicht, sagte der "
    "Inhaber.",
])
def test_wall_words_run_into_an_article_sentence_stay(text: str) -> None:
    assert banners(text) == text


def test_comment_widgets_javascript_notice_run_into_the_last_sentence_goes_alone() -> None:
    # The notice starts at the join, not at the sentence's head, which is the article's.
    text = ("The council met on Monday. Drivers were offered free lessons for the new "
            "roundabout.41 commentsSort by: NewestPlease enable JavaScript to view the "
            "comments powered by Disqus.")
    out = banners(text)
    assert out.startswith("The council met on Monday. Drivers were offered free lessons for "
                          "the new roundabout.")
    assert "JavaScript" not in out


@pytest.mark.parametrize("buttons", ["I ACCEPTMORE OPTIONS", "AGREEDISAGREE", "ACCEPTERREFUSER"])
def test_buttons_in_capitals_run_together_after_a_wall_go(buttons: str) -> None:
    # Quantcast Choice prints its buttons in capitals; dropped tags ran them together.
    text = ("We value your privacy\nWe and our partners use cookies to store and access "
            f"personal data.\n{buttons}\n\nCOUNCIL ACCEPTS PLAN\n\nThe council met.")
    assert banners(text) == "COUNCIL ACCEPTS PLAN\n\nThe council met."


def test_a_headline_in_capitals_is_no_run_of_buttons() -> None:
    text = "ACCEPTANCE SPEECH DRAWS CROWD\n\nThe council met on Monday."
    assert banners(text) == text


# --- round w9: pay-or-consent walls that say "read", ad-block walls that say the blocker
# is on, metered walls with the brand of their plan, consent dialogs in the later packs'
# languages, the gate's new anchors, capitals beyond Latin-1 -------------------------------

# Two article paragraphs per later language, for the walls below (written for these tests).
W9_ARTICLES = {
    "sv": ["Kommunen bygger en ny bro över älven i Luleå.",
           "Bygget ska vara klart om två år, säger kommunalrådet Eva Lind."],
    "nb": ["Kommunen bygger en ny bru over elva i Drammen.",
           "Arbeidet skal være ferdig om to år, sier ordfører Per Lie."],
    "da": ["Kommunen bygger en ny bro over åen i Randers.",
           "Arbejdet skal være færdigt om to år, siger borgmester Ole Berg."],
    "pl": ["Miasto buduje nowy most na Odrze we Wrocławiu.",
           "Prace mają potrwać dwa lata, powiedział prezydent miasta."],
    "cs": ["Město staví nový most přes Vltavu v Českých Budějovicích.",
           "Stavba potrvá dva roky, uvedl primátor města."],
    "ro": ["Primăria construiește un pod nou peste Mureș la Târgu Mureș.",
           "Lucrările vor dura doi ani, a declarat primarul orașului."],
    "hu": ["A város új hidat épít a Tiszán Szegeden.",
           "A munka két évig tart, közölte a polgármester."],
}

# (language, what it is, the wall's lines as its dialog prints them)
W9_WALLS = [
    ("en", "pay-or-consent wall that says read",
     ["Choose how you want to read the Harbour Gazette",
      "Accept cookies and continue reading for free. We and our 120 partners use cookies "
      "and similar technologies to show you personalised ads and measure performance.",
      "Or", "Read without ads and tracking for £3.50 a month. Cancel anytime.",
      "Accept and continue", "Subscribe ad-free"]),
    ("de", "Pur-Abo wall that says lesen",
     ["Werbefrei lesen oder mit Werbung und Tracking?",
      "Lesen Sie den Kurier wie gewohnt mit Werbung und personalisiertem Tracking. Details "
      "zur Datenverarbeitung und zu unseren 95 Partnern finden Sie in unserer "
      "Datenschutzerklärung.", "Zustimmen und weiter", "Oder",
      "Kurier PUR: werbefrei und ohne Tracking für 3,99 €/Monat", "Jetzt abonnieren"]),
    ("fr", "pay-or-consent wall with its two choices",
     ["Pour continuer à lire Le Courrier, vous pouvez accepter les cookies ou vous abonner.",
      "Ou", "Abonnez-vous pour 2 € par mois, sans publicité ciblée.", "J’accepte",
      "Je m’abonne"]),
    ("es", "pay-or-consent wall with its two choices",
     ["Para seguir leyendo, acepta las cookies o suscríbete.",
      "Suscríbete por 1 € al mes, sin publicidad personalizada.", "Aceptar y continuar"]),
    ("it", "pay-or-consent wall with its two choices",
     ["Per continuare a leggere, accetta i cookie o abbonati.",
      "Abbonati a 1 € al mese, senza pubblicità personalizzata.", "Accetta e continua"]),
    ("de", "ad-block wall that says the blocker is on",
     ["Sie haben einen Adblocker aktiviert.",
      "Unser Journalismus wird durch Werbung finanziert. Bitte deaktivieren Sie Ihren "
      "Adblocker für diese Seite.", "So deaktivieren Sie Ihren Adblocker"]),
    ("en", "ad-block wall that says the blocker is on",
     ["You have an ad blocker enabled.",
      "Please disable your ad blocker to keep reading the Gazette.",
      "How do I disable my ad blocker?"]),
    ("nl", "ad-block wall that says the blocker is on",
     ["Je hebt een adblocker ingeschakeld.", "Schakel je adblocker uit om verder te lezen.",
      "Zo zet je je adblocker uit"]),
    ("de", "metered wall with the brand of its plan",
     ["Lesen Sie jetzt mit K+ weiter", "Sie haben bereits ein Abo? Jetzt anmelden",
      "K+ 1 Monat für 0,99 € testen", "Danach 8,99 € monatlich, jederzeit kündbar."]),
    ("nl", "paywall with the brand of its plan",
     ["Lees verder met Plus",
      "Word abonnee en lees onbeperkt alle artikelen. Eerste maand gratis, daarna € 3 per "
      "week.", "Probeer gratis", "Al abonnee? Log in"]),
    ("en", "Substack paywall",
     ["Keep reading with a 7-day free trial",
      "Subscribe to The Harbour Letter to keep reading this post and get 7 days of free "
      "access to the full post archives.", "Start trial", "Already a paid subscriber? Sign in"]),
    ("nl", "consent dialog under its privacy heading",
     ["Wij waarderen je privacy",
      "Wij en onze partners gebruiken cookies om advertenties te tonen. Je kunt je "
      "voorkeuren altijd aanpassen via ‘Instellingen’.", "Akkoord", "Instellingen", "Weigeren"]),
    ("pt", "Cookiebot dialog with its Portuguese buttons",
     ["Este site utiliza cookies",
      "Utilizamos cookies para personalizar conteúdos e anúncios e analisar o nosso tráfego.",
      "Permitir todos os cookies", "Utilizar apenas cookies necessários", "Mostrar detalhes"]),
    ("pt", "paywall with its sign-in line",
     ["Conteúdo exclusivo para assinantes",
      "Assine já por 1 € no primeiro mês e tenha acesso ilimitado.", "Assinar",
      "Já é assinante? Inicie sessão"]),
    ("sv", "Cookiebot dialog that says kakor",
     ["Den här webbplatsen använder kakor",
      "Vi använder enhetsidentifierare för att anpassa innehållet och annonserna till "
      "användarna och analysera vår trafik.", "Tillåt alla kakor",
      "Använd endast nödvändiga kakor", "Visa detaljer"]),
    ("nb", "Cookiebot dialog that says informasjonskapsler",
     ["Dette nettstedet bruker informasjonskapsler",
      "Vi bruker informasjonskapsler for å tilpasse innholdet og annonsene.",
      "Tillat alle informasjonskapsler", "Bruk kun nødvendige informasjonskapsler"]),
    ("nb", "paywall with its offer",
     ["Denne saken er forbeholdt abonnenter", "Første måned for kun 1 kr.",
      "Allerede abonnent? Logg inn"]),
    ("da", "paywall with its offer",
     ["Denne artikel er kun for abonnenter.", "Første måned for kun 1 kr.", "Log ind"]),
    ("pl", "RODO dialog of a portal under its greeting",
     ["Szanowny Użytkowniku,",
      "zanim przejdziesz do serwisu, prosimy o zapoznanie się z informacjami dotyczącymi "
      "przetwarzania Twoich danych osobowych. Klikając „Przechodzę do serwisu”, wyrażasz "
      "zgodę na przetwarzanie danych przez nas i naszych 120 zaufanych partnerów.",
      "PRZECHODZĘ DO SERWISU", "Ustawienia zaawansowane"]),
    ("pl", "paywall that says subskrypcja",
     ["Ten artykuł jest dostępny tylko dla subskrybentów.", "Kup subskrypcję"]),
    ("cs", "paywall that says předplatné",
     ["Tento článek je dostupný pouze pro předplatitele.", "Už máte předplatné? Přihlaste se"]),
    ("ro", "Cookiebot dialog with the sentence on its button",
     ["Acest site folosește cookie-uri. Folosim cookie-uri pentru a personaliza conținutul "
      "și pentru a analiza traficul. Prin apăsarea butonului „Accept toate”, îți exprimi "
      "acordul.", "Accept toate", "Refuz", "Setări cookie-uri"]),
    ("ro", "paywall that says abonați",
     ["Acest articol este disponibil doar pentru abonați.", "Ești deja abonat? Autentifică-te"]),
    ("hu", "paywall that says előfizetők",
     ["Ez a cikk csak előfizetőink számára érhető el.", "Már előfizető vagyok"]),
    # ad-block walls that name the blocker in their own language, and no "adblock"
    ("sv", "ad-block wall that says annonsblockerare",
     ["Det ser ut som att du använder en annonsblockerare.",
      "Vänligen stäng av din annonsblockerare."]),
    ("nb", "ad-block wall that says annonseblokker",
     ["Det ser ut som du bruker en annonseblokker.",
      "Vennligst slå av annonseblokkeringen."]),
    ("da", "ad-block wall that says annonceblokker",
     ["Det ser ud til, at du bruger en annonceblokker.",
      "Slå venligst din annonceblokker fra."]),
    ("hu", "ad-block wall that says hirdetésblokkoló",
     ["Úgy tűnik, hirdetésblokkolót használ.", "Kérjük, kapcsolja ki a hirdetésblokkolót."]),
]


def _w9_article(lang: str) -> list[str]:
    return W9_ARTICLES.get(lang) or RED_ARTICLES[lang]


@pytest.mark.parametrize(
    ("dirty", "expected"),
    [pytest.param(dirty, want, id=f"{LANGUAGE_NAMES[lang]} {what} {shape} is removed")
     for lang, what, lines in W9_WALLS
     for shape, dirty, want in [
         ("before the article", "\n".join(lines) + "\n\n" + "\n\n".join(_w9_article(lang)),
          "\n\n".join(_w9_article(lang))),
         ("after the article", "\n\n".join(_w9_article(lang)) + "\n\n" + "\n".join(lines),
          "\n\n".join(_w9_article(lang))),
         ("between paragraphs", "\n\n".join([_w9_article(lang)[0], "\n".join(lines),
                                             _w9_article(lang)[1]]),
          "\n\n".join(_w9_article(lang))),
         ("alone in the field", "\n".join(lines), ""),
     ]],
)
def test_written9_wall_is_removed(dirty: str, expected: str) -> None:
    assert banners(dirty) == expected


# Flattened: the line breaks went, the wall runs into the article's headline and text.
W9_FLAT = [
    ("en", "Choose how you want to read the Harbour Gazette Accept cookies and continue "
     "reading for free. We and our 120 partners use cookies to show you personalised ads. "
     "Or read without ads and tracking for £3.50 a month. Cancel anytime. Accept and "
     "continue Subscribe ad-free",
     "Ferry fares frozen for a year The ferry company will keep fares at their 2023 level, "
     "its chief executive said on Monday."),
    ("de", "Sie haben einen Adblocker aktiviert. Unser Journalismus wird durch Werbung "
     "finanziert. Bitte deaktivieren Sie Ihren Adblocker für diese Seite. So deaktivieren "
     "Sie Ihren Adblocker",
     "Parken wird teurer: Gebühren steigen ab Juli Von Anna Roth Wetzbach. Wer in der "
     "Altstadt parkt, muss ab Juli mehr bezahlen."),
    ("de", "Werbefrei lesen oder mit Werbung und Tracking? Lesen Sie den Kurier wie gewohnt "
     "mit Werbung und personalisiertem Tracking. Details zur Datenverarbeitung und zu "
     "unseren 95 Partnern finden Sie in unserer Datenschutzerklärung. Zustimmen und weiter "
     "oder Kurier PUR: werbefrei für 3,99 €/Monat Jetzt abonnieren Bereits PUR-Abonnent? "
     "Hier anmelden",
     "Weinfest fällt aus Ostheim. Der Verein hat das Fest abgesagt, weil sich nicht genug "
     "Helfer gefunden haben."),
    ("ro", "Acest site folosește cookie-uri Folosim cookie-uri pentru a personaliza "
     "conținutul și pentru a analiza traficul. Prin apăsarea butonului „Accept toate”, îți "
     "exprimi acordul. Accept toate Refuz Setări cookie-uri",
     "Piața centrală se redeschide Piața agroalimentară din centrul orașului s-a redeschis "
     "sâmbătă, după un an de lucrări."),
    ("pl", "Szanowny Użytkowniku, zanim przejdziesz do serwisu, prosimy o zapoznanie się z "
     "informacjami dotyczącymi przetwarzania Twoich danych osobowych. Klikając „Przechodzę "
     "do serwisu”, wyrażasz zgodę na przetwarzanie danych przez nas i naszych 120 zaufanych "
     "partnerów. PRZECHODZĘ DO SERWISU Ustawienia zaawansowane",
     "Radni przeciw spalarni Rada Miejska przyjęła we wtorek uchwałę przeciw budowie "
     "spalarni odpadów."),
]


@pytest.mark.parametrize(
    ("wall", "article"),
    [pytest.param(wall, article, id=f"flattened {LANGUAGE_NAMES[lang]} wall at the head goes, "
                  "the headline run into it stays") for lang, wall, article in W9_FLAT],
)
def test_written9_flattened_wall_at_the_head_goes(wall: str, article: str) -> None:
    assert banners(f"{wall} {article}") == article


# Article sentences with the same words: all stay, as lines, paragraphs and flattened.
W9_CONTENT = [
    ("en", "Readers can now read without ads and tracking for £3 a month, the publisher said."),
    ("en", "Or so the council thought, until the auditors arrived in May."),
    ("en", "The company will start trial production at the plant in May."),
    ("de", "„Werbefrei lesen oder mit Werbung und Tracking?“, fragt der Verlag seine Leser."),
    ("de", "Sie haben einen Adblocker entwickelt, der auch Tracker blockiert, sagte der "
     "Gründer."),
    ("de", "Oder sie bleiben einfach zu Hause, wie viele Rentner im vergangenen Winter."),
    ("fr", "Les lecteurs peuvent accepter les cookies ou s'abonner, a précisé le directeur."),
    ("nl", "Wij waarderen de inzet van de vrijwilligers, zegt de voorzitter."),
    ("pt", "Já é assinante do jornal há trinta anos, disse a leitora."),
    ("sv", "Konditoriet säljer 400 kakor om dagen, säger ägaren."),
    ("sv", "Första månaden för endast 1 kr lockade 5000 nya läsare, uppger tidningen."),
    ("nb", "Datatilsynet sier at nettstedet brukte informasjonskapsler uten samtykke."),
    ("nb", "Første måned for kun 1 kr. ga avisen 5000 nye abonnenter, sier redaktøren."),
    ("da", "Patienten gav sit samtykke til behandlingen, oplyser hospitalet."),
    ("pl", "Urząd stwierdził, że przetwarzanie danych osobowych było niezgodne z prawem, "
     "podał rzecznik."),
    ("pl", "Liczba subskrybentów wzrosła o dziesięć procent, podała spółka."),
    ("cs", "Počet předplatitelů vzrostl o pětinu, uvedl vydavatel."),
    ("ro", "Abonamentul lunar costă 40 de lei, a declarat directorul."),
    ("hu", "Az előfizetők száma tíz százalékkal nőtt, közölte a kiadó."),
    ("sv", "Allt fler läsare använder annonsblockerare, enligt undersökningen."),
    ("nb", "Stadig flere bruker annonseblokkering, ifølge undersøkelsen."),
    ("nb", "Boligblokka i sentrum skal rives, sier ordføreren."),
    ("da", "Flere læsere bruger annonceblokkere, oplyser foreningen."),
    ("hu", "A hirdetésblokkolók terjedése a kiadókat sújtja, közölte a szövetség."),
]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [pytest.param(lang, s, id=f"{LANGUAGE_NAMES[lang]} article: {s[:50]} stays")
     for lang, s in W9_CONTENT],
)
def test_written9_article_with_the_same_words_stays(lang: str, sentence: str) -> None:
    a1, a2 = _w9_article(lang)
    for text in (sentence, f"{a1}\n\n{sentence}\n\n{a2}", f"{sentence}\n\n{a1}",
                 f"{a1} {sentence} {a2}", f"{a1} {a2} {sentence}"):
        assert banners(text) == text
        assert clean(text) == text


def test_greeting_line_of_a_letter_over_the_article_stays() -> None:
    # The greeting goes only with a wall under it: an open letter keeps it.
    text = ("Szanowny Panie Prezydencie,\nzwracamy się z prośbą o remont drogi do szkoły.\n\n"
            "Podpisali mieszkańcy ulicy Polnej.")
    assert banners(text) == text


# Buttons run into the headline where its capital is beyond Latin-1, and buttons in
# capitals with such letters: the join is found there too.
CAPITALS_BEYOND_LATIN1 = [
    ("Ta strona korzysta z plików cookie. Wykorzystujemy pliki cookie do spersonalizowania "
     "treści i reklam.Zezwól na wszystkie",
     "Śląskie kopalnie wstrzymują wydobycie. Decyzję podjął zarząd spółki w poniedziałek."),
    ("Ta strona korzysta z plików cookie. Wykorzystujemy pliki cookie do spersonalizowania "
     "treści i reklam.AKCEPTUJĘ WSZYSTKIE",
     "Łódź ma nowy park. Otwarcie zaplanowano na sobotę."),
    ("Tento web používá soubory cookie. Používáme cookies k personalizaci obsahu a "
     "reklam.Povolit vše", "České dráhy zdraží jízdné. Změna platí od ledna."),
    ("Tento web používá soubory cookie. Kliknutím na Souhlasím souhlasíte s používáním "
     "souborů cookie.SOUHLASÍMNASTAVENÍ", "Ředitel školy odstoupil. Oznámil to v pondělí."),
    ("Acest site folosește cookie-uri. Folosim cookie-uri pentru a personaliza "
     "conținutul.Accept toate", "Școlile se redeschid luni. Ministerul a anunțat decizia."),
]


@pytest.mark.parametrize(
    ("wall", "article"),
    [pytest.param(wall, article, id=f"buttons run into “{article.split()[0]}” go, it stays")
     for wall, article in CAPITALS_BEYOND_LATIN1],
)
def test_buttons_run_into_a_capital_beyond_latin1_go(wall: str, article: str) -> None:
    assert banners(wall + article) == article
    lead = "Rada zebrała się w poniedziałek."
    assert banners(f"{lead}{wall}{article}") == f"{lead} {article}"


def test_gate_anchors_of_the_later_packs_turn_away_their_article_text() -> None:
    # Texts in those languages with the anchors' letters and no stem: the gate's guards
    # ("ř", "ő") and scans ("k…", "b…", "w…") find nothing to examine.
    gate = _default_gate()
    for text in ("Řeka Vltava se rozlila, uvedl hasičský záchranný sbor.",
                 "Ősszel kezdődik az építkezés, közölte a polgármester.",
                 "Kakan såldes slut på en timme, säger bagaren Kaj.",
                 "Webbplatsen har fått en ny design, säger kommunen.",
                 "Bygget i Bodø bruker mer tid enn planlagt, sier ordføreren.",
                 "Wrocław buduje nowy most, powiedział prezydent.",
                 "Elevii de la liceul din Bistrița au câștigat un concurs de robotică."):
        assert not gate.search(text), text
