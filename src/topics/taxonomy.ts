/**
 * The topic taxonomy behind /topic: each topic has Vietnamese and English labels, its slug, and the
 * terms that count as speaking of it (synonyms in both languages). A topic may include narrower ones:
 * "khắc phục hậu quả chiến tranh" ⊃ dioxin, bom mìn, MIA.
 */
export interface Topic {
  slug: string;
  vi: string;
  en: string;
  /** Terms as written in articles (case-insensitive; matched on whole words, diacritics kept). */
  terms: string[];
  /** Narrower topics whose terms also count for this one. */
  includes?: string[];
  /** Extra words that make an excerpt more telling, not enough on their own to count. */
  related?: string[];
}

export const TOPICS: readonly Topic[] = [
  {
    slug: 'an-ninh-bien',
    vi: 'An ninh biển',
    en: 'Maritime security',
    terms: [
      'an ninh biển',
      'an ninh hàng hải',
      'an ninh trên biển',
      'an ninh, an toàn hàng hải',
      'an ninh, an toàn, tự do hàng hải',
      'maritime security',
      'maritime domain awareness',
      'thực thi luật pháp trên biển',
      'thực thi pháp luật trên biển',
      'cảnh sát biển',
      'coast guard',
      'maritime law enforcement',
    ],
  },
  {
    slug: 'bien-dong',
    vi: 'Biển Đông',
    en: 'South China Sea',
    terms: ['Biển Đông', 'South China Sea', 'East Sea', 'Bộ quy tắc ứng xử', 'Code of Conduct', 'UNCLOS'],
    related: ['UNCLOS', 'DOC', 'COC', 'Luật Biển', 'luật pháp quốc tế', 'international law', 'tự do hàng hải'],
  },
  {
    slug: 'tu-do-hang-hai',
    vi: 'Tự do hàng hải và hàng không',
    en: 'Freedom of navigation and overflight',
    terms: ['tự do hàng hải', 'tự do hàng không', 'freedom of navigation', 'freedom of overflight'],
  },
  {
    slug: 'khac-phuc-hau-qua-chien-tranh',
    vi: 'Khắc phục hậu quả chiến tranh',
    en: 'War legacy issues',
    terms: [
      'khắc phục hậu quả chiến tranh',
      'hậu quả chiến tranh',
      'giải quyết hậu quả chiến tranh',
      'war legacy',
      'war legacies',
      'legacies of war',
      'legacy of war',
    ],
    includes: ['dioxin', 'bom-min', 'mia'],
  },
  {
    slug: 'dioxin',
    vi: 'Tẩy độc dioxin / chất độc da cam',
    en: 'Dioxin / Agent Orange remediation',
    terms: ['dioxin', 'chất độc da cam', 'da cam', 'Agent Orange', 'tẩy độc'],
    related: ['Biên Hòa', 'Đà Nẵng', 'sân bay', 'airport', 'xử lý'],
  },
  {
    slug: 'bom-min',
    vi: 'Rà phá bom mìn',
    en: 'Unexploded ordnance (UXO) clearance',
    terms: ['bom mìn', 'vật liệu nổ', 'rà phá bom', 'UXO', 'unexploded ordnance', 'demining', 'landmines'],
  },
  {
    slug: 'mia',
    vi: 'Tìm kiếm người mất tích (MIA)',
    en: 'Missing in action (MIA) accounting',
    terms: [
      'MIA',
      'POW/MIA',
      'mất tích trong chiến tranh',
      'người mất tích',
      'quân nhân mất tích',
      'missing in action',
      'missing personnel',
      'hài cốt',
    ],
  },
  {
    slug: 'an-ninh-mang',
    vi: 'An ninh mạng',
    en: 'Cybersecurity',
    terms: [
      'an ninh mạng',
      'an ninh không gian mạng',
      'tội phạm mạng',
      'tội phạm công nghệ cao',
      'cybersecurity',
      'cyber security',
      'cyber',
      'cybercrime',
    ],
  },
  {
    slug: 'nhan-dao-cuu-tro-thien-tai',
    vi: 'Hỗ trợ nhân đạo và cứu trợ thiên tai',
    en: 'Humanitarian assistance and disaster relief',
    terms: [
      'hỗ trợ nhân đạo',
      'cứu trợ thiên tai',
      'hợp tác nhân đạo',
      'nhân đạo',
      'thảm họa',
      'thảm hoạ',
      'tìm kiếm cứu nạn',
      'cứu hộ cứu nạn',
      'ứng phó thiên tai',
      'humanitarian assistance',
      'disaster relief',
      'HA/DR',
      'HADR',
      'search and rescue',
    ],
  },
  {
    slug: 'gin-giu-hoa-binh',
    vi: 'Gìn giữ hòa bình',
    en: 'Peacekeeping',
    terms: ['gìn giữ hòa bình', 'gìn giữ hoà bình', 'peacekeeping'],
  },
  {
    slug: 'chong-pho-bien-vu-khi',
    vi: 'Chống phổ biến vũ khí',
    en: 'Non-proliferation',
    terms: [
      'chống phổ biến vũ khí',
      'phổ biến vũ khí',
      'vũ khí hủy diệt hàng loạt',
      'vũ khí huỷ diệt hàng loạt',
      'vũ khí hạt nhân',
      'non-proliferation',
      'nonproliferation',
      'weapons of mass destruction',
      'WMD',
    ],
  },
  {
    slug: 'toi-pham-xuyen-quoc-gia',
    vi: 'Tội phạm xuyên quốc gia, ma túy, khủng bố',
    en: 'Transnational crime, narcotics and terrorism',
    terms: [
      'tội phạm xuyên quốc gia',
      'tội phạm quốc tế',
      'ma túy',
      'ma tuý',
      'khủng bố',
      'buôn người',
      'transnational crime',
      'narcotics',
      'drug trafficking',
      'counter-terrorism',
      'counterterrorism',
      'terrorism',
      'human trafficking',
    ],
  },
  {
    slug: 'thuc-thi-phap-luat',
    vi: 'Thực thi pháp luật',
    en: 'Law enforcement',
    terms: ['thực thi pháp luật', 'thực thi luật pháp', 'law enforcement'],
  },
  {
    slug: 'hop-tac-quoc-phong',
    vi: 'Hợp tác quốc phòng - an ninh',
    en: 'Defense and security cooperation',
    terms: [
      'hợp tác quốc phòng',
      'hợp tác an ninh - quốc phòng',
      'hợp tác quốc phòng - an ninh',
      'hợp tác an ninh quốc phòng',
      'defense cooperation',
      'defence cooperation',
      'security cooperation',
      'Bộ trưởng Quốc phòng',
      'Secretary of Defense',
    ],
  },
  {
    slug: 'asean',
    vi: 'ASEAN và các cơ chế khu vực',
    en: 'ASEAN and regional mechanisms',
    terms: ['ASEAN', 'ARF', 'ADMM+', 'EAS', 'Cấp cao Đông Á', 'East Asia Summit'],
  },
  {
    slug: 'quan-he-doi-tac',
    vi: 'Quan hệ Đối tác toàn diện',
    en: 'Comprehensive Partnership',
    terms: [
      'Đối tác toàn diện',
      'Đối tác chiến lược toàn diện',
      'comprehensive partnership',
      'comprehensive strategic partnership',
      'bình thường hóa quan hệ',
      'bình thường hoá quan hệ',
      'normalization',
    ],
  },
  {
    slug: 'kinh-te-thuong-mai',
    vi: 'Kinh tế - thương mại - đầu tư',
    en: 'Economy, trade and investment',
    terms: [
      'kinh tế - thương mại',
      'thương mại - đầu tư',
      'hợp tác kinh tế',
      'thương mại',
      'đầu tư',
      'trade',
      'investment',
      'economic cooperation',
    ],
  },
  {
    slug: 'nhan-quyen',
    vi: 'Nhân quyền',
    en: 'Human rights',
    terms: ['nhân quyền', 'quyền con người', 'human rights', 'tự do tôn giáo', 'religious freedom'],
  },
  {
    slug: 'bien-doi-khi-hau',
    vi: 'Biến đổi khí hậu và Mekong',
    en: 'Climate change and the Mekong',
    terms: ['biến đổi khí hậu', 'climate change', 'Mekong', 'Mê Kông', 'Mê-kông'],
  },
  {
    slug: 'giao-duc-y-te',
    vi: 'Giáo dục, y tế, giao lưu nhân dân',
    en: 'Education, health and people-to-people ties',
    terms: [
      'giáo dục',
      'y tế',
      'giao lưu nhân dân',
      'education',
      'health',
      'people-to-people',
      'Fulbright',
      'Peace Corps',
      'Hòa bình xanh',
    ],
  },
];

export const TOPIC_BY_SLUG: ReadonlyMap<string, Topic> = new Map(TOPICS.map((t) => [t.slug, t]));
