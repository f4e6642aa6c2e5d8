import type { InlineMath } from 'mdast-util-math';
import type { CompileContext, Extension as FromMarkdownExtension, Token as MdastToken } from 'mdast-util-from-markdown';
import { markdownLineEnding } from 'micromark-util-character';
import type { Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

const BACKSLASH = 92;
const PAREN_OPEN = 40;
const PAREN_CLOSE = 41;
const BRACKET_OPEN = 91;
const BRACKET_CLOSE = 93;

/**
 * LaTeX's own math delimiters in text: `\(…\)` inline and `\[…\]` display. Read before CommonMark's
 * character escape, which would otherwise turn `\(` into a plain `(`; `\\(` stays an escaped backslash.
 *
 * @example
 *   "see \(x^2\) and \[\frac{a}{b}\]" → text, inlineMath "x^2", text, inlineMath "\frac{a}{b}" (display)
 */
export function latexDelimiters(): Extension {
  const construct: Construct = { name: 'latexMath', add: 'before', tokenize };
  return { text: { [BACKSLASH]: construct } };
}

function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let close = 0;
  let empty = true;
  /** Whether a `latexMathData` token is open (it opens at the formula's first character). */
  let inData = false;
  const enterData = (): void => {
    if (!inData) effects.enter('latexMathData');
    inData = true;
  };
  const closing: Construct = {
    partial: true,
    tokenize(this: TokenizeContext, inner: Effects, done: State, fail: State): State {
      return (code) => {
        // A failed attempt is rolled back, so the flag is only read here (finish clears it).
        if (inData) inner.exit('latexMathData');
        inner.enter('latexMathMarker');
        inner.consume(code);
        return (next) => {
          if (next !== close) return fail(next);
          inner.consume(next);
          inner.exit('latexMathMarker');
          return done;
        };
      };
    },
  };
  const finish: State = (code) => {
    inData = false;
    if (empty) return nok(code);
    effects.exit('latexMath');
    return ok(code);
  };
  const afterBackslash: State = (code) => {
    if (code === null || markdownLineEnding(code)) return data(code);
    effects.consume(code);
    return data;
  };
  // `\\`, `\{` and the like stay in the formula.
  const escaped: State = (code) => {
    empty = false;
    enterData();
    effects.consume(code);
    return afterBackslash;
  };
  const data: State = (code) => {
    if (code === null) return nok(code);
    if (code === BACKSLASH) return effects.attempt(closing, finish, escaped)(code);
    if (markdownLineEnding(code)) {
      if (inData) effects.exit('latexMathData');
      inData = false;
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      return data;
    }
    empty = false;
    enterData();
    effects.consume(code);
    return data;
  };
  const opener: State = (code) => {
    if (code === PAREN_OPEN) close = PAREN_CLOSE;
    else if (code === BRACKET_OPEN) close = BRACKET_CLOSE;
    else return nok(code);
    effects.consume(code);
    effects.exit('latexMathMarker');
    return data;
  };
  return (code) => {
    effects.enter('latexMath');
    effects.enter('latexMathMarker');
    effects.consume(code);
    return opener;
  };
}

/** mdast for `\(…\)` and `\[…\]`: an `inlineMath` node, `data.display` for `\[…\]`. */
export function latexDelimitersFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      latexMath(this: CompileContext, token: MdastToken) {
        const node: InlineMath = { type: 'inlineMath', value: '' };
        this.enter(node, token);
        this.buffer();
      },
    },
    exit: {
      latexMath(this: CompileContext, token: MdastToken) {
        this.resume();
        const node = this.stack[this.stack.length - 1] as InlineMath;
        const source = this.sliceSerialize(token);
        node.value = source.slice(2, -2);
        node.data = { ...node.data, display: source.startsWith('\\[') } as InlineMath['data'];
        this.exit(token);
      },
    },
  };
}
