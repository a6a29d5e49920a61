"""The headline of a page that prints it in no heading, only in its ``<title>`` beside the site's
name; in words of our own: a table-layout page of an old site and a CMS page set in divs."""

import pytest

from mediakit.core.analyse import parse_release

HEAD = "Orchard Trust Plants Six Hundred Trees on the Railway Path"
STORY = ("LEOMINSTER, England, 7 October 2032 – The county orchard trust will plant six hundred fruit trees "
         "along the old railway path this autumn, with volunteers from the villages it runs through.")


def _table_page(title: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><table><tr><td class='menu'>"
            "<a href='/'>Home</a><br><a href='/news'>News</a></td><td class='main'>"
            f"<font size='4'><b>{HEAD}</b></font><p>{STORY}</p><p>{STORY}</p></td></tr></table></body></html>")


def _div_page(title: str, logo: str = "") -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='top'>{logo}"
            "<a href='/'>Home</a></div><div class='content'>"
            f"<div class='release-title'>{HEAD}</div><p>{STORY}</p><p>{STORY}</p></div></body></html>")


@pytest.mark.parametrize("title", [f"Orchard Trust - {HEAD}", f"{HEAD} | Orchard Trust", f"Orchard Trust :: {HEAD}"])
def test_the_printed_part_of_the_page_title_is_the_headline(title):
    assert parse_release(_table_page(title), name="r.html").title == HEAD
    assert parse_release(_div_page(title), name="r.html").title == HEAD


def test_a_site_name_printed_as_a_logo_is_still_the_shorter_part():
    page = _div_page(f"Orchard Trust - {HEAD}", logo="<span class='logo'>Orchard Trust</span>")
    assert parse_release(page, name="r.html").title == HEAD


def test_only_the_site_name_printed_keeps_the_whole_title():
    page = (f"<html><head><title>Orchard Trust - {HEAD}</title></head><body><div>Orchard Trust</div>"
            f"<div><b>Orchard Trust</b> Plants Six Hundred <i>Trees</i></div><p>{STORY}</p></body></html>")
    assert parse_release(page, name="r.html").title == f"Orchard Trust - {HEAD}"
