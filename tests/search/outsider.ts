/**
 * The held-out set of issue #19: queries written by a tester who had not read the ranking code
 * (copied unchanged as outsider-queries.json beside this file, 96 queries in six groups). Never tuned on query by query; see known-misses.json.
 */
import { readFileSync } from 'node:fs';

export interface OutsiderQuery {
  q: string;
  kind: string;
  expect: string[];
}

const read = (file: string): OutsiderQuery[] =>
  (JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { q: string; group: string; expect: string[] }[]).map(({ q, group, expect }) => ({ q, kind: group, expect }));

export const OUTSIDER = read('./outsider-queries.json');

/**
 * A second held-out set (60 queries, ten in each of six groups), written by another tester after
 * issue #19's first fixes, from the templates' headings only, and first run on the site before the
 * second round of ranking changes (outsider2-queries.json, unchanged).
 */
export const OUTSIDER2 = read('./outsider2-queries.json');

/**
 * A third held-out set (90 queries, fifteen in each of six groups), written by a third tester from
 * the templates and the built pages, with expectations committed before the first run (2026-12-05:
 * 76/90 at hit@5). outsider3-queries.json is kept unchanged.
 */
export const OUTSIDER3 = read('./outsider3-queries.json');

/**
 * A fourth held-out set (60 queries, ten in each of six groups), written by a fourth tester who did
 * not run them; first run by the team after the ranking work of 2026-12-05 was merged.
 */
export const OUTSIDER4 = read('./outsider4-queries.json');

/**
 * A fifth held-out set (60 queries, ten in each of six groups), written by a fifth tester who read
 * only the templates and did not run them; first run by the team on 2026-12-05 after the fourth
 * set's vocabulary was merged. outsider5-queries.json is kept unchanged.
 */
export const OUTSIDER5 = read('./outsider5-queries.json');

/**
 * A sixth held-out set (90 queries, fifteen in each of six groups), written by a sixth tester who
 * read only the templates and did not run them; first run by the team on 2026-12-05 before any
 * change made for it (71/90 at hit@5). outsider6-queries.json is kept unchanged.
 */
export const OUTSIDER6 = read('./outsider6-queries.json');

/**
 * A seventh held-out set (90 queries, fifteen in each of six groups), written by a seventh tester who
 * read only the templates and did not run them; committed and first run by the team on 2026-12-05
 * before any change made for it. outsider7-queries.json is kept unchanged.
 */
export const OUTSIDER7 = read('./outsider7-queries.json');

/**
 * An eighth held-out set (90 queries, fifteen in each of six groups), written by an eighth tester who
 * read only the templates and did not run them; committed and first run by the team on 2026-12-05
 * before any change made for it (73/90 at hit@5). outsider8-queries.json is kept unchanged.
 */
export const OUTSIDER8 = read('./outsider8-queries.json');

/**
 * A ninth held-out set (90 queries, fifteen in each of six groups), written by a ninth tester who read
 * only the templates and did not run them; committed before its first run on 2026-12-05, which came
 * after the eighth set's changes (74/90 at hit@5). outsider9-queries.json is kept unchanged.
 */
export const OUTSIDER9 = read('./outsider9-queries.json');

/**
 * A tenth held-out set (90 queries, fifteen in each of six groups), written by a tenth tester who read
 * only the templates, with township, village and enterprise staff in mind; committed before its first
 * run on 2026-12-05 (77/90 at hit@5). outsider10-queries.json is kept unchanged.
 */
export const OUTSIDER10 = read('./outsider10-queries.json');

/**
 * An eleventh held-out set (90 queries, fifteen in each of six groups), written at the same time by an
 * eleventh tester with school, hospital, property and event staff in mind; committed before its first
 * run on 2026-12-05 (73/90 at hit@5). outsider11-queries.json is kept unchanged.
 */
export const OUTSIDER11 = read('./outsider11-queries.json');

/**
 * A twelfth held-out set (90 queries, fifteen in each of six groups), written by a twelfth tester who
 * read only the templates, with a mix of clerks, shift leaders, headmasters and volunteers in mind;
 * committed before its first run on 2026-12-05, which came after the tenth and eleventh sets' changes
 * (72/90 at hit@5). outsider12-queries.json is kept unchanged.
 */
