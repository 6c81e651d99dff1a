// A worker thread started from the TypeScript sources (under vitest, which compiles the sources in its own
// process but not in a worker): registers ts-worker-hooks.mjs, which compiles .ts files on the fly, then
// runs the .ts entry given as the worker's last argv. The built bot (dist/) never uses this: its workers
// are plain .js files (see src/corpus/parallel-load.ts).
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('./ts-worker-hooks.mjs', import.meta.url);
await import(pathToFileURL(process.argv[process.argv.length - 1]).href);
