/**
 * The shape of the stored settings, their defaults, and how a stored value is
 * read safely. Pure: no browser API, so it is tested in Node. The storage item
 * itself is declared once in settings.ts.
 */
import { ENTITY_IDS } from '../data/entity-ids';
import type { EntityId } from '../core';

export type UiLanguage = 'auto' | 'en' | 'ar';

/** What opens the hover card: pointing at a highlight (and focusing it), clicking it, or nothing. */
export type CardTrigger = 'hover' | 'click' | 'off';
export const CARD_TRIGGERS: readonly CardTrigger[] = ['hover', 'click', 'off'];

export interface Settings {
  /** Highlighting on all sites. */
  enabled: boolean;
  /**
   * Sites where the user turned highlighting off: registrable domains ("example.co.uk"), each
   * covering its subdomains, so `www.` and the bare domain are one site (siteMatches).
   * Host names stored before that rule still match themselves and their subdomains.
   */
  disabledSites: string[];
  /** Which entities are highlighted. */
  entities: Record<EntityId, boolean>;
  /** The popup and card language: 'auto' follows the browser's UI language. */
  language: UiLanguage;
  /** What opens the hover card. */
  cardTrigger: CardTrigger;
}

/**
 * Fields added since version 2 (cardTrigger) have defaults that sanitizeSettings fills in,
 * so they need no new version; a change of shape or meaning does.
 */
export const SETTINGS_VERSION = 2;

/** Where the settings live: WXT's key for the storage item (area "local", key "settings"). */
export const SETTINGS_KEY = 'local:settings';

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  disabledSites: [],
  entities: { apt40: true, apt31: true, mss: true, 'exchange-hack': true },
  language: 'auto',
  cardTrigger: 'hover',
}) as Settings;

/**
 * Version 1: the first design kept the highlighted entities as a list and had no
 * per-site switch or language: `{ enabled, entities: EntityId[] }`. No release
 * stored it; its migration keeps the version mechanism exercised by the tests and
 * ready for the next change of shape.
 */
export interface SettingsV1 {
  enabled?: boolean;
  entities?: string[];
}

/** Migrations, keyed by the version they produce (the form WXT storage expects). */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old: unknown): Settings => {
    const v1 = (old && typeof old === 'object' && !Array.isArray(old) ? old : {}) as SettingsV1;
    // Damaged v1 values fall back to defaults like damaged v2 ones, and say so (issue 6, stored data).
    const damaged = v1 !== old || ('enabled' in v1 && typeof v1.enabled !== 'boolean') || ('entities' in v1 && !Array.isArray(v1.entities));
    if (damaged) console.warn('[Attribution Lens] stored v1 settings were damaged; using defaults for what was wrong:', old);
    const listed = Array.isArray(v1.entities) ? v1.entities : [...ENTITY_IDS];
    return {
      ...DEFAULT_SETTINGS,
      enabled: v1.enabled !== false,
      entities: Object.fromEntries(ENTITY_IDS.map((id) => [id, listed.includes(id)])) as Record<EntityId, boolean>,
    };
  },
};

/**
 * Reads a stored value into valid settings. Anything missing or malformed falls
 * back to its default, and each problem is returned so the caller can warn:
 * corrupted storage must never break the popup or the content script.
 */
export function sanitizeSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings: clone(DEFAULT_SETTINGS), problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: clone(DEFAULT_SETTINGS), problems: [`settings: expected an object, got ${typeof raw}`] };
  }
  const r = raw as Record<string, unknown>;
  const settings = clone(DEFAULT_SETTINGS);
  if (typeof r.enabled === 'boolean') settings.enabled = r.enabled;
  else if ('enabled' in r) problems.push('settings.enabled: expected true or false');
  if (Array.isArray(r.disabledSites) && r.disabledSites.every((s) => typeof s === 'string')) {
    settings.disabledSites = [...new Set(r.disabledSites as string[])];
  } else if ('disabledSites' in r) problems.push('settings.disabledSites: expected a list of host names');
  if (r.entities && typeof r.entities === 'object' && !Array.isArray(r.entities)) {
    for (const id of ENTITY_IDS) {
      const v = (r.entities as Record<string, unknown>)[id];
      if (typeof v === 'boolean') settings.entities[id] = v;
      else if (v !== undefined) problems.push(`settings.entities.${id}: expected true or false`);
    }
  } else if ('entities' in r) problems.push('settings.entities: expected an object');
  if (r.language === 'auto' || r.language === 'en' || r.language === 'ar') settings.language = r.language;
  else if ('language' in r) problems.push('settings.language: expected auto, en or ar');
  if (CARD_TRIGGERS.includes(r.cardTrigger as CardTrigger)) settings.cardTrigger = r.cardTrigger as CardTrigger;
  else if ('cardTrigger' in r) problems.push('settings.cardTrigger: expected hover, click or off');
  return { settings, problems };
}

/** Valid settings from a stored value, warning in the console about what was damaged. */
export function checkedSettings(raw: unknown): Settings {
  const { settings, problems } = sanitizeSettings(raw);
  if (problems.length) console.warn('[Attribution Lens] stored settings were damaged; using defaults for:', problems);
  return settings;
}

/**
 * A stored value brought up to the current version in memory, as WXT storage would
 * (migrations from `storedVersion` + 1 on; no recorded version means 1). Nothing stored
 * means nothing to migrate; a newer version is left for checkedSettings to read.
 */
export function migratedInMemory(value: unknown, storedVersion: unknown): unknown {
  if (value === null || value === undefined) return value;
  const from = typeof storedVersion === 'number' && Number.isInteger(storedVersion) ? storedVersion : 1;
  let out = value;
  for (let v = from + 1; v <= SETTINGS_VERSION; v++) out = SETTINGS_MIGRATIONS[v]?.(out) ?? out;
  return out;
}

function clone(s: Settings): Settings {
  return { ...s, disabledSites: [...s.disabledSites], entities: { ...s.entities } };
}

/**
 * True when a stored site covers this host: the same name, or a subdomain of it. Suffix
 * matching on whole labels, so the content script needs no public-suffix list.
 */
export function siteMatches(site: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const s = site.toLowerCase().replace(/\.$/, '');
  return s !== '' && (h === s || h.endsWith(`.${s}`));
}

/** True when highlighting is on for this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.some((site) => siteMatches(site, host));
}

/** The entities to highlight. */
export function enabledEntities(settings: Settings): Set<EntityId> {
  return new Set(ENTITY_IDS.filter((id) => settings.entities[id]));
}
