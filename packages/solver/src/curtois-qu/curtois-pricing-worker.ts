// Worker entry of the Curtois–Qu pricing pool (see curtois-pricing.ts): holds a dynamic program
// for each employee it is asked about, and answers each batch of pricing requests with the
// cheapest rows at the batch's cover duals, one batch at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { indexCurtois } from './curtois-index.js';
import type { CurtoisInstance } from './curtois-instance.js';
import { type PricingJob, answerJob } from './curtois-pricing.js';
import type { RowProgram } from './curtois-row-program.js';

const ix = indexCurtois(workerData as CurtoisInstance);
const programs: (RowProgram | undefined)[] = new Array(ix.E).fill(undefined);

parentPort?.on('message', (job: PricingJob) => {
  parentPort?.postMessage(answerJob(ix, programs, job));
});
