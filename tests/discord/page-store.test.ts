/** The page store (lru-cache underneath): keeps the intent, bounded in count, expiring after its TTL. */
import { describe, expect, it } from 'vitest';
import { PageStore } from '../../src/discord/page-store.js';

describe('PageStore', () => {
  it('maps a button id back to the intent and page; forgets the least recently used past its bound and entries past the TTL', () => {
    let now = 1_000;
    const store = new PageStore(2, 10_000, () => now);
    const a = store.put({ intent: { kind: 'dialogue', edition: 9, detail: true }, locale: 'en' });
    expect(store.get(`${a}:3`)).toEqual({
      query: { intent: { kind: 'dialogue', edition: 9, detail: true }, locale: 'en' },
      page: 3,
      key: a,
    });
    const b = store.put({ intent: { kind: 'editions' }, locale: 'vi' });
    store.get(`${a}:0`); // a is now the more recently used
    const c = store.put({ intent: { kind: 'about' }, locale: 'vi', mentionUserId: '123456789012345678' });
    expect(store.get(`${b}:0`)).toBeUndefined();
    expect(store.get(`${a}:0`)?.query.intent.kind).toBe('dialogue');
    expect(store.get(`${c}:1`)?.query.mentionUserId).toBe('123456789012345678');
    now += 10_001;
    expect(store.get(`${a}:0`)).toBeUndefined();
    expect(store.get(`${c}:0`)).toBeUndefined();
    expect(store.get('pg:../../etc:1')).toBeUndefined();
  });
});
