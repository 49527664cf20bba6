import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, siteMatches } from '../../src/settings/settings-schema';
import { siteChange, siteOf } from '../../src/settings/site-domain';

describe('siteOf: the registrable domain', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['www.aljazeera.net', 'aljazeera.net'],
    ['WWW.Reuters.COM.', 'reuters.com'],
    ['user.github.io', 'user.github.io'],
  ])('%s → %s', (host, site) => expect(siteOf(host)).toBe(site));

  it('keeps hosts that have no registrable domain', () => {
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('localhost')).toBe('localhost');
  });
});

describe('siteMatches: a stored site covers its subdomains on whole labels', () => {
  it('matches the site and its subdomains', () => {
    expect(siteMatches('example.com', 'example.com')).toBe(true);
    expect(siteMatches('example.com', 'www.example.com')).toBe(true);
    expect(siteMatches('example.com', 'a.b.Example.com')).toBe(true);
  });
  it('does not match another domain that merely ends the same way, nor a parent', () => {
    expect(siteMatches('example.com', 'notexample.com')).toBe(false);
    expect(siteMatches('www.example.com', 'example.com')).toBe(false);
    expect(siteMatches('', 'example.com')).toBe(false);
  });
});

describe('siteChange', () => {
  const settings = { ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] };

  it('turning a site off stores its registrable domain once, keeping the others', () => {
    expect(siteChange(settings, 'www.c.example', false)).toEqual({ disabledSites: ['a.example', 'b.example', 'c.example'] });
    expect(siteChange(settings, 'a.example', false)).toEqual({ disabledSites: ['b.example', 'a.example'] });
  });

  it('www. and the bare domain are one site', () => {
    const off = { ...DEFAULT_SETTINGS, ...siteChange(DEFAULT_SETTINGS, 'www.example.com', false) };
    expect(isActiveOn(off, 'example.com')).toBe(false);
    expect(isActiveOn(off, 'www.example.com')).toBe(false);
    expect(isActiveOn(off, 'other.com')).toBe(true);
    const on = { ...off, ...siteChange(off, 'example.com', true) };
    expect(isActiveOn(on, 'www.example.com')).toBe(true);
  });

  it('turning a site on removes old host-name entries that cover it, and leaves the settings object alone', () => {
    const old = { ...DEFAULT_SETTINGS, disabledSites: ['www.example.com', 'b.example'] };
    expect(isActiveOn(old, 'www.example.com')).toBe(false);
    expect(siteChange(old, 'www.example.com', true)).toEqual({ disabledSites: ['b.example'] });
    expect(old.disabledSites).toEqual(['www.example.com', 'b.example']);
  });
});
