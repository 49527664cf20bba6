/**
 * The page's findings as a STIX 2.1 bundle, for analysts: a report (made now, with a fresh id)
 * whose object_refs are the dataset's objects for the entities found on the page: APT40 and APT31
 * as intrusion sets with their aliases, the MSS as an organisation identity with its names, the
 * Exchange hack's CVEs as vulnerabilities, and the relationships the dataset states between them.
 * Only what the dataset says goes in; docs/export.md maps each field to its source.
 */
import type { Dataset, Entity } from '../../data/schema';
import type { EntityId } from '../matcher-types';
import type { PageFindings } from './findings';
import { uuidV5 } from './uuid-v5';

/**
 * The namespace of this extension's STIX ids (a random UUID, fixed once). STIX 2.1 ("Identifier") asks
 * for version 4 ids for domain objects but allows others; version 5 makes an object's id the
 * same in every export, so a platform that imports two exports holds one APT40, not two.
 */
export const STIX_NAMESPACE = 'f895f0d4-62cc-4e4b-8584-4dfca5c9b646';

/**
 * `created` and `modified` of the dataset's objects: fixed, so that an object is byte for byte
 * the same in every export. Move `modified` (DATASET_OBJECTS_MODIFIED) when the dataset's facts
 * about an object change, so importers take the new version.
 */
export const DATASET_OBJECTS_CREATED = '2026-12-06T00:00:00.000Z';
export const DATASET_OBJECTS_MODIFIED = '2026-12-06T00:00:00.000Z';

/**
 * Relationships the dataset states, each resting on one statement's words about its source
 * entity: the UK "attributed APT40 to the MSS" and "APT31 to the MSS" on 19 July 2021. No other
 * statement attributes a group to the ministry in those words (the unit tests read them). STIX's
 * own table has intrusion-set attributed-to threat-actor; the dataset knows the MSS as a ministry,
 * an organisation, so it is an identity here, as other threat-intelligence platforms model states.
 */
export const STATED_ATTRIBUTIONS = [
  { source: 'apt40', target: 'mss', statement: 'uk' },
  { source: 'apt31', target: 'mss', statement: 'uk' },
] as const satisfies readonly { source: EntityId; target: EntityId; statement: string }[];

export interface ExternalReference {
  source_name: string;
  description?: string;
  url?: string;
  external_id?: string;
}

