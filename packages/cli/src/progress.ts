import type { CliIo } from './cli-io.js';
import { formatNumber } from './number-format.js';

/** A solver progress event, as `@turnus/solver` reports it. */
export interface ProgressEvent {
  phase: string;
  elapsedMs: number;
  bestObjective?: number;
  bound?: number;
}

/** A progress display: `update` on every event, `done` to clear the line. */
export interface Progress {
  update(event: ProgressEvent): void;
  done(): void;
}

const PHASES: Record<string, string> = {
  dimension: 'dimensjonerer',
  vacation: 'planlegger ferie',
  construct: 'bygger',
  construction: 'bygger',
  'local-search': 'forbedrer',
  'roll-polish': 'finpusser rulleringen',
  lns: 'forbedrer',
  mip: 'MIP',
  'lp-bound': 'nedre grense',
  evaluate: 'kontrollerer',
};

/**
 * A one-line progress bar on a terminal (phase, best objective, elapsed time against the time
 * limit), redrawn at most every 100 ms; silent when the output is piped or machine-readable.
 *
 * @example
 * ```ts
 * const progress = createProgress(io, 10);
 * await solve(scenario, { onProgress: progress.update });
 * progress.done();
 * ```
 * @since 0.1.0
 */
export function createProgress(io: CliIo, timeLimitSeconds: number, enabled = io.isTTY): Progress {
  let last = 0;
  let shown = false;
  const width = 24;
  return {
    update(event) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const share = Math.min(1, event.elapsedMs / 1000 / Math.max(0.1, timeLimitSeconds));
      const filled = Math.round(share * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const phase = PHASES[event.phase] ?? event.phase;
      const best = event.bestObjective === undefined ? '' : `  beste ${formatNumber(event.bestObjective, 0)}`;
      const bound = event.bound === undefined ? '' : `  grense ${formatNumber(event.bound, 0)}`;
      io.stderr.write(
        `\r\u001b[K${bar} ${phase}${best}${bound}  ${formatNumber(event.elapsedMs / 1000, 1)} s / ${formatNumber(timeLimitSeconds, 0)} s`,
      );
      shown = true;
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
