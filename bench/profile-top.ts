/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof` or `npm run bench -- --profile-dir DIR`):
 * the functions with the most self time, and the most inclusive (self + callees) time.
 *
 *   node dist/bench/profile-top.js FILE.cpuprofile [--top N]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface Row {
  fn: string;
  selfMs: number;
  selfPct: number;
  totalMs: number;
  totalPct: number;
}

function label(cf: CallFrame): string {
  const name = cf.functionName || '(anonymous)';
  if (!cf.url) return name;
  let where = cf.url.replace(/^file:\/\//, '');
  try {
    where = relative(process.cwd(), where) || where;
  } catch {
    // keep the absolute path
  }
  return `${name} ${where}:${cf.lineNumber + 1}`;
}

export function summarise(profile: Profile): { totalMs: number; rows: Row[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    totalUs += dt;
    const node = byId.get(id);
    if (!node) return;
    const key = label(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = label((byId.get(cur) as ProfileNode).callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const rows = [...self.keys(), ...[...total.keys()].filter((k) => !self.has(k))].map((fn) => ({
    fn,
    selfMs: (self.get(fn) ?? 0) / 1000,
    selfPct: (100 * (self.get(fn) ?? 0)) / (totalUs || 1),
    totalMs: (total.get(fn) ?? 0) / 1000,
    totalPct: (100 * (total.get(fn) ?? 0)) / (totalUs || 1),
  }));
  return { totalMs: totalUs / 1000, rows };
}

function main(): void {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
  const files = args.filter((a, i) => !a.startsWith('--') && (topAt < 0 || i !== topAt + 1));
  for (const file of files) {
    const { totalMs, rows } = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile);
    const ignore = /^\((?:root|program|idle)\)/;
    process.stdout.write(`\n${file}: ${totalMs.toFixed(0)} ms sampled\n  self time:\n`);
    for (const r of [...rows].sort((a, b) => b.selfMs - a.selfMs).slice(0, top)) {
      process.stdout.write(`  ${r.selfPct.toFixed(1).padStart(5)}%  ${r.selfMs.toFixed(0).padStart(7)} ms  ${r.fn}\n`);
    }
    process.stdout.write('  inclusive time:\n');
    for (const r of [...rows]
      .filter((r) => !ignore.test(r.fn))
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, top)) {
      process.stdout.write(
        `  ${r.totalPct.toFixed(1).padStart(5)}%  ${r.totalMs.toFixed(0).padStart(7)} ms  ${r.fn}\n`,
      );
    }
  }
}

if (process.argv[1] && /profile-top\.(?:js|ts)$/.test(process.argv[1])) main();
