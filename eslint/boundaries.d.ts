import type { Linter } from 'eslint';

export function boundariesConfig(options: { rootDir: string; tsconfig?: string }): Linter.Config;
