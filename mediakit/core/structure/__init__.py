"""Find a release's structure in its blocks: headline, labels, dateline, sections, boilerplate.

Hand-written because the cues are press-release conventions (a "For Immediate Release"
label, a ``PLACE, date –`` dateline, a bold line standing alone as a title), which no
date or document library knows. One module per step:

- ``dates``: dates in the forms releases write them; ``labels``: labels and the embargo;
- ``headline``: the headline and a date above it; ``masthead``: the publisher's lines over it;
  ``embedded``: the headline of a release set under a rule in a post;
  ``pagehead``: the page's own headings over it (a breadcrumb, a kit's title, a table of contents);
- ``dateline``: ``PLACE, date –``; ``signoff``: the place of a sign-off by the end mark or closing the text;
  ``agency``: an agency's dispatch with no full date;
- ``places``: a place's patterns, and a place to its phone region; ``chrome``: page chrome and the story's end;
- ``headings``: which blocks title a part of the body (``contact_titles``: the contacts' label);
  ``sections``: the heading tree;
- ``about``: the boilerplate and the issuer; ``vocab``: the lexicon's structure words as patterns.
"""

from __future__ import annotations

from .about import about_parts, about_subject, organization, run_in_about
from .chrome import end_of_body, is_chrome, mark_chrome
from .dateline import Dateline, find_dateline, place_above_title, stands_alone_possible
from .dates import DateMatch, find_date, front_matter_date, stamped_date
from .embedded import embedded_headline
from .headline import date_above_title, find_title, mark_title_repeats, strip_site_suffix
from .labels import embargo_date, embargo_text, is_immediate, is_label, labelled_date, mark_labels, parse_embargo
from .places import region_for_place
from .printed import clean_title
from .sections import build_sections, first_part_start, heading_candidate, slugify
from .signoff import signoff_place

__all__ = [
    "DateMatch", "Dateline", "about_parts", "about_subject", "build_sections", "clean_title",
    "date_above_title", "embargo_date", "embedded_headline", "embargo_text", "end_of_body", "find_date", "find_dateline", "find_title",
    "first_part_start",
    "front_matter_date", "heading_candidate", "is_chrome", "is_immediate", "is_label", "labelled_date", "mark_chrome",
    "mark_labels", "mark_title_repeats", "organization", "parse_embargo", "place_above_title", "region_for_place",
    "run_in_about", "signoff_place", "slugify", "stamped_date", "stands_alone_possible", "strip_site_suffix",
]
