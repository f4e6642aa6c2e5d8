/** What the Spaced Repetition plugin saved of one card's reviews (one entry of a `<!--SR:…-->` comment). */
export type SavedSchedule =
  | {
      /** The plugin's SM-2: due day, interval in days, ease in percent (250 = 2.5). */
      readonly kind: 'sm2';
      readonly due: string;
      readonly interval: number;
      readonly ease: number;
    }
  | {
      /** The plugin's FSRS (1.14.2 and later). */
      readonly kind: 'fsrs';
      readonly due: string;
      readonly interval: number;
      readonly stability: number;
      readonly difficulty: number;
      readonly state: number;
      readonly reps: number;
      readonly lapses: number;
      readonly learningSteps: number;
      readonly lastReview: string | null;
    };

/** A schedule comment anywhere in a card's text. */
const COMMENT = /<!--SR:(.*?)-->/;
/** Every schedule comment, for removing them from the text. */
const COMMENTS = /\s*<!--SR:.*?-->/g;

/**
 * The saved schedules of a card's siblings, by position (one entry per sibling, `!` before each):
 * `<!--SR:!2023-12-19,4,290!2000-01-01,1,250-->`. The plugin's placeholder day `2000-01-01` means a
 * sibling never reviewed (`undefined`), as does an entry that cannot be read; the older form without
 * `!` (`<!--SR:2021-08-11,4,270-->`) is one entry.
 *
 * @example
 *   savedSchedules('Q::A\n<!--SR:!2023-12-19,4,290-->') // [{ kind: 'sm2', due: '2023-12-19', interval: 4, ease: 290 }]
 *   savedSchedules('Q::A') // []
 */
export function savedSchedules(text: string): (SavedSchedule | null)[] {
  const comment = COMMENT.exec(text)?.[1];
  if (comment === undefined) return [];
  const entries = comment.includes('!') ? comment.split('!').slice(1) : [comment];
  return entries.map((entry) => scheduleOf(entry.trim()));
}

/**
 * A card's text without its schedule comments.
 *
 * @example
 *   withoutSchedule('Q::A <!--SR:!2023-12-19,4,290-->') // 'Q::A'
 */
export function withoutSchedule(text: string): string {
  return text.replace(COMMENTS, '').trimEnd();
}

function scheduleOf(entry: string): SavedSchedule | null {
  const fields = entry.split(',').map((field) => field.trim());
  if (fields[0] === 'fsrs') {
    const [, due, interval, stability, difficulty, state, reps, lapses, steps, last] = fields;
    const numbers = [interval, stability, difficulty, state, reps, lapses, steps].map(Number);
    if (!due || due === '-' || Number.isNaN(Date.parse(due)) || numbers.some((value) => !Number.isFinite(value)))
      return null;
    const [days = 0, s = 0, d = 0, st = 0, r = 0, l = 0, ls = 0] = numbers;
    return {
      kind: 'fsrs',
      due: new Date(due).toISOString(),
      interval: days,
      stability: s,
      difficulty: d,
      state: st,
      reps: r,
      lapses: l,
      learningSteps: ls,
      lastReview: last && last !== '-' && !Number.isNaN(Date.parse(last)) ? new Date(last).toISOString() : null,
    };
  }
  const [day = '', interval = '', ease = ''] = fields;
  const due = isoDay(day);
  if (!due || due === '2000-01-01' || !/^\d+$/.test(interval) || !/^\d+$/.test(ease)) return null;
  return { kind: 'sm2', due, interval: Number(interval), ease: Number(ease) };
}

/** A day as the plugin writes it (`YYYY-MM-DD`, or the older `DD-MM-YYYY`), as `YYYY-MM-DD`. */
function isoDay(day: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (iso) return day;
  const older = /^(\d{2})-(\d{2})-(\d{4})$/.exec(day);
  return older ? `${older[3]}-${older[2]}-${older[1]}` : undefined;
}
