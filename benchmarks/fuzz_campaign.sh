#!/bin/sh
# A long fuzz campaign of the core (not run by CI): the property tests of tests/core/test_fuzz.py
# with MEDIAKIT_FUZZ_EXAMPLES examples each (default 34,000; three tests make ~100,000).
# Usage: sh benchmarks/fuzz_campaign.sh [EXAMPLES_PER_TEST]
set -eu
cd "$(dirname "$0")/.."
MEDIAKIT_FUZZ=campaign MEDIAKIT_FUZZ_EXAMPLES=${1:-34000} \
    exec .venv/bin/python -m pytest -q -p no:cacheprovider tests/core/test_fuzz.py \
    --hypothesis-show-statistics -o timeout=0
