"""A contact block that gives an e-mail address alone first, under its label, and then two people's
lines each with a phone and no address of their own ("メールアドレス / press@… / 電話番号 / 氏名（所属）
電話 / …"), in words of our own and two styles (a Japanese React JSX page, a Chinese HTML
page): the address is both people's shared inbox, each contact carries it, and it is no contact of
its own."""

from mediakit.core.analyse import parse_release

JSX = """import React from 'react'
import styled from 'styled-components'
import Text from '../../components/Text'

const Title = styled(Text)`
  display: block;
  font-size: 2em;
`

const TextSmall = styled(Text)`
  display: block;
  font-size: 1em;
`

const TextMedium = styled(Text)`
  display: block;
  font-size: 1.1em;
`

function PressRelease310707 () {
  return (
    <Page>
      <Title>ひまわり学生会、駅前花壇の植え替えを実施</Title>
      <TextSmall>
      本日、ひまわり学生会のメンバー15名が駅前の花壇を植え替え、花の苗600株を植えました。次回は秋に実施する予定です。
      </TextSmall>
      <TextMedium>連絡先</TextMedium>
      <TextSmall>メールアドレス</TextSmall>
      <TextSmall>media@himawari-gakusei.jp</TextSmall>
      <TextSmall>電話番号</TextSmall>
      <TextSmall>石田花子（Himawari Tokyo）　080-1212-3434</TextSmall>
      <TextSmall>前川一郎（Himawari Sendai）　080-5656-7878</TextSmall>
    </Page>
  )
}

export default PressRelease310707
"""

HTML = """<html><body><h1>青禾志愿者协会完成社区图书角建设</h1>
<p>（杭州讯，2031年6月3日）青禾志愿者协会今日宣布，已在市内12个社区建成图书角，共捐赠图书8,000册。</p>
<h3>媒体联系</h3>
<p>电子邮件</p>
<p>media@qinghe-volunteers.cn</p>
<p>电话</p>
<p>王丽华（青禾杭州）　138-1234-5678</p>
<p>陈国强（青禾宁波）　139-8765-4321</p>
</body></html>"""


def _cards(release):
    return [(c.name, c.phones, c.emails) for c in release.contacts]


def test_an_inbox_over_two_people_is_theirs():
    assert _cards(parse_release(JSX, name="PressRelease310707.jsx")) == [
        ("石田花子", ["+818012123434"], ["media@himawari-gakusei.jp"]),
        ("前川一郎", ["+818056567878"], ["media@himawari-gakusei.jp"])]
    assert _cards(parse_release(HTML, name="r.html")) == [
        ("王丽华", ["+8613812345678"], ["media@qinghe-volunteers.cn"]),
        ("陈国强", ["+8613987654321"], ["media@qinghe-volunteers.cn"])]
