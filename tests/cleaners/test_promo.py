"""The promo cleaner: widget units go whole, article sentences about the same things stay.

Tables per language: lines that are widgets (removed), units inside a paragraph or a
flattened document (removed), and article sentences that use the same words (kept).
The wordings are written for these tests; where one is the wording a tool prints, the
tool is named.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from tests.linear import assert_linear

from cleantext import DEFAULT, Pipeline, clean, explain
from cleantext._core import apply_spans, replay
from cleantext.cleaners import promo as promo_module
from cleantext.cleaners.promo import _anchors as promo_anchors
from cleantext.cleaners.promo import _finder as promo_finder
from cleantext.cleaners.promo import _gating as promo_gating
from cleantext.cleaners.promo import _lines as promo_lines
from cleantext.cleaners.promo import _packs as promo_packs
from cleantext.cleaners.promo import _reader as promo_reader
from cleantext.cleaners.promo import parse_sections, promo, promo_with

tidy = Pipeline.from_names(["promo", "whitespace"])

BEFORE = "The council approved the budget on Monday after a long debate."
AFTER = "The new bridge will open to traffic in the spring, officials said."


def dressed(unit: str) -> str:
    return f"{BEFORE}\n\n{unit}\n\n{AFTER}"


ARTICLE = f"{BEFORE}\n\n{AFTER}"

# (id, a line that is a widget) — the line goes, the paragraphs around it stay.
LINES = [
    # English
    ("an English ad label goes", "Advertisement"),
    ("a plural ad label goes", "Advertisements"),
    ("an ad label in capitals goes", "ADVERTISEMENT"),
    ("a story-continues ad break goes", "Story continues below advertisement"),
    ("WordPress Jetpack's share heading goes", "Share this:"),
    ("Jetpack's share heading with a button goes", "Share this: Reddit"),
    ("a Jetpack share button goes", "Click to share on Facebook (Opens in new window)"),
    ("a run of network names goes", "Facebook Twitter Pinterest WhatsApp Email"),
    ("network names with separators go", "Facebook | Twitter | LinkedIn"),
    ("Jetpack's like widget goes", "Like this: Like Loading..."),
    ("a newsletter prompt goes", "Sign up for our newsletter"),
    ("a subscribe-for-free prompt goes", "Subscribe to Canada Free Press for FREE"),
    ("a follow prompt goes", "Follow us on Instagram and TikTok for more stories"),
    ("a comment form heading goes", "Leave a Reply"),
    ("a comment count goes", "0 Comments"),
    ("a comment loader goes", "Loading comments…"),
    ("a reading-time badge alone goes", "4 min read"),
    ("a JavaScript notice goes",
     "Please enable JavaScript to view the comments powered by Disqus."),
    ("a click-here promo goes", "Click here to learn more about the Hulbert Financial Digest."),
    ("a reader poll widget goes", "% of readers think this story is Fact. Add your two cents."),
    ("a like-and-share plea goes",
     "Spread the word! LIKE and SHARE this article or leave a comment to help direct "
     "attention to the stories that matter."),
    ("a category line goes", "Filed under: War on Yemen, Yemen |"),
    ("a video widget line goes", "Play Video 3:27 Biggest night in Hollywood: key moments – video"),
    ("a republished-with-permission notice goes",
     "Republished with permission from Jane Roe and Roe Law. Copyright (c) Roe Law LLP, PS. "
     "All rights reserved."),
    ("AP's redistribution notice goes",
     "Copyright 2022 The Associated Press. All rights reserved. This material may not be "
     "published, broadcast, rewritten or redistributed."),
    ("an affiliate notice addressed to readers goes",
     "This article contains affiliate links, which means we may earn a small commission if a "
     "reader clicks through and makes a purchase."),
    ("a commenting policy addressed to readers goes",
     "Please adhere to our commenting policy to avoid being banned. As a privately owned "
     "website, we reserve the right to remove any comment and ban any user at any time."),
    ("a donate button in brackets goes", "(To Donate to Example Watchdog Click Here)"),
    ("a link title with its click-here button goes",
     "More Critical Reads You Need to Hear by Jane Roe! Click Here!"),
    ("a slideshow prompt goes", "Start the slideshow to see which businesses took home honors."),
    # German
    ("a German ad label goes", "Anzeige"),
    ("a German ad break goes", "Artikel wird unter der Anzeige fortgesetzt"),
    ("a German follow prompt goes", "Folgen Sie uns auf Facebook und Twitter"),
    ("a German newsletter prompt goes", "Jetzt Newsletter abonnieren"),
    ("Jetpack's German share heading goes", "Teilen mit:"),
    ("a German comment form note goes",
     "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind markiert *"),
    ("a German reading time goes", "Lesezeit: 3 Min."),
    # French
    ("a French ad label goes", "Publicité"),
    ("a French ad break goes", "La suite après la publicité"),
    ("a French follow prompt goes", "Suivez-nous sur Facebook"),
    ("a French newsletter prompt goes", "Inscrivez-vous à notre newsletter"),
    ("a French comment heading goes", "Laisser un commentaire"),
    ("a French rights line goes", "© 2021 Le Journal. Tous droits réservés."),
    # Spanish
    ("a Spanish ad label in capitals goes", "PUBLICIDAD"),
    ("a Spanish follow prompt goes", "Síguenos en Twitter"),
    ("a Spanish newsletter prompt goes", "Suscríbete a nuestro boletín"),
    ("Jetpack's Spanish share heading goes", "Compartir esto:"),
    ("a Spanish comment form heading goes", "Deja una respuesta"),
    ("a Spanish reading time goes", "Tiempo de lectura: 4 min"),
    # Italian
    ("an Italian ad label goes", "Pubblicità"),
    ("an Italian follow prompt goes", "Seguici su Instagram"),
    ("an Italian newsletter prompt goes", "Iscriviti alla nostra newsletter"),
    ("an Italian rights line goes", "© RIPRODUZIONE RISERVATA"),
    ("an Italian comment heading goes", "Lascia un commento"),
    # Portuguese
    ("a Portuguese ad label goes", "Publicidade"),
    ("a Portuguese ad break goes", "Continua após a publicidade"),
    ("a Portuguese follow prompt goes", "Siga-nos no Instagram"),
    ("a Portuguese newsletter prompt goes", "Assine nossa newsletter"),
    ("Jetpack's Portuguese like widget goes", "Curtir isso:"),
    # Dutch
    ("a Dutch ad label goes", "Advertentie"),
    ("a Dutch follow prompt goes", "Volg ons op Twitter"),
    ("a Dutch newsletter prompt goes", "Schrijf je in voor onze nieuwsbrief"),
    ("a Dutch comment heading goes", "Geef een reactie"),
    ("a Dutch share label goes", "Social"),
    # Russian
    ("a Russian ad label goes", "Реклама"),
    ("a Russian follow prompt goes", "Подписывайтесь на наш канал в Telegram"),
    ("a Russian comment heading goes", "Комментарии"),
    ("a Russian error-report widget goes",
     "Если вы нашли ошибку, пожалуйста, выделите фрагмент текста и нажмите Ctrl+Enter."),
    # Japanese and Chinese
    ("a Japanese ad label goes", "広告"),
    ("a Japanese sponsored-link label goes", "スポンサーリンク"),
    ("a Chinese ad label goes", "广告"),
    ("a Chinese share label goes", "分享到："),
    ("a Chinese reprint notice goes", "未经授权，禁止转载。"),
]


@pytest.mark.parametrize("unit", [u for _, u in LINES], ids=[i for i, _ in LINES])
def test_widget_lines_go(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


@pytest.mark.parametrize("unit", [u for _, u in LINES], ids=[i for i, _ in LINES])
def test_widget_lines_go_at_the_head_and_the_tail(unit: str) -> None:
    assert tidy(f"{unit}\n\n{ARTICLE}") == ARTICLE
    assert tidy(f"{ARTICLE}\n\n{unit}") == ARTICLE


# (id, text with a unit inside a line, expected)
INSIDE = [
    ("a newsletter prompt in brackets goes from a first paragraph",
     "Voting has begun in the state. (Want this in your inbox each morning? Sign up here.)",
     "Voting has begun in the state."),
    ("a reading-time badge beside a date goes, the date stays",
     "February 11, 2020 4 min read", "February 11, 2020"),
    ("a reading-time badge after a separator goes",
     "By Jane Roe · 6 min read", "By Jane Roe"),
    ("share buttons before a photo caption go, the caption stays",
     "Facebook Twitter Pinterest Capes on the catwalk at the autumn shows.",
     "Capes on the catwalk at the autumn shows."),
    ("an ad label between flattened sentences goes",
     "Toyota is showing a hybrid. Advertisement Nissan is hoping a redesign will help.",
     "Toyota is showing a hybrid. Nissan is hoping a redesign will help."),
    ("an ad label after a capitalised subhead goes",
     "Here are the highlights: NISSAN SENTRA Advertisement Nissan is hoping for more.",
     "Here are the highlights: NISSAN SENTRA Nissan is hoping for more."),
    ("a share button glued between flattened sentences goes",
     "The base is near the border. Share this: The talks resume on Monday.",
     "The base is near the border. The talks resume on Monday."),
    ("a Jetpack share bar glued between flattened sentences goes",
     "The vote passed. Share this: Facebook Twitter The mayor spoke afterwards.",
     "The vote passed. The mayor spoke afterwards."),
    ("Jetpack's like widget glued between flattened sentences goes",
     "The vote passed. Like this: Like Loading... The mayor spoke.",
     "The vote passed. The mayor spoke."),
    ("a newsletter label opening a short flattened record goes alone",
     "Sign up for our newsletter Council approved the plan. Council met again.",
     "Council approved the plan. Council met again."),
    ("labels glued without spaces go",
     "A.Share this:Advertisement", "A."),
    ("a newsletter label glued before a quote goes",
     "He told his players to ignore the standings. Sign up for our newsletter “It is hard,” "
     "he said.",
     "He told his players to ignore the standings. “It is hard,” he said."),
    ("a Jetpack button inside a flattened table goes",
     "16 Erik Jones 2194 Click to share on Twitter (Opens in new window) 17 Daniel Suarez 846",
     "16 Erik Jones 2194 17 Daniel Suarez 846"),
    ("a Dutch click-here sentence goes from a paragraph",
     "Het Volk heeft massaal gereageerd. KLIK HIERRR voor de volksraadpleging. Fijne dagen!",
     "Het Volk heeft massaal gereageerd. Fijne dagen!"),
    ("Dutch share labels at the end of a flattened article go",
     "Omzien naar elkaar en vragen weigeren over de toekomst! Social Social",
     "Omzien naar elkaar en vragen weigeren over de toekomst!"),
    ("a Dutch share label after the headline goes",
     "Die foto ook... Social Goedemorgen, mijnheer de president.",
     "Die foto ook... Goedemorgen, mijnheer de president."),
    ("a commenting policy glued to the end of a flattened article goes",
     "The vote is on Friday. Please adhere to our commenting policy to avoid being banned. "
     "We reserve the right to remove any comment.",
     "The vote is on Friday."),
    ("AP's notice glued to the end of a flattened article goes",
     "The vote is on Friday. Copyright 2022 The Associated Press. All rights reserved. This "
     "material may not be published, broadcast, rewritten or redistributed.",
     "The vote is on Friday."),
    ("a German ad label in capitals between sentences goes",
     "Der Rat tagte am Montag. ANZEIGE Die Brücke wird im Frühjahr eröffnet.",
     "Der Rat tagte am Montag. Die Brücke wird im Frühjahr eröffnet."),
    ("a Spanish ad label in capitals between sentences goes",
     "El consejo aprobó el presupuesto. PUBLICIDAD El puente abrirá en primavera.",
     "El consejo aprobó el presupuesto. El puente abrirá en primavera."),
    ("a French follow prompt at the end of a paragraph goes",
     "Le conseil a voté le budget lundi. Suivez-nous sur Facebook.",
     "Le conseil a voté le budget lundi."),
    # A complete prompt ([inline]) glued before a headline ends at its last word.
    ("an English newsletter prompt glued to a headline goes alone",
     "Sign up for our daily newsletter Ferry fares rise in spring The harbour board "
     "raised fares on Monday. Passengers complained.",
     "Ferry fares rise in spring The harbour board raised fares on Monday. "
     "Passengers complained."),
    ("a Dutch newsletter prompt glued to a headline goes alone",
     "Meld je aan voor onze nieuwsbrief Nieuwe brug over de Maas De gemeente opent de brug "
     "in mei.",
     "Nieuwe brug over de Maas De gemeente opent de brug in mei."),
    ("a Portuguese newsletter prompt on its own line goes",
     "Subscreva a nossa newsletter\n\nA câmara aprovou o orçamento.",
     "A câmara aprovou o orçamento."),
    ("a German newsletter prompt on its own line goes",
     "Jetzt zum Newsletter anmelden\n\nDer Rat tagte am Montag.",
     "Der Rat tagte am Montag."),
    ("a German newsletter prompt glued mid-text goes",
     "Der Rat tagte am Montag. Jetzt zum Newsletter anmelden Die Brücke wird eröffnet.",
     "Der Rat tagte am Montag. Die Brücke wird eröffnet."),
    ("an Italian ad label as in its pack between sentences goes",
     "Il consiglio ha votato. Pubblicità Il ponte aprirà in primavera.",
     "Il consiglio ha votato. Il ponte aprirà in primavera."),
    ("a French ad label as in its pack between sentences goes",
     "Le conseil a voté. Publicité Le pont ouvrira au printemps.",
     "Le conseil a voté. Le pont ouvrira au printemps."),
    ("a Russian ad label between sentences goes",
     "Совет проголосовал. Реклама Мост откроется весной.",
     "Совет проголосовал. Мост откроется весной."),
    ("a navigation bar of menu items between pipes goes",
     "Home | Politics | Sport | Weather\n\nThe council met on Monday.",
     "The council met on Monday."),
    ("a navigation bar between bullets goes",
     "Startseite • Politik • Wetter\n\nDer Rat tagte am Montag.",
     "Der Rat tagte am Montag."),
    ("a French share bar glued mid-text goes",
     "Le pont rouvre lundi. Partager sur Facebook Twitter Le maire l'a annoncé.",
     "Le pont rouvre lundi. Le maire l'a annoncé."),
    ("a Spanish share bar glued mid-text goes",
     "El puente abre el lunes. Compartir en Facebook Twitter WhatsApp El alcalde lo dijo.",
     "El puente abre el lunes. El alcalde lo dijo."),
    ("a Portuguese share bar glued at the end goes",
     "A ponte abre na segunda-feira. Partilhar no Facebook Twitter",
     "A ponte abre na segunda-feira."),
    ("a comment prompt glued between sentences goes alone",
     "Snow closed the pass. Leave a comment Crews worked all night.",
     "Snow closed the pass. Crews worked all night."),
    # Flattened share bars in other languages: a heading with its networks, after a
    # sentence, a headline or nothing, and before a capitalised word.
    ("a Dutch share heading and its networks go between flattened sentences",
     "De brandweer rukte uit. Deel dit artikel: Facebook Twitter WhatsApp Niemand raakte "
     "gewond.",
     "De brandweer rukte uit. Niemand raakte gewond."),
    ("a Dutch share heading printed twice with networks goes in one call",
     "De brandweer rukte uit. Deel dit artikel: Facebook Twitter WhatsApp Deel dit artikel: "
     "Niemand raakte gewond.",
     "De brandweer rukte uit. Niemand raakte gewond."),
    ("a Dutch share heading at the end of a flattened article goes",
     "Niemand raakte gewond. Deel dit artikel:", "Niemand raakte gewond."),
    ("a Portuguese share bar opening a flattened record goes",
     "Partilhar no Facebook Twitter Incêndio controlado após dois dias Os bombeiros "
     "chegaram.",
     "Incêndio controlado após dois dias Os bombeiros chegaram."),
    ("a Portuguese share bar after a flattened headline goes",
     "Câmara aprova novo plano de transportes Partilhar no Facebook Twitter A Câmara "
     "aprovou o plano.",
     "Câmara aprova novo plano de transportes A Câmara aprovou o plano."),
    ("an Italian share bar printed twice after a headline goes",
     "Riapre il ponte sul fiume Condividi su Facebook Twitter Condividi su Facebook Twitter "
     "Il comune lo ha annunciato.",
     "Riapre il ponte sul fiume Il comune lo ha annunciato."),
    ("a Russian share bar after a flattened headline goes",
     "Школьники победили на олимпиаде Поделиться: ВКонтакте Telegram Команда заняла "
     "первое место.",
     "Школьники победили на олимпиаде Команда заняла первое место."),
    ("a share bar before a prompt at the end still goes",
     "Nieuwe brug over de Maas Deel dit artikel: Facebook Twitter WhatsApp De gemeente "
     "opent de brug. Schrijf je in voor onze nieuwsbrief",
     "Nieuwe brug over de Maas De gemeente opent de brug."),
    # Ad labels printed twice, or before a sentence that opens with a preposition.
    ("a French ad label printed twice between sentences goes",
     "Les vols ont été annulés. Publicité Publicité Les syndicats protestent.",
     "Les vols ont été annulés. Les syndicats protestent."),
    ("a German ad label printed twice opening a record goes",
     "Anzeige Anzeige Stadtrat beschließt neue Radwege Der Rat tagte.",
     "Stadtrat beschließt neue Radwege Der Rat tagte."),
    ("a Russian ad label before a sentence that opens with a preposition goes",
     "Реклама В Заречье открыли новый мост. Движение открыто.",
     "В Заречье открыли новый мост. Движение открыто."),
    # Flattened text keeps no full stop after a headline: a label glued to it goes
    # before a sentence that opens with an article or a preposition.
    ("an English ad label after a flattened headline goes",
     "Ferry timetable approved Advertisement The council voted on Tuesday.",
     "Ferry timetable approved The council voted on Tuesday."),
    ("an Italian ad label printed twice after a flattened headline goes",
     "Una scuola vince il premio per la lettura Pubblicità Pubblicità La scuola ha vinto.",
     "Una scuola vince il premio per la lettura La scuola ha vinto."),
    ("a Spanish ad label in capitals after a flattened headline goes",
     "La biblioteca amplía su horario PUBLICIDAD El ayuntamiento lo aprobó.",
     "La biblioteca amplía su horario El ayuntamiento lo aprobó."),
    ("a Russian ad label after a flattened headline goes",
     "Открыли новый мост через реку Реклама В городе открыли мост.",
     "Открыли новый мост через реку В городе открыли мост."),
    # A comment count as a comment link prints it, between two flattened sentences, at
    # the start or at the end: the word and its number in brackets, or the number first.
    ("a German comment count between flattened sentences goes",
     "Die Feuerwehr hob die Warnung auf. Kommentare (41) In zwei Straßen stand Wasser.",
     "Die Feuerwehr hob die Warnung auf. In zwei Straßen stand Wasser."),
    ("a German comment count opening a flattened record goes",
     "Kommentare (17) Stadtrat beschließt neue Busspur", "Stadtrat beschließt neue Busspur"),
    ("an English comment count before a quotation goes",
     "The mayor did not appeal. 86 Comments “We never expected it,” she said.",
     "The mayor did not appeal. “We never expected it,” she said."),
    ("an English comment count opening a flattened record goes",
     "12 comments Ferry timetable approved", "Ferry timetable approved"),
    ("an English comment count in brackets at the end goes",
     "The pass stayed closed. Comments (3)", "The pass stayed closed."),
    ("a French comment count between flattened sentences goes",
     "Le pont rouvre lundi. 7 commentaires Le maire l'a annoncé.",
     "Le pont rouvre lundi. Le maire l'a annoncé."),
    ("a Spanish comment count between flattened sentences goes",
     "El puente abre el lunes. Comentarios (5) El alcalde lo dijo.",
     "El puente abre el lunes. El alcalde lo dijo."),
    ("an Italian comment count between flattened sentences goes",
     "Il ponte riapre lunedì. Commenti (9) Il sindaco lo ha detto.",
     "Il ponte riapre lunedì. Il sindaco lo ha detto."),
    ("a Portuguese comment count between flattened sentences goes",
     "A ponte abre na segunda. 4 comentários O presidente confirmou.",
     "A ponte abre na segunda. O presidente confirmou."),
    ("a Dutch comment count between flattened sentences goes",
     "De brug gaat maandag open. Reacties (2) De wethouder bevestigde het.",
     "De brug gaat maandag open. De wethouder bevestigde het."),
    ("a Russian comment count between flattened sentences goes",
     "Совет проголосовал. Комментарии (4) Мост откроется весной.",
     "Совет проголосовал. Мост откроется весной."),
    # A navigation bar glued between flattened sentences, at the start or at the end.
    ("a navigation bar between flattened sentences goes",
     "Nobody was hurt. Home | News | Local | Sport | Weather The council met on Monday.",
     "Nobody was hurt. The council met on Monday."),
    ("a navigation bar after a quotation goes",
     "\"It is good news,\" she said. Home | Politics | Sport The council met.",
     "\"It is good news,\" she said. The council met."),
    ("a navigation bar opening a flattened record goes",
     "Home | Local News | Weather Ferry timetable approved",
     "Ferry timetable approved"),
    ("a navigation bar at the end of a flattened record goes",
     "The pass stays closed. Home / Local / Sport / Weather", "The pass stays closed."),
    ("a navigation bar between bullets mid-text goes",
     "Der Rat tagte am Montag. Startseite • Politik • Wetter Die Brücke wird eröffnet.",
     "Der Rat tagte am Montag. Die Brücke wird eröffnet."),
    ("a navigation bar right after a comment prompt goes with it",
     "Snow closed the pass. Leave a comment Home | News | Sport Crews worked all night.",
     "Snow closed the pass. Crews worked all night."),
    ("a comment count right after a comment prompt goes with it",
     "Snow closed the pass. Leave a comment 14 Comments Crews worked all night.",
     "Snow closed the pass. Crews worked all night."),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in INSIDE],
                         ids=[i for i, _, _ in INSIDE])
def test_units_inside_a_line_go(text: str, expected: str) -> None:
    assert tidy(text) == expected


@pytest.mark.parametrize("text", [t for _, t, _ in INSIDE] + [dressed(u) for _, u in LINES]
                         + ["Share this:Share this:\ud7fc"])
def test_a_second_pass_finds_nothing(text: str) -> None:
    once = tidy(text)
    assert tidy(once) == once


# Article text that uses the words of widgets: it all stays, per language.
KEPT = [
    # English
    ("advertising revenue is news", "Advertisement revenue fell 4% in the third quarter."),
    ("sharing data is news", "The company said it would share the data with regulators."),
    ("a newsletter in the story is news",
     "Subscribers to the newsletter were told of the breach on Friday."),
    ("readers' comments in the story are news",
     "The minister's comments drew criticism from the opposition."),
    ("a sign-up drive in the story is news",
     "Thousands signed up for the scheme in its first week, officials said."),
    ("an ad label word inside a sentence stays",
     "The Advertisement Standards Authority said the campaign was misleading."),
    ("Social Security after a sentence stays",
     "The bill passed. Social Security benefits will rise next year."),
    ("a Social Democrats sentence stays", "Social Democrats won the vote in Berlin."),
    ("a reading time inside a sentence stays",
     "The report is a quick 5 min read for most people, the author said."),
    ("network names in a sentence stay",
     "Facebook, Twitter and Pinterest were fined by the regulator."),
    ("two network names opening a headline stay",
     "WhatsApp Telegram Signal: which messenger keeps your chats safest?"),
    ("a Facebook line in a list stays", "Facebook\n\nThe firm reported higher profits."),
    ("a click-here link that keeps its URL stays",
     "Download the guide. Clique aqui: https://example.org/guia."),
    ("instructions in a deals story stay",
     "Sign up for the bundle using the same email as your streaming account"),
    ("copyright law in a story stays",
     "Copyright law gives authors control, and all rights reserved means little online."),
    ("a Related line stays", "Related: What's Your Appetite for Risk?"),
    ("an author bio stays",
     "Jane Roe is a reporter covering science. Follow her work at the Example Times."),
    ("a poll result list stays", "%165 голосов\n%250 голосов\n%437 голосов\n%155 голосов\n"
                                 "%590 голосов\n%61 голос\n%12 голосов"),
    ("a list of one-word items stays",
     "Apples\nPears\nPlums\nCherries\nGrapes\nLemons\nOranges"),
    # German
    ("a German police report is news", "Die Anzeige gegen den Bürgermeister wurde erstattet."),
    ("a German sentence starting with Anzeige stays",
     "Der Rat tagte. Anzeige erstattete die Polizei erst am Montag."),
    ("German advertising is news", "Die Werbung für Zigaretten wird ab 2024 verboten."),
    # French
    ("French advertising is news", "La publicité en ligne a progressé de 10 % en 2020."),
    ("French sharing is news", "Le gouvernement va partager les données avec Bruxelles."),
    # Spanish
    ("a Spanish sentence about advertising stays",
     "La publicidad institucional del Gobierno costó cinco millones."),
    ("a table header row between pipes stays", "Revenue | Profit | Margin"),
    ("a table row with figures stays", "Home | 2023 | 4.5"),
    ("a dateline with a pipe stays", "Berlin | 12.03.2024"),
    ("prose with pipes stays", "Sales rose | profits fell | the CEO left."),
    ("networks named in prose stay",
     "The clip was shared on Facebook Twitter by thousands of users."),
    ("a French share word continuing a sentence stays",
     "Le pont. Partager sur Facebook Twitter le trajet est devenu courant."),
    ("a French ad word inside a name stays", "The firm hired the Publicité agency in May."),
    ("a German ad word opening a sentence stays",
     "Der Nachbar war wütend. Anzeige erstattete er am Montag."),
    ("a Portuguese ad word opening a sentence stays",
     "O mercado cresceu. Publicidade digital rendeu mais."),
    ("a Dutch ad word inside a sentence stays", "De krant verkocht meer Advertentie ruimte."),
    ("a Dutch share sentence in the third person stays",
     "Zij deel dit artikel niet, zei de redactie."),
    ("German sharing as a noun before a full stop stays",
     "Die Plattform erlaubt das Teilen auf Facebook, Twitter. Die Nutzer mögen es."),
    ("German sharing as a noun before a third network stays",
     "Das Teilen auf Facebook Twitter Instagram ist beliebt."),
    ("a list of networks before another name stays",
     "The fines hit four firms. Facebook, Twitter, Pinterest, Snapchat were fined."),
    # (Not "Anzeige", a [bare] label: no sentence opens with it before a name.)
    ("a repeated ad word before a name stays",
     "Der Rat tagte. Werbung Werbung Kentucky Democrats said."),
    ("a Russian ad word with a lower-case preposition stays",
     "Совет заседал. Реклама в метро подорожает."),
    ("a German ad word ending a flattened headline stays",
     "Polizei erstattet Anzeige Die Ermittlungen laufen."),
    ("an English ad word in a name after a lower-case word stays",
     "He said the Advertisement Council was wrong."),
    ("an English ad word after an article stays",
     "They ran the Advertisement The Times had refused."),
    ("an ad word after a lower-case word before a capitalised word stays",
     "The bakery placed an Advertisement Owner Priya Hale wrote."),
    ("an English comment prompt in prose stays",
     "Readers may leave a comment on the site, the editor said."),
    ("Spanish title-case advertising stays",
     "El consejo votó. Publicidad Institucional del Gobierno gastó más."),
    ("Spanish social networks are news", "La campaña se difundió por las redes sociales."),
    # Italian
    ("Italian advertising is news", "La pubblicità ingannevole è stata sanzionata dall'Antitrust."),
    # Portuguese
    ("Portuguese advertising is news", "A publicidade infantil foi proibida pelo conselho."),
    ("Portuguese comments are news", "Os comentários do ministro geraram polémica."),
    # Dutch
    ("a Dutch sentence about advertising stays",
     "De advertentie werd door de krant geweigerd, zei de uitgever."),
    ("a Dutch click sentence in the third person stays",
     "Wie op de link klikte, kwam op een nepwebsite terecht."),
    # Russian
    ("Russian advertising is news", "Реклама алкоголя в интернете будет запрещена."),
    ("a Russian subscription in the story stays",
     "Подписчики канала узнали о решении первыми."),
    # Comment counts in prose: after a word, or before a lower-case word.
    ("a number of comments in a sentence is news",
     "The 325 comments posted on the site were removed by Friday."),
    ("a sentence that opens with a number of comments is news",
     "Voting closed. 325 comments were posted in the first hour."),
    ("comments counted in brackets in a sentence are news",
     "The ministry received written comments (325) Opposition parties had asked for."),
    ("a German count of comments in a sentence is news",
     "Die Stadt erhielt Kommentare (325) und prüft sie nun."),
    # Separated items in flattened text that are no navigation bar.
    ("a flattened table row stays",
     "Results improved. Revenue | Profit | Margin 2023 | 4.1 | 0.8 The firm grew."),
    ("a flattened table row with a menu word and figures stays",
     "Results: Home | Away | Total 12 | 9 | 21 The team won."),
    ("a flattened byline stays", "Rain fell. By Ann Lee | Reuters The council met."),
    ("menu words between pipes inside a sentence stay",
     "The site shows Home | News | Sport tabs at the top."),
    ("a bar of menu words glued to a sentence's last word stays",
     "The tabs read Home | News | Sport The designers chose them."),
    # Japanese and Chinese
    ("a Japanese sentence about ads stays", "政府は広告規制を強化すると発表した。"),
    ("a Chinese sentence about ads stays", "该公司的广告收入下降了百分之四。"),
]


@pytest.mark.parametrize("text", [t for _, t in KEPT], ids=[i for i, _ in KEPT])
def test_article_text_stays(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize("text", [t for _, t in KEPT], ids=[i for i, _ in KEPT])
def test_article_text_stays_between_paragraphs(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


def test_navigation_debris_goes_whole() -> None:
    menu = "Search\nDirect\nUser\n100\nZoom\nQuiz\n?\nclock\nxml\nlive\nanciens-numeros\ndata"
    assert tidy(menu) == ""
    assert tidy(f"{menu}\n\n{ARTICLE}") == ARTICLE


def test_stacked_share_buttons_go_with_their_heading() -> None:
    stack = "Share this:\n\nFacebook\n\nEmail\n\nTwitter\n\nMore\n\nLike this: Like Loading..."
    assert tidy(f"{ARTICLE}\n\n{stack}\n\nFiled under: Politics |") == ARTICLE


# --- the three shapes, through the default pipeline ---------------------------------


PARAGRAPHS = [
    "Rain Closes Schools Across the Region",
    "Schools across the region closed on Tuesday after two days of heavy rain.",
    "The education office said buildings would reopen once roads were cleared.",
    "Parents were told to check the district website for updates.",
]


def test_paragraphs_shape() -> None:
    dirty = [PARAGRAPHS[0], "Advertisement", *PARAGRAPHS[1:3], "Share this:",
             "Click to share on Twitter (Opens in new window)", PARAGRAPHS[3],
             "Sign up for our newsletter", "Leave a Reply"]
    assert clean("\n\n".join(dirty)) == "\n\n".join(PARAGRAPHS)


def test_flattened_shape() -> None:
    dirty = " ".join([PARAGRAPHS[1], "Advertisement", PARAGRAPHS[2],
                      "Click to share on Twitter (Opens in new window)", PARAGRAPHS[3],
                      "Sign up for our newsletter"])
    assert clean(dirty) == " ".join(PARAGRAPHS[1:])


def test_html_shape() -> None:
    dirty = "".join(f"<p>{p}</p>" for p in [
        PARAGRAPHS[0], "Advertisement", PARAGRAPHS[1], "Follow us on Facebook",
        PARAGRAPHS[2], "<strong>Share this:</strong>", PARAGRAPHS[3],
        "Like this: Like Loading&hellip;"])
    assert clean(dirty) == "\n\n".join(PARAGRAPHS)


# --- explain, replay, configuration -------------------------------------------------


def test_explain_names_the_family() -> None:
    r = explain(dressed("Sign up for our newsletter"))
    assert [e.cleaner for e in r.edits if e.removed.strip()] == ["promo"]
    assert r.by("promo")[0].removed.strip() == "Sign up for our newsletter"


@pytest.mark.parametrize("text", [dressed(u) for _, u in LINES[:20]] + [t for _, t, _ in INSIDE])
def test_edits_replay_to_the_output(text: str) -> None:
    out, edits = promo.explain(text)
    assert out == promo(text)
    assert replay(text, edits) == out
    assert all(e.cleaner == "promo" and e.removed == text[e.start:e.end] for e in edits)


def test_the_cleaner_pickles() -> None:
    again = pickle.loads(pickle.dumps(promo))
    assert again(dressed("Advertisement")) == promo(dressed("Advertisement"))


def test_user_phrases_extend_the_packs(tmp_path: Path) -> None:
    pack = tmp_path / "house.txt"
    pack.write_text("# our site\n[label]\nBugle Extra\n[prompt]\nTry the Bugle crossword\n",
                    encoding="utf-8")
    house = promo_with(["Read the Bugle every morning"], packs=[pack])
    assert house.name == "promo"
    doc = (f"{BEFORE}\n\nBugle Extra\n\nTry the Bugle crossword today!\n\n"
           "Read the Bugle every morning.")
    assert DEFAULT.replace(house)(doc) == BEFORE
    assert clean(doc) == doc.replace("\n\n\n", "\n\n")  # the default knows none of it


def test_a_pack_with_an_unknown_section_is_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown promo pack section \[labels\]"):
        parse_sections("[labels]\nAdvertisement\n")


def test_without_promo_the_lines_stay() -> None:
    doc = dressed("Advertisement")
    assert DEFAULT.without("promo")(doc) == doc


# --- linear time on hostile input ----------------------------------------------------


@pytest.mark.parametrize("unit", [
    "Advertisement ", "Share this: ", "Facebook Twitter ", "Sign up for our newsletter ",
    "Advertisement\n", "Search\n", "a\n", "Click here. ", "© Copyright (c) ", "4 min read ",
    "Like this: Like Loading... ", "(Want this in your inbox? ",
    "Home | ", "Home / ", "Rain. Home | News | Sport The end. ", "Kommentare (3) ",
    "Rain. 12 Comments Sun. ", "Home | News\n",
    "Rain. Share ", "Rain. Share : ", "Rain. Facebook Twitter ", "Follow us on X Officials said ",
    "\"Please share this,\" she said, ", "(Visited 12 times, 1 visits today) ",
    "Click to share on X (Opens in new window) X ",
], ids=repr)
def test_a_megabyte_of_repeated_units_is_linear(unit: str) -> None:
    small = unit * (100_000 // len(unit))
    big = unit * (1_000_000 // len(unit))
    # Ten times the input may take ten times as long, with room for noise; a quadratic
    # pattern would take a hundred times as long.
    assert_linear(promo, small, big, bound=30, slack=0.5, small_runs=3)


# --- real-style cases, as data ------------------------------------------------------


CASES = [json.loads(line) for line in
         (Path(__file__).parent.parent / "cases" / "promo.jsonl").read_text("utf-8").splitlines()
         if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_cases(case: dict[str, str]) -> None:
    assert clean(case["input"]) == case["expected"], case["comment"]


# --- the gate and the anchored scan: fast, and the same output ------------------------

RULES = promo_module._rules(promo_module._Wording())
SECTIONS = promo_packs._packaged_sections()
# Every phrase the scan looks for, as the packs write it.
PHRASES = sorted({p for name in ("label", "inline", "prompt", "lead", "block", "rights", "tail",
                                  "sorter", "video", "app", "download", "here")
                  for p in SECTIONS[name]}
                 | {half for line in SECTIONS["until"] for half in line.split(" => ")})
SOCIAL = sorted(set(SECTIONS["social"]))


def _spellings(phrase: str) -> list[str]:
    """The case spellings the scan accepts, and the spaces and apostrophes it folds."""
    out = {phrase, phrase.lower(), phrase.upper(), phrase.title(), phrase.swapcase()}
    out |= {p.replace(" ", "\u00a0") for p in list(out)}
    out |= {p.replace(" ", "\n ") for p in list(out)}
    out |= {p.replace(" ", "\u3000\t") for p in list(out)}
    out |= {p.replace("'", "’") for p in list(out)}
    return sorted(out)


# Where a phrase can stand: a line of its own, a line start, after a sentence, after a
# separator, after an opener run, inside prose, glued to a word, with a shouted end, at
# the end after a sentence.
CONTEXTS = [
    "{}", "Rain.\n{}\nSun.", "Rain. {} Sun.", "Rain. {}", "Rain, {} sun.", "Rain | {}: sun",
    "Rain —\u00a0«{}» sun.", "the rain {} fell", "rain{}", "{}x", "Rain.”  {}!!",
    "1 {} 2", "Rain        - {}", "Рано. {} Тепло.", "雨。{}晴。", "Rain. {} —\u00a0|\u2028\nSun.",
    "Rain. {}:\r\nSun.",
]


def _texts(phrase: str) -> list[str]:
    return [c.format(s) for s in _spellings(phrase) for c in CONTEXTS[:8]] + \
        [c.format(phrase) for c in CONTEXTS[8:]]


def _same_scan(text: str) -> None:
    """The anchored scan yields exactly what the full scan does, and the gate lets
    through every text in which ``_find`` finds something."""
    low = text.lower()
    data = promo_gating._bytes(RULES, text)
    if data is not None and len(low) == len(text):
        fast = [(m.span(), m.lastgroup) for m in promo_gating._matches(RULES, text, low, data)]
        full = [(m.span(), m.lastgroup) for m in RULES.scan.finditer(low)]
        assert fast == full, text
    if promo_finder._find(RULES, text):
        assert promo_gating._gate(RULES, text), text


@pytest.mark.parametrize("phrase", PHRASES, ids=repr)
def test_every_packaged_phrase_in_every_spelling_passes_the_gate_and_scans_the_same(
        phrase: str) -> None:
    for text in _texts(phrase):
        _same_scan(text)


@pytest.mark.parametrize("name", SOCIAL, ids=repr)
def test_every_run_of_network_names_passes_the_gate_and_scans_the_same(name: str) -> None:
    for other in ("Facebook", "X (Twitter)", "E-Mail", "Вконтакте", name):
        for sep in (" ", " | ", " · ", "\t•  ", ", ", " / "):
            for a, b in ((name, other), (other, name)):
                for spelt in (f"{a}{sep}{b}", f"{a}{sep}{b}".upper(), f"{a}{sep}{b}".lower()):
                    _same_scan(spelt)
                    _same_scan(f"Photo: Jane Roe.\n{spelt}\nThe end.")
                    _same_scan(f"More rain was due {spelt} on Monday.")


@pytest.mark.parametrize("text", [
    "0 Shares", "0 Comments", "12 Kommentare", "3 commentaires", "1 comentário", "4 reacties",
    "7 комментариев",
    "Kommentare (325)", "Comments(12)", "Комментарии (4)", "COMENTÁRIOS (٣)", "reacties\t(2)",
    "٣ Comments", "4 min read", "5 MINUTES READ", "3–4 min read", "10 Min. Lesezeit",
    "Lesezeit: 3 Min.", "Reading time: ~4 minutes", "Temps de lecture : 5 min",
    "Tiempo de lectura: ca. 4 min", "время чтения: 5 мин", "読了時間：約3分", "阅读时间 5 分钟",
    "Copyright 2022 AP. All rights reserved.", "© 2021 Le Journal. Tous droits réservés.",
    "(c) Roe Law LLP. All Rights Reserved", "版权所有", "無断転載を禁じます",
], ids=repr)
def test_counts_badges_and_notices_pass_the_gate_and_scan_the_same(text: str) -> None:
    for context in CONTEXTS:
        _same_scan(context.format(text))


@pytest.mark.parametrize("text", [
    "Home | News | Sport", "Rain. Home | News | Sport The end.", "Rain. Home / News / Sport",
    "Главная | Происшествияпроисшествия | Спорт", "Rain.\nГлавная • Видео • Фото\nSun.",
    "Rain. Главная · Происшествия Области · Спорт Мост открыли.",
], ids=repr)
def test_navigation_bars_pass_the_gate(text: str) -> None:
    # The gate's two separators on a line hold any item between them: 30 characters
    # of four bytes each, with their spaces.
    assert promo_finder._find(RULES, text), text
    _same_scan(text)


@pytest.mark.parametrize("text", [
    "Kelvin: 5 \u212a. Share this:", "İstanbul.\nAdvertisement\nThe end.",
    "A\ud83d\ude00 \udc80 Advertisement \ud7fc Share this:", "\x00\x1c\x85Share\u2028this:",
], ids=repr)
def test_odd_characters_keep_the_scan_exact(text: str) -> None:
    _same_scan(text)
    assert promo(text) == apply_spans(text, promo_finder._find(RULES, text))


@settings(max_examples=300)
# A share word, a [via] word and a name glued to a word before it in capitals: the
# finder takes the run, and the gate let the text through only since round 22's review.
@example(["This story is", "Clique para partilhar no Twitter(Abre numa nova janela)"])
@given(st.lists(st.sampled_from(
    [*PHRASES[::7], *SOCIAL[::3], "0 Comments", "4 min read", "©", "(c)", " ", "  ", "\n",
     "\n\n", ". ", ", ", "the ", "Rain", "x", "\u00a0", "’", "«", "-", "|", "1", "É", "ß",
     "ж", "中"]), max_size=12))
def test_any_mix_of_phrases_and_prose_scans_the_same(parts: list[str]) -> None:
    text = "".join(parts)
    for spelt in (text, text.upper(), text.lower()):
        _same_scan(spelt)


def test_the_forms_of_a_lower_case_character_are_complete() -> None:
    # The anchors rely on this: a character of the text lower-cases to ``ch`` only if
    # it is one of ``_forms(ch)``; only "İ" lengthens; only "K" (Kelvin) reaches ASCII.
    for cp in range(0x110000):
        c = chr(cp)
        low = c.lower()
        if len(low) != 1:
            assert c == "\u0130"
            continue
        assert c in promo_anchors._forms(low), hex(cp)
        if low.isascii() and not c.isascii():
            assert c == "\u212a"


def test_the_word_and_sentence_end_bytes_mean_what_the_gate_says() -> None:
    # "A letter or digit, then an opener" and "a sentence end, then a space" refuse a
    # phrase in the gate: each byte class must hold only such characters (a sentence
    # end's bytes may also be a CJK character's: a word, refused all the same).
    table = RULES.anchors.table
    alnums = [re.compile(c + b"$") for c in promo_anchors._ALNUMS]
    ends = [re.compile(c + b"$") for c in promo_anchors._SENTENCE_ENDS]
    for cp in [*range(0x0, 0xD800), *range(0xE000, 0x10000)]:
        c = chr(cp)
        data = c.encode("utf-8").translate(table)
        if any(p.search(data) for p in alnums):
            assert c.isalnum(), hex(cp)
        if any(p.search(data) for p in ends):  # a sentence end, or a word (CJK)
            assert (c in promo_lines._ENDS and c not in promo_lines._OPENERS) or \
                c.isalnum(), hex(cp)


_PICKLE = """
import pickle, sys
from cleantext.cleaners import promo
sys.stdout.buffer.write(pickle.dumps((promo.promo, promo._rules(promo._Wording()))))
"""


def test_pickles_are_the_same_bytes_whatever_the_hash_seed() -> None:
    # A pickle's bytes are a cache key (Hugging Face datasets fingerprints map steps by
    # them): sets must not pickle in hash order.
    outs = [subprocess.run([sys.executable, "-c", _PICKLE], capture_output=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "123")]
    assert outs[0] == outs[1] == outs[2]
    cleaner, rules = pickle.loads(outs[0])
    assert rules == RULES
    assert cleaner(dressed("Advertisement")) == promo(dressed("Advertisement")) == ARTICLE


# --- glued units go in one call: the cleaner is idempotent ---------------------------

# (id, text, what promo leaves): removing one unit brings the next to its line's start,
# or leaves a line of labels; both go in the same call.
CHAINS = [
    ("a like widget glued to a follow prompt goes whole", "Like Loading...Volg ons via", ""),
    ("a capitalised ad label glued to a tag line goes whole",
     "PUBBLICITA'Argomenti: politica, economia", ""),
    ("an ad break before a gallery button goes with it",
     "Advertisement - Continue Reading Below Launch gallery", ""),
    ("a share label left alone by the prompt after it goes too",
     "分享至. Connect with us on Facebook.", ""),
    ("a share button glued to a prompt goes with it",
     "Click to share on Reddit An Exclusive You Have To See", ""),
    ("glued share headings go in one call, the text after them stays",
     "Share this:Share this:\ud7fc", "\ud7fc"),
    ("a share heading and an ad label glued to a sentence go in one call",
     "A.Share this:Advertisement", "A."),
    ("a chain inside a paragraph goes, the sentences around it stay",
     "Rain fell. Like Loading…Dieser Artikel enthält Affiliate-Links.\nSun.", "Rain fell.\nSun."),
]


@pytest.mark.parametrize(("text", "left"), [(t, e) for _, t, e in CHAINS],
                         ids=[i for i, _, _ in CHAINS])
def test_glued_units_go_in_one_call(text: str, left: str) -> None:
    once = promo(text)
    assert once.strip() == left
    assert promo(once) == once
    assert clean(clean(text)) == clean(text)
    out, edits = promo.explain(text)
    assert out == once and replay(text, edits) == once


# --- a share prompt with the networks it names, on its own line ----------------------

# (id, a line that is a share prompt and network names): it goes, in every language.
SHARE_LINES = [
    ("a German share prompt with three networks goes", "Teilen auf Facebook Twitter WhatsApp"),
    ("a Portuguese share prompt with one network goes", "Compartilhe no WhatsApp"),
    ("a European Portuguese share prompt goes", "Partilhe no Facebook | Twitter"),
    ("an English share prompt with separated networks goes", "Share via WhatsApp | Telegram"),
    ("an English share prompt in capitals goes", "SHARE ON FACEBOOK TWITTER EMAIL"),
    ("a French share prompt goes", "Partager sur Facebook Twitter"),
    ("a French polite share prompt goes", "Partagez sur Facebook"),
    ("a Spanish share prompt goes", "Compartir en WhatsApp Telegram"),
    ("a Spanish imperative share prompt goes", "Comparte en Facebook, Twitter"),
    ("an Italian share prompt goes", "Condividi su Facebook Twitter"),
    ("a Dutch share prompt goes", "Delen via WhatsApp Facebook"),
    ("a Dutch imperative share prompt goes", "Deel op Facebook Twitter"),
    ("a Russian share prompt goes", "Поделиться в Telegram ВКонтакте"),
    ("a polite Russian share prompt goes", "Поделитесь в ВКонтакте"),
]

# (id, a line that uses the same words as article text): it stays.
SHARE_KEPT = [
    ("a German sentence about sharing on Facebook stays",
     "Teilen auf Facebook ist in Deutschland beliebt."),
    ("an English sentence that starts with a share prompt stays",
     "Share on Facebook, the company said, is down a third."),
    ("a Portuguese offer after a share prompt stays",
     "Compartilhe no WhatsApp e ganhe um desconto"),
    ("a headline of two networks joined by a preposition stays", "Facebook on Twitter"),
    ("a via word without a share word before it stays", "More on Twitter"),
    ("a network name before the via word stays", "Twitter auf Facebook"),
    ("a Spanish sentence with the same words stays",
     "Comparte en Facebook sus fotos de la boda, dijo la alcaldesa."),
]


@pytest.mark.parametrize("unit", [u for _, u in SHARE_LINES], ids=[i for i, _ in SHARE_LINES])
def test_a_share_prompt_with_its_networks_goes(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE
    assert clean(f"{unit}\n\n{BEFORE}") == BEFORE


@pytest.mark.parametrize("text", [t for _, t in SHARE_KEPT], ids=[i for i, _ in SHARE_KEPT])
def test_the_same_words_in_article_text_stay(text: str) -> None:
    assert tidy(dressed(text)) == dressed(text)


# --- red-team cases: wording and shapes the development sets do not hold -------------
#
# Each article is written for these tests; the widget wording is what the named tool or
# site prints. Every case goes through the default pipeline and must come out exact.

STORY = {
    "en": ("The city council voted 7-2 on Tuesday to expand the bus network.",
           "Officials said the first new routes would open in March."),
    "es": ("El Gobierno aprobó este martes una reforma de la ley de vivienda.",
           "La medida entrará en vigor el próximo mes de enero."),
    "nl": ("De gemeenteraad heeft dinsdag ingestemd met de bouw van vierhonderd woningen.",
           "De eerste huizen moeten in 2026 worden opgeleverd."),
    "de": ("Der Bundestag hat am Donnerstag das neue Heizungsgesetz beschlossen.",
           "Die Regelung soll ab dem kommenden Jahr gelten."),
    "fr": ("Le gouvernement a présenté mercredi son projet de budget pour 2025.",
           "Les syndicats ont appelé à une journée de grève la semaine prochaine."),
}

# (language, a line that is a widget): it goes between paragraphs, at the head and at
# the tail of a document.
RED_LINES = [
    ("en", "Ad Feedback"),  # CNN
    ("en", "Story continues"),  # Yahoo
    ("en", "Promoted Stories"),  # Outbrain / Taboola
    ("en", "Copy link"),
    ("en", "Share on X"),
    ("en", "Share on Facebook Share on Twitter Share via Email"),
    ("en", "Email this story"),
    ("en", "Print this article"),
    ("en", "Log in to comment"),
    ("en", "Be the first to comment"),
    ("en", "There are no comments yet."),
    ("en", "Disqus"),
    ("en", "Follow us on Twitter @CityNews"),
    ("en", "Enter your email address to subscribe to this blog and receive notifications "
           "of new posts by email."),  # Jetpack's subscription widget
    ("en", "Please donate to keep this site running."),
    ("en", "DONATE"),
    ("en", "If you value our work, please consider making a donation."),
    ("en", "Support us on Patreon"),
    ("es", "Copiar enlace"),  # El País
    ("es", "Compartir en Whatsapp Compartir en Facebook Compartir en Twitter Copiar enlace"),
    ("es", "Ver comentarios"),
    ("es", "Inicia sesión para comentar"),
    ("es", "Apúntate a nuestra newsletter"),  # 20minutos
    ("es", "Únete a nuestro canal de WhatsApp"),
    ("es", "Descarga nuestra app"),
    ("es", "Apóyanos"),
    ("nl", "Deel artikel:"),  # nu.nl
    ("nl", "Kopieer link"),
    ("nl", "Bekijk reacties"),
    ("nl", "Log in om te reageren"),
    ("nl", "Reageren is niet meer mogelijk"),
    ("nl", "Ontvang onze nieuwsbrief"),
    ("nl", "Download de gratis app"),
    ("nl", "Het artikel gaat verder onder de advertentie"),
    ("nl", "Doneer nu"),
    ("de", "Link kopieren"),
    ("de", "Jetzt kommentieren"),
    ("de", "Diskutieren Sie mit"),
    ("de", "Melden Sie sich an, um zu kommentieren"),
    ("de", "Jetzt die App herunterladen"),
    ("de", "Abonnieren Sie unseren kostenlosen Newsletter."),
    ("de", "Artikel wird nach der Anzeige fortgesetzt"),
    ("de", "Jetzt spenden"),
    ("fr", "Copier le lien"),
    ("fr", "Offrir cet article"),  # Le Monde
    ("fr", "La suite après cette publicité"),
    ("fr", "Connectez-vous pour réagir"),
    ("fr", "Vous devez être connecté pour commenter"),
    ("fr", "Téléchargez l'application"),
    ("fr", "Faire un don"),
    ("en", "skip past newsletter promotion"),  # the Guardian
    ("en", "after newsletter promotion"),
    ("en", "Our Standards: The Thomson Reuters Trust Principles."),  # Reuters
    ("en", "Support HuffPost"),
    ("en", "SUPPORT OUR WORK"),
    ("en", "Donate with Crypto"),
    ("en", "No comments yet. Be the first!"),
    ("en", "You must be logged in to post a comment. Login"),
    ("es", "Conforme a los criterios de The Trust Project"),  # El Mundo
    ("en", "Follow us on Twitter: https://twitter.com/citynews"),
    ("en", "Click to share on X (Opens in new window) X"),  # Jetpack, with its name
    ("en", "Click to share on Facebook (Opens in new window) Facebook Click to email a link "
           "to a friend (Opens in new window) Email"),
    ("nl", "Klik om te delen op Facebook (Wordt in een nieuw venster geopend) Facebook"),
    ("en", "Sponsored links by Taboola"),
    ("en", "Recommended for you"),
    ("nl", "Plaats een reactie"),
    ("es", "Escucha este artículo"),
    ("de", "Zu den Kommentaren"),
    ("fr", "Voir les commentaires"),
    # WordPress themes and plugins on fringe and blog-style sites
    ("en", "(Visited 1,234 times, 5 visits today)"),  # Post Views Counter
    ("en", "Please share this article with your friends and family."),
    ("en", "Don't forget to share this article!"),
    ("en", "Like this article? Share it with your friends!"),
    ("en", "Enjoy this article? Please share it."),
    ("en", "Let us know what you think in the comments below."),
    ("en", "Please consider a donation to support our work."),
    ("en", "Post navigation"),
    ("en", "Next Article"),
]


@pytest.mark.parametrize(("lang", "unit"), RED_LINES, ids=[u for _, u in RED_LINES])
def test_unseen_widget_lines_go(lang: str, unit: str) -> None:
    first, second = STORY[lang]
    article = f"{first}\n\n{second}"
    assert clean(f"{first}\n\n{unit}\n\n{second}") == article
    assert clean(f"{unit}\n\n{article}") == article
    assert clean(f"{article}\n\n{unit}") == article


# (language, a prompt with no full stop, glued before the next sentence of flattened
# text): the prompt goes, the sentence after it stays.
RED_RUN_ON = [
    ("en", "CLICK HERE TO GET THE FOX NEWS APP"),  # Fox News
    ("en", "Support us on Patreon"),
    ("en", "Follow us on Instagram and TikTok for more stories"),
    ("en", "Leave a Comment"),
    ("en", "Leave a Reply Cancel reply"),  # WordPress comment form
    ("es", "Síguenos en X"),
    ("es", "Inicia sesión para comentar"),
    ("es", "Únete a nuestro canal de WhatsApp"),
    ("nl", "Ontvang onze nieuwsbrief"),
    ("nl", "Volg ons op Instagram en TikTok"),
    ("nl", "Log in om te reageren"),
    ("de", "Folgen Sie uns auf X"),
    ("de", "Melden Sie sich jetzt für den Newsletter an"),
    ("fr", "Suivez-nous sur X"),
    ("fr", "Téléchargez notre application"),
    ("en", "(Visited 12 times, 1 visits today)"),
    ("en", "Join our mailing list"),
    ("es", "Sigue toda la información de Internacional en Facebook y X"),  # El País
]


@pytest.mark.parametrize(("lang", "unit"), RED_RUN_ON, ids=[u for _, u in RED_RUN_ON])
def test_a_prompt_glued_before_a_sentence_leaves_the_sentence(lang: str, unit: str) -> None:
    first, second = STORY[lang]
    assert clean(f"{first} {unit} {second}") == f"{first} {second}"
    assert clean(f"{unit} {second}") == second


@pytest.mark.parametrize(("lang", "first_unit", "second_unit"), [
    ("en", "Sign up for our newsletter", "Sign up for our newsletter"),
    ("en", "Follow us on Twitter", "Follow us on Twitter"),
    ("en", "Sign up for our newsletter", "Follow us on Twitter"),
    ("nl", "Volg ons op Instagram en TikTok", "Ontvang onze nieuwsbrief"),
    ("de", "Folgen Sie uns auf X", "Melden Sie sich jetzt für den Newsletter an"),
    ("fr", "Suivez-nous sur X", "Téléchargez notre application"),
])
def test_two_prompts_run_into_a_sentence_leave_the_sentence(
        lang: str, first_unit: str, second_unit: str) -> None:
    """The second prompt speaks to the reader, as the first does: the article starts
    again after both, not at the second (found by hypothesis: the sentence went)."""
    first, second = STORY[lang]
    assert clean(f"{first_unit} {second_unit} {first} {second}") == f"{first} {second}"


# Article text that quotes, reports or compounds widget words: it stays byte for byte,
# alone, as a paragraph after another and glued after a sentence.
RED_KEPT = [
    "\"Please share this video with everyone you know,\" she said.",
    "\"Please donate whatever you can,\" the charity's director said.",
    "“Sign up for our newsletter” banners now cover half the screen, the study found.",
    "\"Click here\" buttons were removed from the site in 2020.",
    "Download the app and you will see the problem, the engineer said.",
    "If you value our work, she wrote in her final column, tell your friends.",
    "Share on Facebook, the company said, is down a third.",
    "Share prices fell 3% on Tuesday after the company cut its forecast.",
    "He shared the post on Facebook and later deleted it.",
    "Follow-up talks are planned for June, the ministry said.",
    "Comments by the minister on Tuesday angered farmers.",
    "Sponsored by the state, the programme trains 500 nurses a year.",
    "Síguenos en esta aventura, pidió el alcalde a los vecinos.",
    "Los comentarios del ministro provocaron críticas.",
    "Volg ons advies, zei de minister tegen de Kamer.",
    "Advertentie-inkomsten daalden met 4 procent.",
    "Teilen Sie diese Ansicht, Herr Minister?",
    "Folgen Sie mir, sagte der Polizist zu den Reportern.",
    "Suivez-nous, a lancé le maire aux manifestants.",
    "Les commentaires du ministre ont suscité des critiques.",
    "Click here, click there: the new interface confused many users, the survey found.",
    "Please share your experiences with us, the police said in a statement.",
    "Volg ons op de voet, zei de coach tegen zijn spelers.",
    "Suscríbete, pidió la cantante a sus seguidores.",
    "Partager les richesses, a-t-il dit, est une priorité.",
]


@pytest.mark.parametrize("text", RED_KEPT, ids=repr)
def test_quoted_reported_and_compound_words_stay(text: str) -> None:
    before = "The report was published on Monday."
    for doc in (text, f"{before}\n\n{text}", f"{before} {text}", f"{text}\n\n{before}"):
        assert clean(doc) == doc


# (language, button words glued after the last sentence of flattened text): they go
# at the end of the text and at the end of a paragraph.
RED_TAILS = [
    ("en", "Sponsored"), ("en", "SHARE"), ("en", "Comments"), ("en", "Print"),
    ("en", "Donate"), ("en", "Share Print"), ("en", "Copy link"), ("en", "Ad Feedback"),
    ("en", "Promoted Stories"), ("en", "Read comments"), ("en", "Email this story"),
    ("en", "Download our app"), ("en", "Subscribe to our YouTube channel"),
    ("en", "Share on Facebook"), ("en", "Share this article"), ("en", "Sponsored Content"),
    ("en", "View Comments"), ("en", "Join the conversation"),
    ("es", "Compartir"), ("es", "Comentarios"), ("es", "Patrocinado"), ("es", "Anuncio"),
    ("es", "Copiar enlace"), ("es", "Ver comentarios"), ("es", "Compartir en Facebook"),
    ("nl", "Delen"), ("nl", "Reacties"), ("nl", "Gesponsord"), ("nl", "Deel artikel:"),
    ("nl", "Kopieer link"), ("nl", "Delen op Facebook"), ("nl", "Doneer nu"),
    ("de", "Teilen"), ("de", "Kommentare"), ("de", "Gesponsert"), ("de", "Link kopieren"),
    ("de", "Jetzt kommentieren"), ("de", "Auf Facebook teilen"),
    ("de", "Weiter nach der Anzeige"),
    ("fr", "Partager"), ("fr", "Commentaires"), ("fr", "Réagir"), ("fr", "Copier le lien"),
    ("fr", "Partager sur Facebook"), ("fr", "Offrir cet article"), ("fr", "Passer la publicité"),
    ("en", "Share Tweet Email Print Comments"), ("en", "Promoted Stories Sponsored Content"),
    ("en", "You must be logged in to post a comment. Login"),
    ("en", "skip past newsletter promotion"),
    ("en", "Click to share on Facebook (Opens in new window) Facebook Click to share on X "
           "(Opens in new window) X"),
    ("en", "0 Shares Facebook Twitter"),  # a WordPress share counter and its buttons
]


@pytest.mark.parametrize(("lang", "unit"), RED_TAILS, ids=[u for _, u in RED_TAILS])
def test_buttons_glued_after_the_last_sentence_go(lang: str, unit: str) -> None:
    first, second = STORY[lang]
    assert clean(f"{first} {second} {unit}") == f"{first} {second}"
    assert clean(f"{first}\n\n{second} {unit}") == f"{first}\n\n{second}"


# The same button words where they are the article's: before more of its sentence, as
# an answer to a question, as a sentence with its own full stop, after a colon.
RED_TAILS_KEPT = [
    "The vote passed. Comments Trump made on Tuesday drew fire.",
    "What can readers do? Donate.",
    "The mayor asked residents to help. Donate.",
    "The sign had one word on it: Share",
    "The vote passed. Story continues to develop in the capital.",
    "The vote passed. Read comments from residents below the chart.",
    "Wat moeten lezers doen? Delen.",
    "Was tun? Teilen",
    "The vote passed. Share prices rose.",
    "He sold his stake. 300 shares Trump owned were sold.",
    "The vote passed. Sponsored Content Inc. was fined $2m by the regulator.",
]


@pytest.mark.parametrize("text", RED_TAILS_KEPT, ids=repr)
def test_button_words_in_article_sentences_stay(text: str) -> None:
    assert clean(text) == text
    assert clean(f"The report was published on Monday.\n\n{text}") == \
        f"The report was published on Monday.\n\n{text}"


def test_a_jetpack_button_takes_its_name_but_not_a_sentence_subject() -> None:
    said = "Facebook said on Monday it would change the button."
    assert clean(f"Click to share on Facebook (Opens in new window) {said}") == said
    assert clean(f"Rain fell. Click to share on Facebook (Opens in new window) Facebook "
                 f"{said}") == f"Rain fell. {said}"


def test_a_share_count_does_not_hide_a_share_heading_after_a_year() -> None:
    dates = "Amsterdam Light Festival 29 November 2018 | 20 January 2019"
    assert clean(f"{dates} Share this:") == dates


@pytest.mark.parametrize(("prompt", "sentence"), [
    ("Click here to sign up for our newsletter", "President Biden signed it on Friday."),
    ("Sign up for our Morning Report newsletter", "Mayor Eric Adams said he was pleased."),
    ("Ontvang onze nieuwsbrief", "Wethouder Jansen zei dat de bouw in mei begint."),
    ("Support us on Patreon", "Officials said the routes would open in March."),
], ids=repr)
def test_a_run_on_prompt_leaves_the_name_that_opens_the_next_sentence(
        prompt: str, sentence: str) -> None:
    assert clean(f"The bill passed. {prompt} {sentence}") == f"The bill passed. {sentence}"


# The Guardian's newsletter box, as trafilatura leaves it: two markers and the sign-up
# lines between them (wording paraphrased here, the markers are the site's).
GUARDIAN_BOX = "\n".join([
    "skip past newsletter promotion", "Sign up to Morning Mail", "Free daily newsletter",
    "Our morning email picks the stories you need to know about today",
    "Privacy Notice: Newsletters may contain info about charities, online ads, and "
    "content funded by outside parties.",
    "after newsletter promotion"])


def test_a_widget_between_two_markers_goes_whole() -> None:
    first, second = STORY["en"]
    assert clean(f"{first}\n\n{GUARDIAN_BOX}\n\n{second}") == f"{first}\n\n{second}"
    assert clean(f"{first}\n{GUARDIAN_BOX}\n{second}") == f"{first}\n{second}"
    flat = " ".join(f"{first} {GUARDIAN_BOX} {second}".split())
    assert clean(flat) == f"{first} {second}"
    assert clean(f"{GUARDIAN_BOX}\n\n{first}") == first


def test_a_marker_without_its_pair_goes_alone() -> None:
    first, second = STORY["en"]
    assert clean(f"{first} skip past newsletter promotion {second}") == f"{first} {second}"
    far = f"skip past newsletter promotion\n\n{first}\n\n" + f"{second}\n\n" * 40
    assert clean(f"{far}after newsletter promotion") == "\n\n".join([first] + [second] * 40)


def test_an_until_line_needs_both_markers(tmp_path: Path) -> None:
    pack = tmp_path / "promo.xx.txt"
    pack.write_text("[until]\nBEGIN BOX =>\n", encoding="utf-8")
    with pytest.raises(ValueError, match="opening => closing"):
        promo_with(packs=[pack])("Rain.")
    pack.write_text("[until]\nBEGIN BOX => END BOX\n", encoding="utf-8")
    assert promo_with(packs=[pack])("Rain.\nBEGIN BOX\nBuy now\nEND BOX\nSun.") == "Rain.\nSun."


# Second red-team round: wording the first packs missed, and article text a prompt's
# line took with it. Each case is (dirty, clean); the article sentences are invented.
RED2_ARTICLE = "The council approved the new budget on Tuesday. It takes effect in March."
RED2_REMOVED = [
    # WordPress's comment form, field by field (the default theme's wording).
    (f"{RED2_ARTICLE}\n\nLeave a Reply Cancel reply\n\nYour email address will not be published."
     " Required fields are marked *\n\nComment *\n\nName *\n\nEmail *\n\nWebsite\n\n"
     "Save my name, email, and website in this browser for the next time I comment.",
     RED2_ARTICLE),
    (f"{RED2_ARTICLE}\n\nNow trending", RED2_ARTICLE),
    (f"{RED2_ARTICLE}\n\nShare or comment on this article:", RED2_ARTICLE),  # the Daily Mail
    (f"{RED2_ARTICLE}\n\nEnter your email address\n\nSubscribe", RED2_ARTICLE),
    # Share bars that print Twitter's new name.
    (f"{RED2_ARTICLE}\n\nShare this:\nTwitter\nX\nFacebook", RED2_ARTICLE),
    (f"{RED2_ARTICLE} Facebook X WhatsApp", RED2_ARTICLE),
    (f"{RED2_ARTICLE}\n\nWe are 100% reader-funded. If you like our work, chip in. Every "
     "dollar counts.\n\nThe mayor will present the plan in April.",
     f"{RED2_ARTICLE}\n\nThe mayor will present the plan in April."),
    # Spanish: Jetpack's headings, Post Views Counter, a flattened e-mail button.
    ("El pleno aprobó el presupuesto el martes.\n\nComparte esto:\nFacebook\nX\nWhatsApp"
     "\n\nRelacionado", "El pleno aprobó el presupuesto el martes."),
    ("El pleno aprobó el presupuesto el martes.\n\n(Visitado 1.204 veces, 3 visitas hoy)",
     "El pleno aprobó el presupuesto el martes."),
    ("El pleno aprobó el presupuesto el martes. Entra en vigor en marzo. Enviar por email",
     "El pleno aprobó el presupuesto el martes. Entra en vigor en marzo."),
    # Dutch: share bar, view counter, donation ask, nu.nl's WhatsApp channel.
    ("De raad stemde dinsdag in met de begroting.\n\nDelen:\nFacebook\nX\nWhatsApp",
     "De raad stemde dinsdag in met de begroting."),
    ("De raad stemde dinsdag in met de begroting.\n\n(Bezocht 1.204 keer, 3 bezoeken "
     "vandaag)", "De raad stemde dinsdag in met de begroting."),
    ("De raad stemde dinsdag in met de begroting.\n\nSteun onafhankelijke journalistiek! "
     "Doneer via iDEAL of PayPal.", "De raad stemde dinsdag in met de begroting."),
    ("De raad stemde dinsdag in met de begroting. Volg NU.nl op WhatsApp voor het laatste "
     "nieuws De nieuwe regels gaan in maart in.",
     "De raad stemde dinsdag in met de begroting. De nieuwe regels gaan in maart in."),
    ("De raad stemde dinsdag in met de begroting.\n\nVolg NU.nl op WhatsApp voor het "
     "laatste nieuws", "De raad stemde dinsdag in met de begroting."),
    # German: a share plea on its own line.
    ("Der Rat stimmte am Dienstag zu.\n\nTeilen Sie diesen Artikel mit Ihren Freunden!",
     "Der Rat stimmte am Dienstag zu."),
    # German: a newsletter box with its button, an audio player's label.
    ("Der Rat stimmte am Dienstag zu.\n\nJetzt den kostenlosen Hamburg-Newsletter "
     "bestellen!\n\nAnmelden", "Der Rat stimmte am Dienstag zu."),
    ("Artikel anhören\n\nDer Rat stimmte am Dienstag zu.", "Der Rat stimmte am Dienstag zu."),
]
# A prompt's sentence goes, the article sentence glued after it on the same line stays.
RED2_CUT = [
    ("Subscribe to read. The minister resigned on Monday after weeks of pressure.",
     "The minister resigned on Monday after weeks of pressure."),
    ("The page loaded slowly.\nSubscribe to read. The minister resigned on Monday after "
     "weeks of pressure.",
     "The page loaded slowly.\nThe minister resigned on Monday after weeks of pressure."),
    ("Please enable JavaScript to view the comments. The court rejected the appeal on "
     "Friday.", "The court rejected the appeal on Friday."),
]
RED2_KEPT = [
    "Subscribe to the idea that your data is yours, the activist urged.",
    "Click here to read more was the only text on the page, the researchers found.",
    "Click here to read more was the only text on the page, the researchers found. The "
    "study was published in May.",
    "Elon Musk's X said on Monday it would appeal. The company declined to comment.",
    "The firm renamed Twitter as X last year.",
    "Users fled Facebook X and TikTok alike, the survey found.",
    "Name the street after her, the petition asks. Over 2,000 people signed it.",
    "Website traffic fell 20% in May, the company said.",
    "Share or comment on this article was the only button that worked, testers said.",
    "Teilen Sie diesen Artikel nicht, warnte die Polizei am Montag.",
    "Steun onafhankelijke journalistiek, riep de minister op het congres.",
    "We are 100% reader-funded, the editor said, and we intend to stay that way.",
    "Relacionado con el caso, el juez citó a tres testigos el lunes.",
    "Now trending on social media, the video shows a bear in a pool.",
    "Jetzt den kostenlosen Nahverkehr zu streichen, wäre ein Fehler, sagte sie.",
    "Der Rat stimmte zu. Anmelden müssen sich die Eltern bis Mai.",
]


@pytest.mark.parametrize(("dirty", "expected"), RED2_REMOVED + RED2_CUT)
def test_red2_widgets_go(dirty: str, expected: str) -> None:
    assert clean(dirty) == expected


@pytest.mark.parametrize("text", RED2_KEPT)
def test_red2_article_text_stays(text: str) -> None:
    assert clean(text) == text
    assert promo(text) == text


def test_a_cut_teaser_after_a_prompt_goes_with_its_line() -> None:
    # A tag page (Infobae's wording shape): the blurb, then a linked headline cut short.
    line = ("Lee las últimas noticias sobre el tag Lluvias hoy: información actualizada. "
            "El temporal deja tres carreteras cortadas en el norte del país, ...")
    assert promo(line) == ""


# A prompt that is the subject of its sentence is talked about, not shown: it stays
# (the verb after it is in lower case and opens no clause of the prompt's own).
RED2_MENTIONED = [
    "Click here to subscribe was the message readers saw when the site went down.",
    "Click here buttons are a relic of the early web.",
    "Subscribe to the idea that your data is yours.",
    "Sign up for our newsletter was the most clicked link on the site last year.",
    "Steun onafhankelijke journalistiek is het motto van het nieuwe fonds.",
    "The site went dark. Sign up for our newsletter was all that loaded.",
]
RED2_STILL_PROMPTS = [
    # The verb belongs to the prompt's own clause, or to a Title Case teaser.
    (f"{RED2_ARTICLE}\n\nClick here to see what is new this week", RED2_ARTICLE),
    (f"{RED2_ARTICLE}\n\nSign up for our newsletter if you are a reader", RED2_ARTICLE),
]


@pytest.mark.parametrize("text", RED2_MENTIONED)
def test_a_prompt_talked_about_stays(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize(("dirty", "expected"), RED2_STILL_PROMPTS)
def test_a_prompt_with_its_own_clause_goes(dirty: str, expected: str) -> None:
    assert clean(dirty) == expected


# Newsletter pitches that name the site's own newsletter: no fixed phrase holds them.
PITCHES = [
    ("a sign-up line naming the site's newsletter goes",
     "Sign up for the Harbor Ledger Morning Report newsletter."),
    ("an inbox pitch addressed to the reader goes",
     "The Weekend Digest, delivered to your inbox every Saturday."),
    ("a two-sentence pitch opening with a sign-up verb goes",
     "Subscribe to Metro Minute. Our newsletter: five stories every weekday."),
    ("a German pitch with a polite pronoun goes",
     "Der Kiel-Newsletter bringt Ihnen jeden Morgen die wichtigsten Nachrichten. "
     "Melden Sie sich kostenlos an."),
    ("a French pitch goes",
     "Recevez chaque soir l'essentiel de l'info locale dans votre boîte mail."),
    ("a Spanish pitch goes", "Recibe cada mañana el boletín de Diario del Sur."),
    ("an Italian pitch goes", "Iscriviti alla newsletter di Cronaca Padovana."),
    ("a Portuguese pitch goes", "Receba a newsletter do Jornal da Serra toda sexta-feira."),
    ("a Dutch pitch goes", "Ontvang elke middag het belangrijkste Utrechtse nieuws in je mailbox."),
]

PITCHES_KEPT = [
    ("a headline that speaks to the reader stays", "Why your inbox is full of newsletters"),
    ("a reported line stays",
     "Readers who sign up for the newsletter get a tote bag, the editor said."),
    ("a quoted line stays", "\"Sign up for the newsletter,\" the mayor told the crowd."),
    ("a third-person line stays", "Subscribers to the newsletter rose by 40% last year."),
    ("a long paragraph holding a pitch's words stays",
     "The council will send its own newsletter to every home from March. Officials said "
     "the monthly bulletin would list road works, bin collections and meetings, and that "
     "residents could sign up to get it by email instead of on paper. The first issue is "
     "due before the spring elections, and the printing costs about 4,000 euros."),
    ("a three-sentence line stays",
     "Sign up closed on Friday. The newsletter had 2,000 readers. It folds in May."),
    ("a German sentence with Sie as its subject stays",
     "Sie gründete den Newsletter 2019 in Kiel."),
]


def test_a_letter_to_readers_about_the_newsletter_stays() -> None:
    # An editor writes every paragraph to the reader: the one about the newsletter
    # is the letter's, not a pitch.
    letter = (
        "Waarom we je om je e-mailadres vragen\n\n"
        "Je hebt het misschien gezien. Onder onze artikelen staat nu een vakje. "
        "We leggen graag uit waarom we dat doen.\n\n"
        "Met onze nieuwsbrief hebben we contact met jou zonder een platform ertussen. "
        "Elke avond sturen we je de belangrijkste berichten uit de stad.\n\n"
        "We verkopen je adres niet. Je kunt je altijd afmelden. "
        "Wil je niets ontvangen, dan is dat ook goed.")
    assert promo(letter) == letter
    pitch = "Elke avond sturen we je de belangrijkste berichten in je mailbox."
    assert tidy(dressed(pitch)) == ARTICLE


@pytest.mark.parametrize("unit", [u for _, u in PITCHES], ids=[i for i, _ in PITCHES])
def test_newsletter_pitches_go(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE
    assert tidy(f"{ARTICLE}\n\n{unit}") == ARTICLE


@pytest.mark.parametrize("text", [t for _, t in PITCHES_KEPT], ids=[i for i, _ in PITCHES_KEPT])
def test_lines_about_newsletters_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


def test_a_users_channel_word_makes_pitches_of_its_lines(tmp_path: Path) -> None:
    pack = tmp_path / "promo.xx.txt"
    pack.write_text("[channel]\nBriefbox\n[signup]\nHol dir\n", encoding="utf-8")
    mine = Pipeline((promo_with(packs=[pack]),)).then(DEFAULT.only("whitespace").cleaners[0])
    doc = dressed("Hol dir die Stadtpost in deine Briefbox.")
    assert mine(doc) == ARTICLE
    assert tidy(doc) == doc


# Page furniture, comment widgets and app or channel prompts, in each language: a line
# of nothing else, or a line that opens with the prompt.
FURNITURE = [
    ("en", "Skip to main content"),
    ("en", "Post Comment"),
    ("en", "Sort by: Newest"),
    ("en", "Corrections and clarifications"),
    ("en", "Report an error"),
    ("en", "Sign in to join the conversation"),
    ("en", "Republish this story for free under a Creative Commons licence."),
    ("en", "Keep up with the latest news from the county by following us."),
    ("en", "Stay informed"),
    ("de", "Zum Inhalt springen"),
    ("de", "Fehler melden"),
    ("de", "Laden Sie die App der Kieler Post herunter."),
    ("fr", "Aller au contenu principal"),
    ("fr", "Réagir à cet article"),
    ("fr", "Réagir à cet article (12 commentaires)"),
    ("fr", "Disponible sur l'App Store et Google Play"),
    ("fr", "Téléchargez l'application de L'Écho des Monts."),
    ("fr", "Cliquez pour partager sur LinkedIn (ouvre dans une nouvelle fenêtre)"),
    ("es", "Saltar al contenido"),
    ("es", "Para comentar debes iniciar sesión."),
    ("es", "Descarga la app de Diario del Valle y recibe las alertas."),
    ("it", "Vai al contenuto"),
    ("it", "Commenta la notizia"),
    ("it", "Fai clic qui per condividere su Telegram (Si apre in una nuova finestra)"),
    ("it", "Guarda la gallery con le immagini della sfilata"),
    ("pt", "Pular para o conteúdo"),
    ("pt", "Deixe seu comentário. Os comentários são de responsabilidade exclusiva dos "
           "autores e não representam a opinião do site."),
    ("pt", "Siga o canal da Gazeta da Serra no WhatsApp."),
    ("pt", "Descarregue a app do Jornal do Minho"),
    ("nl", "Naar de inhoud springen"),
    ("nl", "Beluister dit artikel"),
    ("nl", "Klik om te delen op WhatsApp (Wordt in een nieuw venster geopend)"),
]

FURNITURE_KEPT = [
    "The restaurant's menu changes every season, the owner said.",
    "Readers can post comments under every story after signing in.",
    "Corrections were issued by the paper on Tuesday.",
    "The app is available on the App Store, the company said.",
    "Keep up with the demand, the factory hired 40 workers.",
    "Republished stories made up a third of the site, the study found.",
    "Die App wurde im Sommer 2000 Mal heruntergeladen.",
    "Les commentaires sont modérés par la rédaction, a précisé le directeur.",
    "Los usuarios pueden comentar las noticias desde el lunes.",
    "La gallery d'arte di via Roma riapre sabato.",
    "Os comentários do ministro provocaram reação no Congresso.",
    "De app van de gemeente is vorig jaar 20.000 keer gedownload.",
]


@pytest.mark.parametrize(("lang", "unit"), FURNITURE, ids=[u for _, u in FURNITURE])
def test_page_furniture_and_comment_widgets_go(lang: str, unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE
    assert tidy(f"{ARTICLE}\n\n{unit}") == ARTICLE


@pytest.mark.parametrize("text", FURNITURE_KEPT, ids=repr)
def test_article_sentences_about_menus_comments_and_apps_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


# Navigation debris: breadcrumb trails that open with the home page's name, menu words
# beside a removed header line, share buttons one a line after their heading, an audio
# player's length under its label; topic lists under their heading at the end.
NAVIGATION = [
    ("an English breadcrumb goes", "Home > Sport > Cricket"),
    ("a German breadcrumb goes", "Startseite › Lokales › Landkreis Kelheim"),
    ("a French breadcrumb goes", "Accueil > Régions > Haute-Loire"),
    ("a Spanish breadcrumb goes", "Inicio » Deportes » Fútbol"),
    ("a Portuguese breadcrumb goes", "Início > Cidades > Vale do Itajaí"),
    ("a Dutch breadcrumb goes", "Voorpagina > Binnenland"),
    # The gate reads lower-cased ASCII: a home word outside ASCII in capitals must pass.
    ("a breadcrumb in capitals goes", "INÍCIO > ESPORTES > FUTEBOL"),
    ("a two-word home name goes", "Página inicial › Economia"),
    ("a trail from the news section goes", "News > Local > Schools & Colleges"),
    ("a German trail from the news section goes", "Nachrichten › Wirtschaft › Handel"),
    ("a Dutch trail from the news section goes", "Nieuws > Regio > Oost-Gelderland"),
    ("an Italian trail from the news section goes", "Notizie > Cronaca > Lombardia"),
    ("a Spanish trail with slashes goes", "Inicio / Deportes / Ciclismo de montaña"),
    ("a French trail with slashes goes", "Accueil / Société / Éducation"),
    ("a Portuguese trail with slashes goes", "Notícias / Política / Eleições municipais"),
    ("a skip link and menu words go", "Skip to content\nMenu\nSearch"),
    ("French menu words beside a skip link go", "Aller au contenu\nMenu\nRechercher\nSe connecter"),
    ("share buttons one a line after their heading go",
     "Deel dit artikel\nvia WhatsApp\nvia Facebook\nvia e-mail"),
    ("an audio player's length goes with its label", "Beluister dit artikel\n04:21"),
    ("a German audio length in minutes goes", "Artikel hören\n4:21 min"),
]

NAVIGATION_KEPT = [
    ("a line that opens with another word than home stays", "Costs > revenue > profit"),
    ("a trail whose items are a sentence stays", "Home > where the heart is. Or so they say"),
    ("one menu word beside an ad stays", "Advertisement\n\nVideo\n\nThe clip shows the rescue."),
    ("menu words beside other words stay", "Advertisement\n\nSearch\nRescue\nTeams"),
    ("a time under no removed line stays", "Kick-off\n20:45"),
    ("a table's home/away line stays", "Home / Away record: 5-2"),
    ("a home/away pair stays", "Home / Away"),
    ("a slashed line with a number stays", "Home / Garden / 2024"),
    ("a news line that is a sentence stays", "News > The mayor resigned on Monday."),
]


@pytest.mark.parametrize(("name", "unit"), NAVIGATION, ids=[n for n, _ in NAVIGATION])
def test_navigation_debris_goes(name: str, unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


@pytest.mark.parametrize(("name", "text"), NAVIGATION_KEPT, ids=[n for n, _ in NAVIGATION_KEPT])
def test_lines_that_look_like_navigation_stay(name: str, text: str) -> None:
    kept = text.replace("Advertisement\n\n", "")
    assert tidy(dressed(text)) == dressed(kept)


TOPIC_LISTS = [
    "Related Topics\nFlooding\nSomerset",
    "Tags\n\nHousing\n\nKellerton City Council",
    "Archivado en:\nIncendios\nComunidad de Madrid\nMedio ambiente",
    "Schlagworte:\nBahn\nPendler",
    "Mots-clés\nÉducation\nRuralité",
    "Argomenti\nCalcio\nSerie D",
    "Tópicos\nSaúde\nVacinação",
    "Onderwerpen\nZorg\nGemeente Utrecht",
]


@pytest.mark.parametrize("unit", TOPIC_LISTS, ids=repr)
def test_a_topic_list_at_the_end_goes_with_its_heading(unit: str) -> None:
    assert tidy(f"{ARTICLE}\n\n{unit}") == ARTICLE


@pytest.mark.parametrize("text", [
    # The heading stays a label; the lines after it are the article's.
    "Topics\nHousing\nThe council will vote again in May on the remaining sites.",
    "Themen\nBerlin\nDie Stadt will im Mai erneut abstimmen.",
    "Tags\nSee the full list of candidates below, the clerk said.",
], ids=repr)
def test_lines_under_a_topic_heading_that_lead_on_to_text_stay(text: str) -> None:
    _, _, rest = text.partition("\n")
    assert tidy(f"{ARTICLE}\n\n{text}") == f"{ARTICLE}\n\n{rest}"


# A prompt that names the site or its channel after itself: the name is the prompt's
# object, even when it opens with an article ("Le", "Het") or is a German noun, as long
# as the words after it still speak to the reader or carry the prompt on.
PROMPTS_WITH_NAMES = [
    "Téléchargez l'application Le Petit Cantalou pour suivre l'actualité de votre ville.",
    "Folgen Sie uns auf Facebook, um keine Meldungen aus dem Landkreis zu verpassen.",
    "Inscrivez-vous à notre newsletter Rhône Soir et recevez chaque jour nos articles.",
    "Jetzt den Newsletter „Kiel kompakt“ abonnieren und jeden Morgen Ihre Nachrichten "
    "erhalten.",
]


@pytest.mark.parametrize("unit", PROMPTS_WITH_NAMES, ids=repr)
def test_a_prompt_that_names_the_site_goes_whole(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


@pytest.mark.parametrize(("unit", "kept"), [
    ("Inscrivez-vous à notre newsletter Le conseil municipal a voté le budget lundi.",
     "Le conseil municipal a voté le budget lundi."),
    ("Sign up for our newsletter Council members approved the budget on Monday.",
     "Council members approved the budget on Monday."),
], ids=repr)
def test_an_article_sentence_after_a_prompt_label_stays(unit: str, kept: str) -> None:
    assert tidy(dressed(unit)) == dressed(kept)


@pytest.mark.parametrize("text", [
    "Der Newsletter „Pfalz am Morgen“ hat 20.000 Leser, sagte der Verlag.",
    "„Melden Sie sich für den Newsletter an“, rief der Bürgermeister den Gästen zu.",
], ids=repr)
def test_lines_that_quote_or_report_a_newsletter_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


def test_a_newsletter_box_goes_with_its_heading_and_button() -> None:
    box = ("De Stadskrant Nieuwsbrief\n"
           "Ontvang elke vrijdag het nieuws uit de wijk in je mailbox.\nAanmelden")
    assert tidy(dressed(box)) == ARTICLE
    # A heading with a channel word above an article paragraph stays.
    doc = dressed("The Evening Newsletter\n\nIt reached 9,000 readers in its first week.")
    assert promo(doc) == doc


@pytest.mark.parametrize("button", ["S'inscrire", "Je m'inscris", "Quiero recibirlo", "Iscriviti",
                                    "Quero receber", "Sign me up", "Aanmelden"])
def test_a_newsletter_boxs_button_goes(button: str) -> None:
    assert tidy(dressed(button)) == ARTICLE
    # The verb inside an article sentence stays.
    doc = dressed(f"{button} was the button most readers pressed, the survey found.")
    assert promo(doc) == doc


# A newsletter pitch speaks to the reader; French "du" (of the) is not German "du" (you).
@pytest.mark.parametrize("text", [
    "La newsletter du syndicat compte 15 000 abonnés.",
    "La lettre d'information du club paraît chaque vendredi depuis 2015.",
    "Le succès de la newsletter du quotidien régional surprend les éditeurs.",
], ids=repr)
def test_french_lines_about_a_newsletter_with_du_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


@pytest.mark.parametrize("unit", [
    "Unser Newsletter bringt dir jeden Morgen alles, was du wissen musst.",
    "Recevez la newsletter du Courrier chaque matin dans votre boîte mail.",
], ids=repr)
def test_pitches_with_du_still_go(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


# A prompt followed by a comma and a verb of saying is someone's words, in every
# language the packs cover.
@pytest.mark.parametrize("text", [
    "Seguici, ha chiesto il sindaco ai cittadini durante il comizio.",
    "Síguenos, animó el presidente a los aficionados en el estadio.",
    "Siga-nos, pediu o prefeito aos moradores do bairro.",
    "Suivez-nous, a expliqué le guide aux randonneurs avant le départ.",
    "Folgen Sie uns, bat der Polizist die Schaulustigen.",
    "Iscriviti alla newsletter, ha esortato il presidente dell'associazione.",
], ids=repr)
def test_prompts_reported_with_more_verbs_of_saying_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


# A red team's table: widget wording as sites, CMSs and widget vendors print it, across
# seven languages, written without looking at any evaluation file; and article sentences
# that use the same words. Units go as a line of their own, at the head and at the tail;
# glued ones go from flattened text.
RED_TEAM = [
    ("en", "Sponsored Content"),
    ("en", "- Advertisement -"),
    ("en", "Scroll to continue with content"),
    ("en", "Share on Facebook"),
    ("en", "Share via Email"),
    ("en", "Copy link"),
    ("en", "Copy Link"),
    ("en", "Print this article"),
    ("en", "Follow us on Instagram"),
    ("en", "Download our free app"),
    ("en", "Get the app"),
    ("en", "Join our WhatsApp channel"),
    ("en", "Follow our WhatsApp channel for the latest news."),
    ("en", "Subscribe to our YouTube channel"),
    ("en", "Support independent journalism. Donate today."),
    ("en", "Become a member"),
    ("en", "Sign up for breaking news alerts"),
    ("en", "Get our free newsletter"),
    ("en", "Enter your email address"),
    ("en", "Join the conversation"),
    ("en", "View comments"),
    ("en", "Show comments"),
    ("en", "Comments are closed."),
    ("en", "Be the first to comment"),
    ("en", "Listen to this article"),
    ("en", "Listen to this article 5 min"),
    ("en", "Reading time: 4 minutes"),
    ("en", "3 minute read"),
    ("en", "Topics: Politics, Economy"),
    ("en", "Tags: elections, parliament"),
    ("en", "Skip to main content"),
    ("en", "Most Read"),
    ("en", "Trending Now"),
    ("en", "Recommended for you"),
    ("en", "Don't miss out on the latest news"),
    ("en", "Like us on Facebook"),
    ("en", "Follow us on X"),
    ("en", "Tweet"),
    ("en", "Email this story"),
    ("en", "Share this article"),
    ("en", "Share this story"),
    ("en", "Have your say"),
    ("en", "Got a story? Email us at tips@example.com"),
    ("en", "Click here to subscribe"),
    ("en", "Turn on notifications"),
    ("de", "Werbung"),
    ("de", "WERBUNG"),
    ("de", "Anzeige"),
    ("de", "Artikel teilen"),
    ("de", "Auf Facebook teilen"),
    ("de", "Per E-Mail teilen"),
    ("de", "Link kopieren"),
    ("de", "Drucken"),
    ("de", "Folgen Sie uns auf Instagram"),
    ("de", "Folgen Sie uns auf Facebook"),
    ("de", "Jetzt Newsletter abonnieren"),
    ("de", "Hier kostenlos für den Newsletter anmelden"),
    ("de", "Unseren WhatsApp-Kanal abonnieren"),
    ("de", "Laden Sie unsere App herunter"),
    ("de", "Jetzt die App herunterladen"),
    ("de", "Kommentare anzeigen"),
    ("de", "Kommentieren"),
    ("de", "Artikel anhören"),
    ("de", "Lesedauer: 4 Minuten"),
    ("de", "Zum Seitenanfang"),
    ("de", "Meistgelesen"),
    ("de", "Themen: Politik, Wirtschaft"),
    ("de", "Unterstützen Sie unabhängigen Journalismus"),
    ("de", "Jetzt spenden"),
    ("de", "Zum Inhalt springen"),
    ("de", "Diesen Artikel teilen"),
    ("fr", "Publicité"),
    ("fr", "PUBLICITÉ"),
    ("fr", "Partager sur Facebook"),
    ("fr", "Partager cet article"),
    ("fr", "Copier le lien"),
    ("fr", "Imprimer"),
    ("fr", "Suivez-nous sur Instagram"),
    ("fr", "Abonnez-vous à notre newsletter"),
    ("fr", "Inscrivez-vous à notre newsletter"),
    ("fr", "Rejoignez notre chaîne WhatsApp"),
    ("fr", "Téléchargez notre application"),
    ("fr", "Voir les commentaires"),
    ("fr", "Réagir"),
    ("fr", "Écouter cet article"),
    ("fr", "Temps de lecture : 3 min"),
    ("fr", "Les plus lus"),
    ("fr", "Soutenez le journalisme indépendant"),
    ("fr", "Faire un don"),
    ("fr", "Aller au contenu principal"),
    ("es", "Publicidad"),
    ("es", "PUBLICIDAD"),
    ("es", "Compartir en Facebook"),
    ("es", "Compartir en WhatsApp"),
    ("es", "Copiar enlace"),
    ("es", "Imprimir"),
    ("es", "Síguenos en Instagram"),
    ("es", "Suscríbete a nuestro boletín"),
    ("es", "Suscríbete a nuestra newsletter"),
    ("es", "Únete a nuestro canal de WhatsApp"),
    ("es", "Descarga nuestra app"),
    ("es", "Ver comentarios"),
    ("es", "Comentar"),
    ("es", "Escuchar artículo"),
    ("es", "Tiempo de lectura: 3 min"),
    ("es", "Lo más leído"),
    ("es", "Volver arriba"),
    ("es", "Apoya el periodismo independiente"),
    ("es", "Ir al contenido"),
    ("it", "Pubblicità"),
    ("it", "PUBBLICITÀ"),
    ("it", "Condividi su Facebook"),
    ("it", "Condividi su WhatsApp"),
    ("it", "Copia link"),
    ("it", "Stampa"),
    ("it", "Seguici su Instagram"),
    ("it", "Iscriviti alla nostra newsletter"),
    ("it", "Unisciti al nostro canale WhatsApp"),
    ("it", "Scarica la nostra app"),
    ("it", "Leggi i commenti"),
    ("it", "Commenta"),
    ("it", "Ascolta l'articolo"),
    ("it", "Tempo di lettura: 3 minuti"),
    ("it", "I più letti"),
    ("it", "Torna su"),
    ("it", "Sostieni il giornalismo indipendente"),
    ("it", "Vai al contenuto"),
    ("pt", "Publicidade"),
    ("pt", "PUBLICIDADE"),
    ("pt", "Compartilhar no Facebook"),
    ("pt", "Partilhar no Facebook"),
    ("pt", "Copiar link"),
    ("pt", "Siga-nos no Instagram"),
    ("pt", "Assine nossa newsletter"),
    ("pt", "Inscreva-se na nossa newsletter"),
    ("pt", "Entre no nosso canal do WhatsApp"),
    ("pt", "Baixe nosso aplicativo"),
    ("pt", "Ver comentários"),
    ("pt", "Ouvir notícia"),
    ("pt", "Tempo de leitura: 3 min"),
    ("pt", "Mais lidas"),
    ("pt", "Voltar ao topo"),
    ("pt", "Apoie o jornalismo independente"),
    ("pt", "Ir para o conteúdo"),
    ("nl", "Advertentie"),
    ("nl", "ADVERTENTIE"),
    ("nl", "Deel op Facebook"),
    ("nl", "Delen via WhatsApp"),
    ("nl", "Kopieer link"),
    ("nl", "Printen"),
    ("nl", "Volg ons op Instagram"),
    ("nl", "Meld je aan voor onze nieuwsbrief"),
    ("nl", "Abonneer je op onze nieuwsbrief"),
    ("nl", "Volg ons WhatsApp-kanaal"),
    ("nl", "Download onze app"),
    ("nl", "Bekijk reacties"),
    ("nl", "Reageer"),
    ("nl", "Luister naar dit artikel"),
    ("nl", "Leestijd: 3 minuten"),
    ("nl", "Meest gelezen"),
    ("nl", "Terug naar boven"),
    ("nl", "Steun onafhankelijke journalistiek"),
    ("nl", "Ga naar de inhoud"),
    ("en", "Sponsored"),
    ("en", "Paid Partnership"),
    ("en", "Story continues below"),
    ("en", "Share this on WhatsApp"),
    ("en", "Share on LinkedIn"),
    ("en", "Share on X"),
    ("en", "Follow us on TikTok"),
    ("en", "Follow us on Threads"),
    ("en", "Get the latest news delivered to your inbox."),
    ("en", "Subscribe to our daily newsletter"),
    ("en", "Stay up to date with our newsletter"),
    ("en", "Download our app for the latest news"),
    ("en", "Donate now"),
    ("en", "Make a donation"),
    ("en", "Support our work"),
    ("en", "Log in to comment"),
    ("en", "Post a comment"),
    ("en", "12 comments"),
    ("en", "Listen to this story"),
    ("en", "Watch video"),
    ("en", "Play video"),
    ("en", "5 min read"),
    ("de", "Teilen"),
    ("de", "Auf WhatsApp teilen"),
    ("de", "Auf X teilen"),
    ("de", "Folge uns auf Instagram"),
    ("de", "Folgen Sie uns auch auf TikTok"),
    ("de", "Newsletter abonnieren"),
    ("de", "Melden Sie sich für unseren Newsletter an"),
    ("de", "Jetzt unseren kostenlosen Newsletter abonnieren"),
    ("de", "Kommentar verfassen"),
    ("de", "Video abspielen"),
    ("de", "Lesezeit 5 Min."),
    ("fr", "Contenu sponsorisé"),
    ("fr", "Partager sur X"),
    ("fr", "Partager sur WhatsApp"),
    ("fr", "Suivez-nous sur Facebook"),
    ("fr", "Recevez notre newsletter"),
    ("fr", "Inscrivez-vous gratuitement à notre newsletter"),
    ("fr", "Laisser un commentaire"),
    ("fr", "Lire la vidéo"),
    ("fr", "Temps de lecture : 5 min"),
    ("es", "Contenido patrocinado"),
    ("es", "Compartir en X"),
    ("es", "Síguenos en Facebook"),
    ("es", "Recibe nuestra newsletter"),
    ("es", "Suscríbete gratis a nuestro boletín"),
    ("es", "Deja un comentario"),
    ("es", "Reproducir vídeo"),
    ("es", "Haz una donación"),
    ("es", "5 minutos de lectura"),
    ("it", "Contenuto sponsorizzato"),
    ("it", "Condividi su X"),
    ("it", "Seguici su Facebook"),
    ("it", "Ricevi la nostra newsletter"),
    ("it", "Lascia un commento"),
    ("it", "Guarda il video"),
    ("it", "Tempo di lettura 4 minuti"),
    ("it", "Scarica l'app"),
    ("pt", "Conteúdo patrocinado"),
    ("pt", "Compartilhe no WhatsApp"),
    ("pt", "Siga-nos no Facebook"),
    ("pt", "Receba nossa newsletter"),
    ("pt", "Deixe seu comentário"),
    ("pt", "Assista ao vídeo"),
    ("pt", "Faça uma doação"),
    ("pt", "Tempo de leitura: 4 min"),
    ("nl", "Gesponsord"),
    ("nl", "Deel dit artikel"),
    ("nl", "Volg ons op Facebook"),
    ("nl", "Schrijf je in voor onze nieuwsbrief"),
    ("nl", "Ontvang onze nieuwsbrief"),
    ("nl", "Plaats een reactie"),
    ("nl", "Bekijk video"),
    ("nl", "Doneer nu"),
    ("nl", "Leestijd 3 minuten"),
]
RED_TEAM_KEPT = [
    "Advertising revenue at the group fell by 12 percent last year.",
    "The company said it would share the data with regulators next month.",
    "She asked readers to share their experiences with the council.",
    "Sponsored content has become a major source of income for small publishers.",
    "The app was downloaded more than two million times in its first week.",
    "Users can download the app from both stores, the company said.",
    "He told reporters that comments made on social media were being reviewed.",
    "Comments by the minister drew criticism from the opposition.",
    "The newsletter, launched in 2019, now reaches 40,000 subscribers.",
    "Subscribers to the service will pay more from January.",
    "Follow-up inspections found no further problems.",
    "The police asked anyone with information to get in touch.",
    "Reading time for pupils has fallen, the study found.",
    "The band's latest single topped the charts in March.",
    "Tags on the shipment showed it had left Rotterdam in June.",
    "Topics discussed at the summit included energy and migration.",
    "Most read books of the year were crime novels, the survey said.",
    "The charity urged people to donate blood over the holidays.",
    "Donations to the campaign reached a record in the second quarter.",
    "Trending topics on the platform are chosen by an algorithm, the firm said.",
    "\"Follow us,\" the guide shouted as the group entered the cave.",
    "The WhatsApp channel, which the ministry launched last year, has 300,000 followers.",
    "Members of the club voted to become a cooperative.",
    "Back to top form, the striker scored twice on Saturday.",
    "Listen to the recordings, the lawyer told the jury, and decide for yourselves.",
    "Print circulation dropped below 100,000 for the first time.",
    "Click fraud costs advertisers billions, the report estimated.",
    "The printer was fined for breaching copyright.",
    "Join the conversation, the minister wrote in a post that was later deleted.",
    "He said the paper would keep its comments section open.",
    "Die Werbung für das neue Produkt wurde vom Gericht untersagt.",
    "Die Polizei hat Anzeige gegen den Fahrer erstattet.",
    "Der Verein will seine Daten mit den Behörden teilen.",
    "Die App wurde seit dem Start mehr als eine Million Mal heruntergeladen.",
    "Kommentare des Ministers sorgten für Empörung in der Opposition.",
    "Der Newsletter des Verbandes erreicht inzwischen 20.000 Leser.",
    "Die Lesedauer der Schüler ist laut Studie gesunken.",
    "Mehr zum Thema Energie soll auf dem Gipfel im Mai besprochen werden.",
    "Die Stiftung bittet die Bürger, Blut zu spenden.",
    "Drucken ließ der Verlag nur noch 5.000 Exemplare.",
    "Folgen Sie mir, sagte der Bergführer zu der Gruppe.",
    "Der WhatsApp-Kanal der Stadt hat bereits 12.000 Abonnenten.",
    "Themen des Abends waren Miete und Verkehr.",
    "Werbung im Fernsehen ist für Kinder unter zwölf Jahren oft schwer zu erkennen.",
    "Meistgelesen war im vergangenen Jahr ein Krimi aus Schweden.",
    "La publicité en ligne représente désormais la moitié des recettes du groupe.",
    "Le ministre a refusé de partager ces informations avec la presse.",
    "L'application a été téléchargée plus d'un million de fois.",
    "Les commentaires du président ont suscité la colère des syndicats.",
    "La newsletter du syndicat compte 15 000 abonnés.",
    "Le temps de lecture des élèves a baissé, selon l'étude.",
    "Les plus lus de l'année sont des romans policiers.",
    "L'association appelle à faire un don de sang avant l'été.",
    "« Suivez-nous », a lancé le guide aux touristes.",
    "Imprimer un livre coûte aujourd'hui deux fois plus cher qu'en 2019.",
    "Réagir vite est essentiel en cas d'incendie, rappellent les pompiers.",
    "Sur le même sujet, le Sénat doit se prononcer en juin.",
    "Le retour en haut du classement a surpris les supporters.",
    "La chaîne WhatsApp du gouvernement a été lancée en mars.",
    "Publicité mensongère : l'entreprise a été condamnée à une amende.",
    "La publicidad institucional creció un 20 % el año pasado.",
    "El alcalde se negó a compartir los datos con la oposición.",
    "La aplicación se descargó más de un millón de veces.",
    "Los comentarios del ministro provocaron una ola de críticas.",
    "El boletín del sindicato llega a 30.000 afiliados.",
    "Lo más leído del año fueron las novelas policiacas, según la encuesta.",
    "Imprimir el libro costó más de lo previsto.",
    "«Síguenos», gritó el guía a los turistas.",
    "El canal de WhatsApp del ayuntamiento tiene 8.000 seguidores.",
    "Comentar la sentencia no corresponde al Gobierno, dijo la portavoz.",
    "Volver arriba en la tabla es el objetivo del club.",
    "Noticias relacionadas con el caso se difundieron en redes.",
    "La fundación pidió a los ciudadanos donar sangre.",
    "La pubblicità online ha superato quella televisiva nel 2023.",
    "Il sindaco ha rifiutato di condividere i dati con l'opposizione.",
    "L'app è stata scaricata più di un milione di volte.",
    "I commenti del ministro hanno provocato polemiche.",
    "La newsletter del sindacato raggiunge 10.000 iscritti.",
    "Stampa e televisione hanno dato ampio spazio alla notizia.",
    "«Seguiteci», ha detto la guida ai turisti.",
    "Leggi anche tu il rapporto, ha detto il ministro ai giornalisti.",
    "Il canale WhatsApp del comune conta 5.000 iscritti.",
    "Commenta così la sentenza il presidente della regione.",
    "I più letti dell'anno sono stati romanzi gialli.",
    "Torna su Rai 1 la trasmissione più vista dell'estate.",
    "A publicidade digital cresceu 15% no ano passado.",
    "O ministro recusou-se a partilhar os dados com a oposição.",
    "O aplicativo foi baixado mais de um milhão de vezes.",
    "Os comentários do presidente geraram críticas.",
    "A newsletter do sindicato chega a 20 mil associados.",
    "Imprimir os boletins custou mais do que o previsto.",
    "O canal do WhatsApp da prefeitura tem 9 mil seguidores.",
    "Mais lidas do ano foram as notícias sobre a eleição.",
    "Comentar decisões judiciais não cabe ao governo, disse a porta-voz.",
    "A fundação pede à população para doar sangue.",
    "Voltar ao topo da tabela é a meta do clube.",
    "De advertentie-inkomsten van de krant daalden met tien procent.",
    "De advertentie voor het huis stond maar twee dagen online.",
    "De burgemeester wilde de gegevens niet delen met de raad.",
    "De app is meer dan een miljoen keer gedownload.",
    "De reacties van de minister leidden tot ophef.",
    "De nieuwsbrief van de bond bereikt 25.000 leden.",
    "Volg ons advies, zei de minister tegen de boeren.",
    "Het WhatsApp-kanaal van de gemeente heeft 4.000 volgers.",
    "Reageer niet op dit soort berichten, waarschuwt de politie.",
    "Meest gelezen boek van het jaar werd een thriller.",
    "Printen op school wordt duurder, meldt de gemeente.",
    "Terug naar boven klom de ploeg pas in de laatste minuut.",
    "Jetzt unterstützen auch die Grünen den Antrag der Regierung.",
    "Nach oben korrigiert hat die Bank ihre Prognose für das Wachstum.",
    "Meistgelesen wurde im Mai ein Bericht über die Mietpreise.",
    "Faites un don de sang, a lancé le maire aux habitants.",
    "Soutenez-nous, a lancé le candidat devant ses partisans.",
    "Les plus lus des romans de l'été sont des polars.",
    "Hazte socio del club, animó el presidente a los aficionados.",
    "Lo más leído de la semana fue la entrevista al ministro.",
    "Torna su anche la tassa sui rifiuti, annuncia il sindaco.",
    "I più letti del mese sono stati gli articoli sul clima.",
    "Sostienici, ha chiesto il sindaco ai cittadini durante il comizio.",
    "Mais lidas do mês foram as reportagens sobre a seca.",
    "Apoie o jornalismo independente, pediu o sindicato em nota.",
    "Meest gelezen werd het artikel over de woningmarkt.",
    "Steun onze journalistiek, vroeg de hoofdredacteur in een brief aan de lezers.",
    "Got a story? That was the question the editor asked every morning, colleagues recalled.",
    "Most read among teenagers were fantasy novels, the survey found.",
    "Become a member of the club for a year costs 40 euros, the treasurer said.",
    "Download our app, the bank urged customers in a letter sent on Monday.",
    "Unterstützen Sie unsere Arbeit, schrieb der Verein an seine Mitglieder.",
    "Volver arriba del podio es el objetivo del ciclista.",
    "Have your say, the council told residents, on the new parking rules.",
    "Paid partnerships with brands made up half of her income last year.",
    "Share this on social media, the police urged, to help find the missing girl.",
    "Faça uma doação, pediu o padre aos fiéis no domingo.",
    "Estimated reading time for the full report is about two hours, the author said.",
    "Guarda il video il magistrato che indaga sul caso.",
    "Jetzt unseren Newsletter abonnieren zu wollen, sagten nur fünf Prozent der Befragten.",
]
RED_TEAM_GLUED = [
    ("The vote was close. Share this article The mayor said she would appeal.",
     "Share this article"),
    ("Die Abstimmung war knapp. Folgen Sie uns auf Instagram Der Bürgermeister legte Berufung ein.",
     "Folgen Sie uns auf Instagram"),
    ("Le vote a été serré. Publicité Le maire a fait appel.",
     "Publicité"),
    ("La votación fue ajustada. Publicidad El alcalde apelará.",
     "Publicidad"),
    ("Il voto è stato serrato. Pubblicità Il sindaco ha fatto ricorso.",
     "Pubblicità"),
    ("A votação foi apertada. Publicidade O prefeito vai recorrer.",
     "Publicidade"),
    ("De stemming was krap. Advertentie De burgemeester gaat in beroep.",
     "Advertentie"),
    ("Prices rose again in March. Share on Facebook Share on X The central bank is"
     " expected to act.",
     "Share on Facebook Share on X"),
    ("Die Preise stiegen im März erneut. Werbung Die Notenbank dürfte reagieren.",
     "Werbung"),
    ("Los precios subieron en marzo. Síguenos en Instagram La banca central actuará.",
     "Síguenos en Instagram"),
    ("I prezzi sono saliti a marzo. Seguici su Instagram La banca centrale dovrebbe intervenire.",
     "Seguici su Instagram"),
    ("Os preços subiram em março. Siga-nos no Instagram O banco central deve agir.",
     "Siga-nos no Instagram"),
    ("De prijzen stegen in maart. Volg ons op Instagram De centrale bank grijpt naar"
     " verwachting in.",
     "Volg ons op Instagram"),
    ("Les prix ont encore augmenté en mars. Suivez-nous sur Instagram La banque centrale"
     " devrait agir.",
     "Suivez-nous sur Instagram"),
]


@pytest.mark.parametrize(("lang", "unit"), RED_TEAM, ids=[u for _, u in RED_TEAM])
def test_red_team_units_go(lang: str, unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE
    assert tidy(f"{unit}\n\n{ARTICLE}") == ARTICLE
    assert tidy(f"{ARTICLE}\n\n{unit}") == ARTICLE


def test_red_team_units_stacked_go() -> None:
    for lang in ("en", "de", "fr", "es", "it", "pt", "nl"):
        units = [u for la, u in RED_TEAM if la == lang]
        for i in range(0, len(units) - 2, 3):
            assert tidy(dressed("\n".join(units[i:i + 3]))) == ARTICLE, units[i:i + 3]


@pytest.mark.parametrize("text", RED_TEAM_KEPT, ids=repr)
def test_red_team_article_sentences_stay(text: str) -> None:
    for doc in (text, dressed(text), f"{BEFORE} {text} {AFTER}"):
        assert promo(doc) == doc


@pytest.mark.parametrize(("text", "unit"), RED_TEAM_GLUED, ids=[u for _, u in RED_TEAM_GLUED])
def test_red_team_units_glued_in_flattened_text_go(text: str, unit: str) -> None:
    assert tidy(text) == " ".join(text.replace(unit, "").split())


# An ask with no site to it ("Hazte socio", "Faites un don") may head an article's own
# line; it goes only as a line of nothing else. Advice reported after a comma stays.
@pytest.mark.parametrize("text", [
    "Hazte socio del club: así puedes conseguir el carné este año",
    "Faites un don : comment les associations recrutent de nouveaux donateurs",
    "Soutenez le journalisme indépendant : l'appel de 200 personnalités",
    "Sostienici: la richiesta del sindaco ai cittadini dopo l'alluvione",
    "Unterstützen Sie unabhängigen Journalismus – das fordert der Verband von den Lesern",
    "Faça uma doação: como as ONGs captam novos doadores",
    "Descarga la app oficial del ayuntamiento si quieres recibir avisos, recomienda la Policía.",
    "Download de app van de gemeente om afvalmeldingen te krijgen, adviseert de wethouder.",
    "Laden Sie die App herunter, empfiehlt die Verbraucherzentrale den Kunden.",
    "Scarica l'app della regione per le allerte, consiglia la protezione civile.",
], ids=repr)
def test_asks_that_head_an_article_line_or_are_reported_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


@pytest.mark.parametrize("unit", [
    "Hazte socio", "Faites un don", "Sostienici", "Faça uma doação",
    "Hier kostenlos für den Newsletter anmelden!", "Apoya el periodismo independiente",
], ids=repr)
def test_asks_alone_on_their_line_go(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


# Comment-widget logins and sorters, app buttons, ad-blocker walls, "this article is
# free" boxes, named-newsletter sign-ups and local-journalism asks, as their own lines.
WIDGET_LINES = [
    "Sort by Newest | Oldest | Most liked",
    "Log in to post a comment",
    "Share this article with your friends and followers",
    "Open in app",
    "I've disabled my ad blocker | Continue without supporting us",
    "What do you think? Leave a comment below.",
    "This story is free to read for everyone thanks to our members.",
    "Audio version generated automatically. Feedback welcome",
    "Support local journalism – donate to the Courier this week.",
    "Support local journalism",
    "In der App öffnen",
    "Ich habe den Adblocker deaktiviert",
    "Sie müssen eingeloggt sein, um einen Kommentar abzugeben. Jetzt kostenlos registrieren.",
    "Dieser Artikel ist kostenlos. Unterstützen Sie uns mit einem Abo.",
    "Openen in app",
    "Log in om te reageren op dit artikel.",
    "Dit artikel is gratis te lezen. Steun ons met een abonnement.",
    "Meld je aan voor onze Avondbrief",
    "Steun lokale journalistiek en word lid voor 4 euro per maand.",
    "Ouvrir dans l'application",
    "Vous devez être connecté pour commenter cet article.",
    "Cet article vous est offert par la rédaction.",
    "Abrir en la app",
    "Inicia sesión o regístrate para seguir leyendo.",
    "Debes iniciar sesión para comentar esta noticia.",
    "Apri nell'app",
    "Accedi o registrati per commentare.",
    "Questo articolo è gratuito per tutti i lettori.",
    "Abrir no aplicativo",
    "Faça login para comentar.",
    "Este conteúdo é gratuito para todos os leitores.",
]


@pytest.mark.parametrize("unit", WIDGET_LINES, ids=repr)
def test_comment_app_adblock_and_free_article_lines_go(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


# The same words in an article's lines: a headline with the ask and its news, a guide's
# advice to readers, a reported or mid-sentence use.
@pytest.mark.parametrize("text", [
    "Support local journalism: the appeal of 200 publishers to the ministry",
    "Sostieni il giornalismo locale: la proposta della regione per le testate",
    "Apoie o jornalismo local: o apelo de 150 jornalistas ao governo",
    "Sie müssen angemeldet sein, um die Förderung online zu beantragen, erklärt das Amt.",
    "Nutzer müssen angemeldet sein, um einen Kommentar zu schreiben, sagte die Sprecherin.",
    "De krant meldde dat dit artikel is gratis verspreid onder alle inwoners.",
    "Wie zich aanmeldt voor de nieuwsbrief van de gemeente, krijgt het afvalschema.",
    "Para votar, el usuario inicia sesión o se registra en la web del ayuntamiento.",
    "\"He desactivado mi bloqueador de anuncios y la web sigue fallando\", dijo.",
    "The new version lets readers open in app any story shared with them, Ms Lee said.",
    "Readers who log in to post a comment must use their real name, the editor said.",
], ids=repr)
def test_article_lines_with_comment_app_and_ask_words_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


# A follow prompt that names the site rather than "us": its verb opens the line and a
# network name follows a [via] word in its first sentence.
@pytest.mark.parametrize("unit", [
    "Follow the Harbour Courier on Facebook and X.",
    "Folgen Sie dem Lokalanzeiger auf Instagram und Facebook.",
    "Volg RegioNieuws Zwolle ook op Instagram en mis niets uit je wijk.",
    "Suivez La Voix du Bocage sur Facebook",
    "Sigue a Diario del Valle en Instagram y X",
    "Seguite La Gazzetta di Lecco su Instagram!",
    "Siga o Jornal do Vale no Facebook, Instagram e X",
    "Acompanhe a Rádio Serra no Instagram",
], ids=repr)
def test_follow_prompts_that_name_the_site_go(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE
    assert tidy(unit) == ""


@pytest.mark.parametrize("text", [
    "Follow the money: Facebook's ad spending rose 4% in March.",
    "\"Follow us on Instagram,\" the mayor told the crowd.",
    "Follow the rules on Facebook, the minister said.",
    "Follow the rules. On Facebook, nobody does, the minister said.",
    "Fans follow the club on Instagram in record numbers.",
    "Volg de regels op Facebook, zei de minister.",
    "Segue o jogo no estádio municipal, com entrada gratuita.",
    "Follow the story on More than one channel, the editor said.",
    "Follow the Harbour Courier on Facebook and X: the paper doubled its audience in a "
    "year after its editor started posting every council vote, every planning decision "
    "and every court case there, long before the print edition came out.",
], ids=repr)
def test_lines_that_open_with_follow_words_but_are_articles_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


# A podcast pitch line over a player. (Not a pitch that names only the reader's mailbox,
# "… gratis en tu correo.": Spanish service pieces speak to the reader about their mail.)
@pytest.mark.parametrize("unit", [
    "Podcast: Listen to The Harbour Hour on Spotify, Apple Podcasts or wherever you listen",
    "Podcast: Luister naar De Stadspodcast op Spotify",
    "Podcast: Hören Sie den Morgenpodcast überall, wo es Podcasts gibt",
    "Podcast : écoutez L'Heure locale sur Deezer",
    "Podcast: escucha La Tertulia en Spotify",
    "Podcast: ascolta Il Caffè del mattino su Spotify",
    "Podcast: ouça O Café da Manhã no Spotify",
], ids=repr)
def test_podcast_pitch_lines_go(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


@pytest.mark.parametrize("text", [
    "Los estafadores envían mensajes a tu correo haciéndose pasar por el banco.",
    "Los vecinos recibirán la factura en su correo electrónico, explicó el concejal.",
    "El podcast: escucharlo en el coche se ha vuelto costumbre para muchos conductores.",
    "The podcast's host said listeners could find it wherever they get their podcasts.",
], ids=repr)
def test_sentences_about_mail_and_podcasts_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


# A media player's time display, not started, on a line of its own.
@pytest.mark.parametrize("unit", ["00:00 / 05:41", "0:00 / 1:02:13", "0:00:00 / 1:02:13",
                                  "Listen to this article\n00:00 / 04:12"], ids=repr)
def test_a_players_time_line_goes(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


@pytest.mark.parametrize("text", ["10:00 / 12:00", "Kick-off 20:45 / 21:00",
                                  "00:00 / 05:41 was the time on the screen, she said."],
                         ids=repr)
def test_other_times_with_a_slash_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


# --- pictographs, glued sentence starts, tag lists, app pitches, footers --------------

# A widget's pictograph before its label ("🔊", "▶", "🎧") opens the line as a bullet does.
@pytest.mark.parametrize("unit", [
    "🔊 Listen to this article · 4 min",
    "▶ Listen to this story",
    "🎧 Listen to this episode of The Harbour Hour | 00:00 / 31:02",
    "📧 Sign up for our newsletter",
], ids=repr)
def test_a_pictograph_before_a_widget_opens_its_line(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


# Flattened text that joined paragraphs with no space ("… on Friday.Sign up …"): a prompt
# right after the stop opens a sentence, and the text around it is spaced again.
@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry sailed on Friday.Sign up for our daily newsletter The harbour reopens soon.",
     "The ferry sailed on Friday. The harbour reopens soon."),
    ("Die Fähre fuhr am Freitag.Folgen Sie uns auf Instagram",
     "Die Fähre fuhr am Freitag."),
    ("Il traghetto è partito venerdì.Iscriviti alla newsletter",
     "Il traghetto è partito venerdì."),
    ("El ferri zarpó el viernes.Síguenos en Instagram @ferrisdelsur",
     "El ferri zarpó el viernes."),
    ("The walls held after 40 years.Follow us on Facebook for updates Copyright 2023 The "
     "Harbour Post. All rights reserved.", "The walls held after 40 years."),
    ("Es wurde kalt.Artikel teilen: Facebook WhatsApp E-Mail Die Feuerwehr kam am Abend.",
     "Es wurde kalt. Die Feuerwehr kam am Abend."),
], ids=repr)
def test_a_prompt_glued_after_a_stop_goes(text: str, expected: str) -> None:
    assert promo(text) == expected
    assert promo(promo(text)) == promo(text)
    out, edits = promo.explain(text)
    assert out == expected and replay(text, edits) == expected


@pytest.mark.parametrize("text", [
    "Officials met in Washington, D.C.Follow-up talks are planned for May.",
    "The mayor spoke on Friday.Follow us on Facebook, she urged residents, said the aide.",
    "Shares rose 4.5%.Subscribers were told on Monday that prices would go up.",
    "Visit example.com.Sign-ups closed on Friday, the club said.",
], ids=repr)
def test_glued_sentences_that_are_not_prompts_stay(text: str) -> None:
    assert promo(text) == text


# A tag list glued after the article's last sentence: the heading, its colon and the
# comma-separated tags to the end of the line (or into a widget already found).
@pytest.mark.parametrize(("text", "expected"), [
    ("The harbour reopens in May, he said. Tags: Harbour, ferries, council",
     "The harbour reopens in May, he said."),
    ("El puerto reabre en mayo.Etiquetas: puerto, ferris, Ayuntamiento",
     "El puerto reabre en mayo."),
    ("Le port rouvre en mai. Mots-clés : port, ferries, mairie",
     "Le port rouvre en mai."),
    ("Der Hafen öffnet im Mai. Schlagwörter: Hafen, Fähren, Stadtrat",
     "Der Hafen öffnet im Mai."),
    ("Il porto riapre a maggio. Argomenti: porto, traghetti, comune",
     "Il porto riapre a maggio."),
    ("The harbour reopens in May. Tags: Harbour, ferries Share on Facebook Share via Email",
     "The harbour reopens in May."),
], ids=repr)
def test_a_glued_tag_list_goes(text: str, expected: str) -> None:
    assert tidy(text) == expected


@pytest.mark.parametrize("text", [
    "The list of tags: apples, pears, plums was long.",
    "Prices rose. Tags: red, blue and green were the colours chosen for the new signs.",
    "Prices rose. Tags like these, the retailer said, are cheap to print.",
    "Los precios subieron. Etiquetas: rojas, azules y verdes son las que se venden más.",
], ids=repr)
def test_a_list_that_the_article_goes_on_after_stays(text: str) -> None:
    assert promo(text) == text


# An app pitch: an app verb, the app named within a few words, a short line.
@pytest.mark.parametrize("unit", [
    "Download the Harbour Post app for breaking news alerts",
    "Get the Valley Times app — it's free on iOS and Android",
    "Laden Sie die Kreisbote-App herunter",
    "Téléchargez l'application Le Courrier pour recevoir nos alertes",
    "Descarga la app de El Faro del Sur",
    "Scarica l'app del Corriere della Valle",
    "Baixe o aplicativo do Jornal da Serra",
    "Download de Stadsomroep-app voor het laatste nieuws",
], ids=repr)
def test_an_app_pitch_line_goes(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


@pytest.mark.parametrize("text", [
    "Get the kids to school on time, the app maker said.",
    "Download speeds doubled after the upgrade.",
    "Download the app was the advice police gave residents on Monday.",
    '"Get the Harbour Post app," the editor told readers.',
    "Get the new council app everyone is talking about?",
    "Scarica l'app del comune per pagare la Tari, ha detto il sindaco.",
], ids=repr)
def test_app_words_in_article_lines_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


# Reader-support asks that open with a question, and a podcast episode's player line.
@pytest.mark.parametrize("unit", [
    "Like this story? Support local news. Give today and your gift is doubled.",
    "Hat Ihnen dieser Artikel gefallen? Unterstützen Sie uns.",
    "Cet article vous a plu ? Soutenez notre rédaction.",
    "¿Te ha gustado este artículo? Apoya el periodismo local.",
    "Ti è piaciuto questo articolo? Sostienici.",
    "Gostou desta reportagem? Apoie o jornalismo local.",
    "Vond je dit artikel interessant? Steun onze redactie.",
    "Listen to this episode of The Harbour Hour podcast | 00:00 / 31:02",
    "Escucha este episodio de La Tertulia del Puerto",
    "Luister naar deze aflevering van De Havenpodcast",
], ids=repr)
def test_support_asks_and_episode_lines_go(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


@pytest.mark.parametrize("text", [
    "Listeners who like this story can hear the full episode on Friday, the host said.",
    "The mayor asked whether residents had enjoyed this story of the harbour's past.",
], ids=repr)
def test_sentences_about_stories_and_episodes_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


# A reading-time badge with the word that says it is an estimate (Yoast's wording).
@pytest.mark.parametrize(("text", "expected"), [
    (dressed("Estimated reading time: 4 minutes"), ARTICLE),
    ("Die Preise stiegen. Geschätzte Lesezeit: 3 Min. Der Rat tagt im Mai.",
     "Die Preise stiegen. Der Rat tagt im Mai."),
    ("De prijzen stegen.\n\nGeschatte leestijd: 2 minuten\n\nDe raad vergadert in mei.",
     "De prijzen stegen.\n\nDe raad vergadert in mei."),
], ids=repr)
def test_an_estimated_reading_time_goes(text: str, expected: str) -> None:
    assert tidy(text) == expected


@pytest.mark.parametrize("text", [
    "The estimated reading time: 5 minutes was too long, readers said.",
    "The vote was close. Reading time: 5 minutes is what the council allowed each speaker.",
], ids=repr)
def test_reading_times_in_sentences_stay(text: str) -> None:
    assert promo(text) == text


# A page footer: the site's copyright, then menu items between bars.
@pytest.mark.parametrize("unit", [
    "© Kreisbote 2024 | Impressum | Datenschutz | Kontakt",
    "Copyright 2023 Valley Times | Contact | Newsletter",
], ids=repr)
def test_a_copyright_footer_bar_goes(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


@pytest.mark.parametrize("text", [
    "© Reuters | Photo: Ann Lee | Harbour at dawn",
    "© 2024 | Revenue | Profit | Margin",
], ids=repr)
def test_a_copyright_line_with_other_items_stays(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


# The ad break's dash as pages print it, a share label with its networks, the home link.
@pytest.mark.parametrize(("text", "expected"), [
    (dressed("Advertisement – scroll to continue"), ARTICLE),
    (dressed("Advertisement — scroll to continue"), ARTICLE),
    (dressed("Comparte esta noticia en Facebook Twitter WhatsApp"), ARTICLE),
    ("Der Hafen öffnet im Mai.\n\nWer helfen will, meldet sich im Rathaus. Zur Startseite",
     "Der Hafen öffnet im Mai.\n\nWer helfen will, meldet sich im Rathaus."),
], ids=repr)
def test_ad_break_share_line_and_home_link_go(text: str, expected: str) -> None:
    assert tidy(text) == expected


@pytest.mark.parametrize("text", [
    "Die Stadt plant einen Link zur Startseite.",
    "Comparte esta noticia con tus vecinos, pidió el alcalde en Facebook.",
    "The 🔊 Listen to this article button was added in May.",
], ids=repr)
def test_the_same_words_in_sentences_stay(text: str) -> None:
    doc = dressed(text)
    assert promo(doc) == doc


# A newsletter pitch glued into flattened text: a [signup] verb right after a stop, the
# channel within a few words, to the stop or to where the article starts again.
LONG = ("The road will stay closed until the engineers have finished their work on Friday, "
        "officials said at a briefing on Thursday evening in the town hall, which was full.")


@pytest.mark.parametrize(("text", "expected"), [
    (LONG[:-1] + ".Sign up to the Harbour Bulletin newsletter for free — every weekday at "
     "7am Work is expected to start next spring.", LONG + " Work is expected to start next "
     "spring."),
    (LONG + " Subscribe to the Valley Times newsletter for the week's best stories. The "
     "bridge reopens in May.", LONG + " The bridge reopens in May."),
], ids=["glued", "spaced"])
def test_a_glued_newsletter_pitch_goes(text: str, expected: str) -> None:
    assert promo(text) == expected


@pytest.mark.parametrize("text", [
    LONG[:-1] + ".Sign up for the newsletter was the most clicked link that week, the editor "
    "said.",
    LONG + " Subscribe to the newsletter, the memo told staff on Monday morning.",
    LONG + " Sign up for the Harbour Bulletin newsletter The San Francisco Chronicle says.",
], ids=repr)
def test_newsletter_sentences_in_flattened_text_stay(text: str) -> None:
    assert promo(text) == text


# A notice ([block]) runs to its paragraph's end; in flattened text that is the
# document's end, so it stops where the article starts again: the next sentence that
# reads as the article's, or one glued to a button with no stop.
@pytest.mark.parametrize(("text", "expected"), [
    ("Ferry fares rise in spring The council approved higher fares on Tuesday. We are "
     "100% reader funded. If you value our reporting, please consider a gift. Every "
     "dollar keeps us going. DONATE NOW Ferry operators said the change was overdue. "
     "The new fares start in April.",
     "Ferry fares rise in spring The council approved higher fares on Tuesday. Ferry "
     "operators said the change was overdue. The new fares start in April."),
    ("Die Stadtwerke erhöhen die Preise. Dieser Artikel enthält Affiliate-Links. Mit "
     "jedem Kauf über diese Links unterstützen Sie uns. Der Gemeinderat stimmte am "
     "Montag mit großer Mehrheit zu.",
     "Die Stadtwerke erhöhen die Preise. Der Gemeinderat stimmte am Montag mit großer "
     "Mehrheit zu."),
    ("Las tarifas suben en abril. Este artículo contiene enlaces de afiliados. Si "
     "compras a través de ellos, nos llevamos una comisión. El ayuntamiento aprobó el "
     "presupuesto el martes por la tarde.",
     "Las tarifas suben en abril. El ayuntamiento aprobó el presupuesto el martes por "
     "la tarde."),
    ("This article contains affiliate links. We may earn a commission when you buy "
     "through them. Shares in the retailer fell 4% on Monday after it cut its forecast.",
     "Shares in the retailer fell 4% on Monday after it cut its forecast."),
], ids=["en-button", "de", "es", "at-start"])
def test_a_flattened_notice_stops_where_the_article_starts_again(text: str,
                                                                 expected: str) -> None:
    assert promo(text) == expected


@pytest.mark.parametrize("unit", [
    # The notice's own sentences address the reader: the paragraph is the notice's.
    "We are 100% reader funded. If you value our reporting, please consider a gift. "
    "Every dollar keeps us going. DONATE NOW",
    # A body named in capitals inside the notice's long sentence is not a new sentence.
    "Para la resolución de litigios en línea, la Comisión Europea facilita una "
    "plataforma a la que puede acceder aquí.",
    # A third-person rule of the box, run into its sentence before and followed by its
    # link: one article-like sentence that the box goes on after is the box's.
    "Please adhere to our commenting policy to avoid being banned. We may remove any "
    "comment at any time.Comments that contain abuse or spam may be deleted without "
    "notice.-- Read the rules for registering",
], ids=["donation", "legal", "rules"])
def test_a_notice_paragraph_still_goes_whole(unit: str) -> None:
    assert tidy(dressed(unit)) == ARTICLE


# Flattened text glues the widgets under an article to its last sentence: from a cue
# right after a sentence's end to the end, what would go as a line of its own goes.
@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry resumes service on Friday, the harbour master said. Leave a Reply "
     "Cancel reply Comment * Name * Email *",
     "The ferry resumes service on Friday, the harbour master said."),
    ("Der Stadtrat stimmte am Dienstag mit knapper Mehrheit zu. Kommentare (7) Zur "
     "Startseite",
     "Der Stadtrat stimmte am Dienstag mit knapper Mehrheit zu."),
    ("Il ponte riaprirà a maggio, ha detto il sindaco. Seguici su Facebook e Instagram "
     "per restare aggiornato. Condividi su WhatsApp",
     "Il ponte riaprirà a maggio, ha detto il sindaco."),
    ("De bibliotheek blijft open op zaterdag, zegt de wethouder. Reageer op dit artikel "
     "(5 reacties)",
     "De bibliotheek blijft open op zaterdag, zegt de wethouder."),
    ("A câmara aprovou o orçamento na terça-feira. Subscreva a nossa newsletter e receba "
     "as notícias no seu e-mail. Descarregue a app do Jornal da Serra",
     "A câmara aprovou o orçamento na terça-feira."),
    ("El pleno aprobó la ordenanza por unanimidad. Suscríbete a nuestro boletín y recibe "
     "las noticias cada mañana. Comparte en WhatsApp",
     "El pleno aprobó la ordenanza por unanimidad."),
    ("Le conseil a voté le budget mardi soir. Suivez-nous sur Facebook pour ne rien "
     "manquer. Partager sur WhatsApp",
     "Le conseil a voté le budget mardi soir."),
], ids=["en-form", "de-count", "it-follow-share", "nl-count", "pt-app", "es-share", "fr-share"])
def test_widgets_glued_after_the_last_sentence_go(text: str, expected: str) -> None:
    assert promo(text) == expected


@pytest.mark.parametrize(("text", "kept"), [
    # What a prompt points to with a link may be the article's own offer.
    ("O guia gratuito ensina a ler em casa. Clique aqui: https://example.org/guia.",
     "Clique aqui: https://example.org/guia."),
    # A greeting after a prompt is not the widget's.
    ("De uitslag volgt morgen. KLIK HIER voor de peiling. Fijne feestdagen!",
     "Fijne feestdagen!"),
    # Where the prompt was cut before the article's next sentence, that sentence stays.
    ("Le robot trie les déchets en deux minutes. Inscrivez-vous à notre newsletter "
     "L’équipe de cinq élèves travaille depuis mars. Elle vise la finale [...]",
     "L’équipe de cinq élèves travaille depuis mars."),
    # Cue words in the article's last sentence.
    ("The plan was approved. Comments from residents will be heard in May.",
     "Comments from residents will be heard in May."),
    ("Die Stadt plant neue Radwege. Kommentare dazu sammelt das Rathaus bis Mai.",
     "Kommentare dazu sammelt das Rathaus bis Mai."),
], ids=["link", "greeting", "article-after-cut", "en-sentence", "de-sentence"])
def test_article_sentences_after_the_last_stop_stay(text: str, kept: str) -> None:
    assert kept in promo(text)


# Text joined with no space glues the article's next sentence to a prompt's last word:
# a determiner glued after a lower-case letter, or a capital of another script after a
# Latin letter, starts it again when what follows reads as the article.
@pytest.mark.parametrize(("text", "expected"), [
    ("The hearing ended on Friday. Sign up for our newsletterThe jury will return on "
     "Monday to hear the last witness.",
     "The hearing ended on Friday. The jury will return on Monday to hear the last "
     "witness."),
    ("Die Sitzung endete am Freitag. Folgen Sie uns auf FacebookDie Bürger sollen im "
     "Mai darüber abstimmen.",
     "Die Sitzung endete am Freitag. Die Bürger sollen im Mai darüber abstimmen."),
    ("La sesión terminó el viernes. Síguenos en InstagramEl pleno votará la propuesta "
     "en mayo.",
     "La sesión terminó el viernes. El pleno votará la propuesta en mayo."),
    ("Заседание закончилось в пятницу. Follow us on FacebookЖители проголосуют за "
     "новый план в мае.",
     "Заседание закончилось в пятницу. Жители проголосуют за новый план в мае."),
], ids=["en", "de", "es", "ru"])
def test_an_article_sentence_glued_to_a_prompt_stays(text: str, expected: str) -> None:
    assert promo(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Camel-case names glue no determiner: the prompt goes to its end.
    ("The hearing ended on Friday. Follow us on YouTube for the daily videos.",
     "The hearing ended on Friday."),
    ("Die Sitzung endete am Freitag. Folgen Sie uns auf LinkedIn für mehr Einblicke.",
     "Die Sitzung endete am Freitag."),
], ids=["youtube", "linkedin"])
def test_camel_case_names_in_a_prompt_are_not_a_restart(text: str, expected: str) -> None:
    assert promo(text) == expected


# --- r8: tool buttons, channel asks, sponsored boxes, sign-up boxes, reader words -------

_BEFORE = "The depot reopened on Monday.\n\n"
_AFTER = "\n\nBuses return on Friday."


def _words(text: str) -> str:
    """The words of a text: a removed line may leave its blank lines behind."""
    return " ".join(text.split())


@pytest.mark.parametrize("widget", [
    "Give this article",
    "Gift article",
    "Artikel verschenken",
    "Offrir cet article",
    "Report a typo // Suggest a correction",
    "Vorlesen\nMerken\nDrucken",
    "Print this article",
    "Um zu kommentieren, melden Sie sich bitte an.\nJetzt anmelden",
    "Die wichtigsten Nachrichten aus Ihrer Region direkt auf Ihr Smartphone: mit unserer App.",
    "Suivez toute l’actualité de votre département sur notre chaîne Telegram.",
    "¿Te ha gustado esta noticia? ¡Compártela con tus amigos!",
    "Iscriviti al nostro canale WhatsApp per restare aggiornato",
    "ADV",
    "Le notizie del tuo territorio",
    "Nieuws | Regio | Sport",
    "Share this story with a friend!",
], ids=["give", "gift", "verschenken", "offrir", "typo", "vorlesen", "print",
        "kommentieren", "app-pitch", "suivez", "compartela", "iscriviti", "adv",
        "newsletter-heading", "nav-bar", "share-friend"])
def test_r8_widget_lines_go(widget: str) -> None:
    assert _words(promo(_BEFORE + widget + _AFTER)) == _words(_BEFORE + _AFTER)


@pytest.mark.parametrize("sentence", [
    "Readers can gift this article to a friend, the publisher said on Monday.",
    "Sie wollte den Artikel verschenken, sagte die Sprecherin.",
    "Um zu kommentieren, was geschehen war, fehlten dem Minister die Worte.",
    "Die wichtigsten Nachrichten aus der Region kamen am Montag aus dem Rathaus.",
    "Le maire suit toute l’actualité de la région depuis son bureau.",
    "Il sindaco ha detto che le notizie della città arrivano ogni mattina.",
    "Save the Children said the money would go to schools.",
    "Sponsored stories made up a fifth of the site's traffic, the study found.",
], ids=["gift", "verschenken", "kommentieren", "nachrichten", "actualite",
        "notizie", "save", "sponsored"])
def test_r8_article_sentences_with_widget_words_stay(sentence: str) -> None:
    text = _BEFORE + sentence + _AFTER
    assert promo(text) == text


def test_r8_sponsored_box_goes_with_its_titles() -> None:
    box = ("Sponsored Links\n"
           "Pilots Hate Him: The Cheap Flight Trick Airlines Hide FlyDeals\n"
           "You Won't Believe What This Village Looks Like Now TravelBuzz\n"
           "Sponsored Links by Taboola")
    assert _words(promo(_BEFORE + box + _AFTER)) == _words(_BEFORE + _AFTER)


def test_r8_lines_under_a_sponsored_heading_stay_without_a_credit_line() -> None:
    # No credit line closes the box: the lines may be the article's.
    text = _BEFORE + "Sponsored Links\nThe depot has 40 new buses" + _AFTER
    assert "The depot has 40 new buses" in promo(text)


def test_r8_a_blank_line_parts_the_article_from_a_sponsored_box() -> None:
    text = (_BEFORE + "Sponsored Links\n\nThe depot has 40 new buses\n"
            "Sponsored Links by Taboola" + _AFTER)
    assert "The depot has 40 new buses" in promo(text)


def test_r8_signup_box_with_an_email_field_goes_and_frees_the_tag_list() -> None:
    text = ("The depot reopened on Monday.\n\nTopics\nBuses\nDepots\n\n"
            "Subscribe to Evening Wrap\nThe news of the day in five minutes, every evening\n"
            "Enter your email\nSign up\n"
            "By signing up, you agree to our Privacy Policy.")
    assert _words(promo(text)) == "The depot reopened on Monday."


def test_r8_a_signup_subhead_without_an_email_field_stays() -> None:
    text = _BEFORE + "Register of members\nThe council still disagrees" + _AFTER
    assert promo(text) == text


def test_r8_a_pitch_whose_second_sentence_was_a_prompt_goes_whole() -> None:
    pitch = ("Recevez chaque soir l’essentiel de l’actualité locale. "
             "Inscrivez-vous à notre newsletter gratuite !")
    assert _words(promo(_BEFORE + pitch + _AFTER)) == _words(_BEFORE + _AFTER)


def test_r8_an_article_sentence_before_a_glued_prompt_stays() -> None:
    # The first sentence only names the channel: it may be the article's.
    line = ("Le journal a lancé une newsletter en mai. "
            "Inscrivez-vous à notre newsletter gratuite !")
    assert _words(promo(_BEFORE + line + _AFTER)) == _words(
        _BEFORE + "Le journal a lancé une newsletter en mai." + _AFTER)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ti è piaciuto questo articolo? Sostieni la nostra redazione.", ""),
    ("Gostou desta reportagem? Apoie o nosso jornalismo.", ""),
    ("Gostou desta reportagem? Você pode apoiar o jornalismo local.", ""),
    ("Gostou desta reportagem? Siga-nos nas redes sociais.", ""),
    # Portuguese "nos" is "in the": an article sentence that goes on.
    ("Gostou desta reportagem? Os preços subiram nos últimos anos em todo o país.",
     "Os preços subiram nos últimos anos em todo o país."),
    ("Ti è piaciuto questo articolo? La giunta ha approvato il bilancio ieri sera.",
     "La giunta ha approvato il bilancio ieri sera."),
], ids=["nostra", "nosso", "voce", "siga-nos", "nos-ultimos", "prose"])
def test_r8_reader_words_in_italian_and_portuguese(text: str, expected: str) -> None:
    assert _words(promo(_BEFORE + text + _AFTER)) == _words(_BEFORE + expected + _AFTER)


def test_r8_german_des_is_no_french_article() -> None:
    text = "Abonniere den Newsletter des Vereins, dann verpasst du nichts."
    assert promo_reader._addresses_reader(text, 0, len(text))
    french = "La newsletter du syndicat compte 15 000 abonnés."
    assert not promo_reader._addresses_reader(french, 0, len(french))


@pytest.mark.parametrize("widget", [
    "Ascolta l’articolo\n5 min",
    "Listen to this article\n4 Min.",
    "Artikel anhören\n6 Minuten",
], ids=["it", "en", "de"])
def test_r8_a_widget_duration_under_its_label_goes(widget: str) -> None:
    assert _words(promo(_BEFORE + widget + _AFTER)) == _words(_BEFORE + _AFTER)


def test_r8_a_duration_under_a_line_that_stays_stays() -> None:
    text = _BEFORE + "Cook time\n3 min" + _AFTER
    assert promo(text) == text


def test_r8_a_bio_keeps_its_sentence_and_loses_its_closing_pitch() -> None:
    bio = ("Lena Fox reports on housing. "
           "Sign up for her newsletter, Rent Watch, for a weekly digest →")
    assert _words(promo(_BEFORE + bio + _AFTER)) == _words(
        _BEFORE + "Lena Fox reports on housing." + _AFTER)


@pytest.mark.parametrize("line", [
    "The club has 300 members. Subscribe to the newsletter, the chairman urged.",
    "The club has 300 members. Subscribe to the newsletter was the advice she gave.",
], ids=["reported", "talked-about"])
def test_r8_a_closing_newsletter_sentence_that_is_the_article_stays(line: str) -> None:
    text = _BEFORE + line + _AFTER
    assert promo(text) == text


def test_r8_two_units_joined_across_a_space_leave_it() -> None:
    # The badge takes the space before it, the share bar the one after it.
    text = ("Mis à jour à 08h15 Temps de lecture : 2 min Partager Facebook LinkedIn "
            "Des plongeurs ont découvert une épave.")
    assert promo(text) == "Mis à jour à 08h15 Des plongeurs ont découvert une épave."


def test_r8_a_closing_pitch_with_a_capitalised_word_after_its_name_stays() -> None:
    # Where the article starts again cannot be told: the line stays.
    line = ("Lena Fox reports on housing. "
            "Sign up for her newsletter Rent Watch The Courier reported.")
    text = _BEFORE + line + _AFTER
    assert promo(text) == text


# Round 9: flattened text, ad labels glued to both neighbours or shouted before a name.

@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry left at noon.ADVERTISEMENTHarbourmaster Lee said the sea was calm.",
     "The ferry left at noon. Harbourmaster Lee said the sea was calm."),
    ("Der Bürgermeister sprach von Fortschritt.Anzeige„Wir bauen weiter“, sagte er.",
     "Der Bürgermeister sprach von Fortschritt. „Wir bauen weiter“, sagte er."),
    ("Le conseil a voté le budget.PublicitéLe maire a salué le résultat.",
     "Le conseil a voté le budget. Le maire a salué le résultat."),
    ("A obra termina em 2027.PublicidadeA câmara confirmou o prazo.",
     "A obra termina em 2027. A câmara confirmou o prazo."),
    ("De brug gaat in mei dicht.AdvertentieDe gemeente zoekt een omleiding.",
     "De brug gaat in mei dicht. De gemeente zoekt een omleiding."),
    ("El pleno se celebró el lunes.PUBLICIDADDurante la sesión hubo protestas.",
     "El pleno se celebró el lunes. Durante la sesión hubo protestas."),
])
def test_r9_an_ad_label_glued_between_sentences_goes(text: str, expected: str) -> None:
    assert promo(text) == expected


@pytest.mark.parametrize("text", [
    # The label is the head of a longer word: the letter after it is lower case, or
    # the capitals go on.
    "Die Firma wuchs kräftig.Anzeigenblatt und Radio brachten Geld.",
    "Der Verlag meldete Zahlen.ANZEIGENTEIL Die Erlöse stiegen.",
    "The firm grew.Advertisements were up 4% on the year.",
    # No full stop after a lower-case word: an abbreviation or a domain.
    "He moved to the U.S.Advertisement work paid better there.",
    "See example.com/AdvertisementGuide for details.",
])
def test_r9_a_word_that_begins_with_a_label_stays(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("The plan was approved on Tuesday. ADVERTISEMENT Developer Harlow Homes said work "
     "starts in May.",
     "The plan was approved on Tuesday. Developer Harlow Homes said work starts in May."),
    ("Die Kosten liegen im Rahmen. ANZEIGE Bürgermeister Klaus Weber ist zufrieden.",
     "Die Kosten liegen im Rahmen. Bürgermeister Klaus Weber ist zufrieden."),
    ("Die Kosten liegen im Rahmen. Anzeige „Wir sind zufrieden“, sagte Weber.",
     "Die Kosten liegen im Rahmen. „Wir sind zufrieden“, sagte Weber."),
])
def test_r9_a_shouted_label_or_one_before_a_german_quote_goes(text: str, expected: str) -> None:
    assert promo(text) == expected


@pytest.mark.parametrize("text", [
    # A label word in title case before two capitalised words may belong to a name.
    "The campaign won awards. Advertisement Kentucky Democrats ran was seen by many.",
    "ADVERTISEMENT STANDARDS Authority fined the firm.",
    "Die Polizei erstattete Anzeige „wegen Betrugs“, hieß es.",
])
def test_r9_label_words_in_article_sentences_stay(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Home › News › Harbour TownFerry fares rise again\n\nThe fares rise in May.",
     "Ferry fares rise again\n\nThe fares rise in May."),
    ("Startseite > Lokales > Kreis BergfeldBäcker schließt nach 90 Jahren. Die Kunden sind "
     "traurig.",
     "Bäcker schließt nach 90 Jahren. Die Kunden sind traurig."),
    ("Accueil / Régions / Haute-LoireUn pont rouvre à Brives. Les travaux ont duré un an.",
     "Un pont rouvre à Brives. Les travaux ont duré un an."),
])
def test_r9_a_trail_glued_to_its_headline_goes(text: str, expected: str) -> None:
    assert promo(text) == expected


@pytest.mark.parametrize("text", [
    # A space after the last section: where the trail ends is not to be seen.
    "Home › News › Harbour Town Ferry fares rise again. The fares rise in May.",
    # No home word first, or a sentence among the items.
    "Prices › Wages › The gapWidened in May, the report said.",
    "Home / Away record: 5-2 this seasonThe coach was pleased.",
])
def test_r9_trails_that_do_not_show_their_end_stay(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Temps de lecture : 3 minÀ Brives, le pont rouvre. Les travaux ont duré un an.",
     "À Brives, le pont rouvre. Les travaux ont duré un an."),
    ("Lesezeit: 4 Min.Bäcker schließt nach 90 Jahren. Die Kunden sind traurig.",
     "Bäcker schließt nach 90 Jahren. Die Kunden sind traurig."),
    ("May 2, 2024 6 min readShare this", "May 2, 2024 Share this"),
    ("Leestijd: 3 minutenDe brug gaat dicht. Er komt een pont.",
     "De brug gaat dicht. Er komt een pont."),
])
def test_r9_a_reading_time_badge_glued_to_a_capital_goes(text: str, expected: str) -> None:
    assert promo(text) == expected


@pytest.mark.parametrize("text", [
    "Simmer the sauce for at least 5 minimum. Reading time: 5 minutesor so, he joked.",
    "Lesezeit: 3 Minutenlang las er vor.",
])
def test_r9_minutes_that_run_on_in_lower_case_stay(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("The hall opened in 1902.Story continues below advertisementOrganisers hope to "
     "reopen it.",
     "The hall opened in 1902. Organisers hope to reopen it."),
    ("Die Fähre fährt wieder.Artikel teilenDie Stadt zahlt den Betrieb.",
     "Die Fähre fährt wieder. Die Stadt zahlt den Betrieb."),
])
def test_r9_a_multi_word_label_glued_between_sentences_goes(text: str, expected: str) -> None:
    assert promo(text) == expected


@pytest.mark.parametrize("text", [
    # Not as the pack writes the label: the reader's words, not a widget's.
    "He left.Share this story with friends, he told them.",
    "The board met.Sign up for our newsletters was the top link, it said.",
])
def test_r9_glued_words_that_are_not_a_label_as_written_stay(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Fares will rise, he said.Gift this articleSome firms agree.",
     "Fares will rise, he said. Some firms agree."),
    ("Fares will rise, he said. Gift this article Some firms agree.",
     "Fares will rise, he said. Some firms agree."),
])
def test_r9_a_gift_button_between_sentences_goes(text: str, expected: str) -> None:
    assert promo(text) == expected


def test_r9_a_sentence_that_asks_to_gift_the_article_stays() -> None:
    text = "Fares will rise. Gift this article to a friend, the editor urged readers."
    assert promo(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Écouter cet articleUn pont rouvre à Brives. Les travaux ont duré un an.",
     "Un pont rouvre à Brives. Les travaux ont duré un an."),
    ("Artikel vorlesen lassen ▶ 03:10Bäcker schließt nach 90 Jahren. Die Kunden sind traurig.",
     "Bäcker schließt nach 90 Jahren. Die Kunden sind traurig."),
    ("Home › News › HarbourListen to this article · 5 minFerry fares rise again. The rise "
     "starts in May.",
     "Ferry fares rise again. The rise starts in May."),
])
def test_r9_a_widget_label_opening_flattened_text_goes_and_the_headline_stays(
        text: str, expected: str) -> None:
    assert promo(text) == expected


@pytest.mark.parametrize("text", [
    "Newsletters are a growing business for local papers. They pay the bills.",
    "Sign-ups rose 4% in May. Newsletter readers stay longer, the study found.",
])
def test_r9_an_article_that_opens_with_a_label_word_stays(text: str) -> None:
    assert promo(text) == text


def test_r9_a_video_widget_keeps_its_title_after_its_time() -> None:
    # A space after the duration: the title after it is the widget's, not a headline.
    assert promo(f"Play Video 2:15 Floods close the coast road – video\n\n{ARTICLE}") == ARTICLE


# Round 10: in text joined with no space, a prompt or a button with no stop ends at the
# block junction where the article's next sentence is glued on ("newsletterThe …",
# "DONATE NOWCouncillors …"), and that sentence stays whole.
R10_LEAD = ("The harbour reopened on Monday after a three-week closure. Ferry crews returned to "
            "work at dawn, and the first crossing left on time with forty passengers on board. "
            "Traders on the quay said the closure had cost them most of the summer trade.")


@pytest.mark.parametrize(("prompt", "sentence"), [
    # A quotation that speaks for "we" after the glued sentence is no reader addressed.
    ("Sign up for our newsletter",
     'The harbourmaster testified, calling the crew "calm, quick, and brave" before telling '
     'the panel about the "long night" on the ferry\'s deck."We believe the inquiry got it '
     "right in the end."),
    ("Sign up for our daily newsletter",
     "Ferry operators said crossings would resume at full capacity by the end of the week."),
    ("Suscríbete a nuestro boletín",
     "Varios vecinos del barrio denunciaron el ruido de las obras durante la noche."),
    ("Abonnieren Sie unseren Newsletter",
     "Mehrere Reedereien kündigten an, die Fähren bis Ende der Woche wieder voll fahren zu "
     "lassen."),
    ("Inscrivez-vous à notre newsletter",
     "Plusieurs habitants du quartier ont dénoncé le bruit des travaux pendant la nuit."),
    ("Schrijf je in voor onze nieuwsbrief",
     "Veel bewoners van de wijk klagen over het lawaai van de werkzaamheden in de nacht."),
])
def test_r10_a_glued_prompt_ends_at_the_junction_and_the_sentence_stays(
        prompt: str, sentence: str) -> None:
    assert promo(R10_LEAD + prompt + sentence) == f"{R10_LEAD} {sentence}"


R10_NOTICE = ("Harbour reopens.We are 100% reader funded. If you value local reporting, please "
              "consider a monthly donation. Every pound keeps our reporters on the harbour front.")


@pytest.mark.parametrize(("button", "article"), [
    ("DONATE NOW", "Harbourmaster Ellen Price said the ferries would run at full capacity by the "
                   "end of the week. The council will review the closure in March."),
    ("JETZT SPENDEN", "Hafenmeisterin Ellen Price sagte, die Fähren würden bis Ende der Woche "
                      "wieder voll fahren. Der Rat prüft die Schließung im März."),
    # The article's last sentence after the button ends the text.
    ("SOUTENIR", "La capitaine du port a annoncé que les ferries reprendraient leur service "
                 "normal dès la fin de la semaine."),
])
def test_r10_a_notice_button_glued_to_the_article_ends_at_the_junction(
        button: str, article: str) -> None:
    assert promo(R10_NOTICE + button + article) == f"Harbour reopens. {article}"


@pytest.mark.parametrize("unit", [
    # A tagline glued to its prompt speaks to the reader: it is the prompt's.
    "Sign up for our newsletterGet the harbour news you need, delivered to your inbox every "
    "morning.",
    # A prompt glued to more of its box.
    "Sign up for our newsletterEnter your email addressSubscribe",
    # Names in camel case inside a prompt are no junctions.
    "Follow us on WhatsApp and YouTube for daily videos from the harbour and the ferries.",
    "Follow us on LinkedIn and Instagram for the latest news from the harbour and the ferries.",
])
def test_r10_a_glued_prompt_with_no_article_after_it_goes_whole(unit: str) -> None:
    assert promo(R10_LEAD + unit) == R10_LEAD


@pytest.mark.parametrize("form", [
    # A comment form's checkbox label reads like a sentence, but no article follows it.
    "Comment *Name *Email *WebsiteSave my name, email, and website in this browser for the "
    "next time I comment.Post Comment",
    # ... nor after a heading whose words run into the reader's.
    "Leave a ReplyYour email address will not be published. Required fields are marked "
    "*Comment *Name *Email *WebsiteSave my name, email, and website in this browser for the "
    "next time I comment.Post Comment",
])
def test_r10_a_notice_glued_to_a_form_is_not_cut_at_the_form_junction(form: str) -> None:
    assert promo(R10_NOTICE + "DONATE NOW" + form) == "Harbour reopens."


def test_r10_a_short_prompt_sentence_that_goes_on_keeps_its_words() -> None:
    # No junction: the prompt's own sentence goes on after its words; all of it goes.
    text = R10_LEAD + "Sign up for our newsletter and get the harbour news every morning."
    assert promo(text) == R10_LEAD


@pytest.mark.parametrize("text", [
    # A camel-case name in an article sentence about a newsletter stays.
    "The harbour's newsletter moved to WhatsApp in May. Readers on LinkedIn followed.",
    # A word in capitals before a name inside the article's own sentence.
    "Staff at the NHSDirect line said calls rose by a third over the weekend.",
])
def test_r10_article_sentences_with_inner_capitals_stay(text: str) -> None:
    assert promo(text) == text


# Round 11: an audio player's label (a [label] that is also a [lead]) that opens a line of
# flattened text, with the article's headline glued after it (and the player's duration
# perhaps between them). The label, and its duration, go; the headline stays.
R11_BODY = ("The new line runs to the hospital and opens on Monday, the council said. "
            "Work on a second branch starts in the spring.")


@pytest.mark.parametrize("label", [
    "Listen to this article · 4 min ",
    "Listen to this article ",
    "Listen to this article 3:12 ",
    "Listen to this article | 12 min ",
    "🔊 Listen to this article · 4 min ",
    "Listen to this article · 4 min",  # glued: "4 minTram"
])
@pytest.mark.parametrize("headline", ["Tram extension opens early. ",
                                      "Tram Extension Opens Early. "])
def test_r11_a_player_label_before_a_glued_headline_goes_alone(label: str,
                                                                headline: str) -> None:
    assert promo(label + headline + R11_BODY) == headline + R11_BODY
    # The same as a paragraph under the site's name.
    text = "Harbour Gazette\n\n" + label + headline + R11_BODY
    assert promo(text) == "Harbour Gazette\n\n" + headline + R11_BODY


def test_r11_a_player_label_with_its_duration_before_a_headline_line_goes_alone() -> None:
    # The headline is the line's only sentence; the duration shows where the label ends.
    text = "Listen to this article · 4 min Tram extension opens early\n\n" + R11_BODY
    assert promo(text) == "Tram extension opens early\n\n" + R11_BODY


@pytest.mark.parametrize(("text", "kept"), [
    ("Artikel anhören · 4 Min. Neue Tramlinie fährt früher. Die Linie führt ab Montag "
     "zum Krankenhaus, sagte die Stadt.",
     "Neue Tramlinie fährt früher. Die Linie führt ab Montag zum Krankenhaus, sagte die "
     "Stadt."),
    ("Écouter cet article · 3 min Le tram arrive plus tôt. La ligne relie l'hôpital dès "
     "lundi, a indiqué la mairie.",
     "Le tram arrive plus tôt. La ligne relie l'hôpital dès lundi, a indiqué la mairie."),
    ("Escuchar artículo · 3 min El tranvía llega antes. La línea llegará al hospital el "
     "lunes, dijo el ayuntamiento.",
     "El tranvía llega antes. La línea llegará al hospital el lunes, dijo el "
     "ayuntamiento."),
    ("Luister naar dit artikel · 3 min Tram rijdt eerder. De lijn loopt vanaf maandag "
     "naar het ziekenhuis, zei de gemeente.",
     "Tram rijdt eerder. De lijn loopt vanaf maandag naar het ziekenhuis, zei de "
     "gemeente."),
], ids=["de", "fr", "es", "nl"])
def test_r11_a_player_label_and_duration_before_a_headline_go_in_other_languages(
        text: str, kept: str) -> None:
    assert promo(text) == kept


@pytest.mark.parametrize("text", [
    # A label that runs on in lower case is its line's prompt: all of it goes.
    "Listen to this article and tell us what you think of the new trams.",
    # A prompt that is no complete label takes its sentence, as before.
    "Sign up for our newsletter to get the latest transport news. ",
    # A video widget's title after its time is the widget's ([lead] only, no [label]).
    "Play Video 3:27 Biggest night in Hollywood recap. ",
    # A label ending in a colon introduces its list.
    "Tags: Harbour, trams, council. ",
])
def test_r11_prompts_that_run_on_still_take_their_sentence(text: str) -> None:
    if text.endswith(" "):
        assert promo(text + R11_BODY) == R11_BODY
    else:
        assert promo(text) == ""


@pytest.mark.parametrize("text", [
    "The mayor urged residents to listen to this article before the vote. Turnout rose.",
    "'Listen to this article,' she told the committee. The vote followed on Monday.",
    "Listen to this article's critics, Smith said. The debate went on for an hour.",
    "Wer will, kann den Beitrag anhören. Die Linie fährt ab Montag, sagte die Stadt.",
    "Les lecteurs peuvent écouter cet article en ligne. La ligne ouvre lundi.",
    "Los lectores pueden escuchar este artículo en la web. La línea abre el lunes.",
    "Lezers kunnen luisteren naar dit artikel op de site. De lijn opent maandag.",
])
def test_r11_sentences_about_listening_stay(text: str) -> None:
    assert promo(text) == text


@pytest.mark.parametrize("indent", [" ", "   ", "\n\n ", "\t"])
def test_r11_a_glued_start_label_after_the_texts_indent_goes_in_one_call(indent: str) -> None:
    # The whitespace cleaner strips the indent: judged without it, as the next call would.
    text = indent + "AdvertisementThe council met on Monday."
    assert promo(text) == "The council met on Monday."
    assert clean(clean(indent + "AdvertisementThe")) == clean(indent + "AdvertisementThe")


@pytest.mark.parametrize("text", [
    # A follow prompt after a paragraph's last sentence names the site and a network
    # after a [via] word: no phrase holds it ("_follow_tails").
    "The council met in May. Follow the Harbour Gazette on Mastodon for the latest news.",
    "Der Rat tagte im Mai. Folgen Sie dem Hafenblatt auf Mastodon.",
    "The council met in May.Follow the Harbour Gazette on Mastodon.",
    # An [inline] label glued to the word after it, after a stop and a space: no word
    # edge after the label for its anchor ("_glued_labels").
    "Kommunfullmäktige beslutade i går. Dela artikelnFacebookXKopiera länk",
    "The council met in May. AdvertisementThe vote comes next week.",
], ids=repr)
def test_the_gate_lets_through_what_the_finder_finds_without_a_phrase(text: str) -> None:
    assert promo_finder._find(RULES, text), text
    assert promo_gating._gate(RULES, text), text


@pytest.mark.parametrize("text", [
    "The mayor declined to comment.",  # the end of "log in to comment"
    "People on Twitter pointed out the error within minutes.",  # "follow us on twitter"
    "The air quality index in your area is poor today.",  # "share this article in your"
    "Volunteers chose to receive the grant in two parts.",  # "sign up to receive"
], ids=repr)
def test_prose_with_a_prompts_last_words_is_turned_away_by_the_gate(text: str) -> None:
    # A phrase's anchor leads in its first run where it can (``_lead_at``): prose that
    # holds only a prompt's last words does not cost the finder's scan.
    assert not promo_finder._find(RULES, text)
    assert not promo_gating._gate(RULES, text), text
