"""Read-more lines with their linked title, and feed trailers.

Removed:

- read-more links: "Read more", "[Read more]", "[read more here]", "Continue reading…",
  "Weiterlesen", "Lire la suite", "Leer más", "Leggi tutto", "Lees verder", "Подробнее",
  "続きを読む", "阅读全文" … alone on a line, glued to the end of a line or of a
  flattened text ("…the federal government’s..Read more", "September.—More…"), between
  two sentences of a flattened text or after its headline, as widgets write it, before a
  capitalised sentence start ("… am Montag. Weiterlesen Die Kosten …"), or leading a
  title ("Read More: <title>", "Read more at : <title>", "Leia também:
  <title>", "Continue reading <title>", "Read the full story at <site>"), or with a
  full stop for its separator on a line of its own ("LEES OOK. <title>");
- a title line that ends in a read-more link ("<title> Read more"), as one unit; in
  flattened text such a card sits between two sentences or ends the text ("… pay cut.
  Rail fares to rise by 4.9% in England Read more Operators said …"): its title runs
  from the full stop before it, when it is one (see _title_before_link);
- a feed excerpt's link after its cut at the end of the text, in any case ("… the plan
  would... read more", "[…] weiterlesen"); the cut sentence is the truncation cleaner's;
- feed trailers: "The post <title> appeared first on <site>.", "This article originally
  appeared on <site>.", Medium's "<title> was originally published in <publication> on
  Medium, where people are continuing the conversation…", the RSS Footer plugin's
  "<title> is a post from: <site>", "Het bericht … verscheen eerst op
  …", "[Dieser Text erschien zuerst auf …]", "L’article … est apparu en premier sur …" and
  their kin in the packaged languages (en, de, fr, es, it, pt, nl, ru, pl, ja, zh, sv,
  da, nb, cs, ro, fi, hu, ca, el, tr: Yoast's "L’entrada … ha aparegut primer a …", "Η
  ανάρτηση … εμφανίστηκε πρώτα στο …", "… ilk önce … üzerinde ortaya çıktı."), an
  aggregator's note over a post it reposts ("[This article was first published on
  <blog>, and kindly contributed to <aggregator>.]") and, at the end of the text only
  (its words are prose inside an article), a paper's "Cet article est paru dans
  <titre>."; a site that holds a day before a month ("… paru dans le Journal officiel
  du 3 mai."), ends in a date ("… paru dans Combat en 1944.") or runs into the next
  sentence glued after its stop is none, nor is a title a quoted reference entry ("The
  entry “Smith, John” was first published on …");
- "Source: <url>" (and "Quelle:", "Fuente:", "Bron:" …) at the very end of the text, and
  a feed aggregator's credit "Source: <site> — via RSS";
- a source credit that names a publication or an office as the text's last line, or
  run into its last sentence ("Source: Dales Courant", "Quelle: Altmühl-Kurier /
  Redaktion Eichenau", "Fuente: Campo Sur", "Källa: …", "Źródło: …", "来源：…", in the
  word of every packaged language; see _publication): what follows the word is a name,
  not prose ("Source: officials at the ministry."), a note in lower case ("Quelle:
  eigene Recherche") or a quotation;
- agency credits, reprint and syndication notes that end the text, peeled from its end
  (see _credits_start): dpa's "© dpa-infocom, dpa:<id>", an agency's copyright line
  ("(c) Agencia EFE", "© Copyright ANSA - Tutti i diritti riservati"), its sign-off
  ("(ANSA).", AFP's desk slugs "bur-abc/xyz", Lusa's "ABC // XYZ" and "Lusa/Fim",
  Ritzau's "/ritzau/", NTB's "(©NTB)", PAP's "ksi/ mhr/", Agerpres's "AGERPRES/(…)"), a
  source credit naming agencies ("Bron: ANP") or news aktuell's ("Quelle: <sender>,
  übermittelt durch news aktuell"), a press release's contact block under "Rückfragen
  bitte an:" above such a credit, and the last sentences that are reprint terms
  ("Republication without written permission is prohibited.", "Reproduction
  interdite", "Nachdruck nur mit Genehmigung") or a syndication note ("This story was
  syndicated via <service>. Originally published by <paper>.", McClatchy's dated "This
  story was originally published <date>.") or a feed copyright plugin's notice ("This RSS
  feed is for personal non-commercial use only. If you are not reading this material in
  your news aggregator, …", with the "© <year> <site>." it opens with); a credit line
  under a byline's credit line ("(Reporting by …)" / "© Reuters") stays with it, as the
  labelled bodies keep it; in flattened text a credit run into the last sentence after
  its stop ("… dem Land. © dpa-infocom, dpa:<id>", glued "… dem Land.© dpa-infocom …")
  goes the same way (see _flat_credit);
- a CMS's tag or filing list that ends the text ("Filed under: Parks, Roads", "Tags:
  …", "Mots-clés : …", "Schlagworte: A · B", "Etiquetas: A | B"), as its line, after the
  last sentence (spaced or glued), several labels in a row, or run into a box title's
  last lower-case word (see _tag_lists); a list with a stop or a long tag, a label
  inside a sentence or one that opens the text stays;
- flattened Japanese or Chinese, a closed feed trailer run into the last character
  before it that ends the text ("…<title>投稿 <title> は <site> に最初に表示されました。");
  a read-also heading's word run into the words after it stays ("関連記事数は…", "相关阅读
  材料…": a compound's start, no heading);
- a closed feed trailer glued to the word before it that ends the text ("…
  dpa:<id>/2Der Beitrag <title> erschien zuerst auf <site>.", "… (c) Agencia EFELa
  entrada <title> se publicó primero en <site>.", see _glued_to_end);
- The Conversation's footer with its link ("This article is republished from <site>
  under a Creative Commons license. Read the original article."), as one frame, and the
  same link after the other syndication notes ("This article originally appeared on
  <site>. Read the original article.");
- a tag box at the end of the text: a heading marked ``{heading}`` ("Meer over") with
  its tags, one short capitalised line each (see _tag_lines), or a read-also heading
  marked ``{list}`` over such tags and no title ("Meer over dit onderwerp:", see
  _read_also_box);
- a press-release wire's footer at the end of the text: "View original content: <url>"
  and the last line "SOURCE <company>" in capitals (PR Newswire, Cision; "FUENTE",
  "FONTE", "QUELLE" in their other editions); "Source: Reuters" is no such footer (it
  is an agency credit, above); flattened, "SOURCE <company>" right after the footer's
  address ends the text;
- a news agency's slug line that opens the text ("BC-EU--Harbour-Ferry Strike, 2nd
  Ld-Writethru"), as its line, or flattened after its writethru (see _wire_slug);
- a bare box heading marked ``{dated}`` ("Related", "Relacionados") alone on its line
  over two items or more, each a title over a date line with a year or a read time
  (see _dated_boxes); over anything else (a byline, a Q&A, a poll's options, a live
  blog's clocks) it stays, and so does the word flattened ("Related Companies …");
- most-read and recommendation boxes ("Most Read", "Meistgelesen", "Lo más leído",
  "Recommended for you") and box headings that name a site ("More from <site>", "Read
  more from <site>:", "Lees meer uit <region>"), alone on a line, with the titles under
  them, numbered ("1. <title>") or not (see _announced_titles), and headings whose
  words also open headlines ("Trending Now", "Recommended", alone on a line, over two
  titles or over one that ends the text; flattened, only before two
  titles or more that end the text, after a sentence or a caption's closing bracket,
  or glued alone between two blocks: "… permission.Trending NowTap …", see
  _heading_titles and _glued_heading); flattened at the end of
  the text, such a heading takes all its titles when what follows the first ends no
  sentence (see _more_titles); a read-more link alone on a line ("Continue reading")
  takes the titles under it when two or more run to the end of the text (see
  _closing_titles). A heading among a consent dialog's buttons, with the article's
  headline after it, takes nothing (see _heads_article). Flattened: a box whose titles are
  each led by the heading's mark ("Sur le même sujet › <title> › <title>", see
  _marked_items); a heading that names a site, after a sentence, with titles to the end of
  the text ("… fine. More from Example News: <title> <title>", see _flat_site_box) or,
  glued, up to an article sentence ("… custody.More from Example News:<title><title>
  Detective …", see _titles_before_sentence), or alone at its end ("… door de politie.
  Lees meer uit Tilburg en omgeving"), or glued between two blocks ("… kerk.Meer nieuws
  uit WormerlandLees ook …": it goes alone, see _glued_heading); a read-also heading
  run into a block that ends in a lower-case word, with its titles to the end of the
  text ("… news alertsMORE STORIES:<title><title>", see _glued_list_tail); a
  most-read box whose ranks run into the items before them, ending the text ("… Most
  Read1. <title>2. <title>", see _glued_ranked_tail) or its last title run into the
  article's next sentence ("… <title>2. <title>Parents have been told …"); a box's titles
  glued one to the next inside a glued text, each ending in a junction of blocks and
  holding no stop, up to the article's sentence ("RELATED<title>Seal pups seen on the
  sandbarWhy the coast is shrinkingMuch of the …", see _junction_titles), or spaced, a box
  heading's further titles after its first, each a run that starts at a capital after a
  lower-case word, up to an article sentence that plainly opens ("Related stories <title>
  Seal pups seen on the sandbar Why the coast is shrinking Much of the …", see
  _spaced_titles; after a first title that a sentence opener ended, only up to a
  sentence that an opener starts too: "Te puede interesar: <title> El colegio … de
  espera Los antiguos …");
  a read-also link or box heading with more titles than one title's length after it,
  to the end of the text and ending no sentence ("Seguir leyendo: <title> <title>",
  a first one that asks: "Más noticias ¿Cuándo …? <title>"); a tag box's heading and
  its few capitalised tags ending the text ("… doen.” Meer over Oldebroek Horeca", see
  _flat_tags). A bare "Read more" heading between paragraphs takes two or more titles
  the markup's line breaks show nested in its box, or, if its words mean "read more"
  (not "Story continues", "Lire la suite"), two headlines or more that make one block
  with it, set apart by blank lines from the paragraphs (see _closing_titles,
  _block_box: a subhead over its short lines stays); a box title
  may open with a kicker ("Gmina Lipno. Nowy most …", see _KICKER), and in Japanese and
  Chinese is a run with no "。" (see _spaceless_title) under "関連記事", "相关阅读";
- a read-more link asked as a question, a paywall's prompt, alone on a line or after a
  cut teaser ("Lees verder?", see _asked_link).

Greek in capitals drops its accents, so its pack lists each link with and without them;
Turkish capitals fold apart ("İ" to "i", "I" to "ı"), so a link that starts with "i" is
also looked for after a dotted "İ" ("İlginizi Çekebilir"), and the Turkish pack writes
its links in lower case as Turkish does ("haberin devamı" matches "HABERİN DEVAMI").

Deliberately left alone: a link line that ends in a full stop under a line that ends in
a colon, the article's slogan or sign ("… staat in grote letters:\n\nLees meer.", see
_quoted_line); an article sentence that talks about reading more or about a post
("Subscribers can read more on Tuesday.", "He continued reading the statement.", "The post
office appeared first on the list of closures.", "The post about the recall appeared first
on Facebook, officials said.": a feed trailer's title opens as a title does and its site
is a name, not a clause); a link's words in dialogue set off by dashes, a lower-case verb
of saying after them ("– Ezt olvasta már? – kérdezte a könyvtáros."). A unit must start
where a line, a sentence or a link starts (a capitalised word after a sentence end or a
cut, a bracket, a separator) and run to the end of its line, or be a complete
feed-trailer frame. Widget
wording is imperative and sits alone or at the tail; article prose is third-person
narrative. A cut sentence before a link ("…the federal government’s..") is left to the
truncation cleaner, which runs after this one and knows the truncation policy.

A linked title glued inside flattened text ("… im Netz. Lesen Sie auch: <title> Die
Kosten …") has no end mark, so its end must be seen or guessed; precision comes first
(an article sentence after a read-also heading, its full stop run into the next block,
"… Más leídasLas clientas … botones.Comentarios", is no title: titles end in no full
stop, and only the heading goes):

- after a link that follows a sentence end in the same line (or, with a separator,
  "Lesen Sie auch:", follows any word: widget debris before it), the title ends before the
  first capitalised sentence opener (an article, pronoun, preposition or conjunction:
  "Die", "The", "Il", "L’…", "По") or opening quote that comes after at least two words
  of a sentence-case title (one with a lower-case word), within 20 words (a quote after
  a colon or a comma is speech inside the sentence, "… said: "This …", and ends no
  title; after a kicker's colon it is the title's own, "Lees ook. Molenaar: ‘Wij malen
  door’ De molen …": the title ends where it closes, see _kicker_quote_end); an article
  after a name's particle is the name's ("… de La Rondilla"), no sentence's, and so is
  one before a capitalised word where the words after it run, with no stop, into a
  junction of blocks joined by nothing ("… basisschool De Klimop trekt bijen aanDe …",
  see _later_junction);
- where blocks were joined by nothing (DOM ``text_content()``), a title's last word glued
  to the next sentence's first ("… years of roadworksCouncil leader Ann Ray said …", a
  compound: "… after storm clear-upThe trust …", a long capitalised noun: "… hohe
  EnergiepreiseBackhaus Mertens …", or a short one before a long one: "… schnellere
  HilfeBürgermeister Lang …", a figure before an opening quote: "… del 12%«Il futuro …", a
  word before a straight one: "… numbers fall"We understand …", a French quote set apart:
  "… de piégeage « Les gens …", an elided article: "… de travauxL’adjointe au maire …")
  ends the title there, when an article sentence follows (see _junction; the segment may
  end in another unit); so does a title's last word or year run into a one-letter opener
  ("… mais iluminaçãoA empresa …", "… até 2026A empresa …") or into an interview's
  one-letter label ("… after roof repairQ: What …", "… HafenviertelF: Was …"), and a "?"
  or "!" run into the next block's capital ("… der Landkreis?Kritik kam …", French-spaced
  "… à l'heure ?Le téléphérique …", where the article's own question after the title
  stays: see _spaced_mark_end), where a glued full stop shows no title end (titles
  end in none), or a short name run into a two-letter article ("… bij De HavenDe gemeente
  …", "… à LyonLe maire …"; not "LinkedIn"); a title that asks ends at its "?" before an
  opener or an opening quote ("… rénovés ? « Nous …", see _asked_then_sentence), unless it
  reads whole before a question of the article's own ("… harbour budget Why did it take so
  long? The …", see _new_question): it ends there; an arrow after a read-also link ("Lire
  aussi → <title>") leads its title as a colon does, where after "Continue reading →" it
  closes the link; a flattened heading's full stop leads its title too ("… vier meter.
  Lees ook. <title> ‘We …", see _dotted_heading);
- where no other end is seen, a title ends before a dash that opens quoted speech with an
  article sentence after it ("Lue myös: <title> – Halusimme, että …", "… kto za nie płaci?
  – Bobry …", see _after_dash; a Spanish interview's next turn, its dash before "¿" or
  "¡", spaced or glued: "… de Ordás—¿Cuánto dura …?"; a kicker's full stop before the
  title is the title's: "Czytaj także: Bobry w Podlaskiem. <title>"), and a Japanese or
  Chinese title at the first space (see _spaceless_run); a dash before the opener that
  ends a title is the speech's ("… z Piasecznem – Do tej pory …");
- a title that runs to the end of the text without a full stop goes whole, as before;
- a title, in any case, ends where the next tail unit this cleaner knows starts (a
  read-more link or a closed feed trailer: "Read More: <Title Case Title> Continue
  reading… <promo>"), so a link followed only by further tail units takes its title
  whole even when other text follows them: no title is left behind to end the text once
  those units go;
- after a read-also link (one with a separator, or a heading a pack marks ``{list}``)
  whose title runs into a sentence that opens with a noun or a name ("Lees ook: Horeca
  blij met verruimde openingstijden Omwonenden worden …"), the title ends before the
  first capital after a lower-case word (or after a name that follows a preposition: "…
  à Blagnac Deux policiers …"), once three words with more lower-case words than
  capitalised ones precede it, unless a preposition or an article follows that capital
  (a noun of the title: "neue Radwege in der Innenstadt") or it stands in a quotation
  (see _title_before_sentence); German's polite "Sie" after a verb opens no sentence;
- wherever a title's end is seen before a sentence, a live blog's time stamp that opens
  the next entry ("… <title> Ore 9.30 Il sindaco …", "… <title> 10:32 The …", "…
  <title> 10.45 Uhr Der …") is the article's: the title ends before it, but not where
  the time follows a preposition, a comma or a colon ("Trains resume at 9.30 after
  strike": the title's own, see _before_entry_time);
- a box item's date or read time on the line under its title ("12 Nov 2026 · 2 min
  read") goes with it (see _meta_line); a bare clock ("10:32"), "Minute 46" or "Part 2"
  there is a live blog's or a timeline's subhead's, and stays;
- otherwise (a sentence end comes first, a Title Case title, a next sentence that opens
  with a noun after a bare link) only the link words go and the rest stays: a bare link
  ("Continuar a ler") when a sentence opener follows it, or, written as widgets write it ("Читать
  далее", not "ЧИТАТЬ ДАЛЕЕ" or a Title Case "Read More"), any capitalised word that
  is not a name's first ("… упорство. Читать далее Победители получат …"); a link with
  a separator ("Lesen Sie auch:") always, a link with a closing mark ("Continue
  reading…") before a capital;
- a bare link in that case may also follow a flattened text's headline, which keeps no
  full stop, or a one-word label after a sentence ("Câmara aprova novo plano Continuar
  a ler A Câmara …", "… fertig sein. Anzeige Weiterlesen Die Kosten …"): only its words
  go, the headline and the label stay (the label is the promo cleaner's);
- a link at the start of a line keeps the paragraph rule: its title runs to the line end,
  unless an article sentence visibly follows the title in that line (a news API's
  flattened description, "Lees ook: <title> De gemeenteraad heeft … goedgekeurd."): then
  the title ends as above; with no end in sight, a line that ends as a sentence does
  keeps all but the link words, unless what follows the link is one short question (a
  headline that asks: "À lire aussi : Commerce : les bourgs se vident-ils ?", not a
  title and then a question: see _new_question), which goes with it;
- a link line that ends in a colon ("Read more:", "Seguir leyendo:"), or a read-also
  heading alone on a line with or without one ("Mehr zum Thema", "Lee también", "Bekijk
  ook": the links a pack marks ``{list}``), takes the linked titles after it: the next
  line if it is a title, the titles in its block (a related-links box in a text of
  blank-line paragraphs, or a list the markup cleaner's line breaks show nested in the
  box: see _nested_titles), or every title up to the end of the text. A title-shaped
  line after a blank line, once prose follows, may be the article's subhead: it stays.

>>> trailers("The council approved the budget.\\n\\nRead More: Council backs budget")
'The council approved the budget.'
>>> trailers("Rain is due. The post Rain is due appeared first on Weather Daily.")
'Rain is due.'
>>> trailers("Subscribers can read more on Tuesday.")
'Subscribers can read more on Tuesday.'

Users add wording without editing the package (a phrase with ``{title}``, ``{site}``,
``{domain}`` or ``{url}`` slots is a frame, anything else a read-more link; a link
ending in ``{list}`` also heads a list of titles, and a frame ending in it is such a
heading only, tried on a line of its own: "more from {site} {list}"; a phrase ending in
``{heading}`` is such a heading too, with no site: "trending now {heading}"; one ending
in ``{dated}`` heads only titles that each carry a date: "related {dated}"):

>>> mine = trailers_with(["Mehr bei uns", "Zuerst erschienen bei {site}"])
>>> mine("Der Rat tagte.\\nMehr bei uns")
'Der Rat tagte.'
>>> mine("Der Rat tagte. Zuerst erschienen bei Lokalblatt.")
'Der Rat tagte.'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources

from cleantext._core import KeptApart, Span, SpanCleaner
from cleantext._lazy import warm_up as lazy_warm_up
from cleantext._phrases import parse_pack
from cleantext.cleaners.trailers._credits import _credit_line
from cleantext.cleaners.trailers._phrase_book import _Book, _compile
from cleantext.cleaners.trailers._text_units import _spans

# --- packs and cleaners -------------------------------------------------------------------


def packaged_phrases() -> tuple[str, ...]:
    """Every packaged trailer phrase (links and frames), all languages, file order.

    The phrases are read from ``data/trailers.<lang>.txt`` as the pack parser gives them
    (comments and blank lines gone); nothing is compiled, and phrases added with
    :func:`trailers_with` are not among them.

    >>> phrases = packaged_phrases()
    >>> "read more" in phrases, "the post {title} appeared first on {site}" in phrases
    (True, True)
    """
    root = resources.files("cleantext") / "data"
    out: list[str] = []
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("trailers.") and entry.name.endswith(".txt"):
            out.extend(parse_pack(entry.read_text(encoding="utf-8")))
    return tuple(out)


@functools.lru_cache(maxsize=32)
def _book(extra: tuple[str, ...]) -> _Book:
    return _compile((*packaged_phrases(), *extra))


def _find(extra: tuple[str, ...], text: str) -> list[Span]:
    return _spans(_book(extra), text)


def _warm_up(extra: tuple[str, ...]) -> None:
    """Compile the phrase set's patterns now (``Pipeline.prepare``): the book, and the
    closed frames' alternations that ``_ByFirst`` would compile at the first hits, and the
    end scans that compile when first used (see ``_lazy``)."""
    book = _book(extra)
    if book.closed is not None:
        book.closed.warm_up()
    _credit_line()
    lazy_warm_up(__name__)


def trailers_with(extra_phrases: Iterable[str] = ()) -> SpanCleaner:
    """A ``trailers`` cleaner that also knows ``extra_phrases`` (same format as the packs).

    The packaged phrases still apply, with the same rules: an extra phrase goes only
    where a unit may start, never from inside an article sentence. The default
    :data:`trailers` is left unchanged; the new cleaner is also named ``trailers``, so
    ``Pipeline.replace`` swaps it in. Picklable: it is rebuilt from the phrases in each
    process that unpickles it.

    >>> mine = trailers_with(["Mehr bei uns"])
    >>> mine("Der Rat tagte.\\nMehr bei uns")
    'Der Rat tagte.'
    >>> trailers("Der Rat tagte.\\nMehr bei uns")
    'Der Rat tagte.\\nMehr bei uns'
    """
    extra = tuple(dict.fromkeys(" ".join(p.split()) for p in extra_phrases if p.strip()))
    # Units glued without a space ("Monday.Read More: …The council") can leave another
    # unit behind once one goes: settle within the cleaner, a few rounds at most.
    return SpanCleaner("trailers", KeptApart(functools.partial(_find, extra)), rounds=4,
                       warm_up=functools.partial(_warm_up, extra))


#: The default cleaner, with the packaged phrases.
trailers = trailers_with()