export const OUTSIDER12 = read('./outsider12-queries.json');

/**
 * A thirteenth and a fourteenth held-out set (90 queries each, fifteen in each of six groups), written
 * at the same time by two more testers who read only the templates, one with drafters and duty staff in
 * mind, one with busy clerks of a 街道办, a school, a factory and a hospital; committed before their
 * first run on 2026-12-05 (68/90 and 72/90 at hit@5). The files are kept unchanged.
 */
export const OUTSIDER13 = read('./outsider13-queries.json');
export const OUTSIDER14 = read('./outsider14-queries.json');

/**
 * A fifteenth held-out set (90 queries, fifteen in each of six groups), written by a tester who read
 * only the templates, with property, village, kindergarten, workshop, hospital and event staff in
 * mind; committed before its first run on 2026-12-05, which came after the thirteenth and fourteenth
 * sets' changes (75/90 at hit@5). outsider15-queries.json is kept unchanged.
 */
export const OUTSIDER15 = read('./outsider15-queries.json');

/**
 * A sixteenth and a seventeenth held-out set (90 queries each, fifteen in each of six groups), written
 * at the same time by two more testers who read only the templates, one with township, community,
 * property and small-factory staff in mind, one with school, kindergarten, hospital and enterprise
 * safety staff and a district reviewer; committed before their first run on 2026-12-06. The files are
 * kept unchanged.
 */
export const OUTSIDER16 = read('./outsider16-queries.json');
export const OUTSIDER17 = read('./outsider17-queries.json');

/**
 * An eighteenth and a nineteenth held-out set (90 queries each, fifteen in each of six groups), written
 * by two more testers who read only the templates, one with duty staff and drafters under a deadline in
 * mind, one with young staff who search like a chat app; committed before their first run on
 * 2026-12-06, which came after the sixteenth and seventeenth sets' changes. The files are kept unchanged.
 */
export const OUTSIDER18 = read('./outsider18-queries.json');
export const OUTSIDER19 = read('./outsider19-queries.json');

/**
 * A twentieth and a twenty-first held-out set (90 queries each, fifteen in each of six groups), written
 * by two more testers who read only the templates, one with older and rural staff in mind (spoken,
 * dialect and old-document wording, posts named), one with reviewers and drafters under a deadline;
 * committed before their first run on 2026-12-06 (79/90 and 75/90). The files are kept unchanged.
 */
export const OUTSIDER20 = read('./outsider20-queries.json');
export const OUTSIDER21 = read('./outsider21-queries.json');

/**
 * A twenty-second held-out set (90 queries, fifteen in each of six groups), written by another tester
 * who read only the templates, with staff who search on a phone between tasks in mind; committed
 * before its first run on 2026-12-06, after that day's ranking changes (74/90). Kept unchanged.
 */
export const OUTSIDER22 = read('./outsider22-queries.json');

/**
 * Two more held-out sets (90 queries each, fifteen in each of six groups), written on 2026-12-06 by two
 * testers who read only the templates: new clerks relaying a boss's request (outsider23) and front-line
 * staff searching in their trade's words (outsider24). Both were committed before their first run,
 * which gave 76/90 each. Kept unchanged.
 */
export const OUTSIDER23 = read('./outsider23-queries.json');
export const OUTSIDER24 = read('./outsider24-queries.json');

/**
 * Two more held-out sets (90 queries each, fifteen in each of six groups), written on 2026-12-06 by two
 * testers who read only the templates: hurried phone users such as grid workers, township clerks and
 * kindergarten staff (outsider25), and reviewers checking plans before a deadline (outsider26). Both
 * were committed before their first run, on the code of 08ecf4f: 76/90 and 83/90. Kept unchanged.
 */
export const OUTSIDER25 = read('./outsider25-queries.json');
export const OUTSIDER26 = read('./outsider26-queries.json');

