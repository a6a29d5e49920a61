"""Calendar days as ISO text without ``datetime`` (``core.isodate``), and the analyser's import without it."""

import datetime
import subprocess
import sys

from mediakit.core.analyse import parse_release
from mediakit.core.isodate import iso_date, value_date


def test_a_day_that_exists_is_written_as_iso_text():
    assert iso_date(2031, 4, 9) == "2031-04-09"
    assert iso_date(2000, 2, 29) == "2000-02-29"  # a leap year by the 400-year rule
    assert iso_date(2028, 2, 29) == "2028-02-29"


def test_a_day_no_calendar_has_is_none():
    assert iso_date(2031, 4, 31) is None
    assert iso_date(1900, 2, 29) is None  # a century is no leap year
    assert iso_date(2031, 13, 1) is None
    assert iso_date(2031, 0, 1) is None
    assert iso_date(2031, 5, 0) is None
    assert iso_date(10000, 1, 1) is None


def test_date_values_give_their_day_and_other_values_none():
    assert value_date(datetime.date(2031, 4, 9)) == "2031-04-09"
    assert value_date(datetime.datetime(2031, 4, 9, 23, 30)) == "2031-04-09"
    assert value_date(20310409) is None
    assert value_date(None) is None


def test_an_impossible_dateline_day_gives_no_date_and_a_real_one_does():
    wrong = parse_release("# Harbour ferry timetable changes\n\nPORT ELLEN, 31 April 2031 – The ferry runs later.\n")
    right = parse_release("Harbour ferry timetable changes\n\nPort Ellen, 30. April 2031 – Die Fähre fährt später.\n",
                          name="release.txt")
    assert wrong.date is None
    assert right.date == "2031-04-30"


def test_a_front_matter_date_parsed_by_yaml_is_the_release_date():
    release = parse_release("---\ntitle: Library hours extended\ndate: 2031-02-28\n---\n\nThe library opens longer.\n")
    assert release.date == "2031-02-28"


def test_the_analysers_import_does_not_load_datetime():
    """``datetime``'s import is 1.2 ms of every ``--json`` run (see ``core.isodate``)."""
    code = ("import sys; from mediakit.core.analyse import default_release; import mediakit.core.figures, "
            "mediakit.core.quotes; print('datetime' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "False"
