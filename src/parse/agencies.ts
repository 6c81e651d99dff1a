/** Agencies taking part, from the sentence that lists them ("với sự tham gia của đại diện Bộ Ngoại giao, ..."). */

const PARTICIPATION =
  /tham gia|tham dự|gồm đại diện|có đại diện|thành phần|participat|attended|delegations?\s+(?:included|comprised|from)|representatives? (?:of|from)|interagency/iu;
const VI_ORG =
  /(?:Bộ Tư lệnh|Bộ Chỉ huy|Bộ|Cơ quan|Văn phòng|Ủy ban|Uỷ ban|Tổng cục|Cục|Hội đồng|Ban|Học viện|Viện|Quân chủng|Bộ đội|Cảnh sát|Lực lượng|Tổng Tham mưu|Đại sứ quán|Nhà Trắng|Lầu Năm Góc|Quân đội)\s+[^,;.()]+?(?=\s*(?:[,;.()]|$)|\s(?:và|của|thuộc)\s)/gu;
const EN_ORG =
  /(?:(?:U\.S\.|Vietnam(?:ese)?|Vietnam's)\s+)?(?:Department|Ministry|Agency|Office|Bureau|Embassy|Command|Council|Joint Staff)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+(?:of|for|and|the|[A-Z][\w.'-]*))*|\b(?:USAID|INDOPACOM|PACOM|Pentagon|State Department|Defense Department|Coast Guard)\b/g;
const VN_OWNER = /^\s*(?:của|thuộc)\s+(?:phía\s+)?(?:Việt Nam|VN)/iu;
const US_OWNER = /^\s*(?:của|thuộc)\s+(?:phía\s+)?(?:Hoa Kỳ|Mỹ)/iu;

export function isParticipationSentence(sentence: string): boolean {
  return PARTICIPATION.test(sentence);
}

/** Organisation names in a participation sentence, each labelled with its country where the text says it. */
export function agenciesIn(sentence: string): string[] {
  if (!isParticipationSentence(sentence)) return [];
  const found: { name: string; end: number }[] = [];
  for (const re of [VI_ORG, EN_ORG]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const name = m[0]
        .trim()
        .replace(/\s+(?:của|thuộc|hai nước)$/u, '')
        .replace(/[.,;:]+$/, '');
      if (name.split(/\s+/).length > 10) continue;
      found.push({ name, end: m.index + m[0].length });
    }
  }
  // Attach "(Việt Nam)"/"(Hoa Kỳ)" from the next "của Việt Nam"/"của Hoa Kỳ" that closes a run of names.
  const out: string[] = [];
  let pending: string[] = [];
  const flush = (country?: string) => {
    for (const p of pending) out.push(country && !p.includes(country) ? `${p} (${country})` : p);
    pending = [];
  };
  found.sort((a, b) => a.end - b.end);
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as { name: string; end: number };
    pending.push(f.name);
    const after = sentence.slice(f.end, found[i + 1] ? found[i + 1]!.end : undefined);
    if (VN_OWNER.test(after)) flush('Việt Nam');
    else if (US_OWNER.test(after)) flush('Hoa Kỳ');
  }
  flush();
  return [...new Set(out)];
}

/** The agencies of the first participation sentence about this meeting that names any. */
export function agenciesOf(
  sentences: { paragraph: number; text: string }[],
  isOwn: (s: string) => boolean,
): { agencies: string[]; agenciesParagraph?: number } {
  for (const s of sentences) {
    if (!isOwn(s.text) || !isParticipationSentence(s.text)) continue;
    const found = agenciesIn(s.text);
    if (found.length > 0) return { agencies: found, agenciesParagraph: s.paragraph };
  }
  return { agencies: [] };
}
