/**
 * A small SVG line chart of build time (left axis) and peak memory (right axis) against course
 * size, with a dashed line for time growing in proportion to size: a build below it scales
 * better than linearly. Written by hand to need no chart library.
 */
export interface GrowthChartPoint {
  factor: number;
  modules: number;
  seconds: number;
  megabytes: number;
}

const WIDTH = 640;
const HEIGHT = 380;
const PLOT = { left: 64, right: WIDTH - 84, top: 40, bottom: HEIGHT - 72 };
const TIME_COLOUR = '#1f5fa8';
const MEMORY_COLOUR = '#b0471b';

export function growthChartSvg(points: GrowthChartPoint[]): string {
  const sorted = [...points].sort((a, b) => a.factor - b.factor);
  const base = sorted[0];
  if (!base) return emptyChart();
  const maxFactor = Math.max(...sorted.map((point) => point.factor));
  const linear = sorted.map((point) => base.seconds * (point.factor / base.factor));
  const maxSeconds = niceCeiling(Math.max(...sorted.map((point) => point.seconds), ...linear));
  const maxMegabytes = niceCeiling(Math.max(...sorted.map((point) => point.megabytes)));
  const x = (factor: number) => PLOT.left + (factor / maxFactor) * (PLOT.right - PLOT.left);
  const yTime = (seconds: number) => PLOT.bottom - (seconds / maxSeconds) * (PLOT.bottom - PLOT.top);
  const yMemory = (megabytes: number) => PLOT.bottom - (megabytes / maxMegabytes) * (PLOT.bottom - PLOT.top);
  const line = (coords: Array<[number, number]>) => coords.map(([cx, cy]) => `${cx.toFixed(1)},${cy.toFixed(1)}`).join(' ');

  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const grid = ticks
    .map((tick) => {
      const y = PLOT.bottom - tick * (PLOT.bottom - PLOT.top);
      return `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y}" y2="${y}" stroke="#ddd"/>
<text x="${PLOT.left - 8}" y="${y + 4}" text-anchor="end" fill="${TIME_COLOUR}">${round(tick * maxSeconds)}</text>
<text x="${PLOT.right + 8}" y="${y + 4}" fill="${MEMORY_COLOUR}">${round(tick * maxMegabytes)}</text>`;
    })
    .join('\n');
  const xLabels = sorted
    .map((point) => `<text x="${x(point.factor)}" y="${PLOT.bottom + 18}" text-anchor="middle">${point.factor}×</text><text x="${x(point.factor)}" y="${PLOT.bottom + 32}" text-anchor="middle" fill="#555">${point.modules} mod.</text>`)
    .join('\n');
  const dots = (colour: string, coords: Array<[number, number]>, labels: string[]) =>
    coords.map(([cx, cy], index) => `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="4" fill="${colour}"/><text x="${(cx + 6).toFixed(1)}" y="${(cy - 6).toFixed(1)}" fill="${colour}">${labels[index]}</text>`).join('\n');
  const timeCoords = sorted.map((point): [number, number] => [x(point.factor), yTime(point.seconds)]);
  const memoryCoords = sorted.map((point): [number, number] => [x(point.factor), yMemory(point.megabytes)]);

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="title">
<title id="title">Build time and peak memory against course size</title>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>
<text x="${PLOT.left}" y="22" font-size="14" font-weight="bold">Build time and peak memory against course size</text>
${grid}
<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#333"/>
${xLabels}
<text x="${(PLOT.left + PLOT.right) / 2}" y="${HEIGHT - 12}" text-anchor="middle">course size (real course = 1×; modules)</text>
<text x="16" y="${(PLOT.top + PLOT.bottom) / 2}" transform="rotate(-90 16 ${(PLOT.top + PLOT.bottom) / 2})" text-anchor="middle" fill="${TIME_COLOUR}">build time (s)</text>
<text x="${WIDTH - 20}" y="${(PLOT.top + PLOT.bottom) / 2}" transform="rotate(90 ${WIDTH - 20} ${(PLOT.top + PLOT.bottom) / 2})" text-anchor="middle" fill="${MEMORY_COLOUR}">peak memory, process tree (MB)</text>
<polyline points="${line(sorted.map((point, index): [number, number] => [x(point.factor), yTime(linear[index]!)]))}" fill="none" stroke="${TIME_COLOUR}" stroke-dasharray="5 4" opacity="0.6"/>
<polyline points="${line(timeCoords)}" fill="none" stroke="${TIME_COLOUR}" stroke-width="2"/>
<polyline points="${line(memoryCoords)}" fill="none" stroke="${MEMORY_COLOUR}" stroke-width="2"/>
${dots(TIME_COLOUR, timeCoords, sorted.map((point) => `${point.seconds.toFixed(1)} s`))}
${dots(MEMORY_COLOUR, memoryCoords, sorted.map((point) => `${Math.round(point.megabytes)} MB`))}
<g transform="translate(${PLOT.left + 12} ${PLOT.top + 8})">
<line x1="0" x2="20" y1="0" y2="0" stroke="${TIME_COLOUR}" stroke-width="2"/><text x="26" y="4">build time</text>
<line x1="0" x2="20" y1="16" y2="16" stroke="${TIME_COLOUR}" stroke-dasharray="5 4" opacity="0.6"/><text x="26" y="20">time if it grew in proportion to size</text>
<line x1="0" x2="20" y1="32" y2="32" stroke="${MEMORY_COLOUR}" stroke-width="2"/><text x="26" y="36">peak memory</text>
</g>
</svg>
`;
}

function emptyChart(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} 40" width="${WIDTH}" height="40" font-family="system-ui, sans-serif" font-size="12"><text x="8" y="24">No growth builds in this run.</text></svg>\n`;
}

/** 1, 2 or 5 times a power of ten, at or above `value`. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
