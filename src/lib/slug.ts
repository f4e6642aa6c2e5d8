import { slug as githubSlug } from 'github-slugger';

/**
 * The URL slug for a title, as GitHub makes heading anchors: lower case, spaces to hyphens,
 * punctuation dropped, letters of every script kept.
 *
 * @example
 *   slugify('Networking & VPCs') // "networking--vpcs" → "networking-vpcs"
 *   slugify('Sécurité réseau')   // "sécurité-réseau"
 */
export function slugify(title: string): string {
  return githubSlug(title).replace(/_/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
}

/**
 * A slug not yet in `taken`: the slug itself, or with `-2`, `-3`, … appended.
 *
 * @example
 *   uniqueSlug('iam', new Set(['iam'])) // "iam-2"
 */
export function uniqueSlug(slug: string, taken: { has(slug: string): boolean }): string {
  if (!taken.has(slug)) return slug;
  let counter = 2;
  while (taken.has(`${slug}-${counter}`)) counter++;
  return `${slug}-${counter}`;
}
