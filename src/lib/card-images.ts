import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { StudyCard } from '../schemas/topic-page.ts';
import { escapeHtml } from './escape-html.ts';

/** Widest image a flashcard shows, in CSS pixels (the card is about 45rem wide, less its padding). */
const CARD_WIDTH = 640;

/** Where the converter put an image in a card side: `<!--card-image:N-->` (cards/card-html.ts). */
const MARK = /<!--card-image:(\d+)-->/g;

/**
 * A page's cards with their images in place: each `<!--card-image:N-->` the converter left becomes
 * the image Astro processed (WebP at one and two times its width on the card, the width the student
 * asked for when smaller; SVGs and GIFs as they are),
 * with its description, width and height (no jump when it loads). Escaped: the description is the
 * student's text.
 *
 * @example
 *   await withCardImages([{ front: 'What is this?<!--card-image:0-->', … }], [{ src, alt: 'A cell' }])
 *   // [{ front: 'What is this?<img src="/_astro/cell.….webp" alt="A cell" …>', … }]
 */
export async function withCardImages(
  cards: readonly StudyCard[],
  images: readonly { src: ImageMetadata; alt: string; width?: number | undefined }[],
): Promise<StudyCard[]> {
  if (images.length === 0) return [...cards];
  const tags = await Promise.all(images.map(imageTag));
  const place = (html: string): string => html.replace(MARK, (_mark, index: string) => tags[Number(index)] ?? '');
  return cards.map((card) => ({ ...card, front: place(card.front), back: place(card.back) }));
}

async function imageTag({
  src,
  alt,
  width: asked,
}: {
  src: ImageMetadata;
  alt: string;
  width?: number | undefined;
}): Promise<string> {
  const width = Math.min(asked ?? CARD_WIDTH, CARD_WIDTH, src.width);
  const height = Math.round((width * src.height) / src.width);
  const asIs = src.format === 'svg' || src.format === 'gif';
  const processed = asIs
    ? undefined
    : await getImage({ src, width, widths: [...new Set([width, Math.min(width * 2, src.width)])], format: 'webp' });
  const attributes = [
    `src="${escapeHtml(processed?.src ?? src.src)}"`,
    processed ? `srcset="${escapeHtml(processed.srcSet.attribute)}"` : '',
    processed ? `sizes="(min-width: 45rem) ${width}px, 100vw"` : '',
    `width="${width}"`,
    `height="${height}"`,
    `alt="${escapeHtml(alt)}"`,
    'loading="lazy"',
    'decoding="async"',
    'class="note-image"',
  ];
  return `<img ${attributes.filter(Boolean).join(' ')}>`;
}
