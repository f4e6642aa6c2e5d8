// Token types of the converter's own micromark constructs (syntax/*.ts).
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    dollarGuardLookahead: 'dollarGuardLookahead';
    latexMath: 'latexMath';
    latexMathMarker: 'latexMathMarker';
    latexMathData: 'latexMathData';
  }
}

declare module 'mdast-util-math' {
  interface InlineMathData {
    /** Written as display math (`\[…\]`, or `$$…$$` within a line). */
    display?: boolean;
  }
}

export {};
