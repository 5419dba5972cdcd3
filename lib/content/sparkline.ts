import type { PricePoint } from '../history/summary';

const SVG = 'http://www.w3.org/2000/svg';

/** The polyline points of a sparkline `width`×`height` (time across, amount up; pure). */
export function sparkPoints(points: PricePoint[], width: number, height: number): string {
  if (points.length === 0) return '';
  const times = points.map((p) => p.at);
  const values = points.map((p) => p.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const x = (t: number) => (t1 === t0 ? width : ((t - t0) / (t1 - t0)) * (width - 4) + 2);
  const y = (v: number) =>
    v1 === v0 ? height / 2 : height - 2 - ((v - v0) / (v1 - v0)) * (height - 4);
  // A step line: an amount holds until the next change.
  const out: string[] = [];
  points.forEach((p, i) => {
    const previous = points[i - 1];
    if (previous) out.push(`${x(p.at).toFixed(1)},${y(previous.value).toFixed(1)}`);
    out.push(`${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  if (points.length === 1) out.unshift(`2,${y(values[0] ?? 0).toFixed(1)}`);
  return out.join(' ');
}

/** An SVG sparkline element of the amount over time (drawn, no text in it). */
export function sparkline(doc: Document, points: PricePoint[], label: string): SVGSVGElement {
  const [width, height] = [160, 36];
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const line = doc.createElementNS(SVG, 'polyline');
  line.setAttribute('points', sparkPoints(points, width, height));
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', '#a62626');
  line.setAttribute('stroke-width', '2');
  svg.append(line);
  return svg;
}
