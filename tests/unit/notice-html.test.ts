import { expect, test } from 'vitest';
import { defaultNotice, fillNotice } from '../../src/lib/notice/notice';
import { toHtml } from '../../src/lib/render/hnode';
import { renderNotice, renderRecord } from '../../src/lib/render/notice-html';

test('the notice and its 版记 as HTML, user text escaped, unfilled parts marked', () => {
  const notice = fillNotice(
    { ...defaultNotice(), code: '某中', serial: '3', recipients: '<b>各处室</b>', date: '2026-06-29', cc: '某某市教育局' },
    { planTitle: [{ text: '某某市第一中学维稳工作应急预案' }], orgName: '某某市第一中学', kind: '专项应急预案' },
  );
  expect(toHtml(renderNotice(notice))).toMatchInlineSnapshot(`"<section class="notice" aria-label="印发通知"><p class="notice-mark">某某市第一中学文件</p><p class="notice-number"><span>某中〔2026〕3号</span></p><p class="notice-title">关于印发《某某市第一中学<br>维稳工作应急预案》的通知</p><p class="notice-recipients">&lt;b&gt;各处室&lt;/b&gt;：</p><p class="notice-body">现将《某某市第一中学维稳工作应急预案》印发给你们，请认真组织学习，结合实际抓好贯彻落实，并按预案要求做好应急准备和演练工作。</p><div class="signature" data-blank="2"><p data-r="4">某某市第一中学</p><p data-r="4">2026年6月29日</p></div></section>"`);
  expect(toHtml(renderRecord(notice))).toMatchInlineSnapshot(`"<section class="notice-record" aria-label="版记"><div class="record-lines"><p class="record-cc">抄送：某某市教育局。</p><p class="record-printed"><span><mark class="ph" data-field="notice-printer">【印发机关】</mark></span><span>2026年6月29日印发</span></p></div></section>"`);
});
