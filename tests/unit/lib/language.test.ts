import { describe, expect, test } from 'vitest';
import { detectLanguage, directionOf } from '../../../src/lib/language.ts';

describe('the language of the notes', () => {
  test('is told from the script', () => {
    expect(detectLanguage('暗号化キーはクラウドで管理されます。', 'en')).toBe('ja');
    expect(detectLanguage('加密密钥在云中管理。', 'en')).toBe('zh');
    expect(detectLanguage('클라우드 보안', 'en')).toBe('ko');
    expect(detectLanguage('אבטחת ענן היא אחריות משותפת', 'en')).toBe('he');
    expect(detectLanguage('أمن السحابة', 'en')).toBe('ar');
    expect(detectLanguage('Облачная безопасность', 'en')).toBe('ru');
  });

  test('falls back for the Latin script and for text without letters', () => {
    expect(detectLanguage('Sécurité réseau et chiffrement', 'en')).toBe('en');
    expect(detectLanguage('Sécurité réseau', 'fr')).toBe('fr');
    expect(detectLanguage('123 --- ***', 'en')).toBe('en');
  });

  test('lets a language written without spaces lead a mix sooner, so its words can be searched', () => {
    expect(
      detectLanguage(`${'Notes in English about cloud security. '.repeat(2)}暗号化キーはクラウドで管理されます`, 'en'),
    ).toBe('ja');
    expect(detectLanguage(`${'Notes in English about cloud security. '.repeat(3)}אבטחת ענן`, 'en')).toBe('en');
  });

  test('gives the writing direction', () => {
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
  });
});