/**
 * A twenty-seventh held-out set (90 queries, fifteen in each of six groups), written on 2026-12-06 by a
 * tester who read only the templates, as people new to the job (a new school safety officer, a young
 * township cadre, a stand-in community worker). Committed before its first run, on the code of 26aa2d0:
 * 75/90. Not tuned on: its misses are listed as they were. Kept unchanged.
 */
export const OUTSIDER27 = read('./outsider27-queries.json');

/**
 * A twenty-eighth held-out set (90 queries, fifteen in each of six groups), written on 2026-12-06 by a
 * tester who read only the templates, as staff of enterprises, hospitals, schools and townships, many
 * dictating by voice. Committed before its first run, on the code of 7ad7421: 78/90. Kept unchanged.
 */
export const OUTSIDER28 = read('./outsider28-queries.json');

/**
 * A twenty-ninth held-out set (90 queries, fifteen in each of six groups), written on 2026-12-06 by a
 * tester who read only the templates, as community volunteers, parents, patients' relatives, team
 * leaders, rural teachers and office staff in their first week. Committed before its first run, on the
 * code of 972d872: 72/90. Not tuned on. Kept unchanged.
 */
export const OUTSIDER29 = read('./outsider29-queries.json');

/**
 * A thirtieth held-out set (90 queries, fifteen in each of six groups), written on 2026-12-06 by a
 * tester who read only the templates, as property staff, shift leaders, class teachers, ward staff,
 * cadres and anxious residents, some typing traditional characters. Committed before its first run, on
 * the code of ca94ec2: 70/90. Kept unchanged.
 */
export const OUTSIDER30 = read('./outsider30-queries.json');

/**
 * A thirty-first held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a
 * tester who read only the templates, as business owners and clerks, site foremen, kindergarten and
 * primary teachers and parents, village grid workers, petition and 综治中心 clerks, event organisers and
 * older residents on voice input. Committed before its first run, on the code of d8e1aed: 74/90. Kept
 * unchanged.
 */
export const OUTSIDER31 = read('./outsider31-queries.json');

/**
 * A thirty-second held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a
 * tester who read only the templates, as ward nurses and hospital guards, restaurant and hotel managers,
 * class teachers and dormitory wardens, community volunteers and 楼栋长, township staff on night duty,
 * factory shift leaders and safety officers, property front desks and relatives phoning for the elderly.
 * Committed before its first run, on the code of 4987112: 74/90. Kept unchanged.
 */
export const OUTSIDER32 = read('./outsider32-queries.json');

/**
 * A thirty-third held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a
 * tester who read only the templates and the answer keys, as 网格员 and 社区书记, canteen managers and
 * school doctors, kindergarten carers, workshop heads and union chairs, HR managers, property guards and
 * lift fitters, township and village staff, hospital staff, event volunteers, petition receptionists,
 * a new clerk drafting a plan, a reservoir patroller, a community police officer, parents and retirees.
 * Committed before its first run, on the code of 06c8c18: 81/90. Kept unchanged.
 */
export const OUTSIDER33 = read('./outsider33-queries.json');

/**
 * A thirty-fourth held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a
 * tester who read only the templates and the answer keys, as teachers new to the job, boarding-school
 * wardens, kindergarten heads and gatekeepers, chemical and sewage plant staff, a mall's property
 * manager, street and grid staff, a township militia officer on flood duty, hospital guards and nurses,
 * fair organisers, petition-window staff, a union officer, a clerk drafting an online-opinion plan, a
 * village accountant, a retired teacher who mediates, a delivery rider and residents on voice input.
 * Committed before its first run, on the code of 65621ad: 81/90. Kept unchanged.
 */
export const OUTSIDER34 = read('./outsider34-queries.json');

/**
 * A thirty-fifth held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a
 * tester who read only the templates and the answer keys, as a property security chief, a primary
 * school head, a motorway service-area manager, township emergency staff, a care-home director, a gas
 * dispatcher, a community police officer, a university counsellor, a site project manager, a
 * volunteer, hospital security and a new county petition clerk. Committed before its first run, on
 * the code of e4352a4. Kept unchanged.
 */
export const OUTSIDER35 = read('./outsider35-queries.json');

