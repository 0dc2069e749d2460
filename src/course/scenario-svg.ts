import type { Scenario } from '../schemas/scenario.ts';
import { depthsFromStart } from '../components/scenario-graph.ts';
import { nlDocent } from '../i18n/nl-docent.ts';

/**
 * The instructors' map of a scenario as a standalone SVG string: steps in layers by their
 * breadth-first depth from the start, endings in the bottom layer, one arrow per step and
 * target labelled with its choices ("a · PA"). Text carries every distinction (endings are
 * also drawn with a double border); no colour is needed to read it. The page puts a text
 * outline next to it, since an SVG's <title> and <desc> cannot carry the whole graph.
 */

const NODE_WIDTH = 200;
const NODE_HEIGHT = 58;
const GAP_X = 28;
const GAP_Y = 92;
const MARGIN = 24;
const FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\"";

interface PlacedNode {
  id: string;
  kind: 'step' | 'ending';
  lines: [string, string];
  x: number;
  y: number;
}

export function scenarioToSvg(scenario: Scenario): string {
  const prefix = `kaart-${scenario.id}`;
  const nodes = placeNodes(scenario);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const width = Math.max(...nodes.map((node) => node.x + NODE_WIDTH), NODE_WIDTH) + MARGIN;
  const height = Math.max(...nodes.map((node) => node.y + NODE_HEIGHT), NODE_HEIGHT) + MARGIN;
  const edges = groupEdges(scenario)
    .map((edge) => drawEdge(byId.get(edge.from), byId.get(edge.to), edge.label, prefix))
    .join('');
  const { map } = nlDocent;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${prefix}-titel ${prefix}-beschrijving" class="scenario-map" ${FONT} font-size="13">`,
    `<title id="${prefix}-titel">${escapeXml(map.title(scenario.title))}</title>`,
    `<desc id="${prefix}-beschrijving">${escapeXml(map.desc(scenario.steps.length, scenario.endings.length, scenario.start))}</desc>`,
    `<defs><marker id="${prefix}-pijl" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1b1f24"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g class="edges">${edges}</g>`,
    `<g class="nodes">${nodes.map((node) => drawNode(node, node.id === scenario.start)).join('')}</g>`,
    '</svg>',
  ].join('');
}

/** Steps by depth (unreachable ones below the deepest), endings together in the last layer. */
function placeNodes(scenario: Scenario): PlacedNode[] {
  const depths = depthsFromStart(scenario);
  const stepIds = [...new Set(scenario.steps.map((step) => step.id))];
  const reachedSteps = [...depths.keys()].filter((id) => stepIds.includes(id));
  const deepest = Math.max(0, ...reachedSteps.map((id) => depths.get(id)!));
  const layers: string[][] = [];
  const put = (layer: number, id: string) => (layers[layer] ??= []).push(id);
  for (const id of reachedSteps) put(depths.get(id)!, id);
  const stray = stepIds.filter((id) => !depths.has(id));
  for (const id of stray) put(deepest + 1, id);
  const endingLayer = deepest + (stray.length ? 2 : 1);
  const endingIds = [...new Set(scenario.endings.map((ending) => ending.id))];
  // Reached endings in the order the graph meets them, then any the start cannot reach.
  for (const id of [...[...depths.keys()].filter((id) => endingIds.includes(id)), ...endingIds.filter((id) => !depths.has(id))]) put(endingLayer, id);

  const widest = Math.max(...layers.map((layer) => layer?.length ?? 0));
  const placed: PlacedNode[] = [];
  layers.forEach((layer, depth) => {
    const offset = ((widest - layer.length) * (NODE_WIDTH + GAP_X)) / 2;
    layer.forEach((id, index) => {
      const step = scenario.steps.find((each) => each.id === id);
      const ending = step ? undefined : scenario.endings.find((each) => each.id === id);
      const title = step?.title ?? ending?.title ?? '';
      const first = ending ? `${id} · ${ending.quality ? nlDocent.quality[ending.quality] : nlDocent.map.ending}` : id;
      placed.push({ id, kind: step ? 'step' : 'ending', lines: [first, shorten(title, 28)], x: MARGIN + offset + index * (NODE_WIDTH + GAP_X), y: MARGIN + 18 + depth * (NODE_HEIGHT + GAP_Y) });
    });
  });
  return placed;
}

