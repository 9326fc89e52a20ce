import { type Options, defineConfig } from 'tsup';

/** The one build config every package shares: ESM + CJS + .d.ts, sourcemaps, Node 20. */
export function packageConfig(overrides: Partial<Options> = {}): ReturnType<typeof defineConfig> {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
    ...overrides,
  });
}
