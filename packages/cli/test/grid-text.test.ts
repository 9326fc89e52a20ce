import { describe, expect, it } from 'vitest';
import { paint } from '../src/cli-io.js';
import { renderGridText } from '../src/grid-text.js';
import { renderKeyNumbers } from '../src/key-numbers.js';
import { createProgress } from '../src/progress.js';
import { fakeReport, smallPlan } from './fixtures.js';

describe('renderGridText', () => {
  const plan = smallPlan();

  it('shows a line per employee with a column per day, weekends and flexi marked', () => {
    const text = renderGridText(plan, paint(false), { weeksPerBlock: 3 });
    const lines = text.split('\n');
    expect(lines[0]).toContain('Uke 1');
    expect(lines[0]).toContain('Uke 3');
    expect(lines[1]).toMatch(/^ansatt %\s+m\s+t\s+H\s+t\s+f\s+L\s+S /); // 2027-01-06 is a holiday
    const e1 = lines.find((l) => l.startsWith('E1 100'))!;
    expect(e1).toContain('D  D* D  D  D  ·  ·');
    const e3 = lines.find((l) => l.startsWith('E3 60'))!;
    expect(e3).toContain('FE');
    expect(lines.filter((l) => /^(E1|E2|E3|N1) /.test(l))).toHaveLength(4);
    expect(e1.trim().endsWith('116,3')).toBe(true); // 15 day shifts of 7.75 h
    expect(text).not.toContain('\u001b[');
  });

  it('splits long plans into blocks of weeks and colours cells on a terminal', () => {
    const text = renderGridText(plan, paint(true), { weeksPerBlock: 2 });
    expect(text.split('\n').filter((l) => l.includes('Uke 1') || l.includes('Uke 3'))).toHaveLength(2);
    if (!process.env.NO_COLOR) expect(text).toContain('\u001b[30;103mD ');
  });
});

describe('renderKeyNumbers', () => {
  it('prints persons, årsverk, heltidsandel, average position, weekend hours, coverage and violations', () => {
    const plan = smallPlan();
    const text = renderKeyNumbers(fakeReport(plan), paint(false));
    expect(text).toContain('Personer 4');
    expect(text).toContain('Årsverk 2,90');
    expect(text).toContain('Heltidsandel 25,0 %');
    expect(text).toContain('Gj.sn. stillingsprosent 72,5 %');
    expect(text).toContain('Helgetimer 134 t per person/år');
    expect(text).toMatch(/Dekning \d+,\d %/);
    expect(text).toContain('Lovbrudd 1');
  });
});

describe('createProgress', () => {
  it('draws a bar on a terminal and nothing when piped', () => {
    let tty = '';
    const on = createProgress(
      { stdout: { write: () => 0 }, stderr: { write: (t: string) => (tty += t) }, isTTY: true },
      10,
    );
    on.update({ phase: 'local-search', elapsedMs: 5000, bestObjective: 1234 });
    on.done();
    expect(tty).toContain('forbedrer');
    expect(tty).toContain('beste 1234');
    expect(tty).toContain('5,0 s / 10 s');
    expect(tty).toContain('████████████░░░░░░░░░░░░');
    let piped = '';
    const off = createProgress(
      { stdout: { write: () => 0 }, stderr: { write: (t: string) => (piped += t) }, isTTY: false },
      10,
    );
    off.update({ phase: 'construct', elapsedMs: 5000 });
    off.done();
    expect(piped).toBe('');
  });
});
