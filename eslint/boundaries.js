import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';

/**
 * The import rules that keep the folder tree honest (bulletproof-react's): shared code (`lib/`,
 * `components/`) never imports a feature or the app; a feature imports shared code and its own
 * files, never another feature; `app/` composes features into routes. No import cycles anywhere.
 * `rootDir` holds `src/` and the tsconfig that resolves `@/…`.
 */
export function boundariesConfig({ rootDir, tsconfig = 'tsconfig.json' }) {
  const src = path.join(rootDir, 'src');
  const features = readdirSync(path.join(src, 'features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads only .js files and every TypeScript cycle goes unseen.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: path.join(rootDir, tsconfig) }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: rootDir,
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message:
                'A feature does not import another feature: move what both need to src/lib or src/components, or compose them in src/app.',
            })),
            {
              target: ['./src/lib', './src/components'],
              from: ['./src/features', './src/app'],
              message: 'Shared code does not depend on a feature or on the app.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'A feature does not import the app; the app composes features.',
            },
          ],
        },
      ],
    },
  };
}
