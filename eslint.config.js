// ESLint: typescript-eslint's `strict` set on every file, plus the type-checked rules that catch real
// mistakes here (a promise nobody awaits or catches, a promise where a callback must return nothing);
// eslint-config-prettier last, so no style rule ever disagrees with Prettier (`npm run lint` runs both).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Only our code: build output, coverage, caches and the corpus are not linted.
  { ignores: ['dist/', 'coverage/', '.cache/', '.scratch/', 'node_modules/', 'data/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  {
    languageOptions: {
      globals: globals.node,
      // The type information comes from tsconfig.json, the program `npm test`'s tsc checks.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // noUncheckedIndexedAccess types every `a[i]` as possibly undefined; a `!` after an index the loop
      // bound or a length check proves is the idiom, a runtime check there would be a branch that never runs.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // tsc's noUnusedLocals / noUnusedParameters report the same in `npm test` (kept on below for .mjs files).
      '@typescript-eslint/no-unused-vars': 'off',
      // The text layers strip control characters on purpose (normalize, render); naming them in a regex is the point.
      'no-control-regex': 'off',
    },
  },
  {
    // Plain JavaScript (scripts/*.mjs, this file) and vitest.config.ts are outside tsconfig.json: no type information.
    files: ['**/*.js', '**/*.mjs', 'vitest.config.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-unused-vars': 'error' },
  },
  {
    // The loopback guard wraps Node's overloaded net/dns/dgram functions and passes their arguments through.
    files: ['tests/setup/loopback-only.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // `peer = undefined` drops the last reference to a peer's index so that the gc() after it can collect it.
    files: ['bench/harness.ts'],
    rules: { 'no-useless-assignment': 'off' },
  },
  prettier,
);
