"""A quotation two people give together ("said Mayor Ann Roe and Commissioner Tom Poe in a joint
statement", "sagten Anna Roe und Tom Poe") is a quote of each of them, with each one's role; a
phrase whose second half names no person ("president and CEO") stays one speaker. Names, places and
numbers are invented."""

from mediakit.core.analyse import parse_release


def quoted(text, name):
    return [(q.speaker, q.role, q.text[:20]) for q in parse_release(text, name=name).quotes]


def test_two_officials_in_a_joint_statement_in_plain_text():
    text = ("New Ferry Pier Opens\n\nMARLOW BAY, Ore. – The new ferry pier opened on Friday.\n\n"
            "\"Our two towns are closer than ever,\" said Mayor Ingrid Solberg and County Commissioner Femi Adeyemi "
            "in a joint statement.\n")
    assert quoted(text, "release.txt") == [("Ingrid Solberg", "Mayor", "Our two towns are cl"),
                                           ("Femi Adeyemi", "County Commissioner", "Our two towns are cl")]


def test_two_speakers_before_the_verb_in_german_html():
    html = ("<html lang=\"de\"><body><h1>Neue Fähre eröffnet</h1><p>Die neue Fähre fährt seit Montag.</p>"
            "<p>„Beide Ufer rücken damit näher zusammen“, sagten Greta Holm und Lars Eberle.</p></body></html>")
    assert [q[0] for q in quoted(html, "release.html")] == ["Greta Holm", "Lars Eberle"]


def test_a_role_joined_by_and_stays_one_speaker():
    text = ("New Ferry Pier Opens\n\nMARLOW BAY, Ore. – The new ferry pier opened on Friday.\n\n"
            "\"Our two towns are closer than ever,\" said Ingrid Solberg, president and CEO of Bay Ferries.\n")
    assert [q[0] for q in quoted(text, "release.txt")] == ["Ingrid Solberg"]


def test_a_joiner_inside_the_role_after_a_comma_stays_one_speaker_markdown():
    text = ("# Cold Store Opens\n\nSpeaking at the launch, Meera Joshi, Founder and CEO, Kaveri Foods, said, "
            "\"Every grower in the district can now keep a harvest fresh for a week.\"\n")
    assert [q.speaker for q in parse_release(text, name="release.md").quotes] == ["Meera Joshi"]
