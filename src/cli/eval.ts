/**
 * `npm run eval -- [--brief] [DIR...]`: per-fact precision and recall of the parser over the extraction test
 * corpus (tests/extraction/corpus) and the two seeds (tests/extraction/seeds), with every miss and every
 * invented value listed. The same comparison runs in tests/extraction/extraction.test.ts.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/paths.js';
import { evaluate, formatReport, loadCases } from './extraction-eval.js';

function main(): number {
  const args = process.argv.slice(2);
  const brief = args.includes('--brief');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const roots =
    dirs.length > 0
      ? dirs
      : [join(PROJECT_ROOT, 'tests/extraction/corpus'), join(PROJECT_ROOT, 'tests/extraction/seeds')];
  const cases = roots.flatMap((d) => loadCases(d, PROJECT_ROOT));
  if (cases.length === 0) {
    process.stderr.write(`eval: no truth files under ${roots.join(', ')}\n`);
    return 2;
  }
  process.stdout.write(`${formatReport(evaluate(cases), cases.length, !brief)}\n`);
  return 0;
}

process.exitCode = main();
