/** The question the channel-message handler reads: cut to MAX_INPUT without splitting a character. */
import { describe, expect, it } from 'vitest';
import { MAX_INPUT } from '../../src/answer/intent.js';
import { questionOf } from '../../src/discord/messages.js';
import { directMessage } from '../fixtures/messages.js';

const BOT_ID = '111111111111111111';
const dm = (content: string) => directMessage(content, BOT_ID);

describe('questionOf', () => {
  it('a long question is cut before an emoji that would straddle the limit, never inside it', () => {
    const q = questionOf(dm('a'.repeat(MAX_INPUT - 1) + '🇻🇳 Biển Đông'), BOT_ID, []);
    expect(q).toBe('a'.repeat(MAX_INPUT - 1));
    expect(q).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('the mention of the bot is taken out and spaces collapsed', () => {
    expect(questionOf(dm(`<@${BOT_ID}>   doi thoai lan 10   o dau`), BOT_ID, [])).toBe('doi thoai lan 10 o dau');
  });
});
