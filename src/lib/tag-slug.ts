import { slugify } from './slug.ts';

/**
 * The URL path of a tag's page, below `tags/`: each level of a nested tag slugified.
 *
 * @example
 *   tagSlug('Exam/Week 3') // 'exam/week-3'
 */
export function tagSlug(tag: string): string {
  return tag
    .split('/')
    .map((part) => slugify(part) || 'tag')
    .join('/');
}
