// Repairs the rows of a Curtois–Qu roster that break hard rules. Every hard rule of the benchmark
// belongs to one employee (cover is soft), so each broken row can be re-solved alone, exactly, as a
// small HiGHS MIP with everybody else fixed: the repaired row is the best one for that employee
// given the others' cover. Internal to the solver.
import type { MipEngine } from '../engine/mip-model.js';
import type { Grid, IndexedCurtois } from './curtois-index.js';
import { buildCurtoisModel } from './curtois-model.js';

/**
 * Re-solves each employee of `broken` alone (all days, objective included) in `grid`, in place,
 * until `deadline` (a performance.now() time). Returns false when some row could not be repaired
 * in time (the grid then still breaks a rule).
 */
export async function repairRows(
  ix: IndexedCurtois,
  grid: Grid,
  broken: readonly number[],
  engine: MipEngine,
  deadline: number,
  seed: number,
): Promise<boolean> {
  for (let i = 0; i < broken.length; i++) {
    const e = broken[i]!;
    let repaired = false;
    for (const feasibilityOnly of [false, true]) {
      // Each row gets an equal share of what is left, so one hard row cannot starve the rest.
      const secondsPerRow = (deadline - performance.now()) / 1000 / (broken.length - i);
      if (secondsPerRow < 0.01) return false;
      const mip = buildCurtoisModel(ix, grid, { employees: [e], from: 0, to: ix.H, feasibilityOnly });
      const result = await engine.solve(mip.model, {
        timeLimitSeconds: secondsPerRow,
        mipGap: feasibilityOnly ? 1 : 0,
        randomSeed: seed,
      });
      if (result.status === 'optimal' || result.status === 'feasible') {
        mip.decode(result.values, grid);
        repaired = true;
        break;
      }
      if (result.status === 'infeasible') break;
    }
    if (!repaired) return false;
  }
  return true;
}
