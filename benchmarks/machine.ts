// The machine a benchmark ran on, and the command-line arguments of the benchmark scripts.
import { cpus, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  memoryGb: number;
  platform: string;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cores: list.length,
    cpu: list[0]?.model ?? 'unknown',
    node: process.version,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform}-${process.arch}`,
  };
}

export function printMachine(m: Machine): void {
  console.log(`machine: ${m.cores} cores, ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}`);
}

/** Value of `--name value` or `--name=value`, or undefined. */
export function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === `--${name}`) return args[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

export function flag(name: string): boolean {
  return process.argv.slice(2).includes(`--${name}`);
}
