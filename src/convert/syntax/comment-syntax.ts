import { commentSyntax } from '@quartz-community/remark-obsidian';
import { markdownLineEnding } from 'micromark-util-character';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

const PERCENT = 37;

/** Looks ahead for `%%%` (an opening `%%` whose comment starts with `%`, or an empty `%%%%`). */
const threePercent: Construct = {
  partial: true,
  tokenize(effects: Effects, ok: State, nok: State): State {
    let seen = 0;
    const percent = (code: Code): State | undefined => {
      if (code !== PERCENT) return nok(code);
      effects.consume(code);
      seen += 1;
      if (seen < 3) return percent;
      effects.exit('commentMarker');
      return ok;
    };
    return (code) => {
      // micromark consumes only inside a token (a check is undone either way).
      effects.enter('commentMarker');
      return percent(code);
    };
  },
};

/**
 * Quartz's `%%comment%%` syntax (@quartz-community/remark-obsidian 1.1), with its two crashes
 * avoided (micromark asserts, and the note would fail): a block comment opening with `%%%`
 * (`%%%%`, an empty comment, or `%%%a%%`) closes an empty token ("expected non-empty token
 * (`commentContent`)"), and one followed by text on its closing line (`%%a%% b`) ends a block
 * before the end of a line ("expected eol or eof"). Such lines are left to the inline comment
 * tokenizer, which reads them right.
 */
export function safeCommentSyntax(): Extension {
  const syntax = commentSyntax();
  const flow = syntax.flow?.[PERCENT];
  const original = Array.isArray(flow) ? flow[0] : flow;
  if (!original) return syntax;
  const guarded: Construct = {
    ...original,
    tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      // A block ends at the end of its line: `%%a%% b` is a comment inside a paragraph.
      const atLineEnd: State = (code) => (code === null || markdownLineEnding(code) ? ok(code) : nok(code));
      const tokenize = original.tokenize.call(this, effects, atLineEnd, nok);
      return (code) => effects.check(threePercent, nok, tokenize)(code);
    },
  };
  return { ...syntax, flow: { ...syntax.flow, [PERCENT]: guarded } };
}
