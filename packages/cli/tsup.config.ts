import { packageConfig } from '../../tsup.config.base.js';

// The bin needs no type declarations; only the library entry does.
export default packageConfig({ entry: ['src/index.ts', 'src/bin.ts'], dts: { entry: 'src/index.ts' } });
