"""The cues the scan finds besides the packs' phrases: reading-time badges, comment and
share counts, the start of a copyright notice, and the [inline] labels looked for as
written (Swedish "Annons")."""

from __future__ import annotations

from cleantext._lazy import lazy

# Reading-time badges: "4 min read", "Lesezeit: 3 Min.", "3 minutos de lectura".
# Written lower case: the scan runs on lower-cased text. The longer word first in each
# alternation: the badge needs no word edge after it in the scan (flattened text glues
# the headline to it, "Temps de lecture : 3 minÀ Lavergne …", and lower case hides the
# capital), so the first spelling that fits is taken; ``_reading_time_ok`` then wants
# a capital, a separator or the line's end after it ("5 minimum" is no badge).
_MINUTES = r"(?:minuten|minutos?|minuti|min(?:ute)?s?|мин(?:ут[аы]?)?)\.?"
_READ_AFTER = (r"(?:reading|read|lesezeit|de\s+lecture|de\s+lectura|di\s+lettura"
               r"|de\s+leitura|leestijd|чтения)")
_READ_BEFORE = (r"(?:reading\s+time|read\s+time|lesezeit|lesedauer"
                r"|temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+di\s+lettura"
                r"|tempo\s+de\s+leitura|leestijd"
                r"|время\s+чтения)")
_BADGE = (
    rf"(?:\d{{1,3}}(?:[-–]\d{{1,3}})?[ \t]?{_MINUTES}[ \t]{{1,3}}{_READ_AFTER}"
    rf"|{_READ_BEFORE}[ \t]{{0,3}}:?[ \t]{{0,3}}(?:ca\.[ \t]?|~[ \t]?)?\d{{1,3}}[ \t]?{_MINUTES})"
    r"|(?:読了時間|阅读时间|閱讀時間)[:：]?[ \t]{0,3}約?\d{1,3}[ \t]?分(?:钟|鐘)?"
)
# "0 Comments", "12 Kommentare": a comment count, as a line or between sentences.
# WordPress share counters ("0 Shares") count too, capitalised only (``_scan``): "300
# shares Trump owned" is prose. Not the singular: "2019 Share this:" is a date and a
# share heading, and the count would hide the heading from the scan. Sites that call
# comments reactions count them so ("14 réactions", "8 reacties", "3 Reaktionen").
_COUNT = (r"\d{1,6}[ \t]?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|"
          r"comentários?|reacties|reactie|réactions?|reazioni|reaktionen|"
          r"комментари(?:й|я|ев)|shares|followers)(?!\w)")
# "Kommentare (325)", "Comments (12)", "Комментарии (4)": the same count as the comment
# link prints it, the number after the word (the words of ``_TALLY_WORDS``).
_TALLY_WORDS = ("comment", "comments", "kommentar", "kommentare", "commentaire",
                "commentaires", "comentario", "comentarios", "commento", "commenti",
                "comentário", "comentários", "reactie", "reacties", "комментарий",
                "комментарии", "комментария", "комментариев",
                # The later packs' comment links ("Diskuze (24)", "Komentarze (8)").
                "diskuze", "diskuse", "komentáře", "komentarze", "kommentarer", "kommentit",
                "hozzászólások", "comentarii", "yorumlar")
_TALLY = (r"(?:" + "|".join(sorted(_TALLY_WORDS, key=lambda w: (-len(w), w)))
          + r")[ \t]?\(\d{1,6}\)")
# Where a copyright notice may start; the notice itself is matched on the original.
_COPY = r"copyright|©|\(c\)"
# Scripts that do not space their words: a phrase in them needs no boundary after it.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"


# [inline] labels looked for as written, by ``str`` searches, not by the byte anchors:
# these can lead Swedish "Annons" only on its last letter, and stopping at every "s"
# that ends a word cost a twentieth of the cleaner's time. The gate looks for them as a
# line of their own (``_crumb_scans``, in the scan it makes after every line break);
# between two sentences they go in a text that something else let through (one more
# search of every text would cost ~1% of the cleaner's time).
_LITERAL_INLINE = ("Annons", "ANNONS")  # (the bytes ``_scan`` searches: "annons")
_LITERAL_SCAN = lazy(r"(?<!\w)(?:" + "|".join(_LITERAL_INLINE) + r")(?!\w)")
_LITERAL_KINDS = frozenset({"label", "inline"})
