/** Scripts that tell a language apart, and the language a page in that script is most likely in. */
const SCRIPTS: readonly { readonly pattern: RegExp; readonly lang: string }[] = [
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, lang: 'ja' },
  { pattern: /\p{Script=Han}/gu, lang: 'zh' },
  { pattern: /\p{Script=Hangul}/gu, lang: 'ko' },
  { pattern: /\p{Script=Hebrew}/gu, lang: 'he' },
  { pattern: /\p{Script=Arabic}/gu, lang: 'ar' },
  { pattern: /\p{Script=Cyrillic}/gu, lang: 'ru' },
  { pattern: /\p{Script=Greek}/gu, lang: 'el' },
  { pattern: /\p{Script=Thai}/gu, lang: 'th' },
  { pattern: /\p{Script=Devanagari}/gu, lang: 'hi' },
];

/** Languages written without spaces between words: search must cut their words, so they lead sooner. */
const UNSPACED = new Set(['ja', 'zh', 'th']);

/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['he', 'ar', 'fa', 'ur', 'yi']);

/**
 * The language notes are written in, told from their script: Japanese when kana make up a fair
 * share of the letters (with the Chinese characters Japanese also uses), Chinese for Chinese
 * characters alone, and so on; text in the Latin script (or too little to tell) gets the fallback,
 * since telling English from French by script is not possible. A script needs 30% of the letters,
 * or 15% for a language written without spaces (its words can only be searched when the search
 * index knows the language; words of other languages are still found).
 *
 * @example
 *   detectLanguage('暗号化キーはクラウドで管理されます', 'en') // 'ja'
 *   detectLanguage('אבטחת ענן', 'en')                       // 'he'
 *   detectLanguage('Sécurité réseau', 'en')                 // 'en'
 */
export function detectLanguage(text: string, fallback: string): string {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return fallback;
  const counts = SCRIPTS.map(({ pattern, lang }) => ({ lang, count: (text.match(pattern) ?? []).length }));
  const kana = counts.find((entry) => entry.lang === 'ja')?.count ?? 0;
  const han = counts.find((entry) => entry.lang === 'zh')?.count ?? 0;
  const share = (lang: string, count: number): boolean => count / letters >= (UNSPACED.has(lang) ? 0.15 : 0.3);
  if (kana > 0 && share('ja', kana + han)) return 'ja';
  const best = counts
    .filter((entry) => entry.lang !== 'ja' && share(entry.lang, entry.count))
    .sort((a, b) => Number(UNSPACED.has(b.lang)) - Number(UNSPACED.has(a.lang)) || b.count - a.count)[0];
  return best?.lang ?? fallback;
}

/** The writing direction of a language. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(lang.split('-')[0] ?? lang) ? 'rtl' : 'ltr';
}
