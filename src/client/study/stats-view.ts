import {
  FORECAST_DAYS,
  HISTORY_DAYS,
  MATURE_DAYS,
  RETENTION_DAYS,
  type DayCount,
  type Statistics,
} from './statistics.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** The drawing's own units (it scales to the width of the page). */
const WIDTH = 600;
const HEIGHT = 140;
const AXIS = 18;

/**
 * Show a deck's statistics: reviews per day, true retention, the forecast of cards due, and cards
 * by state. Each chart is inline SVG coloured by classes of the site's stylesheet (both themes; no
 * style is set from script, as the CSP wants), with a caption that says what it shows in words and
 * the figures as a table beside it, for screen readers and for anyone who wants the numbers.
 */
export function showStatistics(container: HTMLElement, stats: Statistics, deckName: string): void {
  const total = stats.reviewsPerDay.reduce((sum, entry) => sum + entry.count, 0);
  const { passed, failed } = stats.retention;
  const counted = passed + failed;
  const due = stats.forecast.reduce((sum, entry) => sum + entry.count, 0);
  const states = stats.byState;
  const cards = states.new + states.learning + states.young + states.mature;
  container.replaceChildren(
    figure(
      'stats-history',
      `Reviews per day, last ${HISTORY_DAYS} days`,
      `${plural(total, 'review')} in ${deckName}, ${plural(stats.reviewsPerDay.filter((entry) => entry.count > 0).length, 'day')} with reviews.`,
      barChart(stats.reviewsPerDay, 'stat-bar'),
      dayTable(stats.reviewsPerDay, 'Reviews'),
    ),
    figure(
      'stats-retention',
      `True retention, last ${RETENTION_DAYS} days`,
      counted === 0
        ? 'No reviews of cards in review yet in these days.'
        : `${Math.round((passed / counted) * 100)} %: ${passed} of ${plural(counted, 'review')} of cards in review remembered (Hard, Good or Easy), ${failed} forgotten (Again).`,
      proportionBar([
        { label: 'Remembered', count: passed, className: 'stat-young' },
        { label: 'Forgotten', count: failed, className: 'stat-learning' },
      ]),
      table(
        ['', 'Reviews'],
        [
          ['Remembered', String(passed)],
          ['Forgotten', String(failed)],
        ],
      ),
    ),
    figure(
      'stats-forecast',
      `Cards due, next ${FORECAST_DAYS} days`,
      `${plural(stats.forecast[0]?.count ?? 0, 'card')} due today (overdue ones included), ${plural(due, 'card')} in the next ${FORECAST_DAYS} days.`,
      barChart(stats.forecast, 'stat-bar'),
      dayTable(stats.forecast, 'Cards due'),
    ),
    figure(
      'stats-states',
      'Cards by state',
      `${plural(cards, 'card')}: ${states.new} new, ${states.learning} learning, ${states.young} young, ${states.mature} mature (in review for ${MATURE_DAYS} days or more).`,
      proportionBar([
        { label: 'New', count: states.new, className: 'stat-new' },
        { label: 'Learning', count: states.learning, className: 'stat-learning' },
        { label: 'Young', count: states.young, className: 'stat-young' },
        { label: 'Mature', count: states.mature, className: 'stat-mature' },
      ]),
      table(
        ['State', 'Cards'],
        [
          ['New', String(states.new)],
          ['Learning', String(states.learning)],
          ['Young', String(states.young)],
          ['Mature', String(states.mature)],
        ],
      ),
    ),
  );
}

/** A chart with its heading, its summary in words (its text alternative), and its figures as a table. */
function figure(id: string, title: string, summary: string, chart: SVGSVGElement, data: HTMLTableElement): HTMLElement {
  const box = document.createElement('figure');
  box.id = id;
  box.className = 'stats-figure';
  const caption = document.createElement('figcaption');
  const heading = document.createElement('h3');
  heading.className = 'font-semibold';
  heading.textContent = title;
  const words = document.createElement('p');
  words.id = `${id}-summary`;
  words.className = 'stats-summary text-sm text-muted';
  words.textContent = summary;
  caption.append(heading, words);
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-labelledby', `${id}-title ${id}-summary`);
  const label = document.createElementNS(SVG, 'title');
  label.id = `${id}-title`;
  label.textContent = title;
  chart.prepend(label);
  const details = document.createElement('details');
  details.className = 'mt-1 text-sm';
  const open = document.createElement('summary');
  open.className = 'cursor-pointer text-accent';
  open.textContent = 'Show the figures';
  details.append(open, data);
  box.append(caption, chart, details);
  return box;
}

