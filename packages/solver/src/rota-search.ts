import type { Absence, Assignment, Employee, Scenario } from '@turnus/core';
import { addDays, planWeeks } from '@turnus/core';
import { construct } from './construct.js';
import { normaliseFlexi, repairContracts } from './contract-repair.js';
import { weekendNotes } from './diagnose.js';
import { anneal } from './local-search.js';
import { dayOptions } from './model/day-options.js';
import { type ModelViolation, employeeViolations } from './model/legality.js';
import { resolveWeights } from './model/objective-weights.js';
import { RotaState } from './model/rota-state.js';
import { type Problem, buildProblem } from './problem.js';
import { createRng } from './rng.js';
import type { SolveProgress } from './solve-types.js';
import { chooseWeekendPhases } from './weekend-rotation.js';

/** What the search produced: the final state on the whole plan horizon, and work done. */
export interface SearchOutcome {
  readonly state: RotaState;
  readonly iterations: number;
  /** Notes for the planner (weekends nobody with a pattern can work legally). */
  readonly notes: string[];
}

/** Settings of {@link searchRota}. */
export interface RotaSearchOptions {
  readonly deadline: number;
  /** Total iteration budget of the searches (deterministic). */
  readonly iterations: number;
  readonly seed: number;
  readonly started: number;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((p: SolveProgress) => void) | undefined;
  readonly extraAbsences?: readonly Absence[];
  /** Construction target per `day * S + shift` of the base problem (a døgnrytme mix). */
  readonly target?: (p: Problem) => Int32Array;
}

/**
 * Builds a rota: weekend phases, greedy legal construction and simulated annealing on the base
 * problem (the cyclic grunnturnus of a rotating plan, or the whole annual plan); a rotating base is
 * then rolled over the calendar and polished on the whole horizon so contract hours hold over the
 * full plan.
 *
 * @example
 * ```ts
 * const { state } = searchRota(scenario, staff, { deadline, seed: 1, started: performance.now() });
 * ```
 */
export function searchRota(s: Scenario, staff: readonly Employee[], o: RotaSearchOptions): SearchOutcome {
  const rng = createRng(o.seed);
  const weights = resolveWeights(s.weights);
  const extra = o.extraAbsences ? { extraAbsences: o.extraAbsences } : {};
  const base = buildProblem(s, staff, extra);
  const target = o.target ? o.target(base) : base.demand;
  const rolled = planWeeks(s) > base.weeks;
  // Weekend phases are chosen on the whole plan when the base is rolled, so a weekend that only a
  // later repeat makes unworkable (a DST night, a listed holiday) rules its phase out.
  const full = rolled
    ? buildProblem(s, staff, { ...extra, weeks: planWeeks(s), cyclic: true, targetWeeks: planWeeks(s) })
    : base;
  const fullTarget = rolled ? (o.target ? o.target(full) : full.demand) : target;
  const { phases } = chooseWeekendPhases(full, fullTarget);
  const report = (phase: string, best?: number) =>
    o.onProgress?.({
      phase,
      elapsedMs: performance.now() - o.started,
      ...(best === undefined ? {} : { bestObjective: best }),
    });
  const st = new RotaState(base, weights, phases, target);
  report('construct');
  const repeat = planWeeks(s) / base.weeks;
  construct(st, target, o.deadline);
  report('construct', st.cost);
  let lastReport = 0;
  const onImprove = (c: number) => {
    const now = performance.now();
    if (now - lastReport > 200) {
      lastReport = now;
      report('local-search', c);
    }
  };
  let iterations = anneal(st, {
    deadline: o.deadline,
    iterations: repeat > 1 ? o.iterations * 0.75 : o.iterations,
    rng,
    signal: o.signal,
    onImprove,
  });
  const notes = weekendNotes(full);
  if (repeat <= 1) {
    normaliseFlexi(st);
    repairContracts(st);
    return { state: st, iterations, notes };
  }
  // Roll the base over the calendar and polish contract hours on the whole plan.
  const fst = new RotaState(full, weights, phases, fullTarget);
  for (let e = 0; e < full.E; e++)
    for (let d = 0; d < full.days; d++) {
      const v = st.rows[e]![d % base.days]!;
      if (v >= 0) fst.set(e, d, v);
    }
  // Later repeats fall on other dates (a DST night, a listed holiday): drop shifts that break a
  // rule there (removing a shift never breaks one), then let the polish restore the hours.
  const repaired = repairRolled(fst);
  const needsPolish = repaired || [...Array(full.E).keys()].some((e) => fst.contractExcess(e) > 0);
  if (needsPolish) {
    report('roll-polish', fst.cost);
    iterations += anneal(fst, {
      deadline: o.deadline,
      iterations: o.iterations * 0.25,
      rng,
      signal: o.signal,
      startTemperature: 3,
      endTemperature: 0.1,
      onImprove,
    });
  }
  normaliseFlexi(fst);
  repairContracts(fst);
  return { state: fst, iterations, notes };
}

function repairRolled(st: RotaState): boolean {
  const p = st.p;
  let changed = false;
  for (let e = 0; e < p.E; e++) {
    for (let guard = 0; guard < 200; guard++) {
      const found: ModelViolation[] = [];
      if (employeeViolations(p, e, st.rows[e]!, 0, p.days - 1, found) === 0) break;
      let removed = false;
      for (const v of found) {
        for (const d of [v.day + 1, v.day, v.day + 2, v.day - 1, v.day + 3]) {
          const dd = ((d % p.days) + p.days) % p.days;
          if (st.rows[e]![dd]! < 0 || dayOptions(p, st.phases, e, dd).forced) continue;
          st.set(e, dd, -1);
          removed = true;
          changed = true;
          break;
        }
        if (removed) break;
      }
      if (!removed) break;
    }
  }
  return changed;
}

/** The assignments of a state (one row per employee, flexi marked). */
export function stateAssignments(st: RotaState): Assignment[] {
  const p = st.p;
  const out: Assignment[] = [];
  for (let e = 0; e < p.E; e++)
    for (let d = 0; d < p.days; d++) {
      const v = st.rows[e]![d]!;
      if (v < 0) continue;
      out.push({
        employee: p.employees[e]!.id,
        date: addDays(p.start, d),
        shift: p.shifts[v % p.S]!.code,
        flexi: v >= p.S,
      });
    }
  return out;
}
