// Simulated annealing over a whole Curtois–Qu roster. Hard rules are a penalty with an adaptive
// weight (strategic oscillation: the search may cross infeasible rosters but is pulled back), and
// only rosters with no hard violation are kept as the best. Moves are scored incrementally: a move
// changes days lo..hi of at most two rows; their run rules are rescored on a window around those
// days, their totals (shifts per type, minutes, weekends) and the cover from running counts. The
// acceptance test runs on the cheap parts first, with the best the runs could do as a bound, so
// most rejected moves never rescore their runs.
// Internal to the solver.
import { type Grid, type IndexedCurtois, gridObjective } from './curtois-index.js';
import { rowHardness, rowRequests, rowRules, totalsHardness, windowHardness } from './curtois-row-cost.js';

/** Options of {@link anneal}. */
export interface AnnealOptions {
  /** performance.now() at which to stop. */
  readonly deadline: number;
  /** Stop after this many moves (makes a run independent of machine speed). */
  readonly maxMoves?: number;
  readonly random: () => number;
  /** Never accept a move that breaks more hard rules (a feasible start then stays feasible). */
  readonly strict?: boolean;
  /** Starting temperature as a share of the largest weight of the instance (default 0.5). */
  readonly heat?: number;
  /**
   * Share of block swaps that exchange two weekends between two employees instead (default 0):
   * each keeps its number of weekends, which a block swap over one weekend changes for both.
   */
  readonly weekendExchange?: number;
  /**
   * Share of the other block swaps that grant a request instead (default 0): the day of an unmet
   * on-request, or of a worked off-request, is swapped with an employee who works the requested
   * shift that day (or, for an off-request, does not), so the cover stays as it is.
   */
  readonly requestSwap?: number;
  /**
   * A swap that grants a request and moves minutes from one row to the other also swaps a second
   * day that moves them back (default false): where most rows sit at their maximum minutes, the
   * plain swap almost never keeps both rows legal.
   */
  readonly balanceMinutes?: boolean;
  /** Called with each new best objective. */
  readonly onImprove?: (objective: number) => void;
}

/** Result of {@link anneal}. */
export interface AnnealResult {
  /** The best roster without hard violations seen (undefined if none was). */
  readonly grid: Grid | undefined;
  readonly objective: number;
  /** Where the search ended (a local optimum of the penalised cost; it may break hard rules). */
  readonly final: Grid;
  /** Employees whose row in `final` breaks a hard rule. */
  readonly broken: readonly number[];
  readonly moves: number;
}

const EPS = 1e-9;
/** Below this the hard distance is zero (the smallest real one is a minute over a day's shift). */
const FEASIBLE = 1e-6;
/** Final temperature, in objective units (below the smallest request weight). */
const COLD = 0.05;
/** Penalty weight bounds of one unit of hard violation, as multiples of the largest weight. */
const WEIGHT_FLOOR = 0.25;
const WEIGHT_CEILING = 10;
/**
 * Move mix, as cumulative shares of a uniform draw: below BLOCK_SWAP a block swap between two
 * employees (or an exchange of two weekends, or a swap that grants a request: see
 * AnnealOptions.weekendExchange and requestSwap), then a swap of two days of one employee, then a
 * fill (or, with nothing under-covered, a change of one day), then a block set.
 */
const BLOCK_SWAP = 0.4;
const DAY_SWAP = 0.65;
const FILL = 0.85;
/** Share of weekend fill moves that complete a half-worked weekend rather than pick anyone. */
const WEEKEND_COMPLETION = 0.6;

/**
 * Anneals from `start` (any roster that respects the fixed days off; it need not be feasible) and
 * returns the best roster without hard violations it visited.
 */
