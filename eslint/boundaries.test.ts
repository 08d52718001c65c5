import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { boundariesConfig } from './boundaries.js';

// A small tree of its own, laid out like src/: each file breaks one rule or none.
const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      module: 'esnext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      paths: { '@/*': ['./src/*'] },
    },
    include: ['src'],
  }),
  'src/lib/format.ts': 'export const format = (n: number) => String(n);\n',
  'src/lib/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b();\n",
  'src/lib/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = (): unknown => a;\n",
  'src/lib/uses-feature.ts':
    "import { rows } from '@/features/calls/rows';\nexport const n = rows;\n",
  'src/components/uses-app.ts': "import { app } from '@/app/app';\nexport const c = app;\n",
  'src/features/calls/rows.ts':
    "import { format } from '@/lib/format';\nexport const rows = format(1);\n",
  'src/features/calls/table.ts': "import { rows } from './rows';\nexport const table = rows;\n",
  'src/features/charts/chart.ts':
    "import { rows } from '@/features/calls/rows';\nexport const chart = rows;\n",
  'src/features/charts/relative.ts':
    "import { table } from '../calls/table';\nexport const t = table;\n",
  'src/features/export/uses-app.ts': "import { app } from '@/app/app';\nexport const e = app;\n",
  'src/app/app.ts':
    "import { chart } from '@/features/charts/chart';\nimport { table } from '@/features/calls/table';\nexport const app = [chart, table];\n",
};

let root: string;
let messages: Map<string, string[]>;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'boundaries-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      boundariesConfig({ rootDir: root }),
    ],
  });
  const results = await eslint.lintFiles(['src']);
  messages = new Map(
    results.map((result) => [
      path.relative(root, result.filePath),
      result.messages.map((message) => message.ruleId ?? message.message),
    ]),
  );
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the import boundaries', () => {
  test('a feature importing another feature fails, by alias or by relative path', () => {
    expect(messages.get('src/features/charts/chart.ts')).toEqual(['import-x/no-restricted-paths']);
    expect(messages.get('src/features/charts/relative.ts')).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });

  test('shared code importing a feature or the app fails, and so does a feature importing the app', () => {
    expect(messages.get('src/lib/uses-feature.ts')).toEqual(['import-x/no-restricted-paths']);
    expect(messages.get('src/components/uses-app.ts')).toEqual(['import-x/no-restricted-paths']);
    expect(messages.get('src/features/export/uses-app.ts')).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });

  test('an import cycle fails', () => {
    expect(messages.get('src/lib/cycle-a.ts')).toEqual(['import-x/no-cycle']);
    expect(messages.get('src/lib/cycle-b.ts')).toEqual(['import-x/no-cycle']);
  });

  test('a feature’s own files, shared code, and the app composing features pass', () => {
    expect(messages.get('src/features/calls/rows.ts')).toEqual([]);
    expect(messages.get('src/features/calls/table.ts')).toEqual([]);
    expect(messages.get('src/app/app.ts')).toEqual([]);
    expect(messages.get('src/lib/format.ts')).toEqual([]);
  });
});
