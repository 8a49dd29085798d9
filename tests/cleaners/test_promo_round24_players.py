"""The promo cleaner, round 24: an audio player's label with its length on a line of its
own goes; the label with a sentence after its minutes, and minutes after a word that
names no player, stay. The wordings are written for these tests."""

from __future__ import annotations

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

PLAYERS = [
    ("es", "Escuchar noticia · 4 min"),
    ("de", "Artikel anhören · 5 Min."),
    ("it", "Ascolta l'articolo 3 min"),
    ("fr", "Écouter l'article · 6 min"),
]


@pytest.mark.parametrize(("lang", "line"), PLAYERS, ids=[p[1] for p in PLAYERS])
def test_a_player_label_with_its_length_goes(lang: str, line: str) -> None:
    first, second = ARTICLES[lang][:2]
    assert clean(f"{first}\n\n{line}\n\n{second}") == f"{first}\n\n{second}"


PLAYER_STAYS = [
    # The label with more words after its minutes: a sentence.
    "Escuchar noticia · 4 min de lectura sobre el puerto y sus obras",
    # Minutes after a word that names no player.
    "Tipps · 4 min",
    # English "Listen" is a podcast's note as often as a player's label.
    "Listen · 45 min",
]


@pytest.mark.parametrize("line", PLAYER_STAYS, ids=[s[:24] for s in PLAYER_STAYS])
def test_a_label_with_more_after_its_length_stays(line: str) -> None:
    first, second = ARTICLES["es"][:2]
    text = f"{first}\n\n{line}\n\n{second}"
    assert line in clean(text)


def test_a_line_accounts_button_on_its_own_line_goes_in_japanese() -> None:
    first = "駅前の商店街で、毎年恒例の秋祭りが開かれた。"
    second = "主催者によると、来場者は昨年より二割多かった。"
    assert clean(f"{first}\n友だち追加はこちら\n{second}") == f"{first}\n{second}"


JA_STAYS = [
    "町は本日、公式LINEアカウントを開設しました。友だち追加はこちらから。",
    "町は「友だち追加はこちら」という偽メッセージに注意を呼びかけた。",
    "【公式LINE】開設のお知らせ",
    "友だち追加はこちらのボタンから行う。",
]


@pytest.mark.parametrize("line", JA_STAYS)
def test_the_button_in_a_sentence_stays_in_japanese(line: str) -> None:
    text = f"駅前の商店街で、秋祭りが開かれた。\n{line}\n主催者は喜んだ。"
    assert clean(text) == text
