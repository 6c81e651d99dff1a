/**
 * What the bot understood of an added article, in a few lines for its owner (console and /add): title,
 * outlet, publication date and where it came from, link, edition, meeting date (and whether its year was
 * inferred), place and co-chairs — so a misreading shows at once. Plain text; Discord shows it as is.
 */
import { head } from '../util/truncate.js';
import type { AddResult } from './add.js';

type Loc = 'vi' | 'en';

const L = {
  added: { vi: 'Đã thêm', en: 'Added' },
  updated: { vi: 'Đã cập nhật', en: 'Updated' },
  notAdded: { vi: 'Không thêm', en: 'Not added' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  outlet: { vi: 'Nguồn', en: 'Outlet' },
  published: { vi: 'ngày đăng', en: 'published' },
  link: { vi: 'Liên kết', en: 'Link' },
  edition: { vi: 'Lần đối thoại', en: 'Edition' },
  meeting: { vi: 'ngày họp', en: 'meeting' },
  place: { vi: 'địa điểm', en: 'place' },
  cochairs: { vi: 'Đồng chủ trì', en: 'Co-chairs' },
  none: { vi: 'không thấy trong bài', en: 'not found in the text' },
  unknown: { vi: 'không rõ', en: 'unknown' },
  fromMeta: { vi: 'theo siêu dữ liệu của trang', en: 'from the page metadata' },
  fromDateline: { vi: 'theo dòng ngày tháng trong bài', en: 'from the dateline in the text' },
  inferred: { vi: 'năm suy ra từ', en: 'year inferred from' },
  basisPublication: { vi: 'ngày đăng', en: 'the publication date' },
  basisNext: { vi: 'năm của lần kế tiếp', en: 'the year given for the next edition' },
  plain: {
    vi: 'Bài không nói về Đối thoại chính trị – an ninh – quốc phòng Việt Nam – Hoa Kỳ: được giữ như một bài tra cứu thường.',
    en: 'Not about a Vietnam–US political, security and defense dialogue: kept as a plain searchable article.',
  },
} as const;

/** `discord`: the link in <…>, so Discord shows no preview card under the owner's reply. */
export function describeAdded(
  result: AddResult,
  loc: Loc = 'en',
  { discord = false }: { discord?: boolean } = {},
): string {
  if (!result.ok) return `${L.notAdded[loc]} (${head(result.input, 200)}): ${result.problem}`;
  const a = result.article;
  const lines: string[] = [`${result.updated ? L.updated[loc] : L.added[loc]}: ${result.file}`];
  lines.push(`${L.title[loc]}: ${a.title || L.unknown[loc]}`);
  let pub = '';
  if (a.published) {
    const basis =
      a.publishedFrom === 'metadata'
        ? `${L.fromMeta[loc]}${result.page?.from.published ? `: ${result.page.from.published}` : ''}`
        : L.fromDateline[loc];
    pub = ` · ${L.published[loc]} ${a.published} (${basis})`;
  }
  lines.push(`${L.outlet[loc]}: ${a.source.outlet ?? L.unknown[loc]}${pub}`);
  if (a.source.url) lines.push(`${L.link[loc]}: ${discord ? `<${a.source.url}>` : a.source.url}`);
  if (!a.aboutDialogue) {
    lines.push(L.plain[loc]);
    return lines.join('\n');
  }
  const parts = [`${L.edition[loc]}: ${a.edition ?? L.none[loc]}`];
  if (a.event) {
    const dates = a.event.dates.join(' – ');
    const basis = a.event.yearInferred
      ? `, ${L.inferred[loc]} ${a.event.yearBasis === 'next-edition' ? L.basisNext[loc] : L.basisPublication[loc]}`
      : '';
    parts.push(`${L.meeting[loc]} ${dates} (“${a.event.text}”${basis})`);
  } else parts.push(`${L.meeting[loc]}: ${L.none[loc]}`);
  parts.push(`${L.place[loc]}: ${a.location ?? L.none[loc]}`);
  lines.push(parts.join(' · '));
  const chairs = a.cochairs.map((c) => `${c.name} — ${c.title} (${c.side})`).join('; ');
  lines.push(`${L.cochairs[loc]}: ${chairs || L.none[loc]}`);
  return lines.join('\n');
}
