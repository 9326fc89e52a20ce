import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Plan, type Scenario, parsePlanText, parseScenarioText } from '@turnus/core';
import { CliError } from './cli-error.js';

/**
 * Reads a text file, turning "no such file" into a one-line {@link CliError}.
 *
 * @example
 * ```ts
 * const text = await readTextFile('scenario.yaml');
 * ```
 * @since 0.1.0
 */
export async function readTextFile(path: string, cwd = process.cwd()): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new CliError(`file not found: ${path}`);
    if (code === 'EISDIR') throw new CliError(`is a directory, not a file: ${path}`);
    if (code === 'EACCES') throw new CliError(`permission denied: ${path}`);
    throw error;
  }
}

/**
 * Reads and validates a `turnus-scenario/1` file (YAML or JSON by extension).
 *
 * @throws TurnusError with every issue and its field path; CliError when the file is missing.
 * @example
 * ```ts
 * const scenario = await readScenarioFile('sykehjem.yaml');
 * ```
 * @since 0.1.0
 */
export async function readScenarioFile(path: string, cwd = process.cwd()): Promise<Scenario> {
  return parseScenarioText(await readTextFile(path, cwd), { source: path });
}

/**
 * Reads and validates a `turnus-plan/1` file (JSON, or YAML when the name ends in .yaml/.yml).
 *
 * @example
 * ```ts
 * const plan = await readPlanFile('plan.json');
 * ```
 * @since 0.1.0
 */
export async function readPlanFile(path: string, cwd = process.cwd()): Promise<Plan> {
  const syntax = /\.ya?ml$/i.test(path) ? 'yaml' : 'json';
  return parsePlanText(await readTextFile(path, cwd), { source: path, syntax });
}

/**
 * Writes a file, creating its folder.
 *
 * @example
 * ```ts
 * await writeOutput('out/plan.json', JSON.stringify(plan));
 * ```
 * @since 0.1.0
 */
export async function writeOutput(
  path: string,
  content: string | Uint8Array,
  cwd = process.cwd(),
): Promise<string> {
  const full = resolve(cwd, path);
  try {
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'ENOTDIR' || code === 'EISDIR')
      throw new CliError(`cannot write ${path} (${code})`);
    throw error;
  }
  return full;
}
