/**
 * Whether some number of shifts with the given paid minutes sums to within `tolerance` of
 * `target` minutes (unbounded knapsack reachability on the shifts' common divisor).
 *
 * @example
 * ```ts
 * contractReachable([570], 80094, 240); // false: 9.5 h night shifts miss 1334.9 h ± 4 h
 * ```
 */
export function contractReachable(paid: readonly number[], target: number, tolerance: number): boolean {
  const values = [...new Set(paid.map((x) => Math.round(x)).filter((x) => x > 0))];
  if (values.length === 0) return Math.abs(target) <= tolerance + 1e-6;
  const g = values.reduce(gcd);
  const hi = Math.floor((target + tolerance + 1e-6) / g);
  const lo = Math.ceil((target - tolerance - 1e-6) / g);
  if (hi < 0) return false;
  if (lo <= 0) return true;
  const reach = new Uint8Array(hi + 1);
  reach[0] = 1;
  const steps = values.map((v) => v / g);
  for (let i = 1; i <= hi; i++)
    for (const s of steps)
      if (i >= s && reach[i - s]) {
        reach[i] = 1;
        break;
      }
  for (let i = Math.max(0, lo); i <= hi; i++) if (reach[i]) return true;
  return false;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
