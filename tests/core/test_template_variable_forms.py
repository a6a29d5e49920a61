"""A template source whose headline sits in a variable shows it where the markup prints it.

Fixtures of our own, in template languages no sample uses: a Twig page setting its title with
``{% set %}`` and printing it through a filter, a Rails view with ``provide(:title, …)``, a
Svelte component and a Vue single-file component with the headline in their scripts, and an
Astro page whose code fence holds the title and date. A value that fills in other variables
is code, not text: it is never shown.
"""

from __future__ import annotations

from mediakit.core.analyse import load_release


def _release(tmp_path, name, source):
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return load_release(path)


BODY = ("<p>OSTRAVA, 14 September 2026 – The Silesian Rail Museum will restore three steam "
        "locomotives over the next two years with a grant from the regional government.</p>")


def test_a_twig_title_set_in_a_variable_is_the_headline(tmp_path):
    release = _release(tmp_path, "release.twig", (
        '{% extends "base.twig" %}\n{% set title = "Rail museum to restore three steam locomotives" %}\n'
        "{% block content %}<article><h1>{{ title|upper }}</h1>\n" + BODY + "\n</article>{% endblock %}\n"))
    assert release.title == "Rail museum to restore three steam locomotives"
    assert "{{" not in release.blocks[0].text


def test_a_rails_view_providing_its_title_shows_it(tmp_path):
    release = _release(tmp_path, "show.html.erb", (
        '<% provide(:title, "Rail museum to restore three steam locomotives") %>\n'
        "<h1><%= yield(:title) %></h1>\n" + BODY + "\n"))
    assert release.title == "Rail museum to restore three steam locomotives"


def test_a_svelte_component_prints_its_script_constants_and_drops_its_blocks(tmp_path):
    release = _release(tmp_path, "Release.svelte", (
        '<script>\n  const headline = "Museu ferroviário vai restaurar três locomotivas a vapor";\n'
        "  let open = false;\n</script>\n\n<article>\n  <h1>{headline}</h1>\n"
        "  <p>Lisboa, 3 de outubro de 2026 – O Museu Ferroviário vai restaurar três locomotivas a vapor "
        "com um apoio de 2 milhões de euros.</p>\n  {#if open}<p>{details}</p>{/if}\n</article>\n"
        "<style>h1 { color: navy; }</style>\n"))
    assert release.title == "Museu ferroviário vai restaurar três locomotivas a vapor"
    assert not any("{" in block.text or "navy" in block.text for block in release.blocks)


def test_a_vue_component_shows_its_template_and_its_title_constant(tmp_path):
    release = _release(tmp_path, "PressRelease.vue", (
        "<template>\n  <ReleaseLayout>\n    <h1>{{ title }}</h1>\n" + BODY + "\n  </ReleaseLayout>\n</template>\n"
        '<script setup>\nconst title = "Rail museum to restore three steam locomotives"\n'
        "const meta = { published: '2026-09-14' }\n</script>\n<style scoped>h1 { margin: 0 }</style>\n"))
    assert release.title == "Rail museum to restore three steam locomotives"
    assert release.date == "2026-09-14"
    assert not any("margin" in block.text or "const" in block.text for block in release.blocks)


def test_an_astro_code_fence_is_its_script_and_a_filled_in_value_is_never_shown(tmp_path):
    release = _release(tmp_path, "release.astro", (
        "---\nimport Layout from '../layouts/Layout.astro';\nconst site = \"Rail Museum\";\n"
        "const title = `${site} news`;\nconst headline = \"Rail museum to restore three steam locomotives\";\n---\n"
        "<Layout title={title}>\n  <h1>{headline}</h1>\n  " + BODY + "\n  <p>{title}</p>\n</Layout>\n"))
    assert release.title == "Rail museum to restore three steam locomotives"
    assert not any("news" in block.text or "import" in block.text for block in release.blocks)
