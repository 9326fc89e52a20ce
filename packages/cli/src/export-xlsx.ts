import type { Plan } from '@turnus/core';
import ExcelJS from 'exceljs';
import { metricRows } from './metric-rows.js';
import { DAY_LETTERS, planGrid } from './plan-grid.js';
import type { ReportView } from './report-model.js';
import { HOLIDAY_SHADE, KIND_COLORS, WEEKEND_SHADE } from './shift-colors.js';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
});

/**
 * The plan as an Excel workbook: sheet "Turnus" (the grid, cells coloured by shift kind, weekend
 * and holiday columns shaded, frozen header and name columns, hours per employee), "Nøkkeltall"
 * (heltidskultur metrics) and "Dekning" (required vs planned per date and shift or interval).
 *
 * @returns the .xlsx file content
 * @example
 * ```ts
 * fs.writeFileSync('turnus.xlsx', await planWorkbook(plan, evaluate(plan)));
 * ```
 * @since 0.1.0
 */
export async function planWorkbook(plan: Plan, report: ReportView): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'turnus';
  workbook.created = new Date(0);
  addGridSheet(workbook, plan);
  addMetricsSheet(workbook, report);
  addCoverageSheet(workbook, report);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addGridSheet(workbook: ExcelJS.Workbook, plan: Plan): void {
  const grid = planGrid(plan);
  const sheet = workbook.addWorksheet('Turnus', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const first = 3;
  const weekRow = sheet.getRow(1);
  const dayRow = sheet.getRow(2);
  weekRow.getCell(1).value = plan.unit;
  dayRow.getCell(1).value = 'Ansatt';
  dayRow.getCell(2).value = 'Stilling %';
  grid.days.forEach((day, i) => {
    const col = first + i;
    if (day.weekday === 0) weekRow.getCell(col).value = `Uke ${day.week + 1}`;
    const cell = dayRow.getCell(col);
    cell.value = `${DAY_LETTERS[day.weekday]} ${day.date.slice(8, 10)}.${day.date.slice(5, 7)}`;
    cell.alignment = { textRotation: 90, horizontal: 'center' };
    if (day.holiday) cell.note = day.holiday;
    sheet.getColumn(col).width = 4.5;
  });
  const totalCol = first + grid.days.length;
  dayRow.getCell(totalCol).value = 'Timer';
  dayRow.getCell(totalCol + 1).value = 'Mål';
  dayRow.getCell(totalCol + 2).value = 'Helger';
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 10;
  weekRow.font = { bold: true };
  dayRow.font = { bold: true };
  grid.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(3 + r);
    excelRow.getCell(1).value = row.employee.name
      ? `${row.employee.id} ${row.employee.name}`
      : row.employee.id;
    excelRow.getCell(2).value = row.employee.positionPercent;
    let weekends = 0;
    grid.days.forEach((day, i) => {
      const cell = excelRow.getCell(first + i);
      const value = row.cells[i];
      const isShift = (c: typeof value) =>
        c !== undefined && c.kind !== 'vacation' && c.kind !== 'unavailable';
      // A weekend counts once when a shift starts on its Saturday or its Sunday.
      if (isShift(value) && (day.weekday === 5 || (day.weekday === 6 && !isShift(row.cells[i - 1]))))
        weekends++;
      cell.alignment = { horizontal: 'center' };
      if (value) {
        const colors = KIND_COLORS[value.kind] ?? KIND_COLORS.other!;
        cell.value = value.flexi ? `${value.code}*` : value.code;
        cell.fill = solid(day.holiday && value.kind === 'vacation' ? HOLIDAY_SHADE : colors.background);
        cell.font = { color: { argb: argb(colors.text) }, bold: value.flexi, italic: value.flexi };
      } else if (day.holiday) cell.fill = solid(HOLIDAY_SHADE);
      else if (day.weekend) cell.fill = solid(WEEKEND_SHADE);
    });
    excelRow.getCell(totalCol).value = Math.round(row.totalHours * 100) / 100;
    excelRow.getCell(totalCol + 1).value = Math.round(row.targetHours * 100) / 100;
    excelRow.getCell(totalCol + 2).value = weekends;
  });
  const legendRow = sheet.getRow(4 + grid.rows.length);
  legendRow.getCell(1).value = '* = fleksivakt, FE = ferie, X = utilgjengelig; grå = helg, rød = helligdag';
  legendRow.getCell(1).font = { italic: true };
}

function addMetricsSheet(workbook: ExcelJS.Workbook, report: ReportView): void {
  const sheet = workbook.addWorksheet('Nøkkeltall');
  sheet.columns = [
    { header: 'Nøkkeltall', key: 'label', width: 44 },
    { header: 'Verdi', key: 'value', width: 16 },
    { header: 'Forklaring', key: 'note', width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of metricRows(report)) sheet.addRow({ label: row.label, value: row.value, note: row.note });
}

function addCoverageSheet(workbook: ExcelJS.Workbook, report: ReportView): void {
  const sheet = workbook.addWorksheet('Dekning', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Dato', key: 'date', width: 12 },
    { header: 'Dag', key: 'day', width: 6 },
    { header: 'Vakt / tidsrom', key: 'slot', width: 16 },
    { header: 'Behov', key: 'required', width: 8 },
    { header: 'Planlagt', key: 'planned', width: 10 },
    { header: 'Mangler', key: 'shortfall', width: 10 },
    { header: 'Overskudd', key: 'surplus', width: 11 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const e of report.coverage.entries) {
    const weekday = (new Date(`${e.date}T12:00:00Z`).getUTCDay() + 6) % 7;
    const row = sheet.addRow({
      date: e.date,
      day: DAY_LETTERS[weekday],
      slot: e.shift ?? `${e.from ?? ''}–${e.to ?? ''}`,
      required: e.required,
      planned: e.planned,
      shortfall: e.shortfall,
      surplus: e.surplus,
    });
    if (e.shortfall > 0) row.getCell('shortfall').fill = solid('#ffc7c7');
  }
}