/** One arrow per (step, target): choices that lead to the same place share it. */
function groupEdges(scenario: Scenario): Array<{ from: string; to: string; label: string }> {
  const edges = new Map<string, { from: string; to: string; label: string }>();
  for (const step of scenario.steps) {
    for (const choice of step.choices) {
      const key = `${step.id}\u0000${choice.next}`;
      const label = `${choice.id} · ${choice.logic}`;
      const edge = edges.get(key);
      if (edge) edge.label += `, ${label}`;
      else edges.set(key, { from: step.id, to: choice.next, label });
    }
  }
  return [...edges.values()];
}

function drawNode(node: PlacedNode, isStart: boolean): string {
  const { x, y } = node;
  const cx = x + NODE_WIDTH / 2;
  const isEnding = node.kind === 'ending';
  const frame = isEnding
    ? `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="16" fill="#f2f5f8" stroke="#1b1f24" stroke-width="1.5"/><rect x="${x + 4}" y="${y + 4}" width="${NODE_WIDTH - 8}" height="${NODE_HEIGHT - 8}" rx="12" fill="none" stroke="#1b1f24" stroke-width="1"/>`
    : `<rect x="${x}" y="${y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="4" fill="#ffffff" stroke="#1b1f24" stroke-width="${isStart ? 3 : 1.5}"/>`;
  const start = isStart ? `<text x="${cx}" y="${y - 6}" text-anchor="middle" font-weight="700" fill="#1b1f24">${escapeXml(nlDocent.map.start)}</text>` : '';
  return (
    `<g class="${isEnding ? 'ending' : 'step'}" data-node-id="${escapeXml(node.id)}">${start}${frame}` +
    `<text x="${cx}" y="${y + 24}" text-anchor="middle" font-weight="700" fill="#1b1f24">${escapeXml(node.lines[0])}</text>` +
    `<text x="${cx}" y="${y + 43}" text-anchor="middle" fill="#1b1f24">${escapeXml(node.lines[1])}</text></g>`
  );
}

function drawEdge(from: PlacedNode | undefined, to: PlacedNode | undefined, label: string, prefix: string): string {
  if (!from || !to) return '';
  const marker = `marker-end="url(#${prefix}-pijl)"`;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (to.y > from.y) {
    const [x1, y1, x2, y2] = [from.x + NODE_WIDTH / 2, from.y + NODE_HEIGHT, to.x + NODE_WIDTH / 2, to.y - 2];
    path = `M${x1},${y1} L${x2},${y2}`;
    // A third of the way down keeps the labels of arrows from one step apart.
    [labelX, labelY] = [x1 + (x2 - x1) / 3, y1 + (y2 - y1) / 3 + 4];
  } else {
    // Back to an earlier or the same layer: bend out to the right of both nodes.
    const [x1, y1, x2, y2] = [from.x + NODE_WIDTH, from.y + NODE_HEIGHT / 2, to.x + NODE_WIDTH + 2, to.y + NODE_HEIGHT / 2];
    const bend = Math.max(x1, x2) + 60;
    path = `M${x1},${y1} C${bend},${y1} ${bend},${y2} ${x2},${y2}`;
    [labelX, labelY] = [bend - 10, (y1 + y2) / 2 + 4];
  }
  const labelWidth = label.length * 7 + 10;
  return (
    `<g class="choice"><path d="${path}" fill="none" stroke="#1b1f24" stroke-width="1.5" ${marker}/>` +
    `<rect x="${labelX - labelWidth / 2}" y="${labelY - 13}" width="${labelWidth}" height="18" rx="3" fill="#ffffff" stroke="#c9d1da"/>` +
    `<text x="${labelX}" y="${labelY}" text-anchor="middle" fill="#1b1f24">${escapeXml(label)}</text></g>`
  );
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
