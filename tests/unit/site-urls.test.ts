import { describe, expect, test } from 'vitest';
import { BASE, exampleUrl, siteUrl, templateUrl, withBase, withSlash } from '../../src/lib/site/urls';

describe('site URLs honour the base path', () => {
  test('at the root (the default build)', () => {
    expect(BASE).toBe('/');
    expect(siteUrl()).toBe('/');
    expect(siteUrl('check/rules.json')).toBe('/check/rules.json');
    expect(templateUrl('fire-plan')).toBe('/templates/fire-plan/');
    expect(exampleUrl('fire-plan')).toBe('/templates/fire-plan/example/');
  });

  test('under a sub-path, written with or without slashes', () => {
    for (const base of ['/yuan/', '/yuan', '/yuan//']) {
      expect(siteUrl('', base)).toBe('/yuan/');
      expect(siteUrl('/guide/', base)).toBe('/yuan/guide/');
      expect(templateUrl('fire-plan', base)).toBe('/yuan/templates/fire-plan/');
      expect(exampleUrl('fire-plan', base)).toBe('/yuan/templates/fire-plan/example/');
    }
    expect(withSlash('/a/b')).toBe('/a/b/');
  });

  test("authors' root-absolute links get the base; fragments, other origins and relative links do not", () => {
    expect(withBase('/templates/x/#s', '/yuan/')).toBe('/yuan/templates/x/#s');
    expect(withBase('#s', '/yuan/')).toBe('#s');
    expect(withBase('https://example.com/', '/yuan/')).toBe('https://example.com/');
    expect(withBase('//example.com/x', '/yuan/')).toBe('//example.com/x');
    expect(withBase('x/', '/yuan/')).toBe('x/');
  });
});
