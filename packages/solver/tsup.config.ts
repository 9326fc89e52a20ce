import { packageConfig } from '../../tsup.config.base.js';

// worker.ts is the entry solveInWorker starts, curtois-worker.ts the Curtois–Qu helper thread
// (annealing, then neighbourhood search), curtois-pricing-worker.ts its second pricing thread
// (column generation);
// shims give import.meta.url in the CJS build.
export default packageConfig({
  entry: {
    index: 'src/index.ts',
    worker: 'src/worker.ts',
    'curtois-worker': 'src/curtois-qu/curtois-worker.ts',
    'curtois-pricing-worker': 'src/curtois-qu/curtois-pricing-worker.ts',
  },
  shims: true,
});
