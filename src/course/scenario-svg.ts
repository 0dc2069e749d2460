import type { Scenario } from '../schemas/scenario.ts';
import { depthsFromStart } from '../learning/scenario-graph.ts';
import { nlDocent } from '../i18n/nl-docent.ts';
import { escapeXml } from './escape-xml.ts';

/**
 * The instructors' map of a scenario as a standalone SVG string: steps in layers by their
 * breadth-first depth from the start, endings in the bottom layer, one arrow per step and
 * target labelled with its choices ("a · PA"). Text carries every distinction (endings are
 * also drawn with a double border); no colour is needed to read it. The page puts a text
 * outline next to it, since an SVG's <title> and <desc> cannot carry the whole graph.
 */

const NODE_WIDTH = 172;
const NODE_HEIGHT = 66;
const GAP_X = 16;
const GAP_Y = 110;
/** Characters of a title that fit on one line of a node. */
const TITLE_CHARS = 24;
const MARGIN = 24;
const FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\"";

interface PlacedNode {
  id: string;
  kind: 'step' | 'ending';
  /** Bold id, then the title; endings add their quality. */
  lines: string[];
  x: number;
  y: number;
}

export function scenarioToSvg(scenario: Scenario): string {
  const prefix = `kaart-${scenario.id}`;
  const nodes = placeNodes(scenario);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const grouped = groupEdges(scenario);
  const hasBackEdge = grouped.some((edge) => (byId.get(edge.to)?.y ?? Infinity) <= (byId.get(edge.from)?.y ?? 0));
  const width = Math.max(...nodes.map((node) => node.x + NODE_WIDTH), NODE_WIDTH) + MARGIN + (hasBackEdge ? 90 : 0);
  const height = Math.max(...nodes.map((node) => node.y + NODE_HEIGHT), NODE_HEIGHT) + MARGIN;
  const edges = drawEdges(grouped, nodes, prefix);
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
      const title = shorten(step?.title ?? ending?.title ?? '', TITLE_CHARS);
      const lines = ending ? [id, title, `(${ending.quality ? nlDocent.quality[ending.quality] : nlDocent.map.ending})`] : [id, title];
      placed.push({ id, kind: step ? 'step' : 'ending', lines, x: MARGIN + offset + index * (NODE_WIDTH + GAP_X), y: MARGIN + 18 + depth * (NODE_HEIGHT + GAP_Y) });
    });
  });
  return placed;
}

interface Edge {
  from: string;
  to: string;
  /** The choices along this arrow: "a · PA" or "b · PA, c · NPM". */
  label: string;
}

/** One arrow per (step, target): choices that lead to the same place share it. */
function groupEdges(scenario: Scenario): Edge[] {
  const edges = new Map<string, Edge>();
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
  const top = y + (node.lines.length === 3 ? 21 : 27);
  const text = node.lines
    .map((line, index) => `<text x="${cx}" y="${top + index * 17}" text-anchor="middle"${index === 0 ? ' font-weight="700"' : ''} fill="#1b1f24">${escapeXml(line)}</text>`)
    .join('');
  return `<g class="${isEnding ? 'ending' : 'step'}" data-node-id="${escapeXml(node.id)}">${start}${frame}${text}</g>`;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label may go along a forward arrow, as a share of its length: the middle first, then outwards. */
const LABEL_POSITIONS = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85];

/**
 * Forward arrows leave their step from ports on its bottom edge, in the order of their targets;
 * arrows back to an earlier layer bend out to the right. Each label takes the first place along
 * its arrow where it overlaps no node and no label placed before it.
 */
function drawEdges(edges: Edge[], nodes: PlacedNode[], prefix: string): string {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const taken: Box[] = nodes.map((node) => ({ x: node.x, y: node.y - 16, width: NODE_WIDTH, height: NODE_HEIGHT + 16 }));
  const marker = `marker-end="url(#${prefix}-pijl)"`;
  return edges
    .map((edge) => {
      const from = byId.get(edge.from);
      const to = byId.get(edge.to);
      if (!from || !to) return '';
      const width = Math.ceil(edge.label.length * 8 + 12);
      let path: string;
      let candidates: Array<[number, number]>;
      if (to.y > from.y) {
        const siblings = edges.filter((each) => each.from === edge.from && (byId.get(each.to)?.y ?? 0) > from.y).sort((a, b) => byId.get(a.to)!.x - byId.get(b.to)!.x);
        const x1 = from.x + (NODE_WIDTH * (siblings.indexOf(edge) + 1)) / (siblings.length + 1);
        const [y1, x2, y2] = [from.y + NODE_HEIGHT, to.x + NODE_WIDTH / 2, to.y - 2];
        path = `M${x1},${y1} L${x2},${y2}`;
        candidates = LABEL_POSITIONS.map((t) => [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t]);
      } else {
        const [x1, y1, x2, y2] = [from.x + NODE_WIDTH, from.y + NODE_HEIGHT / 2, to.x + NODE_WIDTH + 2, to.y + NODE_HEIGHT / 2];
        const bend = Math.max(x1, x2) + 60;
        path = `M${x1},${y1} C${bend},${y1} ${bend},${y2} ${x2},${y2}`;
        candidates = [[bend - 15, (y1 + y2) / 2]];
      }
      const boxAt = ([cx, cy]: [number, number]): Box => ({ x: cx - width / 2, y: cy - 9, width, height: 18 });
      // The place with the least overlap; with a free place, that is the first free one.
      const box = candidates.map(boxAt).reduce((best, each) => (overlapArea(each, taken) < overlapArea(best, taken) ? each : best));
      taken.push(box);
      return (
        `<g class="choice"><path d="${path}" fill="none" stroke="#1b1f24" stroke-width="1.5" ${marker}/>` +
        `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="3" fill="#ffffff" stroke="#4a525c"/>` +
        `<text x="${box.x + width / 2}" y="${box.y + 13}" text-anchor="middle" fill="#1b1f24">${escapeXml(edge.label)}</text></g>`
      );
    })
    .join('');
}

/** Area a box shares with the boxes already placed, counting a small gap around each. */
function overlapArea(box: Box, taken: Box[]): number {
  const gap = 3;
  return taken.reduce((sum, other) => {
    const width = Math.min(box.x + box.width, other.x + other.width + gap) - Math.max(box.x, other.x - gap);
    const height = Math.min(box.y + box.height, other.y + other.height + gap) - Math.max(box.y, other.y - gap);
    return sum + (width > 0 && height > 0 ? width * height : 0);
  }, 0);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
