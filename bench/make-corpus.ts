/**
 * Write a synthetic corpus of raw article dumps:
 *
 *   node dist/bench/make-corpus.js --out DIR --count N [--seed S]
 *
 * Files are written as DIR/NNNNNN.txt (000000.txt, 000001.txt, ...).
 */
import { writeSyntheticCorpus } from '../tests/fixtures/synthetic-corpus.js';

const USAGE = 'usage: make-corpus --out DIR --count N [--seed S]';

function parseArgs(argv: readonly string[]): { out: string; count: number; seed: number } {
  let out: string | undefined;
  let count: number | undefined;
  let seed = 42;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const key = eq >= 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Error(`missing value for ${key}\n${USAGE}`);
      return v;
    };
    const int = (name: string, v: string): number => {
      if (!/^\d+$/.test(v)) throw new Error(`${name} must be a non-negative integer, got "${v}"\n${USAGE}`);
      return Number(v);
    };
    switch (key) {
      case '--out':
      case '-o':
        out = value();
        break;
      case '--count':
      case '-n':
        count = int('--count', value());
        break;
      case '--seed':
      case '-s':
        seed = int('--seed', value());
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    }
  }
  if (!out) throw new Error(`--out is required\n${USAGE}`);
  if (count === undefined) throw new Error(`--count is required\n${USAGE}`);
  return { out, count, seed };
}

async function main(): Promise<void> {
  const { out, count, seed } = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const { files, bytes } = await writeSyntheticCorpus(out, count, seed);
  const ms = performance.now() - t0;
  console.log(
    `wrote ${files} files (${(bytes / 1024 / 1024).toFixed(1)} MiB, avg ${files ? Math.round(bytes / files) : 0} B) to ${out} in ${(ms / 1000).toFixed(2)} s (seed ${seed})`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
