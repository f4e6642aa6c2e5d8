import { replace as unicodeFromTex } from 'unicodeit';

/**
 * A formula as plain text, for where only text can go (a summary, "On this page", a search
 * excerpt): TeX's symbols, letters, sub- and superscripts as Unicode (unicodeit's table of
 * thousands), fractions as `a/b`, roots as `√`, and the markup nobody should read dropped.
 *
 * @example
 *   texAsText('\\lambda_1 = 1')                    // 'λ₁ = 1'
 *   texAsText('\\frac{a}{b} + \\sqrt{x}')          // 'a/b + √x'
 *   texAsText('\\mathcal{I}_{1}\\models \\Gamma_{1}') // 'ℑ₁⊧ Γ₁'
 */
export function texAsText(tex: string): string {
  const shaped = tex
    .replace(/\\(?:d|t)?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '$1/$2')
    .replace(/\\sqrt\s*\{([^{}]*)\}/g, '√$1')
    .replace(/\\(?:text|mathrm|operatorname|textbf|textit|mbox)\s*\{([^{}]*)\}/g, '$1');
  return unicodeFromTex(shaped)
    .replace(/\\(?:left|right|big|Big|bigg|Bigg)\b/g, '')
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/\\([{}%$&#_])/g, '$1')
    .replace(/\\[a-zA-Z]+\s*/g, '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
