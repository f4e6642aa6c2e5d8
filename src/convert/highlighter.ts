import bash from '@shikijs/langs/bash';
import c from '@shikijs/langs/c';
import cpp from '@shikijs/langs/cpp';
import csharp from '@shikijs/langs/csharp';
import css from '@shikijs/langs/css';
import go from '@shikijs/langs/go';
import haskell from '@shikijs/langs/haskell';
import html from '@shikijs/langs/html';
import java from '@shikijs/langs/java';
import javascript from '@shikijs/langs/javascript';
import json from '@shikijs/langs/json';
import kotlin from '@shikijs/langs/kotlin';
import latex from '@shikijs/langs/latex';
import markdown from '@shikijs/langs/markdown';
import matlab from '@shikijs/langs/matlab';
import php from '@shikijs/langs/php';
import prolog from '@shikijs/langs/prolog';
import python from '@shikijs/langs/python';
import r from '@shikijs/langs/r';
import ruby from '@shikijs/langs/ruby';
import rust from '@shikijs/langs/rust';
import scala from '@shikijs/langs/scala';
import sparql from '@shikijs/langs/sparql';
import sql from '@shikijs/langs/sql';
import swift from '@shikijs/langs/swift';
import turtle from '@shikijs/langs/turtle';
import typescript from '@shikijs/langs/typescript';
import xml from '@shikijs/langs/xml';
import yaml from '@shikijs/langs/yaml';
import type { Element, Root } from 'hast';
import {
  createCssVariablesTheme,
  createHighlighterCoreSync,
  type LanguageRegistration,
  type ShikiTransformer,
} from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/** Highlights a code block of the notes: hast with classes only, or `undefined` for a language it does not know. */
export type CodeHighlighter = (code: string, language: string) => Root | undefined;

/** Names students give languages that the grammars call otherwise. */
const ALIASES: Readonly<Record<string, string>> = {
  sh: 'bash',
  shell: 'bash',
  shellscript: 'bash',
  zsh: 'bash',
  console: 'bash',
  js: 'javascript',
  mjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  py: 'python',
  python3: 'python',
  'c++': 'cpp',
  'c#': 'csharp',
  cs: 'csharp',
  yml: 'yaml',
  rq: 'sparql',
  ttl: 'turtle',
  tex: 'latex',
  md: 'markdown',
  psql: 'sql',
  mysql: 'sql',
  postgresql: 'sql',
  rb: 'ruby',
  rs: 'rust',
  kt: 'kotlin',
  hs: 'haskell',
  pl: 'prolog',
  htm: 'html',
  svg: 'xml',
};

/** Shiki's token colours by variable, as classes the site's stylesheet colours in both themes (global.css). */
const TOKEN_COLOUR = /^color:\s*var\(--tok-(?:token-)?([a-z-]+)\)$/;
const FONT = /^font-(?:style|weight):\s*(italic|bold)$|^text-decoration:\s*(underline)$/;

/**
 * A build-time highlighter for code blocks: Shiki (the highlighter Astro ships) with the grammars
 * of the languages students write most, its CSS-variables theme, and every colour and font style
 * turned into a fixed class (`tok-keyword`, `tok-string`, …). The output has no `style`
 * attribute, so the Content-Security-Policy stays strict; light and dark colours live in the
 * stylesheet. Created once per build; each grammar loads (synchronously) when first needed.
 *
 * @example
 *   createCodeHighlighter()('x = 1  # one', 'py') // pre.code > code > span.line > span.tok-…
 *   createCodeHighlighter()('MOVE A TO B.', 'cobol') // undefined: shown as plain code
 */
export function createCodeHighlighter(): CodeHighlighter {
  const highlighter = createHighlighterCoreSync({
    themes: [createCssVariablesTheme({ name: 'notes', variablePrefix: '--tok-', fontStyle: true })],
    langs: [],
    engine: createJavaScriptRegexEngine(),
  });
  // A grammar is loaded the first time a block of its language is met: a build pays only for the languages its notes use.
  const loaded = new Set<string>();
  return (code, language) => {
    const name = language.toLowerCase();
    const id = ALIASES[name] ?? name;
    const grammar = GRAMMARS[id];
    if (!grammar) return undefined;
    if (!loaded.has(id)) {
      highlighter.loadLanguageSync(grammar);
      loaded.add(id);
    }
    // No time limit per line (Shiki's default, 0.5 s, leaves the rest of a line unhighlighted when the
    // machine is busy: the same notes built twice would differ); very long lines stay plain instead.
    return highlighter.codeToHast(code, {
      lang: id,
      theme: 'notes',
      transformers: [STYLE_TO_CLASS],
      tokenizeTimeLimit: 0,
      tokenizeMaxLineLength: MAX_HIGHLIGHTED_LINE,
    });
  };
}

/** Characters of a code line past which the line is shown without colours (a minified file, a data dump). */
const MAX_HIGHLIGHTED_LINE = 2000;

/** The grammars of the languages students write most, by Shiki's name. */
const GRAMMARS: Readonly<Record<string, LanguageRegistration[]>> = {
  bash,
  c,
  cpp,
  csharp,
  css,
  go,
  haskell,
  html,
  java,
  javascript,
  json,
  kotlin,
  latex,
  markdown,
  matlab,
  php,
  prolog,
  python,
  r,
  ruby,
  rust,
  scala,
  sparql,
  sql,
  swift,
  turtle,
  typescript,
  xml,
  yaml,
};

const STYLE_TO_CLASS: ShikiTransformer = {
  name: 'study-notes:style-to-class',
  pre(node: Element) {
    delete node.properties['style'];
    delete node.properties['tabindex'];
    delete node.properties['class'];
    node.properties['className'] = ['code', 'shiki'];
    // A code block scrolls sideways: keyboard users reach it (axe: scrollable-region-focusable).
    node.properties['tabIndex'] = 0;
  },
  span(node: Element) {
    const style = node.properties['style'];
    if (style === undefined) return;
    delete node.properties['style'];
    const classes: string[] = [];
    for (const declaration of String(style).split(';')) {
      const text = declaration.trim();
      if (text === '') continue;
      const colour = TOKEN_COLOUR.exec(text)?.[1];
      const font = FONT.exec(text);
      const name = colour ?? font?.[1] ?? font?.[2];
      if (name) classes.push(`tok-${name}`);
    }
    if (classes.length > 0) this.addClassToHast(node, classes);
  },
};