export function anneal(ix: IndexedCurtois, start: Grid, options: AnnealOptions): AnnealResult {
  const rules = rowRules(ix);
  const { E, H, S, minutes, cellCost, dayOff, maxShifts } = rules;
  const random = options.random;
  const grid = start.map((row) => row.slice());
  const isWeekend = (d: number) => d % 7 >= 5;
  /** The other day of a weekend day's weekend (may be past the horizon). */
  const weekendPartner = (d: number) => (d % 7 === 5 ? d + 1 : d - 1);
  /** Day d is worked together with the other day of its weekend (freeing it leaves a half). */
  const fullWeekendDay = (row: Int16Array, d: number) => {
    if (!isWeekend(d)) return false;
    const other = weekendPartner(d);
    return other < H && row[other]! >= 0;
  };
  /** Minutes of a cell's value (0 for a day off). */
  const lengthOf = (v: number) => (v < 0 ? 0 : minutes[v]!);
  /** Rows e and e2 may swap day d: neither gets a shift on one of its fixed days off. */
  const swappable = (e: number, e2: number, d: number) =>
    !((grid[e]![d]! >= 0 && dayOff[e2 * H + d]) || (grid[e2]![d]! >= 0 && dayOff[e * H + d]));
  /**
   * A day other than d, from a random place, whose swap between rows e and e2 moves `moved`
   * minutes from e back to e2 (−1 if there is none).
   */
  const balancingDay = (e: number, e2: number, d: number, moved: number) => {
    const row = grid[e]!;
    const row2 = grid[e2]!;
    const first = Math.floor(random() * H);
    for (let k = 0; k < H; k++) {
      const x = (first + k) % H;
      if (x === d || lengthOf(row2[x]!) - lengthOf(row[x]!) !== -moved || !swappable(e, e2, x)) continue;
      return x;
    }
    return -1;
  };
  const weekendWorked = (row: Int16Array, d: number) => {
    const saturday = d - (d % 7) + 5;
    return (saturday < H && row[saturday]! >= 0) || (saturday + 1 < H && row[saturday + 1]! >= 0);
  };

  // Per-row state: run score, totals (per type, minutes, weekends), requests.
  const runOf = new Float64Array(E);
  const totalsOf = new Float64Array(E);
  const requestsOf = new Float64Array(E);
  const typeCount = new Int32Array(E * S);
  const minutesOf = new Int32Array(E);
  const weekendsOf = new Int32Array(E);
  const counts = new Int32Array(H * S);
  const requirement = ix.requirement;
  const under = ix.underWeight;
  const over = ix.overWeight;
  let requestConstant = 0;
  for (const w of ix.onWeight) requestConstant += w;
  let hardSum = 0;
  let requestSum = 0;
  for (let e = 0; e < E; e++) {
    const row = grid[e]!;
    for (let d = 0; d < H; d++) {
      const v = row[d]!;
      if (v < 0) continue;
      counts[d * S + v]!++;
      typeCount[e * S + v]!++;
      minutesOf[e] = minutesOf[e]! + minutes[v]!;
      if (d % 7 === 5 || (d % 7 === 6 && row[d - 1]! < 0)) weekendsOf[e]!++;
    }
    runOf[e] = windowHardness(rules, e, row, 0, H - 1);
    totalsOf[e] = totalsHardness(rules, e, typeCount, e * S, minutesOf[e]!, weekendsOf[e]!);
    requestsOf[e] = rowRequests(rules, e, row);
    hardSum += runOf[e]! + totalsOf[e]!;
    requestSum += requestsOf[e]!;
  }
  const cellCover = (c: number, n: number) => {
    const need = requirement[c]!;
    if (need < 0) return 0;
    return n < need ? (need - n) * under[c]! : (n - need) * over[c]!;
  };
  let coverSum = 0;
  for (let c = 0; c < H * S; c++) coverSum += cellCover(c, counts[c]!);
  // The under-covered cells as a sparse set, so moves can aim at them.
  const short = new Int32Array(H * S);
  const shortAt = new Int32Array(H * S).fill(-1);
  let shortCount = 0;
  const track = (c: number) => {
    const isShort = requirement[c]! > counts[c]! && under[c]! > 0;
    const at = shortAt[c]!;
    if (isShort && at < 0) {
      short[shortCount] = c;
      shortAt[c] = shortCount++;
    } else if (!isShort && at >= 0) {
      const last = short[--shortCount]!;
      short[at] = last;
      shortAt[last] = at;
      shortAt[c] = -1;
    }
  };
  for (let c = 0; c < H * S; c++) track(c);

  // Penalty weight of one unit of hard violation: starts at the largest weight of the instance.
  let maxWeight = 1;
  for (let c = 0; c < H * S; c++) maxWeight = Math.max(maxWeight, under[c]!, over[c]!);
  for (const w of ix.onWeight) maxWeight = Math.max(maxWeight, w);
  for (const w of ix.offWeight) maxWeight = Math.max(maxWeight, w);
  let weight = maxWeight;

  let best = Number.POSITIVE_INFINITY;
  let bestGrid: Grid | undefined;
  const objective = () => requestConstant + requestSum + coverSum;
  const remember = () => {
    const value = objective();
    if (hardSum < FEASIBLE && value < best - EPS) {
      best = value;
      if (bestGrid) for (let e = 0; e < E; e++) bestGrid[e]!.set(grid[e]!);
      else bestGrid = grid.map((row) => row.slice());
      options.onImprove?.(Math.round(value));
    }
  };
  remember();

  // One move: the rows it touches (at most two), their windows, and an undo buffer.
  const undoE = new Int32Array(2 * H + 2);
  const undoD = new Int32Array(2 * H + 2);
  const undoV = new Int16Array(2 * H + 2);
  let undoLength = 0;
  let coverDelta = 0;
  let requestDelta = 0;
  const touched = [-1, -1];
  const windowLo = [0, 0];
  const windowHi = [0, 0];
  const runBefore = [0, 0];
  const minutesBefore = [0, 0];
  const weekendsBefore = [0, 0];
  /** Declares that the move will change days lo..hi of row e (call before changing them). */
  const touch = (slot: number, e: number, lo: number, hi: number) => {
    touched[slot] = e;
    windowLo[slot] = lo;
    windowHi[slot] = hi;
    minutesBefore[slot] = minutesOf[e]!;
    weekendsBefore[slot] = weekendsOf[e]!;
    // A window scores part of the row's runs, so a row with no run violation has none in it.
    runBefore[slot] = runOf[e] === 0 ? 0 : windowHardness(rules, e, grid[e]!, lo, hi);
  };
  const write = (e: number, d: number, v: number) => {
    const row = grid[e]!;
    const old = row[d]!;
    const weekend = isWeekend(d);
    const weekendBefore = weekend && weekendWorked(row, d);
    if (old >= 0) {
      const c = d * S + old;
      // One fewer on a cell: one more missing below the requirement, one fewer extra above it.
      const need = requirement[c]!;
      if (need >= 0) coverDelta += counts[c]! > need ? -over[c]! : under[c]!;
      counts[c]!--;
      typeCount[e * S + old]!--;
      minutesOf[e] = minutesOf[e]! - minutes[old]!;
      requestDelta -= cellCost[(e * H + d) * S + old]!;
    }
    if (v >= 0) {
      const c = d * S + v;
      const need = requirement[c]!;
      if (need >= 0) coverDelta += counts[c]! >= need ? over[c]! : -under[c]!;
      counts[c]!++;
      typeCount[e * S + v]!++;
      minutesOf[e] = minutesOf[e]! + minutes[v]!;
      requestDelta += cellCost[(e * H + d) * S + v]!;
    }
    row[d] = v;
    if (weekend) weekendsOf[e] = weekendsOf[e]! + Number(weekendWorked(row, d)) - Number(weekendBefore);
  };
  const set = (e: number, d: number, v: number) => {
    const old = grid[e]![d]!;
    if (old === v) return;
    undoE[undoLength] = e;
    undoD[undoLength] = d;
    undoV[undoLength] = old;
    undoLength++;
    write(e, d, v);
  };
  /**
   * Takes a refused move back. Its cover and request deltas are thrown away, so only the counts,
   * the rows and the two rows' totals are restored (most moves are refused, so this is hot).
   */
  const undo = () => {
    for (let i = undoLength - 1; i >= 0; i--) {
      const e = undoE[i]!;
      const d = undoD[i]!;
      const old = undoV[i]!;
      const row = grid[e]!;
      const v = row[d]!;
      if (v >= 0) {
        counts[d * S + v]!--;
        typeCount[e * S + v]!--;
      }
      if (old >= 0) {
        counts[d * S + old]!++;
        typeCount[e * S + old]!++;
      }
      row[d] = old;
    }
    for (let slot = 0; slot < 2; slot++) {
      const e = touched[slot]!;
      if (e < 0) continue;
      minutesOf[e] = minutesBefore[slot]!;
      weekendsOf[e] = weekendsBefore[slot]!;
    }
  };
  /** Brings the set of under-covered cells up to date with an accepted move. */
  const trackMove = () => {
    for (let i = 0; i < undoLength; i++) {
      const d = undoD[i]!;
      const old = undoV[i]!;
      const v = grid[undoE[i]!]![d]!;
      if (old >= 0) track(d * S + old);
      if (v >= 0) track(d * S + v);
    }
  };

  const span = Math.max(1, options.maxMoves ?? 0);
  const started = performance.now();
  const budget = Math.max(1, options.deadline - started);
  const hot = maxWeight * (options.heat ?? 0.5);
  let temperature = hot;
  let moves = 0;
  let sinceFeasible = 0;
  const maxBlock = Math.min(7, H);
  /** Weekends with both days inside the horizon. */
  const weeks = Math.floor(H / 7);
  const exchange = options.weekendExchange ?? 0;
  const grant = options.requestSwap ?? 0;
  const balance = options.balanceMinutes ?? false;
  /**
   * The request cells (index e·H·S + d·S + s) for the swaps that grant requests, without those no
   * roster can change: a fixed day off, or a shift type the employee may not work.
   */
  const requestCells: number[] = [];
  if (grant > 0) {
    for (let i = 0; i < E * H * S; i++) {
      if (ix.onWeight[i]! <= 0 && ix.offWeight[i]! <= 0) continue;
      const e = Math.floor(i / (H * S));
      if (!dayOff[e * H + (Math.floor(i / S) % H)] && maxShifts[e * S + (i % S)]! > 0) requestCells.push(i);
    }
  }
  const newRun = [0, 0];
  const newTotals = [0, 0];
  for (;;) {
    if ((moves & 1023) === 0) {
      const progress = options.maxMoves !== undefined ? moves / span : (performance.now() - started) / budget;
      if (progress >= 1) break;
      temperature = hot * (COLD / hot) ** progress;
      // Sums of many small float deltas drift; restart them from the rows.
      hardSum = 0;
      for (let e = 0; e < E; e++) hardSum += runOf[e]! + totalsOf[e]!;
      // Strategic oscillation: press harder on the hard rules while the search stays infeasible.
      if (hardSum > FEASIBLE) sinceFeasible++;
      else sinceFeasible = 0;
      if (sinceFeasible > 4) weight = Math.min(maxWeight * WEIGHT_CEILING, weight * 1.5);
      else if (sinceFeasible === 0) weight = Math.max(maxWeight * WEIGHT_FLOOR, weight * 0.98);
    }
    moves++;
    undoLength = 0;
    coverDelta = 0;
    requestDelta = 0;
    touched[0] = -1;
    touched[1] = -1;
    const kind = random();
    let e1 = Math.floor(random() * E);
    let cell = -1;
    if (kind >= DAY_SWAP && kind < FILL && shortCount > 0) {
      // Fill moves aim at an under-covered cell; on a weekend day, often by an employee who
      // works the other day of that weekend (a half-worked weekend completed costs no weekend).
      cell = short[Math.floor(random() * shortCount)]!;
      const d = Math.floor(cell / S);
      const s = cell % S;
      if (isWeekend(d) && random() < WEEKEND_COMPLETION) {
        const partner = weekendPartner(d);
        if (partner < H) {
          for (let i = 0; i < E; i++) {
            const e = (e1 + i) % E;
            const row = grid[e]!;
            if (row[d]! < 0 && row[partner]! >= 0 && !dayOff[e * H + d] && maxShifts[e * S + s]! > 0) {
              e1 = e;
              break;
            }
          }
        }
      }
    }
    const row1 = grid[e1]!;
    if (kind < BLOCK_SWAP && weeks > 1 && exchange > 0 && random() < exchange) {
      // Exchange two weekends: e1 works weekend w1 and not w2, e2 works w2 and not w1, and the two
      // swap the days of both weekends (cover and both rows' weekend counts unchanged).
      const w1 = Math.floor(random() * weeks);
      if (!weekendWorked(row1, 7 * w1 + 5)) continue;
      let e2 = -1;
      let w2 = -1;
      for (let tries = 0; tries < 4 && e2 < 0; tries++) {
        const e = Math.floor(random() * E);
        const w = Math.floor(random() * (weeks - 1));
        const other = w >= w1 ? w + 1 : w;
        const row = grid[e]!;
        if (e === e1 || weekendWorked(row, 7 * w1 + 5)) continue;
        if (weekendWorked(row, 7 * other + 5) && !weekendWorked(row1, 7 * other + 5)) {
          e2 = e;
          w2 = other;
        }
      }
      if (e2 < 0) continue;
      const row2 = grid[e2]!;
      const early = 7 * Math.min(w1, w2) + 5;
      const late = 7 * Math.max(w1, w2) + 5;
      let legal = true;
      for (let i = 0; i < 4; i++) {
        const d = i < 2 ? early + i : late + i - 2;
        if (!swappable(e1, e2, d)) legal = false;
      }
      if (!legal) continue;
      touch(0, e1, early, late + 1);
      touch(1, e2, early, late + 1);
      for (let i = 0; i < 4; i++) {
        const d = i < 2 ? early + i : late + i - 2;
        const a = row1[d]!;
        set(e1, d, row2[d]!);
        set(e2, d, a);
      }
    } else if (kind < BLOCK_SWAP && requestCells.length > 0 && random() < grant) {
      // Grant a request: swap its day with an employee who works the requested shift then (for
      // an off-request, anything else), found from a random place in the staff.
      const i = requestCells[Math.floor(random() * requestCells.length)]!;
      const e = Math.floor(i / (H * S));
      const d = Math.floor(i / S) % H;
      const s = i % S;
      const row = grid[e]!;
      const wanted = ix.onWeight[i]! > 0;
      if (wanted === (row[d] === s)) continue;
      // With `balanceMinutes`, where the swap moves minutes from one row to the other, a second
      // day whose swap moves them back keeps both rows' minutes: the first employee with such a
      // day (or with no minutes to move) is taken, failing that the first who can swap day d.
      let e2 = -1;
      let d2 = -1;
      let single = -1;
      const first = Math.floor(random() * E);
      for (let k = 0; k < E && e2 < 0; k++) {
        const c = (first + k) % E;
        const v = grid[c]![d]!;
        if (c === e || wanted !== (v === s) || !swappable(e, c, d)) continue;
        const moved = lengthOf(v) - lengthOf(row[d]!);
        if (!balance || moved === 0) {
          e2 = c;
          break;
        }
        const x = balancingDay(e, c, d, moved);
        if (x >= 0) {
          e2 = c;
          d2 = x;
        } else if (single < 0) single = c;
      }
      if (e2 < 0) e2 = single;
      if (e2 < 0) continue;
      const row2 = grid[e2]!;
      const lo = d2 < 0 ? d : Math.min(d, d2);
      const hi = d2 < 0 ? d : Math.max(d, d2);
      touch(0, e, lo, hi);
      touch(1, e2, lo, hi);
      const mine = row[d]!;
      set(e, d, row2[d]!);
      set(e2, d, mine);
      if (d2 >= 0) {
        const other = row[d2]!;
        set(e, d2, row2[d2]!);
        set(e2, d2, other);
      }
    } else if (kind < BLOCK_SWAP) {
      // Swap a block of days between two employees (cover unchanged).
      let e2 = Math.floor(random() * (E - 1));
      if (e2 >= e1) e2++;
      if (e2 >= E) continue;
      const k = 1 + Math.floor(random() * random() * maxBlock);
      const from = Math.floor(random() * (H - k + 1));
      const row2 = grid[e2]!;
      let legal = true;
      let differs = false;
      for (let d = from; d < from + k; d++) {
        if (!swappable(e1, e2, d)) {
          legal = false;
          break;
        }
        if (row1[d] !== row2[d]) differs = true;
      }
      if (!legal || !differs) continue;
      touch(0, e1, from, from + k - 1);
      touch(1, e2, from, from + k - 1);
      for (let d = from; d < from + k; d++) {
        const a = row1[d]!;
        set(e1, d, row2[d]!);
        set(e2, d, a);
      }
    } else if (kind < DAY_SWAP) {
      // Swap two days of one employee (keeps the employee's shift counts and minutes).
      const a = Math.floor(random() * H);
      const b = random() < 0.7 ? a + 1 + Math.floor(random() * maxBlock) : Math.floor(random() * H);
      if (b >= H || a === b) continue;
      const va = row1[a]!;
      const vb = row1[b]!;
      if (va === vb) continue;
      if ((va >= 0 && dayOff[e1 * H + b]) || (vb >= 0 && dayOff[e1 * H + a])) continue;
      touch(0, e1, Math.min(a, b), Math.max(a, b));
      set(e1, a, vb);
      set(e1, b, va);
    } else if (cell >= 0 && random() < 0.7) {
      // Fill an under-covered shift; often by moving one of the employee's own shifts there, which
      // keeps the employee's shift count and minutes.
      const c = cell;
      const d = Math.floor(c / S);
      const s = c % S;
      if (dayOff[e1 * H + d] || maxShifts[e1 * S + s] === 0 || row1[d] === s) continue;
      let from = -1;
      if (row1[d]! < 0 && random() < 0.7) {
        // The shift comes from the end of a run (d counted as worked): taking a day from inside
        // a run splits it and leaves a single day off between the halves.
        let a = d;
        while (a > 0 && row1[a - 1]! >= 0) a--;
        let z = d;
        while (z < H - 1 && row1[z + 1]! >= 0) z++;
        if (z - a + 1 > rules.maxConsecutive[e1]!) {
          // The run d joins is too long: its end farther from d.
          const end = d - a >= z - d ? a : z;
          if (!fullWeekendDay(row1, end)) from = end;
        } else {
          const minRun = rules.minConsecutive[e1]!;
          for (let tries = 0; tries < 6; tries++) {
            const b = Math.floor(random() * H);
            const v = row1[b]!;
            if (b === d || v < 0 || fullWeekendDay(row1, b)) continue;
            const left = b > 0 && (row1[b - 1]! >= 0 || b - 1 === d);
            const right = b < H - 1 && (row1[b + 1]! >= 0 || b + 1 === d);
            if (left && right) continue;
            // What is left of b's run must not become too short (a run of one day may go).
            let length = 1;
            for (let x = b - 1; x >= 0 && (row1[x]! >= 0 || x === d); x--) length++;
            for (let x = b + 1; x < H && (row1[x]! >= 0 || x === d); x++) length++;
            if (length > 1 && length - 1 < minRun) continue;
            from = b;
            if (counts[b * S + v]! > requirement[b * S + v]!) break;
          }
        }
      }
      touch(0, e1, from >= 0 ? Math.min(d, from) : d, from >= 0 ? Math.max(d, from) : d);
      set(e1, d, s);
      if (from >= 0) set(e1, from, -1);
    } else if (kind < FILL) {
      // Change one day to another shift type or off.
      const d = Math.floor(random() * H);
      if (dayOff[e1 * H + d]) continue;
      const allowed = rules.allowed[e1]!;
      const pick = Math.floor(random() * (allowed.length + 1));
      const v = pick === allowed.length ? -1 : allowed[pick]!;
      if (v === row1[d]) continue;
      touch(0, e1, d, d);
      set(e1, d, v);
    } else {
      // Set a block of days of one employee to one shift type, or off.
      const k = 2 + Math.floor(random() * (maxBlock - 1));
      const from = Math.floor(random() * (H - k + 1));
      const allowed = rules.allowed[e1]!;
      const pick = Math.floor(random() * (allowed.length + 1));
      const v = pick === allowed.length ? -1 : allowed[pick]!;
      touch(0, e1, from, from + k - 1);
      for (let d = from; d < from + k; d++) if (!dayOff[e1 * H + d]) set(e1, d, v);
      if (undoLength === 0) continue;
    }
    // The totals first: they are cheap, and with the most the runs could improve (their score
    // before the move) they bound the move's delta from below. Most moves fail on that bound and
    // never pay for rescoring their runs.
    let dHard = 0;
    let runSlack = 0;
    for (let slot = 0; slot < 2; slot++) {
      const e = touched[slot]!;
      if (e < 0) continue;
      newTotals[slot] = totalsHardness(rules, e, typeCount, e * S, minutesOf[e]!, weekendsOf[e]!);
      dHard += newTotals[slot]! - totalsOf[e]!;
      runSlack += runBefore[slot]!;
    }
    if (options.strict && dHard - runSlack > FEASIBLE) {
      undo();
      continue;
    }
    // Metropolis: accept when delta <= EPS, or when delta < −T·ln(u) for a uniform u.
    let threshold = Number.NaN;
    const bound = requestDelta + coverDelta + weight * (dHard - runSlack);
    if (bound > EPS) {
      threshold = -temperature * Math.log(random());
      if (bound >= threshold) {
        undo();
        continue;
      }
    }
    for (let slot = 0; slot < 2; slot++) {
      const e = touched[slot]!;
      if (e < 0) continue;
      const after = windowHardness(rules, e, grid[e]!, windowLo[slot]!, windowHi[slot]!);
      newRun[slot] = runOf[e]! + after - runBefore[slot]!;
      dHard += after - runBefore[slot]!;
    }
    if (options.strict && dHard > FEASIBLE) {
      undo();
      continue;
    }
    const delta = requestDelta + coverDelta + weight * dHard;
    if (delta > EPS && Number.isNaN(threshold)) threshold = -temperature * Math.log(random());
    if (delta <= EPS || delta < threshold) {
      for (let slot = 0; slot < 2; slot++) {
        const e = touched[slot]!;
        if (e < 0) continue;
        runOf[e] = newRun[slot]!;
        totalsOf[e] = newTotals[slot]!;
      }
      trackMove();
      hardSum += dHard;
      requestSum += requestDelta;
      coverSum += coverDelta;
      if (hardSum < FEASIBLE && objective() < best - EPS) remember();
    } else {
      undo();
    }
  }
  // The running scores must match a from-scratch scoring; a mismatch is a bug, never a roster.
  const broken: number[] = [];
  const scratch = new Int32Array(S);
  for (let e = 0; e < E; e++) {
    const hard = rowHardness(rules, e, grid[e]!, scratch);
    if (Math.abs(hard - runOf[e]! - totalsOf[e]!) > FEASIBLE)
      throw new Error(`internal error: the annealer's score of row ${e} drifted`);
    if (hard > FEASIBLE) broken.push(e);
  }
  const recount = new Int32Array(H * S);
  for (const row of grid) for (let d = 0; d < H; d++) if (row[d]! >= 0) recount[d * S + row[d]!]!++;
  for (let c = 0; c < H * S; c++) {
    const isShort = requirement[c]! > recount[c]! && under[c]! > 0;
    if (recount[c] !== counts[c] || isShort !== shortAt[c]! >= 0)
      throw new Error('internal error: the annealer lost track of the cover');
  }
  if (bestGrid && Math.abs(gridObjective(ix, bestGrid) - best) > 1e-6) {
    throw new Error('internal error: the annealer lost track of its objective');
  }
  return { grid: bestGrid, objective: best, final: grid, broken, moves };
}
