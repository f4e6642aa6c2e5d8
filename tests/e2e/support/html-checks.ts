import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlPages } from './site-pages.ts';

/** html-validate's errors for every page of a built site, one line each (the project's .htmlvalidate.json). */
export async function htmlErrors(outDir: string): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const page of htmlPages(outDir)) {
    const file = join(outDir, page.endsWith('/') || page === '' ? `${page}index.html` : page);
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages)
        errors.push(`${page || '/'}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return errors;
}

/**
 * Every link and resource inside a built site that leads nowhere: a path with no file, or a
 * `#fragment` with no element of that id on its page. Links to other sites are not followed.
 */
export function brokenLinks(outDir: string, base = '/'): string[] {
  const broken: string[] = [];
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string): Set<string> => {
    let found = idsOf.get(file);
    if (!found) {
      found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
      idsOf.set(file, found);
    }
    return found;
  };
  for (const page of htmlPages(outDir)) {
    const pageFile = join(outDir, page.endsWith('/') || page === '' ? `${page}index.html` : page);
    const html = readFileSync(pageFile, 'utf8');
    const pageUrl = new URL(`${base}${page}`, 'http://site.test');
    const srcsets = [...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((match) =>
      (match[1] ?? '').split(',').map((candidate) => ['srcset', candidate.trim().split(/\s+/)[0] ?? ''] as const),
    );
    const references = [
      ...[...html.matchAll(/\s(href|src|content)="([^"]*)"/g)].map((match) => [match[1], match[2]] as const),
      ...srcsets,
    ];
    for (const [attribute, value] of references) {
      if (attribute === 'content' && !value?.startsWith('/')) continue;
      const url = new URL((value ?? '').replaceAll('&amp;', '&'), pageUrl);
      if (url.origin !== 'http://site.test') continue;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page || '/'}: ${value} is outside the site's base path ${base}`);
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length));
      const target = join(outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
      if (!existsSync(target)) {
        broken.push(`${page || '/'}: ${value} has no file`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids(target).has(fragment))
        broken.push(`${page || '/'}: ${value} has no element #${fragment}`);
    }
  }
  return broken;
}
