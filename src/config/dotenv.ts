/** Load `.env` from the project root with dotenv (quietly; variables already set in the environment win). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { PROJECT_ROOT } from './paths.js';

export function loadDotenv(file = join(PROJECT_ROOT, '.env')): void {
  if (!existsSync(file)) return;
  dotenv.config({ path: file, quiet: true });
}
