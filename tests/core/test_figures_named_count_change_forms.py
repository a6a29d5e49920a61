"""Both ends of a change of a number the clause names before them ("the number of students rose
from 310 to 356", "die Zahl der Promovierenden stieg von 310 auf 356") are counts of that thing,
though no noun follows either; numbers in a change with no such name stay out."""

from mediakit.core.analyse import parse_release


def values(lead: str, text: str, name: str = "r.md") -> list[float]:
    return [f.value for f in parse_release(f"# Campus report\n\n{lead} – {text}\n", name=name).figures]


def test_a_named_numbers_change_gives_both_ends_in_english_and_german():
    assert values("LOWMERE, 3 March 2031", "The number of apprentices rose from 140 to 212 in two years.") == [140, 212]
    assert values("Rheinau, 3. März 2031", "Die Zahl der Promovierenden stieg von 310 auf 356.") == [310, 356]


def test_a_change_with_no_named_number_gives_no_bare_counts():
    assert values("LOWMERE, 3 March 2031", "The library is open from 9 to 5 on weekdays and the café from 8.") == []
