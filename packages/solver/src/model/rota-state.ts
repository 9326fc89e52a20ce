import { type Problem, endAt, startAt } from '../problem.js';
import { type Row, shiftAt } from './legality.js';
import type { ObjectiveWeights } from './objective-weights.js';

const FAIR_KINDS = ['evening', 'night', 'long'] as const;
const QUICK_REST = 14 * 60;

/** The objective split into its terms (penalty units). */
export interface ObjectiveBreakdown {
  total: number;
  shortfall: number;
  competence: number;
  surplus: number;
  flexi: number;
  contract: number;
  fairness: number;
  wishes: number;
  isolatedDaysOff: number;
  quickReturns: number;
}

/**
 * A rota under construction with incremental counters: coverage per day and shift, competence
 * counts, døgnrytme segment counts, flexi placed, paid minutes and fairness counts per employee.
 * `set` changes one cell and returns the change of the objective.
 */
export class RotaState {
  readonly rows: Row[];
  readonly cover: Int32Array;
  readonly comp: Int32Array;
  readonly seg: Int32Array;
  readonly segComp: Int32Array;
  readonly flexi: Int32Array;
  readonly paid: Float64Array;
  readonly kinds: Float64Array;
  readonly expected: Float64Array;
  readonly dayIntervals: number[][];
  readonly wishAt: Map<number, { shift: number; weight: number }>;
  readonly C: number;
  cost = 0;

  constructor(
    readonly p: Problem,
    readonly w: ObjectiveWeights,
    readonly phases: Int32Array,
    target?: Int32Array,
  ) {
    const { E, S, days } = p;
    this.C = Math.max(1, p.competences.length);
    this.rows = Array.from({ length: E }, () => new Int16Array(days).fill(-1));
    this.cover = new Int32Array(days * S);
    this.comp = new Int32Array(days * S * this.C);
    this.seg = new Int32Array(p.segmentCount);
    this.segComp = new Int32Array(p.segmentCount * this.C);
    this.flexi = new Int32Array(days * S);
    this.paid = new Float64Array(E);
    this.kinds = new Float64Array(E * 4);
    this.expected = new Float64Array(E * 4);
    this.dayIntervals = Array.from({ length: days }, () => []);
    p.intervals.forEach((iv, i) => this.dayIntervals[iv.day]!.push(i));
    this.wishAt = new Map(p.wishes.map((x) => [x.e * days + x.day, { shift: x.shift, weight: x.weight }]));
    this.computeExpected(target ?? p.demand);
    this.cost = this.fullCost().total;
  }

  private computeExpected(target: Int32Array): void {
    const { p } = this;
    const totals = [0, 0, 0, 0];
    for (let i = 0; i < p.days * p.S; i++) {
      const k = FAIR_KINDS.indexOf(p.shifts[i % p.S]!.kind as never);
      if (k >= 0 && target[i]! > 0) totals[k]! += target[i] ?? 0;
      totals[3]! += p.flexiAsked[i] ?? 0;
    }
    for (let k = 0; k < 4; k++) {
      const eligible: number[] = [];
      for (let e = 0; e < p.E; e++) {
        const ok =
          k === 3
            ? p.employees[e]!.positionPercent >= p.flexiMinPercent
            : p.shifts.some((sh, s) => sh.kind === FAIR_KINDS[k] && p.allowedShift[e * p.S + s]);
        if (ok) eligible.push(e);
      }
      const fte = eligible.reduce((a, e) => a + p.fte[e]!, 0);
      for (const e of eligible) this.expected[e * 4 + k] = fte > 0 ? (totals[k]! * p.fte[e]!) / fte : 0;
    }
  }

