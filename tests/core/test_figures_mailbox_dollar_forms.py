"""A release with no dateline place whose own e-mail addresses are all in one country with a dollar
of its own ("…@…org.au", "…@…govt.nz") gives a bare "$" that country's dollar; one that names a US
market, or whose addresses are in several countries, keeps the US dollar. Words and numbers of our
own, in a plain-text scrape and in an HTML page."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release


def _plain(body: str, contact: str) -> list[tuple[float, str | None]]:
    text = f"Reef volunteers log a busy year\n\nThursday 4 September 2031\n\n{body}\n\nMedia contact: {contact}\n"
    return [(f.value, f.currency) for f in parse_release(text, suffix=".txt").figures if f.kind == "money"]


def _html(body: str, contact: str) -> list[tuple[float, str | None]]:
    page = (f"<html><body><nav><a href='/'>Home</a></nav><main><h1>Reef volunteers log a busy year</h1>"
            f"<p>Thursday 4 September 2031</p><p>{body}</p><p>Media contact: {contact}</p></main></body></html>")
    return [(f.value, f.currency) for f in parse_release(page, suffix=".html").figures if f.kind == "money"]


BODY = "The trust received $3.1 million in grants and raised a further $275,000 from donors."


@pytest.mark.parametrize("style", [_plain, _html])
def test_an_australian_mailbox_makes_the_dollar_australian(style) -> None:
    assert style(BODY, "Ada Merritt, press@reeftrust.org.au") == [(3.1e6, "AUD"), (275000, "AUD")]


@pytest.mark.parametrize("style", [_plain, _html])
def test_a_new_zealand_government_mailbox_makes_the_dollar_new_zealand(style) -> None:
    assert style(BODY, "Rangi Poutama, rangi.poutama@conservation.govt.nz") == [(3.1e6, "NZD"), (275000, "NZD")]


@pytest.mark.parametrize("style", [_plain, _html])
def test_a_us_market_keeps_the_us_dollar(style) -> None:
    body = BODY + " The trust's sponsor Corvane Inc. (NYSE: CRVN) matched every gift."
    assert style(body, "Ada Merritt, press@reeftrust.ca") == [(3.1e6, "USD"), (275000, "USD")]


@pytest.mark.parametrize("style", [_plain, _html])
def test_mailboxes_in_two_countries_keep_the_us_dollar(style) -> None:
    got = style(BODY, "Ada Merritt, press@reeftrust.org.au; Rangi Poutama, rangi@reeftrust.co.nz")
    assert got == [(3.1e6, "USD"), (275000, "USD")]
