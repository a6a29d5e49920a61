"""A bare "pesos" in a release that names no country is the peso of the one country its press e-mail
addresses are in ("…@turismo.gob.mx": the Mexican peso; "…@club.com.ar": the Argentine); a bare ".co"
domain says no country. Words and numbers of our own, a Mexican bulletin in HTML and an Argentine club's
release in plain text."""

from __future__ import annotations

from mediakit.core.analyse import parse_release


def _currencies(release: str, suffix: str) -> list[str | None]:
    return [f.currency for f in parse_release(release, suffix=suffix).figures if f.value >= 1e6]


def test_a_government_mailbox_of_mexico() -> None:
    html = ("<html><body><h1>Nuevo puente en Saltillo</h1><p>Saltillo, Coahuila, 3 de mayo de 2031. La obra costará "
            "850 millones de pesos.</p><p>Comunicación Social<br>prensa@obras.coahuila.gob.mx</p></body></html>")
    assert _currencies(html, ".html") == ["MXN"]


def test_a_club_mailbox_of_argentina() -> None:
    text = ("El club inaugura su nuevo estadio\n\nRosario, 9 de abril de 2031 – El club invirtió 4.800 millones de "
            "pesos en la obra.\n\nPrensa del club\nprensa@clubribera.com.ar\n")
    assert _currencies(text, ".txt") == ["ARS"]


def test_a_bare_co_domain_says_no_country() -> None:
    text = ("La startup cierra su ronda\n\nLa empresa levantó 900 millones de pesos.\n\nContacto\n"
            "prensa@startup.co\n")
    assert _currencies(text, ".txt") == [None]
