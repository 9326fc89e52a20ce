import { describe, expect, it } from 'vitest';
import { finishResult } from '../../src/engine/finish-result.js';
import type { MipModel } from '../../src/engine/mip-model.js';

const model: MipModel = {
  sense: 'min',
  objective: { x: 1, y: 2 },
  constraints: [
    { name: 'need two', terms: { x: 1, y: 1 }, lo: 2 },
    { name: 'x at most one', terms: { x: 1 }, hi: 1 },
  ],
  integers: ['x', 'y'],
};

describe('finishResult', () => {
  it('turns an engine solution that violates rows into status error naming the rows', () => {
    const result = finishResult(
      model,
      { timeLimitSeconds: 1 },
      'fake',
      { status: 'optimal', values: { x: 2, y: 0 } },
      5,
    );
    expect(result.status).toBe('error');
    expect(result.values).toEqual({});
    expect(result.message).toBe('fake returned a solution that violates: x at most one');
  });

  it('recomputes the objective and rejects a claimed objective that does not match', () => {
    const good = finishResult(
      model,
      { timeLimitSeconds: 1 },
      'fake',
      { status: 'optimal', values: { x: 1, y: 1 }, reported: 3 },
      5,
    );
    expect(good).toMatchObject({ status: 'optimal', objective: 3, values: { x: 1, y: 1 } });
    const lying = finishResult(
      model,
      { timeLimitSeconds: 1 },
      'fake',
      { status: 'optimal', values: { x: 1, y: 1 }, reported: 2 },
      5,
    );
    expect(lying.status).toBe('error');
    expect(lying.message).toMatch(/objective/);
  });

  it('rounds integer variables within tolerance and rejects fractional ones', () => {
    const rounded = finishResult(
      model,
      { timeLimitSeconds: 1 },
      'fake',
      { status: 'feasible', values: { x: 0.9999999, y: 1 } },
      5,
    );
    expect(rounded).toMatchObject({ status: 'feasible', values: { x: 1, y: 1 } });
    const fractional = finishResult(
      model,
      { timeLimitSeconds: 1 },
      'fake',
      { status: 'feasible', values: { x: 0.5, y: 1.5 } },
      5,
    );
    expect(fractional.status).toBe('error');
    expect(fractional.message).toMatch(/integrality:x, integrality:y/);
  });
});
