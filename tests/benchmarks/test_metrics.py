"""The metrics against examples worked out by hand."""

from __future__ import annotations

import pytest
from benchmarks.metrics import Accumulator, score, squash, words


def test_words_are_lowercased_multisets_of_word_characters() -> None:
    assert words("Café, CAFÉ! l'été 2024") == {"café": 2, "l": 1, "été": 1, "2024": 1}


def test_squash_folds_whitespace_nfkc_and_curly_quotes() -> None:
    assert squash("\u201cOui\u201d,\u00a0dit-il.\n\n  Fin\u2019s") == "\"Oui\", dit-il. Fin's"


def test_perfect_output() -> None:
    s = score("The council met.", "The  council\nmet.")
    assert (s.precision, s.recall, s.exact, s.fp, s.fn) == (1.0, 1.0, True, 0, 0)


def test_junk_left_and_content_lost() -> None:
    # gold: the(1) council(1) met(1) on(1) monday(1) = 5 words
    # output: the council met share this -> tp 3 (the, council, met), fp 2, fn 2 (on, monday)
    s = score("The council met on Monday.", "The council met. Share this")
    assert (s.fp, s.fn, s.gold_words) == (2, 2, 5)
    assert s.precision == pytest.approx(3 / 5)
    assert s.recall == pytest.approx(3 / 5)
    assert not s.exact


def test_repeated_words_count_as_often_as_they_occur() -> None:
    # gold has "the" twice; output once -> one "the" lost; output "the" three times -> one extra
    assert score("the cat and the dog", "the cat and dog").fn == 1
    assert score("the cat and the dog", "the the the cat and dog").fp == 1


def test_ambiguous_words_count_neither_way() -> None:
    s = score("Rain fell.", "Rain fell. Photo: Ann Lee", ambiguous=["Photo: Ann Lee"])
    assert (s.fp, s.precision) == (0, 1.0)


def test_empty_output_and_empty_gold() -> None:
    empty_out = score("Rain fell.", "")
    assert (empty_out.precision, empty_out.recall) == (1.0, 0.0)
    empty_gold = score("", "")
    assert (empty_gold.precision, empty_gold.recall, empty_gold.exact) == (1.0, 1.0, True)
    junk_kept = score("", "Subscribe now")
    assert (junk_kept.precision, junk_kept.recall, junk_kept.fp) == (0.0, 1.0, 2)


def test_corpus_metrics_worked_by_hand() -> None:
    acc = Accumulator()
    # doc 1: dirty has 2 junk words (advertisement, subscribe); the output keeps "subscribe"
    # -> precision 3/4, recall 1, fp 1, fn 0; noise in 2
    acc.add("Rain fell today.", "Rain fell today. Subscribe",
            "Advertisement Rain fell today. Subscribe")
    # doc 2: dirty has 3 junk words; the output drops them and one gold word
    # -> precision 1, recall 1/2, fp 0, fn 1; noise in 3
    acc.add("Markets rose.", "Markets", "Markets rose. Read more here")
    res = acc.result()
    p, r = (0.75 + 1.0) / 2, (1.0 + 0.5) / 2
    assert res["docs"] == 2
    assert res["precision"] == pytest.approx(p)
    assert res["recall"] == pytest.approx(r)
    assert res["f1"] == pytest.approx(2 * p * r / (p + r))
    assert res["exact"] == 0.0
    assert res["noise_removed"] == pytest.approx(1 - 1 / 5)  # 1 junk word left of 5
    assert res["content_lost"] == pytest.approx(1 / 5)  # 1 gold word lost of 3 + 2


def test_identity_cleaner_removes_no_noise_and_loses_nothing() -> None:
    acc = Accumulator()
    dirty = "Advertisement\n\nRain fell."
    acc.add("Rain fell.", dirty, dirty)
    res = acc.result()
    assert (res["noise_removed"], res["content_lost"], res["recall"]) == (0.0, 0.0, 1.0)


def test_empty_corpus_scores_as_perfect() -> None:
    res = Accumulator().result()
    assert (res["docs"], res["precision"], res["noise_removed"], res["content_lost"]) == (
        0, 1.0, 1.0, 0.0)
