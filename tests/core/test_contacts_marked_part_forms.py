"""A Japanese release whose parts are titled after a heading mark ("◯連絡先", "◯参加者のコメント",
the large circle as well as 〇 ○ ◆ ■), the contact part followed by the next marked part, in words of
our own and two styles (plain text, a React JSX page): the contacts' title is a section, the contact
block ends at the next marked title, and that title is a section too."""

from mediakit.core.analyse import parse_release

TEXT = """若葉ユース、河川清掃の報告会を開催

本日、若葉ユースのメンバー12名が市役所を訪れ、河川清掃活動の成果を報告しました。当日は市長との意見交換も行われ、今後の連携について話し合いました。

◯連絡先
メールアドレス
press@wakaba-youth.jp
電話番号
山田花子（若葉ユース東京）　080-1111-2222

◯参加者のコメント
◎佐藤太郎（若葉ユース大阪 / 高校3年）
川をきれいにする活動を続けることで、地域の皆さんと一緒に未来を守りたいと考えています。
"""

JSX = """import React from 'react'
import styled from 'styled-components'
import Text from '../../components/Text'

const TitleContainer = styled.div`
  text-align: center;
`

const Title = styled(Text)`
  display: block;
  font-size: 2em;
`

const Section = styled.div`
  margin: 2em 0;
`

const Body = styled.div`
  line-height: 1.9;
`

const TextSmall = styled(Text)`
  display: block;
  font-size: 1em;
`

const TextMedium = styled(Text)`
  display: block;
  font-size: 1.1em;
`

function PressRelease310506 () {
  return (
    <Page>
      <TitleContainer>
        <Title>みどり学生会、植樹イベントの結果を発表</Title>
      </TitleContainer>
      <Body>
        <Section>
        本日、みどり学生会は先月行った植樹イベントで、参加者340名が苗木1,200本を植えたと発表しました。次回は秋に開催する予定です。
        </Section>
        <TextMedium>◯代表連絡先</TextMedium>
        <TextSmall>メールアドレス</TextSmall>
        <TextSmall>info@midori-gakusei.jp</TextSmall>
        <TextSmall>電話番号</TextSmall>
        <TextSmall>高橋一郎（みどり学生会）　090-5555-6666</TextSmall>
        <br />
        <TextMedium>◯市役所での報告会参加者からのコメント</TextMedium>
        <TextSmall>◎中村さくら（みどり学生会 / 大学2年）</TextSmall>
        <TextSmall>
        多くの方に参加していただき、緑を増やす大切さを伝えることができました。これからも活動を広げていきます。
        </TextSmall>
      </Body>
    </Page>
  )
}

export default PressRelease310506
"""


def _titles(release):
    return [s.title for s in release.sections]


def test_the_contact_block_ends_at_the_next_marked_title():
    release = parse_release(TEXT, name="r.txt")
    assert _titles(release)[:2] == ["連絡先", "参加者のコメント"]
    assert [(c.name, c.phones) for c in release.contacts if c.name] == [("山田花子", ["+818011112222"])]
    release = parse_release(JSX, name="PressRelease310506.jsx")
    assert _titles(release)[:2] == ["代表連絡先", "市役所での報告会参加者からのコメント"]
    assert [(c.name, c.phones) for c in release.contacts if c.name] == [("高橋一郎", ["+819055556666"])]