/** The properties every object of ours has (STIX 2.1's common properties of SDOs and SROs). */
export interface StixObject {
  type: string;
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  [property: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

const common = async (type: string, key: string) => ({
  type,
  spec_version: '2.1' as const,
  id: `${type}--${await uuidV5(STIX_NAMESPACE, `${type}:${key}`)}`,
  created: DATASET_OBJECTS_CREATED,
  modified: DATASET_OBJECTS_MODIFIED,
});

/** Unique, in order, without `except`. */
const distinct = (names: string[], except: readonly string[]) => [...new Set(names)].filter((n) => !except.includes(n));

/** An entity's ATT&CK group ids as references, with the dataset's address for each when it has one. */
function attackReferences(dataset: Dataset, entity: Entity): ExternalReference[] {
  return entity.attack.map((id) => {
    const url = dataset.sources.find((s) => s.url === `https://attack.mitre.org/groups/${id}`)?.url;
    return { source_name: 'mitre-attack', external_id: id, ...(url ? { url } : {}) };
  });
}

async function intrusionSet(dataset: Dataset, entity: Entity): Promise<StixObject> {
  // Our own transliterations (attested: false) are names no one published: not aliases to hand on.
  // ATT&CK ids are listed as aliases for the matcher; here they are references. A front company's
  // name is not the group's: handed on as an alias, a platform would take the company for the group.
  const aliases = distinct(
    entity.aliases.filter((a) => a.attested !== false && !a.frontCompany).map((a) => a.text),
    [entity.names.en, ...entity.attack],
  );
  const attack = attackReferences(dataset, entity);
  return {
    ...(await common('intrusion-set', entity.id)),
    name: entity.names.en,
    description: entity.description.en,
    ...(aliases.length ? { aliases } : {}),
    ...(attack.length ? { external_references: attack } : {}),
  };
}

async function identity(entity: Entity): Promise<StixObject> {
  return {
    ...(await common('identity', entity.id)),
    name: entity.names.en,
    description: entity.description.en,
    identity_class: 'organization',
    // STIX's identity has no aliases property: the other official names go in a custom one.
    x_aliases: distinct([entity.names.ar, entity.names.zh], [entity.names.en]),
  };
}

async function vulnerability(cve: string): Promise<StixObject> {
  return {
    ...(await common('vulnerability', cve)),
    name: cve,
    external_references: [{ source_name: 'cve', external_id: cve }],
  };
}

/** The objects the dataset makes of one entity: groups are intrusion sets, the ministry an identity, the incident its CVEs. */
async function objectsOf(dataset: Dataset, entity: Entity): Promise<StixObject[]> {
  if (entity.kind === 'group') return [await intrusionSet(dataset, entity)];
  if (entity.kind === 'agency') return [await identity(entity)];
  return Promise.all(entity.cves.map(vulnerability));
}

async function statedRelationships(dataset: Dataset, ids: ReadonlyMap<EntityId, string>): Promise<StixObject[]> {
  const made: StixObject[] = [];
  for (const { source, target, statement } of STATED_ATTRIBUTIONS) {
    const from = ids.get(source);
    const to = ids.get(target);
    const said = dataset.statements.find((s) => s.id === statement);
    const words = said?.attributes.find((a) => a.entity === source);
    const where = dataset.sources.find((s) => s.id === words?.source);
    if (!from || !to || !said || !words) continue;
    made.push({
      ...(await common('relationship', `${source}:attributed-to:${target}:${statement}`)),
      relationship_type: 'attributed-to',
      source_ref: from,
      target_ref: to,
      // The speaker's own words where the dataset has them, quoted; otherwise our summary, unquoted.
      description: words.words
        ? `${said.party.en}, ${said.date}: “${words.words.text}”`
        : `${said.party.en}, ${said.date}: ${words.text.en}`,
      ...(where?.url
        ? { external_references: [{ source_name: where.publisher, description: where.title.en, url: where.url }] }
        : {}),
    });
  }
  return made;
}

/**
 * The bundle for these findings. `freshId` makes the report's and the bundle's ids (the popup
 * passes crypto.randomUUID): a report is made once, at `page.exportedAt`.
 */
export async function findingsStix(page: PageFindings, dataset: Dataset, freshId: () => string): Promise<StixBundle> {
  // A report must refer to at least one object (STIX 2.1, report: object_refs): there is nothing to export without findings.
  if (page.findings.length === 0) throw new Error('findingsStix: no findings to report');
  const found = new Set(page.findings.map((f) => f.entity));
  const entities = dataset.entities.filter((e) => found.has(e.id));
  const objects: StixObject[] = [];
  const ids = new Map<EntityId, string>();
  for (const entity of entities) {
    const made = await objectsOf(dataset, entity);
    objects.push(...made);
    // Relationships join a group to the ministry: one object each.
    if (made.length === 1) ids.set(entity.id, (made[0] as StixObject).id);
  }
  objects.push(...(await statedRelationships(dataset, ids)));
  const counts = entities.map((e) => `${e.names.en}: ${page.findings.filter((f) => f.entity === e.id).length}`);
  const report: StixObject = {
    type: 'report',
    spec_version: '2.1',
    id: `report--${freshId()}`,
    created: page.exportedAt,
    modified: page.exportedAt,
    name: `Attribution Lens: ${page.title.trim() || page.url}`,
    description: `Mentions highlighted by Attribution Lens on ${page.url} (${counts.join('; ')}).`,
    published: page.exportedAt,
    report_types: ['threat-report'],
    object_refs: objects.map((o) => o.id),
    external_references: [{ source_name: 'web page', url: page.url, ...(page.title.trim() ? { description: page.title.trim() } : {}) }],
  };
  return { type: 'bundle', id: `bundle--${freshId()}`, objects: [report, ...objects] };
}
