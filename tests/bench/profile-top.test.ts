/**
 * bench/profile-top.ts, the summary of a V8 .cpuprofile that bench/RESULTS.md's profiles were read with:
 * self time is the sample's own function, inclusive time counts each function once per sample even when it
 * recurses, and a sample's time is the delta that follows it.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../bench/profile-top.js';

const frame = (functionName: string, lineNumber = 0) => ({
  functionName,
  url: functionName === '(root)' ? '' : 'file:///x/a.js',
  lineNumber,
  columnNumber: 0,
});

describe('profile-top summarise', () => {
  it('self and inclusive times, a recursive function counted once per sample', () => {
    // (root) → outer → inner → outer again (recursion); one sample in each of the three functions.
    const { totalMs, rows } = summarise({
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2] },
        { id: 2, callFrame: frame('outer', 9), children: [3] },
        { id: 3, callFrame: frame('inner', 19), children: [4] },
        { id: 4, callFrame: frame('outer', 9) },
      ],
      samples: [2, 3, 4],
      timeDeltas: [0, 1000, 2000, 3000],
      startTime: 0,
      endTime: 6000,
    });
    const row = (fn: string) => rows.find((r) => r.fn.startsWith(`${fn} `) || r.fn === fn);
    expect(totalMs).toBe(6);
    expect(row('outer')).toMatchObject({ selfMs: 4, totalMs: 6, totalPct: 100 });
    expect(row('outer')?.fn).toMatch(/^outer .*a\.js:10$/); // 1-based line, as an editor shows it
    expect(row('inner')).toMatchObject({ selfMs: 2, totalMs: 5 });
    expect(row('(root)')).toMatchObject({ selfMs: 0, totalMs: 6 });
    expect(row('outer')?.selfPct).toBeCloseTo((100 * 4) / 6);
  });
});
