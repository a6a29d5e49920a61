"""A whole page flattened into one paragraph, in words of our own and two styles (plain text in
German, Markdown in English): the paragraph is cut at its run-in dateline, so the headline, the
date and the place are the release's, not the site's menu run into them."""

from mediakit.core.analyse import parse_release

DE_PLAIN = ("Start Über uns Presse Pressemitteilungen Jobs Kontakt Pressemitteilungen Neue Fähre verbindet "
            "Lindau und Bregenz Lindau, 4. Juni 2031 – Die Bodensee-Schifffahrt Lindau hat heute eine neue "
            "Fährlinie nach Bregenz eröffnet. Die Fähre fährt im Sommer stündlich und bietet Platz für 300 "
            "Fahrgäste. „Wir bringen die Ufer näher zusammen“, sagte Geschäftsführerin Anna Roth.\n")

EN_MARKDOWN = ("Skip to content Services Pricing Blog Careers Contact Tallgrass Wind Finishes Its Largest "
               "Turbine Farm SALINA, Kan., June 4, 2031 /PRNewswire/ -- Tallgrass Wind today switched on "
               "48 turbines on the plains west of town, enough for 60,000 homes. \"This is the biggest day "
               "in our history,\" said chief executive Roy Dale.\n")

ONE_STORY = ("The harbour board met on Monday and agreed the budget for the coming year after a long debate "
             "about fees. " * 4 + "\n")


def test_a_flattened_page_shows_its_headline_date_and_place():
    release = parse_release(DE_PLAIN, name="r.txt")
    assert (release.title, release.date, release.place) == (
        "Neue Fähre verbindet Lindau und Bregenz", "2031-06-04", "Lindau")
    release = parse_release(EN_MARKDOWN, name="r.md")
    assert (release.title, release.date, release.place) == (
        "Tallgrass Wind Finishes Its Largest Turbine Farm", "2031-06-04", "SALINA, Kan.")


def test_a_long_paragraph_without_a_dateline_is_left_whole():
    release = parse_release(ONE_STORY, name="r.txt")
    assert len([b for b in release.blocks if b.text]) == 1
