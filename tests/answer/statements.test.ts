/** Agreed vs proposed, who said it, titles in the reader's language, and citations that link to their source. */
import { afterAll, describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import { speakerIn, statementsOf } from '../../src/answer/statements.js';
import type { EditionAnswer, PersonValue } from '../../src/answer/types.js';
import { titleIn } from '../../src/i18n/offices.js';
import { linkTarget, renderDiscord } from '../../src/render/discord-payload.js';
import { renderText } from '../../src/render/text.js';
import { SEED9, cleanTemp, corpusOf, parse, seedFiles } from '../fixtures/articles.js';

afterAll(cleanTemp);

const seeds = corpusOf(seedFiles());
const nine = answerInput(seeds, '/dialogue 9 detail').answer as EditionAnswer;
const PROPOSAL = /^(?:đề nghị|đề xuất|mong muốn|kiến nghị|proposed|urged)/iu;

describe('agreed means agreed (seed edition 9)', () => {
  it('no proposal is listed as an agreement', () => {
    expect(nine.agreements.length).toBeGreaterThan(0);
    for (const s of nine.agreements) {
      expect(s.kind).toBe('agreed');
      expect(s.clause).not.toMatch(PROPOSAL);
    }
    // The sentence issue 11 found first under "Agreed": a proposal by the Vietnamese co-chair.
    const proposal = nine.proposals.find((s) => s.cite.quote.startsWith('Thứ trưởng đề nghị hai bên tập trung'));
    expect(proposal?.speaker).toMatchObject({ kind: 'person', name: 'Hà Kim Ngọc', side: 'VN' });
    expect(nine.agreements.some((s) => s.cite.quote.startsWith('Thứ trưởng đề nghị'))).toBe(false);
    expect(nine.agreed.some((c) => c.quote.startsWith('Thứ trưởng đề nghị'))).toBe(false);
  });

  it('one sentence, two clauses: what Tina Kaidanow agreed, and what she proposed, apart', () => {
    const agreed = nine.agreements.find((s) =>
      s.cite.quote.startsWith('Phó Trợ lý Ngoại trưởng thứ nhất Tina Kaidanow nhất trí'),
    );
    const proposed = nine.proposals.find((s) => s.cite.quote === agreed?.cite.quote);
    expect(agreed?.clause).toMatch(/^nhất trí hai nước cần duy trì/);
    expect(agreed?.speaker).toMatchObject({ kind: 'person', name: 'Tina Kaidanow' });
    expect(proposed?.clause).toBe('đề nghị hai bên tiếp tục thúc đẩy hợp tác trong lĩnh vực an ninh - quốc phòng');
    expect(proposed?.speaker).toMatchObject({ kind: 'person', name: 'Tina Kaidanow' });
  });

  it('"Hai bên … nhất trí" is both sides; the rendered reply keeps agreements and proposals under their own headings', () => {
    expect(
      nine.agreements.some(
        (s) => s.speaker?.kind === 'both' && s.clause.startsWith('nhất trí ủng hộ vai trò trung tâm của ASEAN'),
      ),
    ).toBe(true);
    const text = renderText(answerInput(seeds, 'What was agreed at the 9th dialogue?').answer, { locale: 'en' });
    const [agreedPart, proposedPart] = text.split('Proposed by one side:');
    expect(agreedPart).toContain('Both sides: nhất trí ủng hộ vai trò trung tâm của ASEAN');
    expect(agreedPart).not.toMatch(/: (?:đề nghị|mong muốn)/);
    expect(proposedPart).toContain('Deputy Minister of Foreign Affairs Hà Kim Ngọc: đề nghị hai bên tập trung');
  });

  it('English phrasing', () => {
    const a = parse(
      'US, Vietnam hold 11th political, security and defense dialogue\n\nHanoi (VNA) - Deputy Foreign Minister Ha Kim Ngoc and Assistant Secretary of State Puneet Talwar co-chaired the 11th Vietnam-US Political, Security and Defense Dialogue in Hanoi.\n\nThe two sides agreed to expand cooperation in maritime security; the U.S. side urged faster progress on war legacy projects.\n\nVietnam proposed a new working group on search and rescue.',
    );
    const people: PersonValue[] = [
      { name: 'Ha Kim Ngoc', title: 'Deputy Foreign Minister', side: 'VN' },
      { name: 'Puneet Talwar', title: 'Assistant Secretary of State', side: 'US' },
    ];
    const s = statementsOf(a, people);
    expect(s.map((x) => [x.kind, x.speaker?.kind === 'side' ? x.speaker.side : x.speaker?.kind, x.clause])).toEqual([
      ['agreed', 'both', 'agreed to expand cooperation in maritime security'],
      ['proposed', 'US', 'urged faster progress on war legacy projects'],
      ['proposed', 'VN', 'proposed a new working group on search and rescue'],
    ]);
  });

  it('a noun "cam kết" and the mechanism\'s founding years ago are no agreement at this meeting', () => {
    const a = {
      ...parse(
        'Đối thoại lần thứ 8\n\nCơ chế đối thoại này được hai bên thống nhất thiết lập và lần đầu tiên được tổ chức tại Hà Nội vào tháng 10 năm 2008.\n\nHai bên đánh giá cao việc các bộ, ngành phối hợp triển khai cam kết của lãnh đạo cấp cao tại Tuyên bố chung năm 2015.\n\nHai bên nhất trí tiếp tục triển khai Bản ghi nhớ năm 2011 về hợp tác quốc phòng.\n\nHai bên cam kết thúc đẩy hợp tác an ninh biển.',
      ),
      published: '2016-08-04',
    };
    expect(statementsOf(a, []).map((x) => [x.kind, x.clause])).toEqual([
      ['agreed', 'nhất trí tiếp tục triển khai Bản ghi nhớ năm 2011 về hợp tác quốc phòng'],
      ['agreed', 'cam kết thúc đẩy hợp tác an ninh biển'],
    ]);
  });

  it('a subject named by title only is the co-chair with that title', () => {
    const people: PersonValue[] = [
      { name: 'Hà Kim Ngọc', title: 'Thứ trưởng Bộ Ngoại giao', side: 'VN' },
      { name: 'Tina Kaidanow', title: 'Phó Trợ lý Ngoại trưởng thứ nhất', side: 'US' },
    ];
    expect(speakerIn('Thứ trưởng ', people)).toMatchObject({ name: 'Hà Kim Ngọc' });
    expect(speakerIn('Phó Trợ lý Ngoại trưởng ', people)).toMatchObject({ name: 'Tina Kaidanow' });
    expect(speakerIn('Thứ trưởng Hà Kim Ngọc và Phó Trợ lý Ngoại trưởng Tina Kaidanow ', people)).toEqual({
      kind: 'both',
    });
  });
});

describe('titles in the reader’s language', () => {
  it('the glossary renders an office in either language; an unknown title is left as written', () => {
    expect(titleIn('Thứ trưởng Bộ Ngoại giao Việt Nam', 'VN', 'en')).toBe('Deputy Minister of Foreign Affairs');
    expect(titleIn('Deputy Foreign Minister', 'VN', 'vi')).toBe('Thứ trưởng Bộ Ngoại giao');
    expect(titleIn('Phó Trợ lý Ngoại trưởng thứ nhất Bộ Ngoại giao Hoa Kỳ', 'US', 'en')).toBe(
      'Principal Deputy Assistant Secretary of State',
    );
    expect(titleIn('Trợ lý Ngoại trưởng Mỹ phụ trách các vấn đề chính trị - quân sự', 'US', 'en')).toBe(
      'Assistant Secretary of State for Political-Military Affairs',
    );
    expect(titleIn('Assistant Secretary of State', 'US', 'vi')).toBe('Trợ lý Ngoại trưởng');
    // The same words name different offices on the two sides.
    expect(titleIn('Thứ trưởng Ngoại giao', 'US', 'en')).toBe('Under Secretary of State');
    expect(titleIn('Cục trưởng Cục An ninh đối ngoại', 'VN', 'en')).toBe('Cục trưởng Cục An ninh đối ngoại');
  });

  it('the English reply uses English titles; the quote keeps the article’s wording', () => {
    const text = renderText(answerInput(seeds, 'Who co-chaired the 9th dialogue?').answer, { locale: 'en' });
    expect(text).toContain('Deputy Minister of Foreign Affairs Hà Kim Ngọc (Vietnam)');
    expect(text).toContain('Principal Deputy Assistant Secretary of State Tina Kaidanow (United States)');
    expect(text).toContain('“Tại Hà Nội, Thứ trưởng Bộ Ngoại giao Việt Nam Hà Kim Ngọc');
  });
});

describe('citations link to their source', () => {
  const c = corpusOf({
    'nine.txt': SEED9,
    'nine.meta.json': JSON.stringify({
      outlet: 'VOV.VN',
      url: 'https://vov.example/doi-thoai-9 (a)',
      published: '2018-02-01',
    }),
  });

  it('Discord: the outlet and date as a masked link to the article; the console: the URL', () => {
    for (const q of ['/dialogue 9', 'Ai đồng chủ trì đối thoại lần thứ 9?']) {
      const { answer } = answerInput(c, q);
      const json = JSON.stringify(renderDiscord(answer, { locale: 'vi' }).payload);
      expect(json).toContain('[VOV.VN, 01/02/2018](https://vov.example/doi-thoai-9%20%28a%29)');
      expect(renderText(answer, { locale: 'vi' })).toContain(
        'VOV.VN, 01/02/2018 <https://vov.example/doi-thoai-9%20(a)>',
      );
    }
  });

  it('only http(s) URLs become links', () => {
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
    expect(linkTarget('not a url')).toBeUndefined();
    expect(linkTarget('https://a.example/x)y')).toBe('https://a.example/x%29y');
  });
});
