/**
 * Is the article about a Vietnam–US Political, Security and Defense Dialogue? Its headline says so, or its
 * opening paragraphs do before they speak of any other mechanism called a dialogue. An article that only
 * contrasts the series with another dialogue, or names it in a link, is not about it.
 */
import { foldSentence as fold } from '../text/fold.js';
import type { Sentence } from './context.js';
import { speaksOfDialogue } from './editions.js';
import { namesBothSides, namesSeries, speaksOfOtherDialogue } from './series.js';

const SECURITY = /chinh tri|political|an ninh|security|quoc phong|defen[cs]e/u;
// "bàn đàm phán về chính trị, an ninh và quốc phòng": the negotiating table is the talks.
const TALKS = /talks|doi thoai|dialogue|dam phan/u;

/** Other partners Vietnam holds security dialogues with: their dialogue is not the series. */
const OTHER_COUNTRY =
  /(?<![a-z])(?:australia|uc|japan|nhat ban|china|trung quoc|india|an do|russia|nga|korea|han quoc|eu|chau au|philippines|phi-?lip-?pin|malaysia|ma-?lai-?xi-?a|indonesia|in-?do-?ne-?xi-?a|thailand|thai lan|singapore|xin-?ga-?po|cambodia|campuchia|laos|lao|myanmar|brunei|new zealand|niu di-?lan|france|phap|germany|duc|britain|united kingdom|anh quoc|canada|ca-?na-?da)(?![a-z])/u;

function qualifies(text: string, context: string): boolean {
  const f = fold(text);
  if (!(speaksOfDialogue(text) || TALKS.test(f)) || !SECURITY.test(f) || speaksOfOtherDialogue(text)) return false;
  // Both countries named, or the series named by its own words ("Political, Security and Defense Dialogue").
  return namesBothSides(context) || (speaksOfDialogue(text) && namesSeries(text) && !OTHER_COUNTRY.test(fold(context)));
}

export function isAboutDialogue(headline: string, sentences: Sentence[]): boolean {
  let generic = false;
  if (headline) {
    if (speaksOfOtherDialogue(headline) && !namesSeries(headline)) return false;
    // "Đối thoại An ninh - Quốc phòng Việt Nam - Philippines": Vietnam's dialogue with another partner.
    if (
      (speaksOfDialogue(headline) || TALKS.test(fold(headline))) &&
      OTHER_COUNTRY.test(fold(headline)) &&
      !namesBothSides(headline)
    )
      return false;
    // A headline naming the series itself decides; a generic one ("Vietnam, US hold defense dialogue") is
    // checked against the first sentence of the body that speaks of a dialogue.
    if (qualifies(headline, headline)) {
      if (namesSeries(headline)) return true;
      generic = true;
    }
  }
  for (const s of sentences) {
    if (s.paragraph > 3) break;
    if (speaksOfOtherDialogue(s.text)) return false;
    if (qualifies(s.text, s.text) || (qualifies(s.text, `${headline} ${s.text}`) && speaksOfDialogue(s.text)))
      return true;
  }
  return generic;
}
