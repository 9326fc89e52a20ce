import { HOLIDAY_SHADE, KIND_COLORS, WEEKEND_SHADE } from './shift-colors.js';

const kindRules = Object.entries(KIND_COLORS)
  .map(([kind, c]) => `.kind-${kind}{background:${c.background};color:${c.text}}`)
  .join('\n');

/** The report's inline stylesheet: screen layout, shift colours and a landscape print layout. */
export const REPORT_CSS = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;padding:16px 24px;color:#1b1b1b;background:#fff;font-size:14px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:28px 0 8px;border-bottom:2px solid #ddd;padding-bottom:4px}
h3{font-size:14px;margin:10px 0 4px}
.period{color:#444;margin:0 0 6px}
.status{display:inline-block;padding:4px 10px;border-radius:4px;font-weight:600;margin:4px 0}
.status.ok{background:#dff3df;color:#185c18}
.status.bad{background:#fbdcdc;color:#8a1010}
.status.warn{background:#fff1c2;color:#6b4a00}
.note,.params,.explain{color:#555;font-size:12px;margin:2px 0}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse}
table.metrics th{text-align:left;padding:3px 12px 3px 0;font-weight:500}
table.metrics td.value{font-weight:700;padding:3px 12px;text-align:right;white-space:nowrap}
table.metrics td.note{color:#555;font-size:12px}
table.turnus-grid{font-size:11px;font-variant-numeric:tabular-nums}
table.turnus-grid th,table.turnus-grid td{border:1px solid #d0d0d0;padding:1px 2px;text-align:center;min-width:22px;height:20px}
table.turnus-grid thead th{background:#f7f7f7;font-weight:600;font-size:10px}
table.turnus-grid th.name{text-align:left;white-space:nowrap;position:sticky;left:0;background:#fff;z-index:1;min-width:60px}
table.turnus-grid .full-name{color:#666;font-weight:400}
table.turnus-grid td.off.weekend,table.turnus-grid thead th.weekend{background:${WEEKEND_SHADE}}
table.turnus-grid td.off.holiday,table.turnus-grid thead th.holiday{background:${HOLIDAY_SHADE}}
table.turnus-grid .week-start{border-left:2px solid #777}
table.turnus-grid td.flexi{font-weight:700;font-style:italic;outline:2px dashed #c05800;outline-offset:-3px}
table.turnus-grid td.total,table.turnus-grid td.target,table.turnus-grid td.diff{text-align:right;padding:1px 5px;white-space:nowrap}
table.turnus-grid td.diff.bad{color:#b00000;font-weight:700}
${kindRules}
.legend{font-size:12px}
.legend-item{margin-right:12px;white-space:nowrap}
.swatch{display:inline-block;min-width:20px;height:16px;border:1px solid #bbb;text-align:center;font-size:11px;line-height:15px;vertical-align:middle}
.swatch.off.weekend{background:${WEEKEND_SHADE}}
.swatch.holiday{background:${HOLIDAY_SHADE}}
table.hours-per-week{font-size:11px}
table.hours-per-week th,table.hours-per-week td{border:1px solid #ddd;padding:1px 4px;text-align:right;min-width:30px}
table.employees{font-size:12px}
table.employees th,table.employees td{border:1px solid #ddd;padding:2px 6px;text-align:right}
table.employees thead th{background:#f7f7f7}
.check{border-left:4px solid #3a8f3a;padding:2px 10px;margin:8px 0;break-inside:avoid}
.check.failed{border-left-color:#c62828;background:#fff6f6}
.check .mark{font-weight:700}
.check.passed .mark{color:#2e7d32}
.check.failed .mark{color:#c62828}
.check .ref{color:#666;font-weight:400;font-size:12px}
.check .verdict{font-weight:400;font-size:12px;margin-left:8px}
.check.passed .verdict{color:#2e7d32}
.check.failed .verdict{color:#c62828;font-weight:700}
.check .params{margin-bottom:6px}
.violations{margin:4px 0 6px;padding-left:20px;font-size:12px}
.violations .dates{color:#666}
.coverage-chart{max-width:none}
footer{margin-top:30px;color:#777;font-size:11px}
@media print{
  @page{size:A4 landscape;margin:10mm}
  body{padding:0;font-size:10px}
  .scroll{overflow:visible}
  h2{break-after:avoid}
  section{break-inside:auto}
  #turnus,#dekning{break-before:page}
  table.turnus-grid{font-size:7px}
  table.turnus-grid th,table.turnus-grid td{min-width:0;height:auto;padding:0 1px}
  table.turnus-grid th.name{position:static}
  .coverage-chart{width:100%;height:auto}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