  /** Cost of demand entry (d, s): shortfall, surplus, competence minimums. */
  private shiftTerm(d: number, s: number): number {
    const { p, w } = this;
    const i = d * p.S + s;
    const req = p.demand[i]!;
    const have = this.cover[i]!;
    let c =
      req < 0
        ? p.intervals.length > 0
          ? 0
          : w.surplus * have
        : w.shortfall * Math.max(0, req - have) + w.surplus * Math.max(0, have - req);
    for (const m of p.compMin[i]!)
      if (m.comp >= 0) c += w.competence * Math.max(0, m.count - this.comp[i * this.C + m.comp]!);
      else c += w.competence * m.count;
    const asked = p.flexiAsked[i]!;
    const placed = this.flexi[i]!;
    c += w.flexiSpread * Math.max(0, asked - placed) + w.shortfall * Math.max(0, placed - asked);
    return c;
  }

  private intervalTerm(d: number): number {
    let c = 0;
    for (const id of this.dayIntervals[d] ?? []) {
      const iv = this.p.intervals[id]!;
      let low = Number.POSITIVE_INFINITY;
      for (const sgi of iv.segments) low = Math.min(low, this.seg[sgi]!);
      if (iv.segments.length === 0) low = 0;
      c += this.w.shortfall * Math.max(0, iv.required - low);
      for (const m of iv.min) {
        let lc = Number.POSITIVE_INFINITY;
        for (const sgi of iv.segments)
          lc = Math.min(lc, m.comp >= 0 ? this.segComp[sgi * this.C + m.comp]! : 0);
        c += this.w.competence * Math.max(0, m.count - (iv.segments.length ? lc : 0));
      }
    }
    return c;
  }

  private employeeTerm(e: number): number {
    const { p, w } = this;
    const dev = Math.abs(this.paid[e]! - p.targetPaid[e]!);
    let c = (w.contractHard * Math.max(0, dev - p.tolerance)) / 60 + (w.contractSoft * dev) / 60;
    for (let k = 0; k < 4; k++) {
      const x = this.kinds[e * 4 + k]! - this.expected[e * 4 + k]!;
      c += (k === 3 ? w.flexiSpread / 10 : w.fairness) * x * x;
    }
    return c;
  }

  /** Wishes, isolated days off and quick returns of employee `e` on days a..b. */
  private localTerm(e: number, a: number, b: number): number {
    const { p, w } = this;
    const row = this.rows[e]!;
    let c = 0;
    for (let d = a; d <= b; d++) {
      if (!p.cyclic && (d < 0 || d >= p.days)) continue;
      const dd = ((d % p.days) + p.days) % p.days;
      const s = shiftAt(p, row, d);
      const wish = this.wishAt.get(e * p.days + dd);
      if (wish && wish.shift !== s) c += w.wishes * wish.weight;
      if (s < 0) {
        if (p.absence[e * p.days + dd] === 0 && shiftAt(p, row, d - 1) >= 0 && shiftAt(p, row, d + 1) >= 0)
          c += w.isolatedDaysOff;
      } else {
        const t = shiftAt(p, row, d + 1);
        if (t >= 0 && (p.cyclic || d + 1 < p.days) && startAt(p, d + 1, t) - endAt(p, d, s) < QUICK_REST)
          c += w.quickReturns;
      }
    }
    return c;
  }

  private affected(e: number, d: number, s1: number, s2: number): number {
    let c = this.employeeTerm(e) + this.localTerm(e, d - 1, d + 1);
    if (s1 >= 0) c += this.shiftTerm(d, s1);
    if (s2 >= 0 && s2 !== s1) c += this.shiftTerm(d, s2);
    if (this.p.intervals.length > 0) {
      c += this.intervalTerm(d);
      const next = this.p.cyclic ? (d + 1) % this.p.days : d + 1;
      if (next < this.p.days && next !== d) c += this.intervalTerm(next);
    }
    return c;
  }

  private apply(e: number, d: number, v: number, sign: number): void {
    if (v < 0) return;
    const { p } = this;
    const s = v >= p.S ? v - p.S : v;
    const i = d * p.S + s;
    const sh = p.shifts[s]!;
    this.paid[e]! += sign * sh.paid;
    const k = FAIR_KINDS.indexOf(sh.kind as never);
    if (k >= 0) this.kinds[e * 4 + k]! += sign;
    if (v >= p.S) {
      this.flexi[i]! += sign;
      this.kinds[e * 4 + 3]! += sign;
      return;
    }
    this.cover[i]! += sign;
    this.comp[i * this.C + p.compOf[e]!]! += sign;
    for (const sg of p.covers[i]!) {
      this.seg[sg]! += sign;
      this.segComp[sg * this.C + p.compOf[e]!]! += sign;
    }
  }

