import { type Employee, type Scenario, buildPlan, parseScenario } from '@turnus/core';
import { evaluate } from '@turnus/evaluation';
import { lowerBound } from './bound.js';
import { dimension } from './dimension.js';
import { dognrytmeMix } from './dognrytme-mix.js';
import { explainInfeasible } from './explain.js';
import { resolveWeights } from './model/objective-weights.js';
import { modelViolations } from './model/verify-model.js';
import type { Problem } from './problem.js';
import { type SearchOutcome, searchRota, stateAssignments } from './rota-search.js';
import type { DimensioningResult, SolveOptions, SolveResult } from './solve-types.js';
import { planVacation } from './vacation-planner.js';

/**
 * Iterations of local search per millisecond of time limit. Set well below the measured speed
 * (250–470 per ms on one core) so the budget, not the clock, ends the search: the same seed then
 * gives the same rota; the clock only stops a search on a much slower machine.
 */
const ITERATIONS_PER_MS = 110;

/**
 * Builds a legal, covering and fair rota (turnus) for a scenario: sizes the staff first when the
 * scenario has a staff policy, plans vacation for an annual plan, then searches within the time
 * limit. Every returned plan has been checked by the solver's own rule model and by
 * `evaluate()` from @turnus/evaluation; demand the staff cannot cover stays as shortfall.
 *
 * @param scenario a parsed scenario or raw scenario data (parsed here)
 * @returns `solved` with the plan and its evaluation, or `infeasible` with the binding rules
 * @throws TurnusError (`INVALID_SCENARIO`) when the input is not a valid scenario
 * @example
 * ```ts
 * const result = await solve(parseScenarioText(text), { timeLimitSeconds: 5, seed: 1 });
 * if (result.status === 'solved') console.log(result.evaluation.coverage.complete);
 * ```
 */
export async function solve(scenario: Scenario | unknown, options: SolveOptions = {}): Promise<SolveResult> {
  const started = performance.now();
  const { result, problem } = solveCore(scenario, options);
  if (result.status !== 'solved' || !problem || options.signal?.aborted) return result;
  // LP lower bound in the time left (small problems whose base is the whole plan).
  const left = ((options.timeLimitSeconds ?? 10) * 1000 - (performance.now() - started)) / 1000;
  if (problem.weeks * 7 !== result.plan.weeks * 7) return result;
  const bound = await lowerBound(problem, resolveWeights(problem.scenario.weights), Math.min(5, left - 0.6));
  if (bound === undefined) return result;
  options.onProgress?.({
    phase: 'bound',
    elapsedMs: performance.now() - started,
    bestObjective: result.objective.total,
    bound,
  });
  const total = result.objective.total;
  return {
    ...result,
    lowerBound: bound,
    gap: total > 0 ? Math.max(0, (total - bound) / total) : 0,
    stats: { ...result.stats, elapsedMs: Math.round(performance.now() - started) },
  };
}

/**
 * {@link solve} without the promise and without the LP bound (used by comparisons).
 *
 * @example
 * ```ts
 * const result = solveSync(scenario, { timeLimitSeconds: 2 });
 * ```
 */
export function solveSync(scenario: Scenario | unknown, options: SolveOptions = {}): SolveResult {
  return solveCore(scenario, options).result;
}

function solveCore(
  scenario: Scenario | unknown,
  options: SolveOptions,
): { result: SolveResult; problem?: Problem } {
  const started = performance.now();
  const s = parseScenario(scenario);
  const limitMs = (options.timeLimitSeconds ?? 10) * 1000;
  const deadline = started + limitMs * 0.92;
  const seed = options.seed ?? 1;
  let staff: Employee[];
  let dimensioning: DimensioningResult | undefined;
  if (s.staff) staff = s.staff;
  else if (s.staffPolicy) {
    dimensioning = dimension(s);
    staff = dimensioning.staff;
    if (staff.length === 0) {
      // No staff stock within the policy covers the demand: an answer, not a rota to search for.
      const notes =
        dimensioning.notes.length > 0
          ? dimensioning.notes
          : ['Ingen bemanning innen policyen dekker behovet.'];
      return {
        result: {
          status: 'infeasible',
          explanation: notes.map((message) => ({ rule: 'dimensioning', message })),
        },
      };
    }
  } else {
    const message = 'Scenariet har verken staff eller staffPolicy.';
    return { result: { status: 'infeasible', explanation: [{ rule: 'staff', message }] } };
  }
  options.onProgress?.({ phase: 'vacation', elapsedMs: performance.now() - started });
  const vacation = planVacation(s, staff);
  const explanation = explainInfeasible(s, staff, vacation.absences);
  if (explanation.length > 0) return { result: { status: 'infeasible', explanation } };
  const mix = s.dognrytme ? dognrytmeMix : undefined;
  const run = (runSeed: number, ms: number): SearchOutcome =>
    searchRota(s, staff, {
      deadline,
      iterations: Math.round(ms * ITERATIONS_PER_MS),
      seed: runSeed,
      started,
      signal: options.signal,
      onProgress: options.onProgress,
      extraAbsences: vacation.absences,
      ...(mix ? { target: (p) => mix(p).target } : {}),
    });
  let outcome = run(
    seed,
    options.iterations !== undefined ? options.iterations / ITERATIONS_PER_MS : limitMs,
  );
  let own = modelViolations(outcome.state);
  // A search that ends with a rule broken (a forced weekend day it could not fill) is a solver
  // defect; try once more with another seed in the time left before giving up.
  const left = deadline - performance.now();
  if (own.length > 0 && left > 200 && !options.signal?.aborted) {
    const again = run(seed + 7919, left);
    const ownAgain = modelViolations(again.state);
    if (ownAgain.length < own.length) {
      outcome = again;
      own = ownAgain;
    }
  }
  const st = outcome.state;
  const plan = buildPlan(s, staff, stateAssignments(st), {
    extraAbsences: vacation.absences,
    meta: {
      generator: '@turnus/solver',
      seed,
      objective: Math.round(st.cost * 100) / 100,
      ...(vacation.notes.length || outcome.notes.length
        ? { notes: [...vacation.notes, ...outcome.notes] }
        : {}),
    },
  });
  options.onProgress?.({ phase: 'evaluate', elapsedMs: performance.now() - started, bestObjective: st.cost });
  const evaluation = evaluate(plan, s);
  if (own.length > 0 || !evaluation.legal) {
    const reasons = own.map((v) => ({ rule: v.rule, message: v.message }));
    if (performance.now() >= deadline)
      reasons.unshift({
        rule: 'time-limit',
        message: `Tidsgrensen på ${limitMs / 1000} s ble nådd før turnusen for ${staff.length} ansatte × ${st.p.weeks} uker var ferdig; gi mer tid.`,
      });
    for (const c of evaluation.checks)
      for (const v of c.violations)
        reasons.push({ rule: c.id, message: `${v.employee ?? ''} ${v.message}`.trim() });
    return { result: { status: 'infeasible', explanation: dedupe(reasons) } };
  }
  const objective = st.fullCost();
  return {
    result: {
      status: 'solved',
      plan,
      evaluation,
      objective,
      ...(dimensioning ? { dimensioning } : {}),
      stats: { elapsedMs: Math.round(performance.now() - started), iterations: outcome.iterations },
    },
    problem: st.p,
  };
}

function dedupe(list: { rule: string; message: string }[]): { rule: string; message: string }[] {
  const seen = new Set<string>();
  return list
    .filter((x) => {
      const k = `${x.rule}|${x.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, 40);
}
