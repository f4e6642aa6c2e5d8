import { asciiDigit, markdownLineEnding, markdownLineEndingOrSpace } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

const DOLLAR = 36;

/**
 * Pandoc's rule for `$` in text, in front of micromark-extension-math: a `$` opens math only when a
 * non-space follows it and the next `$` has a non-space before it and no digit after it. Any other
 * `$` is text, so prices stay prices. `$$` is left to the math extension.
 *
 * @example
 *   "It costs $5 and $10 today."   → text (no math)
 *   "pay $20 and solve $x+1=2$"    → text "pay $20 and solve ", inlineMath "x+1=2"
 */
export function dollarGuard(): Extension {
  const guard: Construct = {
    name: 'dollarGuard',
    add: 'before',
    tokenize: tokenizeGuard,
    previous: (code: Code) => code !== DOLLAR,
  };
  return { text: { [DOLLAR]: guard } };
}

const lookahead: Construct = { tokenize: tokenizeLookahead, partial: true };

function tokenizeGuard(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  // Math ahead: let the math extension take it (nok); otherwise this `$` is plain text.
  const literal: State = (code) => {
    effects.enter('data');
    effects.consume(code);
    effects.exit('data');
    return ok;
  };
  return (code) => effects.check(lookahead, nok, literal)(code);
}

function tokenizeLookahead(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let previous: Code = null;
  const done =
    (result: State): State =>
    (code) => {
      effects.exit('dollarGuardLookahead');
      return result(code);
    };
  const afterClose: State = (code) => done(code !== null && asciiDigit(code) ? nok : ok)(code);
  const inside: State = (code) => {
    if (code === null) return done(nok)(code);
    // No escapes: micromark-extension-math reads `\` in math text literally, and so must this.
    if (code === DOLLAR) {
      if (previous === null || markdownLineEndingOrSpace(previous)) return done(nok)(code);
      effects.consume(code);
      return afterClose;
    }
    if (markdownLineEnding(code)) {
      effects.exit('dollarGuardLookahead');
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      effects.enter('dollarGuardLookahead');
      previous = code;
      return inside;
    }
    previous = code;
    effects.consume(code);
    return inside;
  };
  const afterOpen: State = (code) => {
    if (code === DOLLAR) return done(ok)(code);
    if (code === null || markdownLineEndingOrSpace(code)) return done(nok)(code);
    return inside(code);
  };
  return (code) => {
    effects.enter('dollarGuardLookahead');
    effects.consume(code);
    return afterOpen;
  };
}
