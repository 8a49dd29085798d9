"""A prompt's lead-in question: the question a follow or sign-up prompt opens with on
its line, asking whether the reader wants to miss the news ("Sie wollen keine
Nachrichten aus dem Schwarzatal verpassen? Folgen Sie uns auf WhatsApp!", "Don't want
to miss a story? Follow us on WhatsApp.", "¿No quieres perderte nada? Síguenos …").
It goes with the prompt that the finder removed after it. Left alone: a question that
does not speak to the reader or names no missing ("Why did the council miss the
deadline?": the article asks), a question about missing anything but the news ("Why do
you miss so many buses?": a reader's question in a Q&A), a question in text with no
line breaks (flattened or glued: it has no line of its own), a line of more than one
sentence before the prompt, a question someone is quoted or reported asking (a colon or
a quotation mark in it), and any question whose prompt stays."""

from __future__ import annotations

from cleantext._core import Span
from cleantext._lazy import lazy_regex

# The verb of missing the news, and the reader spoken to, in the packs' languages.
_MISS = lazy_regex(
    r"(?i)(?<!\w)(?:miss(?:ing)?|verpassen|verpasst|rater|perder(?:te|se)?|perderti|perdere"
    r"|missen|mis|perca|perder)(?!\w)")
_READER = lazy_regex(
    r"(?i)(?<!\w)(?:you|sie|du|ihr|vous|tu|quieres|quiere|usted|vuoi|volete|je|u|jij|wil"
    r"|quer|você|don['’]?t[ \t]want)(?!\w)")
# What the reader would miss: the site's news, or anything at all ("… keine Nachrichten
# verpassen?", "… miss a story?", "… perderte nada?"). A question about missing a bus or a
# train is the article's or its reader's ("Why do you miss so many buses?").
_NEWS = lazy_regex(
    r"(?i)(?<!\w)(?:news|stor(?:y|ies)|updates?|headlines?|nachrichten|neuigkeiten|meldungen"
    r"|nieuws|noticias?|novedades|nouvelles|actualit[ée]s?|infos?|notizie|not[íi]cias"
    r"|novidades|nada|rien|nichts|niets|nulla|niente|anything|nothing)(?!\w)")
# The question's length at most, in characters.
_LEAD_IN = 150
# How far after the prompt's span its line's end is looked for.
_REST = 600


def _lead_ins(text: str, spans: list[Span]) -> list[Span]:
    """The lead-in questions (see the module) of the removed prompts in ``spans``: a
    span that runs from right after a question to its line's end takes the question
    from the line's start.

    >>> text = "Rain.\\nDon't want to miss a story? Follow us on WhatsApp.\\nMore."
    >>> _lead_ins(text, [(33, 56, "")])
    [(6, 33, '')]
    >>> text = "Rain.\\nWhy did the council miss it? Follow us on WhatsApp.\\nMore."
    >>> _lead_ins(text, [(34, 57, "")])
    []
    """
    found: list[Span] = []
    lined = "\n" in text  # once: a text with no line breaks has no lead-in's line
    for start, end, _ in spans:
        before = text[max(0, start - _LEAD_IN):start]
        question = before.rstrip(" \t")  # the span may take the space after "?" or not
        if not question.endswith("?"):
            continue
        line_start = question.rfind("\n") + 1
        # A real line: a break before it within reach, or the text's start in a text
        # that has line breaks. Flattened or glued text has no lines, and its start
        # would take whatever markup glued before the question.
        if line_start == 0 and (start > _LEAD_IN or not lined):
            continue
        asked = question[line_start:].strip()
        line_end = text.find("\n", end, end + _REST)
        if line_end == -1 and len(text) - end > _REST:
            continue  # the line runs on far past the prompt
        if text[end:len(text) if line_end == -1 else line_end].strip():
            continue  # the prompt's span does not reach its line's end
        if not asked or any(ch in asked[:-1] for ch in ".!?:\"“”„«»") or \
                _MISS.search(asked) is None or _READER.search(asked) is None or \
                _NEWS.search(asked) is None:
            continue
        found.append((start - len(before) + line_start, start, ""))
    return found
