"""A currency named before the amount: Chinese writes "美元1.5億", "欧元3亿", "港元20亿" as well as
"5亿美元", and Indian releases "Rs. 3,412 crore" with a dot after the sign, which ends no
sentence. Fixtures of our own in a Traditional Chinese HTML page, a Simplified Chinese Markdown
release and an English plain-text one."""

from __future__ import annotations

from mediakit.core.analyse import parse_release

Found = tuple[float, str | None]


def _found(release) -> list[Found]:
    return [(round(f.value, 2), f.currency) for f in release.figures]


def test_currency_names_before_the_amount_in_an_html_page():
    page = ("<html><body><h1>永昌精密公布上半年營運成果</h1><p>永昌精密今日表示，公司取得美元1.2億元的聯合授信，"
            "並以歐元4,500萬收購德國子公司，另投資日圓30億興建新廠。</p></body></html>")
    found = _found(parse_release(page, suffix=".html"))
    assert (120_000_000, "USD") in found and (45_000_000, "EUR") in found
    assert (3_000_000_000, "JPY") in found


def test_currency_names_before_the_amount_in_markdown():
    release = parse_release("# 海川物流发布年度业绩\n\n海川物流全年营收达港元85亿，海外业务收入为美元3.6亿，"
                            "另获得英镑2,000万的绿色贷款。\n", suffix=".md")
    found = _found(release)
    assert (8_500_000_000, "HKD") in found and (360_000_000, "USD") in found
    assert (20_000_000, "GBP") in found


def test_rupees_written_with_a_dot():
    release = parse_release("Monsoon Cables Reports Results\n\nPUNE, India, May 2, 2025 -- Revenue rose to "
                            "Rs. 2,318 crore for the year, while exports stood at Rs. 412.5 crore.\n", suffix=".txt")
    found = _found(release)
    assert (23_180_000_000, "INR") in found and (4_125_000_000, "INR") in found
    contexts = [f.context for f in release.figures if f.currency == "INR"]
    assert all(c.startswith("PUNE") or c.startswith("Revenue") for c in contexts)


def test_rupees_glued_to_the_dot_in_markdown():
    release = parse_release("# Monsoon Cables Reports Results\n\nNet profit rose to Rs.245 crore and exports "
                            "to Rs.1,250 crore in the year.\n", suffix=".md")
    found = _found(release)
    assert (2_450_000_000, "INR") in found and (12_500_000_000, "INR") in found
