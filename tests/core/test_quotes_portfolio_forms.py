"""A role's portfolio written between the role and the name, in capitals like the name ("Minister
for Transport Aroha Tane", "Minister for Climate Change and Energy Chris Bowen"): the portfolio is the
role's, the speaker the name after it. Names and portfolios are invented."""

from mediakit.core.analyse import parse_release


def who(text: str, name: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in parse_release(text, name=name).quotes]


def test_a_ministers_one_word_portfolio_is_the_role_not_the_given_name():
    text = ("New ferry terminal for Port Awanui\n\nWELLINGTON, 3 March 2031 – The government will fund a new terminal.\n\n"
            "\"This terminal will carry a million passengers a year,\" said Minister for Harbours Rangi Tahuri.\n")
    assert who(text, "terminal.txt") == [("Rangi Tahuri", "Minister for Harbours")]


def test_a_portfolio_of_two_joined_by_and_is_the_role_in_markdown():
    text = ("# Grid upgrade approved\n\n**CANBERRA, 3 March 2031** – The upgrade was approved.\n\n"
            "Minister for Water and Regional Energy Lena Marsh said: \"The upgrade keeps the lights on in every town.\"\n")
    assert who(text, "grid.md") == [("Lena Marsh", "Minister for Water and Regional Energy")]


def test_a_name_set_off_by_commas_after_the_portfolio_keeps_its_given_name():
    text = ("# Grid upgrade approved\n\n**CANBERRA, 3 March 2031** – The Secretary for Regional Energy, Tom Hale, "
            "welcomed the upgrade.\n\n\"It keeps the lights on,\" Mr Hale said.\n")
    assert who(text, "grid.md") == [("Tom Hale", "Secretary for Regional Energy")]
