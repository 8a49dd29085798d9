"""Japanese and Chinese wording added to the packs after a probe of common site chrome.

Related-article headings and read-on links (trailers), share buttons, "see more" links
and reprint notices (promo), a cookie notice's pointer to the privacy policy and a
members-only wall (banners), each as a line between an article's paragraphs. Negative
table: article sentences that begin with or hold the same words stay. Japanese and
Chinese write no spaces between words, so a phrase here is also the start of longer
words ("関連記事によると", "微信上"): those sentences must stay whole. All text here is
written for these tests.
"""

import pytest
from tests.cleaners._articles import ARTICLES

from cleantext import clean

JUNK = [
    ("ja", "関連記事"),
    ("ja", "関連記事：新駅が開業"),
    ("ja", "あわせて読みたい"),
    ("ja", "合わせて読みたい：新しい図書館が完成"),
    ("ja", "記事の続きを読む"),
    ("ja", "シェア\nツイート\nはてブ"),
    ("ja", "もっと見る"),
    ("ja", "当サイトではCookieを使用しています。"
           "詳しくはプライバシーポリシーをご覧ください。\n同意する"),
    ("ja", "この記事は会員限定です。続きを読むにはログインしてください。"),
    ("zh", "推荐阅读"),
    ("zh", "推荐阅读：新桥开通"),
    ("zh", "点击阅读原文"),
    ("zh", "分享到：微信 微博"),
    ("zh", "查看更多"),
    ("zh", "更多精彩内容请关注我们"),
    ("zh", "未经授权禁止转载"),
]

ARTICLE_SENTENCES = [
    ("ja", "市議会は関連記事の削除を求めた。"),
    ("ja", "関連記事によると、工事は春に始まる。"),
    ("ja", "会員限定のイベントが開かれた。"),
    ("ja", "彼は「もっと見る必要がある」と述べた。"),
    ("zh", "推荐阅读的书目由图书馆公布。"),
    ("zh", "他在微信上发布了声明。"),
    ("zh", "微博用户对此议论纷纷。"),
    ("zh", "查看更多资料后，委员会作出决定。"),
]


@pytest.mark.parametrize(("lang", "junk"), JUNK)
def test_the_line_goes_from_between_paragraphs(lang: str, junk: str) -> None:
    first, second = ARTICLES[lang]
    assert clean(f"{first}\n\n{junk}\n\n{second}") == f"{first}\n\n{second}"


@pytest.mark.parametrize(("lang", "sentence"), ARTICLE_SENTENCES)
def test_an_article_sentence_with_the_same_words_stays(lang: str, sentence: str) -> None:
    first, second = ARTICLES[lang]
    for text in (f"{first}\n\n{sentence}\n\n{second}", f"{first}{sentence}{second}"):
        assert clean(text) == text
