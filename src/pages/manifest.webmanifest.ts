import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { SITE_LANG } from '../lib/site-language.ts';

/** The web app manifest: what Chrome needs to install the site as an app, under the site's base path. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const icon = (file: string, size: number, purpose: 'any' | 'maskable') => ({
    src: `${base}icons/${file}`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  const manifest = {
    id: base,
    name: SITE.name,
    short_name: SITE.shortName,
    description: SITE.description,
    lang: SITE_LANG,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: SITE.colors.light,
    theme_color: SITE.colors.light,
    icons: [
      icon('icon-192.png', 192, 'any'),
      icon('icon-512.png', 512, 'any'),
      icon('maskable-512.png', 512, 'maskable'),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
