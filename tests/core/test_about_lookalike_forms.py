"""Boilerplate titles in the languages of Europe, and headings that only begin like one ("Over 3,000
volunteers", "Überblick"), in words of our own and in two styles (Markdown headings, and an HTML
page whose part titles are bold paragraphs)."""

from __future__ import annotations

import pytest

from mediakit.core.analyse import parse_release
from mediakit.core.structure.about import is_about_title

STORY = ("Het waterschap heeft deze week de nieuwe gemaalpomp in gebruik genomen, die bij zware regenval "
         "tweemaal zoveel water kan wegpompen als de oude installatie.")
BOILER = "draagt zorg voor dijken, sluizen en schoon water in een gebied met ruim veertig polders en vier steden."


def _markdown(title: str, text: str) -> list[str]:
    release = parse_release(f"# Nieuwe pomp draait\n\n{STORY}\n\n## {title}\n\n{text}\n", suffix=".md")
    return [part.title for part in release.about]


def _html(title: str, text: str) -> list[str]:
    page = (f"<html><body><main><h1>Nieuwe pomp draait</h1><p>{STORY}</p><p><strong>{title}</strong></p>"
            f"<p>{text}</p></main></body></html>")
    release = parse_release(page, suffix=".html")
    return [part.title for part in release.about]


STYLES = [_markdown, _html]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("title", [
    "Over Waterschap Lage Venen",
    "Über den Wasserverband Niederau",
    "À propos de l'Agence des Digues",
    "Acerca de la Mancomunidad del Río Tormes",
    "Sobre a Companhia de Águas do Vale",
    "Informazioni su Consorzio Bonifica Basso Piave",
])
def test_a_boilerplate_title_of_each_language(style, title):
    assert style(title, "Het waterschap " + BOILER) == [title]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("title", [
    "Over 3,000 volunteers helped",
    "Over the coming winter",
    "Überblick über die Arbeiten",
    "Sobretasa y cuotas",
    "Overview of the works",
])
def test_a_heading_that_only_begins_like_one_is_no_boilerplate(style, title):
    assert style(title, "The district " + BOILER) == []


def test_the_prefix_must_be_a_word_of_its_own():
    assert is_about_title("Über Niederau") and not is_about_title("Übersicht")
    assert is_about_title("Over Stichting Duinzicht") and not is_about_title("Over 40 jaar") \
        and not is_about_title("Over The Years")


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("title", ["Informazioni sull'Ente Parco Valtorta", "Informazioni sulla Cooperativa Brina",
                                   "A proposito dell'Associazione Ponti", "Acerca del Grupo Almendro"])
def test_an_about_title_with_its_article_joined_on_is_boilerplate(style, title):
    assert style(title, "Het bestuur " + BOILER) == [title]
