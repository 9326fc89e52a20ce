import { packageConfig } from '../../tsup.config.base.js';

// worker.ts is the entry solveInWorker starts; shims give import.meta.url in the CJS build.
export default packageConfig({ entry: ['src/index.ts', 'src/worker.ts'], shims: true });
