/**
 * Size budgets per page type, in gzip bytes: the HTML itself (its markup, without the inline <style>
 * blocks the build writes), the CSS (inline blocks and any linked file), and the JavaScript
 * it loads before any interaction (entry scripts and their static imports; Pagefind and the .docx
 * writer load on demand and are reported by `npm run bench`).
 */
export const BUDGETS = [
  // Home and catalog pages list every template they cover, about 0.1 KB gzip each: issue #21 takes the
  // catalog from 22 to 29 templates (27 templates: home 4.7 KB, the 专项应急预案 list 5.0 KB).
  { type: 'home', pages: /^index\.html$/, html: 5_500, css: 5_000, js: 2_000 },
  { type: 'catalog', pages: /^(type|kind)\//, html: 5_500, css: 5_000, js: 2_000 },
  { type: 'chooser', pages: /^choose\//, html: 3_000, css: 5_000, js: 2_000 },
  // The form is built into the page (+4.6 KB school, +6.5 KB township) and its code loads on first use:
  // HTML rose, JavaScript before interaction fell from 13.5 KB to under 2 KB.
  // Plan pages also link document.css (+1.2 KB): the print stylesheet that reproduces the .docx and
  // the 印发通知 preview. Template pages carry the closed panels for 印发通知, 本单位信息 and 草稿 (+0.5 KB).
  // Issue #24 added the 撤销 bar, the 印发通知 choice and 我的草稿 (+0.2 KB CSS: 6.7 KB).
  { type: 'template', pages: /^templates\/[^/]+\/index\.html$/, html: 25_500, css: 7_000, js: 4_000 },
  { type: 'example', pages: /^templates\/[^/]+\/example\//, html: 18_000, css: 7_000, js: 4_000 },
  // The guide gained a 目录 and a link to 选哪种预案 (+0.2 KB) on top of main's new plan links.
  // Under a base path (/yuan/) every link is 5 characters longer: 12.5 KB.
  { type: 'guide', pages: /^guide\//, html: 13_000, css: 5_000, js: 2_000 },
  // The search page embeds the section index (titles and first words of every section) that the
  // first search needs anyway: one request fewer than fetching it, and no extra round trip.
  // 27 templates: 30.3 KB; each new template adds about 0.6 KB of section index.
  // Issue #19 reads the query before searching (full-width and traditional characters, words the plans
  // never use set aside): +2.9 KB of JavaScript (11.1 KB); the character tables load only when needed.
  // Its second round (fuzzy-pinyin typos, office words as context, 另见 for sibling sections, a topic
  // query's action sections, preamble sections held back): 12.4 KB. The first search still transfers
  // under 150 KB (npm run bench).
  // Its third round (a topic's core chapters, a question's action sections, siblings by outline, the
  // idle preparation in slices): 13.4 KB.
  // Issue #23 loads the word segmenter's dictionary in a small worker, so the page's own first
  // segmentation is no longer one long task (Lighthouse): 13.6 KB. Then words Pagefind marks a
  // character at a time, verb particles kept in the plans' words, and the preparation shared with a
  // search that starts before it ends: 13.8 KB. Then the whole index read into Pagefind's worker once
  // the site is stored offline, and title matches made while Pagefind searches: 14.0 KB. Then the
  // index read in after a first visit's first search, out of the way of typing, search work started
  // by the visitor's first act, and the chunks a query's words spill into loaded first: 14.6 KB.
  // The vocabulary grew from 107 to 328 entries of everyday, regional and older words (被电打了 → 触电,
  // 发大水 → 洪水, 三防办): +4.7 KB of HTML (37.5 KB). It is part of the page, not of the first search's
  // Pagefind files, which stay at 143 KB.
  // A word few pages hold searched on its own (漫水桥, 鸣锣), and questions of how long (多久) and of
  // what counts (算不算) asking for those sections: 15.2 KB of JavaScript.
  // The vocabulary embedded packed ("打人|打了人>殴打|暴力伤害" instead of objects): 0.7 KB less HTML
  // for 0.1 KB more JavaScript (15.6 KB), and one query's searches and page reads made once.
  // A frequency question (多久排查一次) asking for the routine sections instead of time limits: 15.7 KB.
  // The homophone search moved into the typo table's lazy chunk, which loads only for a query the
  // lexicon cannot read: 15.6 KB with its new checks (a character the plans use is changed only to
  // make a word or with a heading's confirmation). The asker's post (门卫, 值班电工, 幼儿园园长) read
  // by its ending and counted for less in section titles: 15.9 KB. Vocabulary from outsider20–22's
  // misses (四性, 集体访, 硬闯, the joint-defence organisation words) brought the HTML to 38.5 KB at / and
  // 23 B more under a base path (/yuan/), which the nginx run of a clean clone of 0839967 found over;
  // the JavaScript is 17 B more there too (15,998 B).
  // A particle typed for a homophone read with its neighbour (就援 → 救援, 排茶 → 排查), and a word typed
  // onto the asker's post (急诊 of 急诊护士) read as part of it: 16.35 KB at /.
  // 120 everyday phrases for the situations of all 29 plans (肚子疼 → 腹痛, 拍成视频 → 拍摄, 叉车撞人 →
  // 车辆伤害), drafted per plan rather than from a query set's misses: 42.0 KB of HTML at /. The first
  // search stays within its 150 KB (npm run bench). Roman level numerals (Ⅳ级 → 四级), words made of
  // particles alone ending a chunk (要写), an organisation word the segmenter split joined again where a
  // part begins (幼儿|园保育员), and a search waiting for chunks still loading: 16.6 KB of JavaScript at /.
  // A section's body match weighed by the share of the query's words its text holds (交接班 over
  // 值班安排 for 值班 交班 签字), the card of a plan that fills the first five counted, and a chapter
  // listed with one of its parts listed as that part: 17.1 KB.
  // 259 more everyday phrases, drafted per plan by two writers who read only the templates (卡住 喘不上气 →
  // 呼吸困难, 划片 → 包片, 派几个人 → 相互支援): 49.4 KB of HTML at /. Still no part of the first
  // search's Pagefind files, which stay under 150 KB. A long typed stretch weighed by its words, and a
  // word spoken apart by 了 joined again (着了火 → 着火): 17.4 KB of JavaScript at /, 17 B more under /yuan/.
  // outsider33's and outsider34's misses: an IME slip typed on its own read as a word of the plans' text
  // (触店 → 触电), the unit a report goes up to (报到镇上) not taken for the asker's, the search going on
  // until the plan a heading word belongs to is read (扰乱医疗秩序), a slip heard by its character's usual
  // reading, and a repaired particle joined to the word before it (敏感时其 → 敏感时期): 17.7 KB of
  // JavaScript at /, 17.75 KB under /yuan/. Eight new vocabulary entries and four extended (发烧请假,
  // 欠了工资, 把报警关了, 第一次发, 清淤): 50.2 KB of HTML at /, 24 B more under /yuan/.
  // outsider35's and outsider36's misses: a stretch cut from its word only by an organisation word is no
  // slip typed on its own (客服 of 公司客服), a hospital someone is taken to is not the asker's (送医院), a
  // workplace typed before a post with a place's last character between is part of the post (服务区经理),
  // and an organisation with a kind typed shorter than the title gets the card (村委会 突发事件预案):
  // 18.1 KB of JavaScript at /. Their vocabulary and outsider37's and outsider38's (爆料, 几级, 归哪一类,
  // 报批, 评些啥, 设在哪; 范本, 到底 and 这种事 as question words): 50.8 KB of HTML at /.
  // outsider39–41's misses (a plan that was read lists its headings holding a query word, a first step
  // where a plan has none, traditional characters of the vocabulary's own words): 18.49 KB of JavaScript
  // at /, and 18,506 B under /yuan/, which CI's nginx run of 73adcd6 found 6 B over. The title matches
  // made once for both bars (a plan's headings and a read plan's): 18.38 KB at /, 18.40 KB under /yuan/;
  // HTML 51.9 KB. The budget keeps about 0.6 KB of JavaScript and 1 KB of HTML for the next round.
  // outsider42–45's misses (each thing a question asks answered on its own, a post whose duties are asked
  // for) and their vocabulary: 18.52 KB of JavaScript and 52.2 KB of HTML at /, 18.54 KB and 52.2 KB under /yuan/.
  { type: 'search', pages: /^search\//, html: 53_000, css: 5_000, js: 19_000 },
  // The plan check runs its checker before a file is opened; the .docx reader loads on demand.
  { type: 'check', pages: /^check\//, html: 5_000, css: 5_000, js: 15_000 },
  { type: '404', pages: /^404\.html$/, html: 4_000, css: 5_000, js: 2_000 },
];