/** Bars of days, with the first and last day and the highest count written on the axes. */
function barChart(days: readonly DayCount[], className: string): SVGSVGElement {
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'stats-chart' });
  const highest = Math.max(1, ...days.map((entry) => entry.count));
  const plot = HEIGHT - AXIS - 4;
  const step = (WIDTH - 40) / days.length;
  days.forEach((entry, index) => {
    if (entry.count === 0) return;
    const height = Math.max(1, (entry.count / highest) * plot);
    chart.append(
      svg('rect', {
        x: (40 + index * step + step * 0.1).toFixed(1),
        y: (4 + plot - height).toFixed(1),
        width: Math.max(1, step * 0.8).toFixed(1),
        height: height.toFixed(1),
        class: className,
      }),
    );
  });
  chart.append(
    svg('line', { x1: 40, x2: WIDTH, y1: 4 + plot, y2: 4 + plot, class: 'stat-axis' }),
    text(36, 12, String(highest), 'end'),
    text(36, 4 + plot, '0', 'end'),
    text(40, HEIGHT - 4, shortDay(days[0]?.day), 'start'),
    text(WIDTH, HEIGHT - 4, shortDay(days.at(-1)?.day), 'end'),
  );
  return chart;
}

/** One bar cut in parts by count, each part's label and count written under it. */
function proportionBar(parts: readonly { label: string; count: number; className: string }[]): SVGSVGElement {
  const height = 64;
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'stats-chart' });
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  let x = 0;
  parts.forEach((part, index) => {
    const width = total === 0 ? 0 : (part.count / total) * WIDTH;
    if (width > 0)
      chart.append(svg('rect', { x: x.toFixed(1), y: 0, width: width.toFixed(1), height: 24, class: part.className }));
    x += width;
    const legendX = (index * WIDTH) / parts.length;
    chart.append(
      svg('rect', { x: legendX, y: 38, width: 12, height: 12, class: part.className }),
      text(legendX + 18, 49, `${part.label} ${part.count}`, 'start'),
    );
  });
  if (total === 0) chart.append(svg('rect', { x: 0, y: 0, width: WIDTH, height: 24, class: 'stat-empty' }));
  return chart;
}

function dayTable(days: readonly DayCount[], heading: string): HTMLTableElement {
  return table(
    ['Day', heading],
    days.filter((entry) => entry.count > 0).map((entry) => [entry.day, String(entry.count)]),
  );
}

function table(headings: readonly string[], rows: readonly (readonly string[])[]): HTMLTableElement {
  const element = document.createElement('table');
  element.className = 'stats-table mt-2';
  const head = element.createTHead().insertRow();
  for (const heading of headings) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = heading;
    head.append(cell);
  }
  const body = element.createTBody();
  if (rows.length === 0) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = headings.length;
    cell.textContent = 'None yet.';
  }
  for (const row of rows) {
    const line = body.insertRow();
    row.forEach((value, index) => {
      if (index === 0) {
        const cell = document.createElement('th');
        cell.scope = 'row';
        cell.textContent = value;
        line.append(cell);
      } else line.insertCell().textContent = value;
    });
  }
  return element;
}

function svg(name: string, attributes: Record<string, string | number>): SVGElement & SVGSVGElement {
  const element = document.createElementNS(SVG, name) as SVGSVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function text(x: number, y: number, value: string, anchor: 'start' | 'end'): SVGElement {
  const element = svg('text', { x, y, 'text-anchor': anchor, class: 'stat-label' });
  element.textContent = value;
  return element;
}

/** `2026-12-04` → `4 Dec`. */
function shortDay(day: string | undefined): string {
  if (!day) return '';
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