/**
 * A thirty-sixth held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a
 * tester who read only the templates and the answer keys, as a food-plant workshop head, a form
 * teacher, a scenic-area office, a street-office deputy, a village women's director, a lift company's
 * call desk, an outpatient director, a concert organiser, a company's online-opinion liaison, a
 * nursery teacher, a mine dispatcher, a residents' committee head and a claims adjuster. Committed
 * before its first run, on the code of e4352a4. Kept unchanged.
 */
export const OUTSIDER36 = read('./outsider36-queries.json');

/**
 * A thirty-seventh held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a
 * tester who read only the templates and the answer keys, as a bus company's safety chief, a school's
 * academic office, a street grid leader, a steelworks team leader, a private kindergarten's owner, a
 * hospital's medical affairs clerk, a new county emergency-management clerk, a property manager, a
 * township health-centre head, a mall's security chief, a stadium event planner, a legal adviser and a
 * retired cadre who mediates. Committed before its first run, on the code of 0f0485a. Kept unchanged.
 */
export const OUTSIDER37 = read('./outsider37-queries.json');

/**
 * A thirty-eighth held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a
 * tester who read only the templates and the answer keys, as a chemical park's committee clerk, a
 * village school head, a residents' committee director, a coach station master, a care home's nursing
 * lead, a school-bus driver, a waterworks duty operator, a market manager, a township mediator, a county
 * education bureau's safety officer, a hotel front-desk manager and a delivery station head, several
 * typing by voice or pinyin on a phone. Committed before its first run, on the code of 0f0485a. Kept
 * unchanged.
 */
export const OUTSIDER38 = read('./outsider38-queries.json');

/**
 * A thirty-ninth held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a
 * tester who read only the templates and the answer keys, as a logistics park's safety head, a
 * vocational school's student-affairs deputy, an old estate's building head, a county hospital's
 * security clerk, a textile mill's union chair, a new township cadre, a mall's duty manager, a town's
 * flood liaison, a kindergarten's health doctor, a sewage works' shift leader, a district cyberspace
 * office's liaison and an old village secretary who types by voice. Committed before its first run, on
 * the code of 58dbea7. Kept unchanged.
 */
export const OUTSIDER39 = read('./outsider39-queries.json');

/**
 * A fortieth held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a tester
 * who read only the templates and the answer keys, as a builder's site safety officer, a boarding
 * school's dormitory teacher, an urban village's mediator, a county health commission clerk, a delivery
 * station head, a street office's general office head, a cement plant's workshop head, a care home's
 * nursing director, a new school Youth League secretary, a scenic area's ticketing lead, a township
 * emergency duty officer and a young auxiliary police officer who types fast and slips. Committed before
 * its first run, on the code of 58dbea7. Kept unchanged.
 */
export const OUTSIDER40 = read('./outsider40-queries.json');

/**
 * A forty-first held-out set (90 queries, fifteen in each of six groups), written on 2026-12-07 by a
 * tester who read only the templates and the answer keys, as a metro station master, a university
 * security section chief, a village co-operative's head, a district petition office's receptionist, a
 * supermarket chain's area manager, an owners' committee chair, a hazardous-goods warehouse's safety
 * officer, a private primary school's office head, a county education bureau's safety lead, an
 * amusement park's operations manager, a community health centre's head nurse and an office clerk of a
 * Taiwan-invested firm typing traditional characters. Committed with outsider39 and outsider40 before
 * any first run, and first run on the code of eb94186, after the changes those two sets led to. Kept
 * unchanged.
 */
export const OUTSIDER41 = read('./outsider41-queries.json');

/**
 * Four more held-out sets (90 queries each, fifteen in each of six groups), written on 2026-12-07 by four
 * testers who read only the templates and the list of places: the third as a hurried typist (no spaces,
 * stray particles, long queries), the fourth without a file name and kept under the one it chose
 * (renamed only). Committed in aec7b86 before any first run, and first run on the code of that commit.
 * Kept unchanged.
 */
export const OUTSIDER42 = read('./outsider42-queries.json');
export const OUTSIDER43 = read('./outsider43-queries.json');
export const OUTSIDER44 = read('./outsider44-queries.json');
export const OUTSIDER45 = read('./outsider45-queries.json');
