"""Whether words speak to the reader ("you", "unser", "vous", German's polite "Sie"),
false friends aside (French "du", Portuguese "nos")."""

from __future__ import annotations

from cleantext._lazy import lazy_regex

# Written as here or capitalised, never in capitals: "US" is a country, not "us".
_READER_WORDS = ("you", "your", "yours", "us", "our", "we", "je", "jij", "u", "uw", "ons",
                 "onze", "wij", "du", "dein", "ihr", "uns", "unser", "vous", "votre", "vos",
                 "nous", "notre", "usted", "tu", "nos", "nuestro", "nuestra",
                 # Italian and Portuguese: "Sostieni la nostra redazione.", "Apoie o
                 # nosso jornalismo.", "Você pode ajudar." (not Italian "sua", which
                 # is also "his", nor "ti": "ti" is also a Spanish pronoun in quotes).
                 "nostro", "nostra", "nostri", "nostre", "tuo", "tua", "tuoi",
                 "nosso", "nossa", "nossos", "nossas", "você", "vocês")
_SECOND_PERSON = lazy_regex(
    r"\b(?:" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _READER_WORDS) + r")\b")


# Capitalised words that go on a prompt rather than start a sentence: German's polite
# and familiar pronouns ("Melden Sie sich jetzt an"), English "I".
_PRONOUNS = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Du", "Dich",
                       "Dir", "Dein", "Deine", "Deinen", "Euch", "Euer", "I"})


# Romance words that are also a reader word of _READER_WORDS: French "du" (of the) is
# German "du" (you). In a text that holds a French article, "du" speaks to no one ("La
# newsletter du syndicat compte 15 000 abonnés.").
# Not "des": German has it too ("den Newsletter des Vereins, dann verpasst du nichts"
# speaks to the reader).
_FRENCH_ARTICLE = lazy_regex(r"(?<!\w)(?:(?:[Ll]es?|[Ll]a|[Uu]ne?)(?!\w)|[Ll]['’](?=\w))")
# Spanish and French "nos" (us, our) is Portuguese "nos" (in the: "nos últimos anos"):
# in a text with a word only Portuguese writes, it speaks to no one, unless it is
# joined to its verb ("Siga-nos", "Apoie-nos": a pronoun).
_PORTUGUESE = lazy_regex(r"(?<!\w)(?:[Tt]ambém|[Ee]stá|[Aa]pós|[Pp]el[oa]s?|[Aa]os?|[Nn]as"
                            r"|[Nn]uma?|[Uu]mas?|é|[Ee]m|[Ff]oi|[Ff]oram|[Aa]inda|[Dd][oa]s?"
                            r"|[^\W\d_ãõ]{0,20}+[ãõ]\w{0,20}+)(?!\w)")
_FALSE_FRIENDS = {"du": _FRENCH_ARTICLE, "nos": _PORTUGUESE}


def _reader_word(text: str, start: int, end: int) -> bool:
    """Whether a reader word (``_READER_WORDS``) stands in ``start``-``end``, not
    counting a false friend (``_FALSE_FRIENDS``) in a text of the language it is a
    false friend in."""
    other: dict[str, bool] = {}
    for m in _SECOND_PERSON.finditer(text, start, end):
        word = m.group().casefold()
        if text[max(0, m.start() - 7):m.start()].casefold() == "rendez-":
            continue  # the noun "rendez-vous" ("au rendez-vous dès sept heures")
        language = _FALSE_FRIENDS.get(word)
        if language is None or text[m.start() - 1:m.start()] == "-":
            return True
        if word not in other:
            other[word] = language.search(text, start, end) is not None
        if not other[word]:
            return True
    return False


def _addresses_reader(text: str, start: int, end: int) -> bool:
    if _reader_word(text, start, end):
        return True
    # German's polite "Sie", "Ihr": a capital inside the sentence, not its first word.
    return any(w in _PRONOUNS and w != "I" for w in text[start:end].split()[1:])
