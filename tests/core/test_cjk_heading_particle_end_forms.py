"""A Japanese headline split over two title elements where the first stops on a case particle
that needs the words after it ("…市長との" / "意見交換会を開催"): one headline, the pieces joined
with no space. A heading that closes its phrase stays apart. Words of our own, in two styles (a
React component with styled title elements, and an HTML page with two h1 elements)."""

from mediakit.core.analyse import parse_release

JSX = """import React from 'react'
import styled from 'styled-components'
import Text from '../../components/Text'

const Title = styled(Text)`
  display: block;
  font-size: 2em;
`

const Section = styled.div`
  margin: 2em 0;
`

function Release310412 () {
  return (
    <div>
      <Title>
        高校生、みなと市長との
      </Title>
      <Title>
        海岸清掃の今後に関する意見交換会を開催
      </Title>
      <Section>
        本日4月12日、みなと高校の生徒12名が市役所を訪れ、市長と海岸清掃の今後について意見を交わしました。生徒たちは昨年から毎月、浜辺のごみを拾い集めてきました。
      </Section>
    </div>
  )
}

export default Release310412
"""

HTML = """<html><body>
<h1>やまなみ鉄道が</h1>
<h1>夜行列車の運転を再開</h1>
<p>やまなみ鉄道は本日、五年ぶりに夜行列車の運転を再開すると発表しました。寝台車を二両連結し、週末に山あいの温泉町と港町を結びます。定員は64名です。</p>
</body></html>
"""


def test_a_headline_split_after_a_particle_in_a_jsx_component():
    release = parse_release(JSX, name="Release310412.jsx")
    assert release.title == "高校生、みなと市長との海岸清掃の今後に関する意見交換会を開催"


def test_a_headline_split_after_a_particle_in_html():
    release = parse_release(HTML, name="r.html")
    assert release.title == "やまなみ鉄道が夜行列車の運転を再開"


def test_a_closed_heading_is_not_joined_to_the_next():
    text = HTML.replace("<h1>やまなみ鉄道が</h1>", "<h1>やまなみ鉄道、秋の臨時便</h1>")
    release = parse_release(text, name="r.html")
    assert release.title == "やまなみ鉄道、秋の臨時便"
