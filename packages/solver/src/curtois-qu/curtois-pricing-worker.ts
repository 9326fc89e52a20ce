// Worker entry of the Curtois–Qu pricing pool (see curtois-pricing.ts): holds a dynamic program
// for each employee it is asked about, and answers each batch of pricing requests with the
// cheapest rows at the batch's cover duals, one batch at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { indexCurtois } from './curtois-index.js';
import type { CurtoisInstance } from './curtois-instance.js';
import { reducedCellCosts } from './curtois-master.js';
import type { PricingJob, PricingReply } from './curtois-pricing.js';
import { LabelsExhausted } from './curtois-row-labels.js';
import { type Priced, type RowProgram, rowProgram } from './curtois-row-program.js';

const ix = indexCurtois(workerData as CurtoisInstance);
const programs: (RowProgram | undefined)[] = new Array(ix.E).fill(undefined);
const cost = new Float64Array(ix.H * ix.S);

parentPort?.on('message', (job: PricingJob) => {
  let reply: PricingReply;
  try {
    const next = new Int32Array(job.next);
    const taken: number[] = [];
    const priced: (Priced | null)[] = [];
    let late = false;
    for (let k = Atomics.add(next, 0, 1); k < job.requests.length; k = Atomics.add(next, 0, 1)) {
      if (Date.now() >= job.until) {
        late = true;
        break;
      }
      const { e, below } = job.requests[k]!;
      programs[e] ??= rowProgram(ix, e);
      taken.push(k);
      priced.push(programs[e]!.cheapest(reducedCellCosts(ix, e, job.cover, cost), undefined, below) ?? null);
    }
    reply = late ? { timeout: true } : { taken, priced };
  } catch (error) {
    reply = error instanceof LabelsExhausted ? { exhausted: true } : { error: String(error) };
  }
  parentPort?.postMessage(reply);
});
