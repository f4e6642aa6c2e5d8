import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OfflineList } from '../../../src/lib/offline-list.ts';

/**
 * The next version of a built site as a change to the site's styles deploys it: the same pages,
 * the stylesheet under a new name (the old one gone from the server), every page linking the new
 * one, and the service worker's and the background saver's lists with the revisions (MD5, as
 * workbox-build computes them) of the files that changed. Returns the new site's folder.
 */
export async function restyledSite(outDir: string): Promise<string> {
  const next = `${outDir}-restyled`;
  await rm(next, { recursive: true, force: true });
  await cp(outDir, next, { recursive: true });
  const home = await readFile(join(next, 'index.html'), 'utf8');
  const oldName = /href="[^"]*\/(_astro\/[^"/]+\.css)"/.exec(home)?.[1];
  if (!oldName) throw new Error(`no stylesheet linked from ${outDir}/index.html`);
  const newName = oldName.replace(/\.css$/, '-next.css');
  await writeFile(join(next, newName), `${await readFile(join(next, oldName), 'utf8')}\n.restyled{color:inherit}\n`);
  await rm(join(next, oldName));

  for (const file of await readdir(next, { recursive: true })) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(join(next, file), 'utf8');
    if (html.includes(oldName)) await writeFile(join(next, file), html.replaceAll(oldName, newName));
  }
  const md5 = async (file: string) =>
    createHash('md5')
      .update(await readFile(join(next, file)))
      .digest('hex');

  let worker = (await readFile(join(next, 'sw.js'), 'utf8')).replaceAll(`"${oldName}"`, `"${newName}"`);
  for (const [entry, url] of [...worker.matchAll(/url:"([^"]+)",revision:"[0-9a-f]+"/g)]) {
    worker = worker.replace(entry, `url:"${url}",revision:"${await md5(url ?? '')}"`);
  }
  await writeFile(join(next, 'sw.js'), worker);

  const listFile = join(next, 'offline/files.json');
  const list = JSON.parse(await readFile(listFile, 'utf8')) as OfflineList;
  for (const entry of list.files) {
    if (entry[1] === '') continue;
    const file = decodeURI(entry[0])
      .slice(1)
      .replace(/(^|\/)$/, '$1index.html');
    entry[1] = await md5(file);
  }
  await writeFile(listFile, JSON.stringify({ ...list, version: `${list.version}-next` }));
  return next;
}
