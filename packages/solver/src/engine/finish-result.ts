import type { MipModel, MipResult, MipSolveOptions } from './mip-model.js';
import { objectiveValue } from './mip-model.js';
import { verifySolution } from './verify-solution.js';

/** What an engine adapter found, before verification. */
export interface RawEngineOutcome {
  readonly status: MipResult['status'];
  readonly values: Record<string, number>;
  readonly reported?: number;
  readonly bound?: number;
  readonly message?: string;
}

/**
 * Turns an engine's raw outcome into a {@link MipResult}: integer variables are rounded, the
 * solution is verified against the model (bounds, integrality, rows, objective), and a solution
 * that fails becomes status `error` naming the violated rows. Internal to the engine layer.
 */
export function finishResult(
  model: MipModel,
  opts: MipSolveOptions,
  engine: string,
  raw: RawEngineOutcome,
  elapsedMs: number,
): MipResult {
  const base = { engine, elapsedMs, ...(raw.bound !== undefined ? { bound: raw.bound } : {}) };
  if (raw.status !== 'optimal' && raw.status !== 'feasible') {
    return { status: raw.status, values: {}, ...base, ...(raw.message ? { message: raw.message } : {}) };
  }
  const values = { ...raw.values };
  if (!opts.relaxation) {
    for (const name of [...(model.binaries ?? []), ...(model.integers ?? [])]) {
      const value = values[name];
      if (value !== undefined && Math.abs(value - Math.round(value)) <= 1e-5)
        values[name] = Math.round(value);
    }
  }
  const checked = opts.relaxation
    ? { ...model, binaries: [], integers: [], bounds: relaxedBounds(model) }
    : model;
  const objective = objectiveValue(model, values);
  const violated = verifySolution(checked, values, 1e-5);
  if (
    raw.reported !== undefined &&
    Math.abs(raw.reported - objective) > 1e-4 * Math.max(1, Math.abs(objective))
  ) {
    violated.push('objective');
  }
  if (violated.length > 0) {
    return {
      status: 'error',
      values: {},
      ...base,
      message: `${engine} returned a solution that violates: ${violated.slice(0, 20).join(', ')}${
        violated.length > 20 ? ` (and ${violated.length - 20} more)` : ''
      }`,
    };
  }
  return { status: raw.status, objective, values, ...base };
}

/** Binaries keep their [0, 1] box when integrality is dropped. */
function relaxedBounds(model: MipModel): Record<string, { lo?: number; hi?: number }> {
  const bounds: Record<string, { lo?: number; hi?: number }> = { ...(model.bounds ?? {}) };
  for (const name of model.binaries ?? []) {
    const bound = bounds[name];
    bounds[name] = { lo: Math.max(bound?.lo ?? 0, 0), hi: Math.min(bound?.hi ?? 1, 1) };
  }
  return bounds;
}
