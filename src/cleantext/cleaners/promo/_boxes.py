"""The wording of boxes that go whole: a sponsored-links box's headings and credit
lines, a republish box's licence line, a sign-up form's e-mail field labels and what
follows them in flattened text (its button, consent line and note)."""

from __future__ import annotations

from cleantext._lazy import lazy

# A sponsored-links box: the headings Taboola, Outbrain and their clones print over it,
# and the starts of the credit line under it ("Promoted Links by Outclick", "Sponsored
# Links by Taboola", "Recommended by Outbrain"); both are pack labels, matched folded.
_BOX_HEADINGS = frozenset({"sponsored stories", "promoted stories", "sponsored links",
                           "sponsored content", "you may like", "around the web"})
_BOX_CREDITS = ("promoted links by", "sponsored links by", "recommended by")
# The titles between them: a box shows a few, each on a line (with its source's name).
_BOX_LINES = 12
# A box's heading and its credit on one line, parted by a bullet or a bar ("Sponsored
# content • Promoted links"): the titles under it are the box's.
_BOX_SEPARATOR = lazy(r"[ \t]*+[•·|][ \t]*+")
_BOX_HEAD_CREDITS = frozenset({"promoted links", "sponsored links"})


def _box_head(body: str) -> bool:
    """Whether a line is a box's heading and credit on one line (``_BOX_SEPARATOR``)."""
    parts = _BOX_SEPARATOR.split(body.casefold())
    return len(parts) == 2 and parts[0] in _BOX_HEADINGS and parts[1] in _BOX_HEAD_CREDITS
# A republish box's heading (pack [prompt]s, matched folded) and the licence line right
# under it, a line of nothing but the licence's sentence in full ("This work is
# licensed under a Creative Commons Attribution-NoDerivatives 4.0 International
# License."). Anywhere else, or with more after it, the words may be an article's
# ("This article is licensed under a Creative Commons Attribution licence, so …").
_REPUBLISH_HEADINGS = frozenset({"republish this story", "republish this article"})
_LICENCE_LINE = lazy(
    r"This[ \t](?:work|story|article)[ \t]is[ \t]licensed[ \t]under[ \t]a[ \t]Creative"
    r"[ \t]Commons[ \t]Attribution(?:-[A-Za-z]{1,20}){0,3}+(?:[ \t]\d\.\d)?"
    r"(?:[ \t]International)?[ \t]Licen[cs]e\.")
# The starts of the e-mail field's label in a sign-up form, matched folded; each is a
# pack label ("Enter your email", "Votre adresse e-mail").
_EMAIL_FIELDS = ("enter your email", "your email address", "votre adresse e-mail",
                 "votre adresse email", "ihre e-mail-adresse", "e-mail-adresse eingeben",
                 "tu correo electrónico", "introduce tu correo", "il tuo indirizzo email",
                 "la tua email", "je e-mailadres", "vul je e-mailadres", "seu e-mail",
                 "digite seu e-mail")
# What follows an e-mail field's label in a flattened sign-up form: the button ("Sign
# Up", "Subscribe"), the form's consent line ("By signing up, you agree to our Terms of
# Use and Privacy Policy.") and its note ("You may unsubscribe at any time."), at least
# one of the first two. Bounded: the consent line is a sentence of 200 characters.
_FORM_TAIL = lazy(
    r"(?:[ \t]{0,3}+(?:Sign[ \t]?[Uu]p|SIGN[ \t]?UP|Subscribe|SUBSCRIBE|Submit|SUBMIT"
    r"|Sign[ \t]me[ \t]up|Join|JOIN|Go)(?![\w-])[!.]?)?"
    r"(?:[ \t]{0,3}+By[ \t](?:signing[ \t]up|subscribing|clicking[^\n.]{1,40}?|submitting"
    r"[^\n.]{0,30}?),?[ \t]you[ \t](?:agree|acknowledge|accept)[^\n]{1,200}?[.](?=[ \t]|$))?"
    r"(?:[ \t]{0,3}+You[ \t](?:may|can)[ \t](?:unsubscribe|opt[ \t]out)[ \t]at[ \t]any[ \t]time"
    r"[^\n.]{0,40}[.])?")
# The consent line in what ``_FORM_TAIL`` matched: the form's own words to the reader.
_CONSENT = lazy(r"[ \t]you[ \t](?:agree|acknowledge|accept)")
# A sign-up box's heading and tagline above its e-mail field: this many lines at most.
_FORM_LINES = 3
_BOX_LINE = 100


def _box_line(body: str) -> bool:
    """A heading or tagline of a box: short, no sentence stop, not quoted."""
    return len(body) <= _BOX_LINE and not any(ch in body for ch in ".!?;\"“”„«»")
