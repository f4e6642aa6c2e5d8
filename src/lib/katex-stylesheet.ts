/**
 * KaTeX's stylesheet with its fonts at the given URLs, WOFF2 only: each `src:` list of WOFF2, WOFF
 * and TTF files keeps its WOFF2 file, at the URL the site serves it from. Fails loudly if KaTeX's
 * stylesheet no longer names its fonts this way, rather than shipping formulas without fonts.
 *
 * @example
 *   katexStylesheet('@font-face{src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2"),url(fonts/KaTeX_Main-Regular.woff) format("woff")}', { 'KaTeX_Main-Regular.woff2': '/_astro/m.woff2' })
 *   // '@font-face{src:url(/_astro/m.woff2) format("woff2")}'
 */
export function katexStylesheet(css: string, fontUrls: Readonly<Record<string, string>>): string {
  let fonts = 0;
  const rewritten = css.replace(/src:\s*([^;}]+)/g, (declaration, sources: string) => {
    const woff2 = /url\((?:["']?)fonts\/([^)"']+\.woff2)(?:["']?)\)\s*format\(["']woff2["']\)/.exec(sources)?.[1];
    if (!woff2) return declaration;
    const url = fontUrls[woff2];
    if (!url) throw new Error(`math.css: KaTeX names a font the site does not serve: ${woff2}`);
    fonts += 1;
    return `src:url(${url}) format("woff2")`;
  });
  if (fonts === 0) throw new Error('math.css: KaTeX’s stylesheet names no WOFF2 font; its format has changed');
  return rewritten;
}
