import { describe, expect, test } from 'vitest';
import { buildLexicon, buildTypos, indexedText } from '../../scripts/search-words.mjs';
import { readQuery, type QueryAids } from '../../src/lib/search/engine';
import { Lexicon } from '../../src/lib/search/lexicon';
import { Typos } from '../../src/lib/search/typos';
import { understoodText } from '../../src/lib/search/query';
import { readChunk } from '../../src/lib/search/repair';
import { data } from './search-fixtures';

// A small site: what these plans say is all the lexicon knows.
const TEXT = '应急预案的报告流程。值班日志由值班人员记录。后勤保障组负责物资。信访工作制度。组织人员疏散。网络舆情的回应。请销假制度。学校维稳工作。护校队巡逻。';
const TITLES = '报告流程|值班日志|后勤保障组|信访工作制度|人员疏散|网络舆情应对处置预案|请销假|护校队';
const lexicon = new Lexicon(buildLexicon([TEXT]));
const typos = new Typos(buildTypos(Array.from(new Set(TEXT.replace(/[^\p{Script=Han}]/gu, '')))));
const read = (chunk: string) => readChunk(chunk, lexicon, typos, TITLES);

/** A lexicon and typo table of a few sentences, for a test that needs words the small site above lacks. */
function smallSite(text: string): { small: Lexicon; smallTypos: Typos } {
  return { small: new Lexicon(buildLexicon([text])), smallTypos: new Typos(buildTypos(Array.from(new Set(text.replace(/[^\p{Script=Han}]/gu, ''))))) };
}

