"""A synthetic news corpus for the engine tests and the scale-out measurements.

A few short articles written for these tests (invented places and people) are
dressed in boilerplate of every family (walls, read-more lines, feed trailers, promo
lines, cut-off teasers, markup and entities, mojibake and zero-width characters) and
rendered as paragraphs, HTML fragments or one flattened line. The same seed gives the
same records. Run as a script to write a large corpus for benchmarks:

    .venv/bin/python tests/integrations/corpus.py --size 200MB -o /tmp/corpus.jsonl.gz

>>> rows = records(3, seed=1)
>>> [sorted(r) for r in rows][0]
['id', 'lang', 'text', 'url', 'words']
>>> rows == records(3, seed=1)
True
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import sys
from collections.abc import Iterator
from typing import Any

ARTICLES: list[tuple[str, str, list[str]]] = [
    ("en", "Harbour bridge reopens after two years of repairs", [
        "The Kessling harbour bridge reopened to traffic on Monday, two years after engineers "
        "closed it when routine checks found corrosion in three of its main cables.",
        "City officials said the repairs cost 48 million euros, about 6 million more than the "
        "council had approved in 2023. Steel prices and a wet winter pushed the work back by "
        "five months, according to the transport department.",
        "Commuters who had crossed the river by ferry since the closure welcomed the news. "
        "\u201cIt took me an hour each way,\u201d said Marta Ilves, a nurse at the district "
        "hospital. \u201cNow it is fifteen minutes again.\u201d",
        "The bridge will carry buses and cars in both directions, but trucks heavier than 12 "
        "tonnes must still use the ring road until a final load test in the spring.",
        "The opposition asked for an audit of the contract. The mayor said the figures would "
        "be published in full at the next council meeting on 14 March.",
    ]),
    ("en", "Farmers count the cost of a late frost", [
        "Fruit growers in the Orvel valley lost up to half of their apricot harvest after "
        "temperatures fell to minus four degrees on the night of 22 April.",
        "\u201cThe blossoms were open, which is the worst moment for a frost,\u201d said Jonas "
        "Reiter, who farms 30 hectares near Saint-Amand. He ran sprinklers all night to coat "
        "the trees in ice, a method that protects the buds but costs thousands in water and "
        "diesel.",
        "The regional agriculture office estimates the damage at 11 million euros. Insurers "
        "said claims were arriving faster than in 2021, the last year with a comparable frost.",
        "Growers' associations asked the government to release emergency funds. The ministry "
        "said it would decide after a survey of the orchards, expected by the end of May.",
        "Prices for apricots at the wholesale market rose 18% in the week after the frost, "
        "with traders importing more fruit from the south.",
    ]),
    ("en", "School board approves new reading programme", [
        "The Lindford school board voted 5-2 on Thursday to replace the reading programme used "
        "in its 14 primary schools, after test scores fell for a third year in a row.",
        "The new programme puts more weight on phonics in the first two years. Teachers will "
        "receive four days of training over the summer, paid for by a state grant.",
        "Parents at the meeting were divided. Some said the change was overdue; others worried "
        "that their children would have to relearn the basics. \u201cWe need to see results "
        "within two years, or we should think again,\u201d said board member Ana Castell.",
        "The district will publish reading scores for each school every term, a first for "
        "Lindford, and review the programme in 2027.",
    ]),
    ("de", "Stadtbibliothek verl\u00e4ngert \u00d6ffnungszeiten", [
        "Die Stadtbibliothek von Marnheim ist ab dem 1. September auch sonntags ge\u00f6ffnet. "
        "Das hat der Kulturausschuss am Dienstag einstimmig beschlossen.",
        "Die zus\u00e4tzlichen Stunden kosten nach Angaben der Verwaltung rund 90.000 Euro im "
        "Jahr. Ein Teil soll durch Spenden eines F\u00f6rdervereins gedeckt werden.",
        "\u201eViele Familien haben nur am Wochenende Zeit\u201c, sagte Bibliotheksleiterin "
        "Petra H\u00fcbner. Im vergangenen Jahr z\u00e4hlte die Bibliothek 212.000 Besuche, "
        "so viele wie nie zuvor.",
        "Der Probebetrieb l\u00e4uft zun\u00e4chst bis Ende des n\u00e4chsten Jahres.",
    ]),
    ("fr", "La ligne de tramway prolong\u00e9e jusqu'\u00e0 l'a\u00e9roport", [
        "La m\u00e9tropole de Valcourt a inaugur\u00e9 samedi le prolongement de la ligne B du "
        "tramway, qui relie d\u00e9sormais le centre-ville \u00e0 l'a\u00e9roport en 25 "
        "minutes.",
        "Les travaux, commenc\u00e9s en 2022, ont co\u00fbt\u00e9 210 millions d'euros, "
        "financ\u00e9s pour un tiers par l'\u00c9tat.",
        "\u00ab C'est un vrai changement pour les salari\u00e9s de la zone d'activit\u00e9s "
        "\u00bb, a d\u00e9clar\u00e9 la pr\u00e9sidente de la m\u00e9tropole, Claire "
        "Dumont. Quatre nouvelles stations desservent aussi le quartier des Tilleuls.",
        "Les rames circuleront toutes les six minutes aux heures de pointe.",
    ]),
]

HEADS = [
    "We use cookies to give you the best experience on our site. By continuing to browse, "
    "you agree to our use of cookies. Accept Manage settings",
    "This site uses cookies to analyse traffic and show you relevant ads. You can change "
    "your preferences at any time. Accept all",
    "Advertisement",
    "Share on Facebook Share on Twitter Share via Email",
    "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Mit der Nutzung "
    "der Seite stimmen Sie dem zu. Alle akzeptieren",
    "Nous utilisons des cookies pour vous offrir la meilleure exp\u00e9rience. En "
    "continuant, vous acceptez leur utilisation. Tout accepter",
]
MIDDLES = ["Advertisement", "Read More: {title}", "Subscribe to our daily newsletter",
           "Anzeige", "PUBLICIT\u00c9"]
TAILS = [
    "The post {title} appeared first on {site}.",
    "This story originally appeared on {site}.",
    "Read the full story at {site}",
    "Continue reading\u2026",
    "Follow us on Facebook and Instagram",
    "Leave a comment",
    "Cet article est paru d'abord sur {site}.",
]
SITES = ["Kessling Courier", "valley-news.example", "The Lindford Herald", "Marnheimer Bote"]
CUTS = ["\u2026", "...", " [\u2026]", "\u2026 [+1893 chars]"]


def _mojibake(text: str) -> str:
    # What a UTF-8 page decoded as cp1252 looks like; ftfy territory.
    return text.encode("utf-8").decode("cp1252", errors="replace")


def document(rng: random.Random) -> tuple[str, str]:
    """(language, dirty text) for one record."""
    lang, title, paragraphs = rng.choice(ARTICLES)
    site = rng.choice(SITES)
    units = [p for p in paragraphs if rng.random() < 0.85] or paragraphs[:1]
    if rng.random() < 0.3:
        units.insert(rng.randrange(1, len(units) + 1), rng.choice(MIDDLES))
    if rng.random() < 0.3:
        cut = rng.choice(paragraphs)
        units.append(cut[: rng.randrange(20, len(cut) // 2)].rstrip() + rng.choice(CUTS))
    units = rng.sample(HEADS, rng.randrange(0, 2)) + units
    units += rng.sample(TAILS, rng.randrange(0, 3))
    units = [u.format(title=title, site=site) for u in units]
    if rng.random() < 0.05:
        units = [_mojibake(u) if i == 1 else u for i, u in enumerate(units)]
    if rng.random() < 0.05:
        units[0] = "\u200b" + units[0].replace(" ", "\u00a0", 2)
    shape = rng.random()
    if shape < 0.6:
        return lang, "\n\n".join(units)
    if shape < 0.85:
        return lang, "\n".join(f"<p>{html.escape(u, quote=False)}</p>" for u in units)
    return lang, " ".join(units)


def records(n: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` JSON-ready records: the text plus other fields that must pass through."""
    return list(iter_records(n, seed))


def iter_records(n: int | None, seed: int = 0) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    i = 0
    while n is None or i < n:
        lang, text = document(rng)
        yield {"id": f"doc-{seed}-{i:07d}", "url": f"https://news.example/{i}",
               "lang": lang, "text": text, "words": len(text.split())}
        i += 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="200MB", help="uncompressed JSONL size, e.g. 200MB")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True, help=".jsonl or .jsonl.gz")
    args = parser.parse_args(argv)
    units = {"KB": 10**3, "MB": 10**6, "GB": 10**9}
    size = args.size.upper()
    limit = int(float(size[:-2]) * units[size[-2:]]) if size[-2:] in units else int(size)
    opener = gzip.open if args.output.endswith(".gz") else open
    written = rows = 0
    with opener(args.output, "wt", encoding="utf-8") as out:
        for record in iter_records(None, args.seed):
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            rows += 1
            if written >= limit:
                break
    print(f"{rows} records, {written / 1e6:.1f} MB -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
