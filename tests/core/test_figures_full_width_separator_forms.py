"""Full-width digits grouped by the full-width comma and split by the full-width full stop read as one
number ("３，２００社" is 3200, "３．８％" is 3.8 per cent), not as the digits after the separator.
Words and numbers of our own: a Japanese company's release in Markdown and a city's notice in HTML."""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def _markdown(title: str, body: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in parse_release(f"# {title}\n\n{body}\n", suffix=".md").figures]


def _html(title: str, body: str) -> list[tuple[float, str | None]]:
    page = f"<html><body><h1>{title}</h1><p>{body}</p></body></html>"
    return [(f.value, f.unit) for f in parse_release(page, suffix=".html").figures]


def test_a_grouped_count_in_a_company_release() -> None:
    body = "当社サービスの導入企業数は４，６００社を突破し、利用者は１２，５００人となりました。"
    assert _markdown("サービス導入企業が拡大", body) == [(4600, None), (12500, None)]


def test_a_decimal_share_in_a_city_notice() -> None:
    body = "本市の観光客数は前年度比２．７％増の１，８４０人でした。"
    assert _html("観光客数の速報値を公表します", body) == [(2.7, "%"), (1840, None)]


def test_a_comma_before_fewer_than_three_digits_still_separates() -> None:
    body = "対象となる施設は３，２か所の計５か所です。"
    assert (3.2, None) not in _markdown("施設の一覧", body)