describe('reading a query against the plans’ text', () => {
  test('traditional characters become the simplified ones the plans use', () => {
    expect(typos.simplify('學校維穩 護校隊')).toBe('学校维稳 护校队');
    expect(read(typos.simplify('請銷假')).words).toEqual(['请销假']);
  });

  test('traditional characters become the simplified ones of the words the vocabulary reads, though the plans lack them (罷工 → 罢工 → 停工)', async () => {
    const siteChars = Array.from(new Set(TEXT.replace(/[^\p{Script=Han}]/gu, '')));
    expect(new Typos(buildTypos(siteChars)).simplify('罷工')).toBe('罷工');
    const asked = new Typos(buildTypos(siteChars, '罢工'));
    expect(asked.simplify('員工罷工')).toBe('员工罢工');
    const aids: QueryAids = { lexicon: async () => lexicon, typos: async () => asked };
    expect((await readQuery('罷工', data, aids)).slots.map((slot) => slot.alternatives)).toEqual([['停工']]);
  });

  test('an IME’s wrong homophone is read as the plans’ word, confirmed by a heading', () => {
    expect(read('应急遇案')).toMatchObject({ words: ['应急预案'], corrected: [{ from: '遇案', to: '预案' }] });
    expect(read('信仿工作制度')).toMatchObject({ words: ['信访工作制度'], corrected: [{ from: '信仿', to: '信访' }] });
    expect(read('值班日至').words).toEqual(['值班日志']);
    expect(read('后勤保障租').words).toEqual(['后勤保障组']);
    expect(read('人员书散').words).toEqual(['人员疏散']);
  });

  test('a sound an IME’s fuzzy pinyin confuses (ling/lin, zh/z, n/l) is repaired, after an exact homophone', () => {
    const text = '校园欺凌的处置。值班制度。';
    const { small, smallTypos } = smallSite(text);
    expect(smallTypos.nearSounds('凌')).toContain('临');
    expect(smallTypos.nearSounds('凌')).not.toContain('零');
    expect(readChunk('校园欺临', small, smallTypos, '校园欺凌|值班制度')).toMatchObject({ words: ['校园欺凌'], corrected: [{ from: '临', to: '凌' }] });
    expect(readChunk('值班制渡', small, smallTypos, '校园欺凌|值班制度').words).toEqual(['值班制度']);
  });

  test('a character the plans use is changed only to make a word, or with a heading’s four characters when it was typed in a word', () => {
    const text = '应急器材由后勤保障组管理。机构。有限空间作业。线路。组织消防演练。冶炼。';
    const { small, smallTypos } = smallSite(text);
    const titles = '应急器材|有限空间作业';
    // 机器 is the asker's word; 急器 of 应急器材 is found by chance.
    expect(readChunk('机器', small, smallTypos, titles).corrected).toEqual([]);
    // 有线 is a word too, but a heading holds 有限空间.
    expect(readChunk('有线空间', small, smallTypos, titles)).toMatchObject({ words: ['有限空间'], corrected: [{ from: '有线', to: '有限' }] });
    // 演 and 炼 stood apart; 演练 is a word.
    expect(readChunk('消防演炼', small, smallTypos, titles).words).toEqual(['消防演练']);
  });

  test('a word typed on its own that the plans never use is read as a heading’s word that sounds exactly alike (复合 → 复核), not as a chance stretch of one nor by a fuzzy sound (司机)', () => {
    const text = '信访人对复查意见不服的，可以请求复核。应急器材。机构。综合。评估时机。公司。';
    const { small, smallTypos } = smallSite(text);
    const titles = '复查和复核|应急器材|评估时机';
    expect(readChunk('复合', small, smallTypos, titles)).toMatchObject({ words: ['复核'], corrected: [{ from: '复合', to: '复核' }] });
    // 急器 of 应急器材 is no word of the heading: 机器 stays the asker's word.
    expect(readChunk('机器', small, smallTypos, titles).corrected).toEqual([]);
    // 司 sounds like 时 only to a fuzzy ear: 司机 is the asker's word, not 时机.
    expect(readChunk('司机', small, smallTypos, titles).corrected).toEqual([]);
  });

  test('a stretch typed on its own is read as a word of the plans’ text that an exact homophone makes of characters read apart (触店 → 触电)', () => {
    const text = '发现有人触电，立即切断电源。酒店。围栏。未着装。克服困难。物业主管。';
    const { small, smallTypos } = smallSite(text);
    const titles = '人员救护|日常预防';
    // No heading holds 触电, but the text does, and 触 and 店 stood apart.
    expect(readChunk('触店', small, smallTypos, titles)).toMatchObject({ words: ['触电'], corrected: [{ from: '触店', to: '触电' }] });
    // A character people say as a word of its own (着 of 围着) makes the stretch the asker's words.
    expect(readChunk('围着', small, smallTypos, titles).corrected).toEqual([]);
    // Between neighbours, the repair must join one: 客服 of 物业客服主管 is no 克服.
    expect(readChunk('物业客服主管', small, smallTypos, titles).corrected).toEqual([]);
  });

  test('a stretch cut from a word only by an organisation word beside it (客服 of 电梯公司客服) was not typed on its own: it is no 克服', async () => {
    const { small, smallTypos } = smallSite('克服困难。电梯维修。发现有人触电。');
    const aids: QueryAids = { lexicon: async () => small, typos: async () => smallTypos };
    const joined = await readQuery('电梯公司客服', data, aids);
    expect(joined.corrected).toEqual([]);
    expect(joined.setAside).toContain('客服');
    // Typed apart, with a particle or a question word beside it, a slip is still read as the plans' word.
    expect((await readQuery('配电室 触店了怎么办', data, aids)).corrected).toEqual([{ from: '触店', to: '触电' }]);
    expect((await readQuery('触店怎么办', data, aids)).corrected).toEqual([{ from: '触店', to: '触电' }]);
    // Any particle of the vocabulary parts words: 里 of 配电室里触店 (劳资纠纷里公会).
    expect((await readQuery('配电室里触店', data, aids)).corrected).toEqual([{ from: '触店', to: '触电' }]);
  });

  test('a unit’s level (县 of 县应急管理) and a particle typed as a word (该 of 该用) are no slips, though a heading or the text has a homophone (专项应急, 改用)', async () => {
    const { small, smallTypos } = smallSite('专项应急预案。县级应急管理部门。改用干粉灭火器。应该使用灭火器。');
    const aids: QueryAids = { lexicon: async () => small, typos: async () => smallTypos };
    expect((await readQuery('县应急管理', data, aids)).corrected).toEqual([]);
    expect((await readQuery('配电柜着火 该用哪种灭火器', data, aids)).corrected).toEqual([]);
  });

  test('a slip is heard by the typed character’s usual reading first: 时其 is 时期 (其 is qi), and 欺棱 still 欺凌 (棱 also reads ling)', () => {
    const text = '敏感时期加强值班。评估时机。校园欺凌。';
    const { small, smallTypos } = smallSite(text);
    const titles = '敏感时期|评估时机|校园欺凌';
    expect(smallTypos.homophones('其')).toContain('期');
    expect(smallTypos.homophones('其')).not.toContain('机');
    expect(smallTypos.otherHomophones('其')).toContain('机');
    expect(readChunk('时其', small, smallTypos, titles).words).toEqual(['时期']);
    expect(readChunk('校园欺棱', small, smallTypos, titles).words).toEqual(['校园欺凌']);
  });

  test('a slip may be the character before a stray one, when that character joined its neighbour by chance', () => {
    const text = '网络舆情应对处置。应对出现的问题。';
    const { small, smallTypos } = smallSite(text);
    // 对出 occurs (应对出现), so 出 reads as part of the known stretch and 置 alone as the stray.
    expect(readChunk('舆情应对出置', small, smallTypos, '网络舆情应对处置预案')).toMatchObject({ words: ['舆情应对处置'], corrected: [{ from: '出置', to: '处置' }] });
  });

  test('a stretch the plans never use is set aside, not searched', () => {
    expect(read('舆情监控')).toMatchObject({ words: ['舆情'], setAside: ['监控'] });
    expect(read('kubernetes')).toMatchObject({ words: [], setAside: ['kubernetes'] });
  });

  test('what the plans hold is searched as typed, and needs no typo table', () => {
    const plain = readChunk('报告流程', lexicon);
    expect(plain).toEqual({ words: ['报告流程'], setAside: [], corrected: [], wantsTypos: false });
    expect(readChunk('应急遇案', lexicon).wantsTypos).toBe(true);
  });

  test('the typo table is loaded only for a query the lexicon cannot read', async () => {
    let loads = 0;
    const aids: QueryAids = { lexicon: async () => lexicon, typos: async () => (loads++, typos) };
    await readQuery('报告流程', data, aids);
    expect(loads).toBe(0);
    const traditional = await readQuery('報告流程', data, aids);
    expect(loads).toBe(1);
    expect(traditional.slots.map((slot) => slot.text)).toEqual(['报告流程']);
  });

  test('a verb particle stays in a word the plans write (办结), a joining particle still splits (留样和陪餐)', async () => {
    const written = new Lexicon(buildLexicon(['信访事项自受理之日起60日内办结。学校食堂实行留样和陪餐制度。']));
    const aids: QueryAids = { lexicon: async () => written, typos: async () => typos };
    expect((await readQuery('信访 办结', data, aids)).slots.map((slot) => slot.text)).toEqual(['信访', '办结']);
    expect((await readQuery('留样和陪餐', data, aids)).slots.map((slot) => slot.text)).toEqual(['留样', '陪餐']);
  });

  test('a particle typed for a homophone is read with its neighbour (就援 → 救援, 排茶 → 排查); a particle that is none stays out', async () => {
    const text = '电梯困人时组织救援。矛盾纠纷排查。家长要求调解。';
    const { small, smallTypos } = smallSite(text);
    const aids: QueryAids = { lexicon: async () => small, typos: async () => smallTypos };
    const rescue = await readQuery('电梯困人 就援', data, aids);
    expect(rescue.slots.map((slot) => slot.text)).toEqual(['电梯困人', '救援']);
    expect(rescue.corrected).toEqual([{ from: '就援', to: '救援' }]);
    // Repaired, the particle's chunk is read again with the chunk it ended: 矛盾纠纷排查 is one word of the plans.
    expect((await readQuery('矛盾纠纷排茶', data, aids)).slots.map((slot) => slot.text)).toEqual(['矛盾纠纷排查']);
    const asked = await readQuery('家长要调解', data, aids);
    expect(asked.slots.map((slot) => slot.text)).toEqual(['家长', '调解']);
    expect(asked.corrected).toEqual([]);
  });

  test('a repaired particle chunk joins the chunk its particle ended when that makes a word (敏感 + 时其 → 敏感时期)', async () => {
    const text = '敏感时期加强值班。评估时机。值班人员。';
    const { small, smallTypos } = smallSite(text);
    const aids: QueryAids = { lexicon: async () => small, typos: async () => smallTypos };
    expect((await readQuery('敏感时其 加强值班', data, aids)).slots.map((slot) => slot.text)).toEqual(['敏感时期', '加强值班']);
    // A particle chunk that opens the query has nothing before it to join.
    expect((await readQuery('时其', data, aids)).slots.map((slot) => slot.text)).toEqual(['时期']);
  });

  test('先 before a verb is no part of the word before it (网格员先干什么 → 网格员), though the plans write 人员先行', async () => {
    const written = new Lexicon(buildLexicon(['网格员先行到场处置。']));
    const aids: QueryAids = { lexicon: async () => written, typos: async () => typos };
    expect((await readQuery('网格员先干什么', data, aids)).slots.map((slot) => slot.text)).toEqual(['网格员']);
  });

  test('the page says what it set aside and what it searched', async () => {
    const aids: QueryAids = { lexicon: async () => lexicon, typos: async () => typos };
    expect(understoodText(await readQuery('护校队手机', data, aids))).toBe('未找到“手机”，已按“护校队”搜索。');
    expect(understoodText(await readQuery('应急遇案', data, aids))).toBe('已把“遇案”看作“预案”，已按“应急预案”搜索。');
    expect(understoodText(await readQuery('报告流程', data, aids))).toBe('');
    // A word set aside is named as typed, not as the reader lower-cased it.
    expect(understoodText(await readQuery('护校队 Kubernetes', data, aids))).toContain('未找到“Kubernetes”');
  });

  test('the lexicon reads only what Pagefind indexes: the plan body, without ignored parts', () => {
    const html = '<nav>导航菜单</nav><article data-pagefind-body><h2>报告流程</h2><div class="guide" data-pagefind-ignore="all"><p>写作要点</p></div><p>值班人员</p></article>';
    const text = indexedText(html);
    expect(text).toContain('报告流程');
    expect(text).toContain('值班人员');
    expect(text).not.toContain('写作要点');
    expect(text).not.toContain('导航菜单');
  });
});