  /** Sets cell (e, d) to value v and returns the change in cost. */
  set(e: number, d: number, v: number): number {
    const row = this.rows[e]!;
    const old = row[d]!;
    if (old === v) return 0;
    const S = this.p.S;
    const s1 = old < 0 ? -1 : old % S;
    const s2 = v < 0 ? -1 : v % S;
    const before = this.affected(e, d, s1, s2);
    this.apply(e, d, old, -1);
    row[d] = v;
    this.apply(e, d, v, 1);
    const delta = this.affected(e, d, s1, s2) - before;
    this.cost += delta;
    return delta;
  }

  /** The objective recomputed from scratch, term by term. */
  fullCost(): ObjectiveBreakdown {
    const { p, w } = this;
    const b: ObjectiveBreakdown = {
      total: 0,
      shortfall: 0,
      competence: 0,
      surplus: 0,
      flexi: 0,
      contract: 0,
      fairness: 0,
      wishes: 0,
      isolatedDaysOff: 0,
      quickReturns: 0,
    };
    for (let d = 0; d < p.days; d++)
      for (let s = 0; s < p.S; s++) {
        const i = d * p.S + s;
        const req = p.demand[i]!;
        const have = this.cover[i]!;
        if (req >= 0) {
          b.shortfall += w.shortfall * Math.max(0, req - have);
          b.surplus += w.surplus * Math.max(0, have - req);
        } else if (p.intervals.length === 0) b.surplus += w.surplus * have;
        for (const m of p.compMin[i]!)
          b.competence +=
            w.competence * Math.max(0, m.count - (m.comp >= 0 ? this.comp[i * this.C + m.comp]! : 0));
        b.flexi +=
          w.flexiSpread * Math.max(0, p.flexiAsked[i]! - this.flexi[i]!) +
          w.shortfall * Math.max(0, this.flexi[i]! - p.flexiAsked[i]!);
      }
    for (let d = 0; d < p.days; d++) b.shortfall += this.intervalTerm(d);
    for (let e = 0; e < p.E; e++) {
      const dev = Math.abs(this.paid[e]! - p.targetPaid[e]!);
      b.contract += (w.contractHard * Math.max(0, dev - p.tolerance)) / 60 + (w.contractSoft * dev) / 60;
      b.fairness +=
        this.employeeTerm(e) -
        ((w.contractHard * Math.max(0, dev - p.tolerance)) / 60 + (w.contractSoft * dev) / 60);
      const row = this.rows[e]!;
      for (let d = 0; d < p.days; d++) {
        const s = shiftAt(p, row, d);
        const wish = this.wishAt.get(e * p.days + d);
        if (wish && wish.shift !== s) b.wishes += w.wishes * wish.weight;
        if (s < 0) {
          if (p.absence[e * p.days + d] === 0 && shiftAt(p, row, d - 1) >= 0 && shiftAt(p, row, d + 1) >= 0)
            b.isolatedDaysOff += w.isolatedDaysOff;
        } else {
          const t = shiftAt(p, row, d + 1);
          if (t >= 0 && (p.cyclic || d + 1 < p.days) && startAt(p, d + 1, t) - endAt(p, d, s) < QUICK_REST)
            b.quickReturns += w.quickReturns;
        }
      }
    }
    b.total =
      b.shortfall +
      b.competence +
      b.surplus +
      b.flexi +
      b.contract +
      b.fairness +
      b.wishes +
      b.isolatedDaysOff +
      b.quickReturns;
    return b;
  }

  /** Contract deviation beyond the tolerance of employee e, in minutes. */
  contractExcess(e: number): number {
    return Math.max(0, Math.abs(this.paid[e]! - this.p.targetPaid[e]!) - this.p.tolerance);
  }
}
