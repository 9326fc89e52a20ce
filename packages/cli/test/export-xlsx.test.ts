import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planWorkbook } from '../src/export-xlsx.js';
import { fakeReport, smallPlan } from './fixtures.js';

describe('planWorkbook', async () => {
  const plan = smallPlan();
  const bytes = await planWorkbook(plan, fakeReport(plan));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);

  it('has the sheets Turnus, Nøkkeltall and Dekning', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Turnus', 'Nøkkeltall', 'Dekning']);
  });

  it('lays out the grid: a row per employee, a column per day, frozen header, coloured cells', () => {
    const sheet = book.getWorksheet('Turnus')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 2 });
    expect(sheet.getRow(2).getCell(3).value).toBe('Ma 04.01');
    expect(sheet.getRow(1).getCell(3).value).toBe('Uke 1');
    const ids = [3, 4, 5, 6].map((r) => String(sheet.getRow(r).getCell(1).value));
    expect(ids).toEqual(['E1 Kari Nordmann', 'E2', 'E3', 'N1']);
    // E1 works D on Monday 2027-01-04 (column 3) and a flexi D on Tuesday (column 4).
    const monday = sheet.getRow(3).getCell(3);
    expect(monday.value).toBe('D');
    expect((monday.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF1B8');
    expect(sheet.getRow(3).getCell(4).value).toBe('D*');
    // Saturday 2027-01-09 is column 8: E1 off → weekend shade; E2 works D there.
    expect((sheet.getRow(3).getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFECECEC');
    expect(sheet.getRow(4).getCell(8).value).toBe('D');
    // Wednesday 2027-01-06 is a holiday: E3 is off there, so the cell is shaded red; N1 keeps the night colour.
    expect((sheet.getRow(5).getCell(5).fill as ExcelJS.FillPattern)?.fgColor?.argb).toBe('FFFFD6D6');
    expect((sheet.getRow(6).getCell(5).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF2F4B8A');
    // Hours over the period: after the 21 day columns.
    const hoursCol = 3 + 21;
    expect(sheet.getRow(2).getCell(hoursCol).value).toBe('Timer');
    const e1Hours = plan.assignments.filter((a) => a.employee === 'E1').length * 7.75;
    expect(sheet.getRow(3).getCell(hoursCol).value).toBe(e1Hours);
    expect(sheet.getRow(3).getCell(hoursCol + 1).value).toBe(106.5);
    expect(sheet.getRow(2).getCell(hoursCol + 2).value).toBe('Helger');
    expect(sheet.getRow(4).getCell(hoursCol + 2).value).toBe(1); // E2 works Saturday and Sunday of week 1
    expect(sheet.getRow(3).getCell(hoursCol + 2).value).toBe(0);
  });

  it('lists the key numbers and the coverage per date and shift', () => {
    const metrics = book.getWorksheet('Nøkkeltall')!;
    const labels = metrics.getColumn(1).values.filter(Boolean).map(String);
    expect(labels).toContain('Heltidsandel');
    expect(labels).toContain('Årsverk');
    const coverage = book.getWorksheet('Dekning')!;
    expect(coverage.rowCount).toBe(plan.demand.length + 1);
    expect(coverage.getRow(2).values).toEqual([
      undefined,
      '2027-01-04',
      'Ma',
      'D',
      2,
      expect.any(Number),
      expect.any(Number),
      expect.any(Number),
    ]);
  });
});
