import { describe, expect, it } from 'vitest';
import { DATASET_OBJECTS_CREATED, findingsStix, STATED_ATTRIBUTIONS, type StixObject } from '../../src/core/export/stix';
import { uuidV5 } from '../../src/core/export/uuid-v5';
import { dataset } from '../../src/data/dataset';
import { page } from './helpers/export-findings';
import { stixBundleProblems, stixObjectProblems } from './helpers/stix-required';

let n = 0;
const freshId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const entity = (id: string) => dataset.entities.find((e) => e.id === id)!;
const all = page({
  findings: (['apt40', 'apt31', 'mss', 'exchange-hack'] as const).map((e) => ({ entity: e, entityName: e, text: e, sentence: e })),
});
const byType = (objects: StixObject[], type: string) => objects.filter((o) => o.type === type);

describe('uuidV5', () => {
  it('matches the well-known DNS-namespace vector', async () => {
    // "www.example.com" in the DNS namespace, as Python's uuid.uuid5 computes it.
    expect(await uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('refuses a namespace that is not a UUID', async () => {
    await expect(uuidV5('not-a-uuid', 'x')).rejects.toThrow('not a UUID');
  });
});

describe('findingsStix', () => {
  it('a bundle whose every object has the properties STIX 2.1 requires, and no dangling reference', async () => {
    const bundle = await findingsStix(all, dataset, freshId);
    expect(stixBundleProblems(bundle)).toEqual([]);
    // The checker itself catches what it should (a test that cannot fail is a defect).
    expect(stixObjectProblems({ ...bundle.objects[1], created: '2026-12-06T00:00:00Z' })).toEqual([`${bundle.objects[1]!.id}: created not an RFC 3339 ms timestamp`]);
    expect(stixObjectProblems({ ...bundle.objects[1], spec_version: '2.0' })).toHaveLength(1);
    expect(stixBundleProblems({ ...bundle, objects: bundle.objects.slice(0, 1) }).some((p) => p.includes('not in the bundle'))).toBe(true);
  });

  it('a report made now, with a fresh id, referring to every other object', async () => {
    const bundle = await findingsStix(all, dataset, freshId);
    const [report, ...rest] = bundle.objects;
    expect(report).toMatchObject({ type: 'report', published: all.exportedAt, created: all.exportedAt, name: `Attribution Lens: ${all.title}` });
    expect(report!.object_refs).toEqual(rest.map((o) => o.id));
    expect(report!.external_references).toEqual([{ source_name: 'web page', url: all.url, description: all.title }]);
    const again = await findingsStix(all, dataset, freshId);
    expect(again.objects[0]!.id).not.toBe(report!.id);
    expect(again.id).not.toBe(bundle.id);
  });

  it('the dataset’s objects have the same ids and contents in every export', async () => {
    const a = await findingsStix(all, dataset, freshId);
    const b = await findingsStix(page({ ...all, exportedAt: '2027-01-01T00:00:00.000Z' }), dataset, freshId);
    expect(b.objects.slice(1)).toEqual(a.objects.slice(1));
    expect(a.objects.slice(1).every((o) => o.created === DATASET_OBJECTS_CREATED)).toBe(true);
  });

  it('APT40 and APT31 as intrusion sets with the dataset’s attested aliases and ATT&CK ids', async () => {
    const sets = byType((await findingsStix(all, dataset, freshId)).objects, 'intrusion-set');
    expect(sets.map((s) => s.name)).toEqual(['APT40', 'APT31']);
    for (const [set, id] of [[sets[0]!, 'apt40'], [sets[1]!, 'apt31']] as const) {
      const e = entity(id);
      const attested = e.aliases.filter((a) => a.attested !== false && !a.frontCompany && a.text !== e.names.en && !e.attack.includes(a.text)).map((a) => a.text);
      expect(set.aliases).toEqual([...new Set(attested)]);
      expect(set.description).toBe(e.description.en);
      expect(set.external_references).toEqual(e.attack.map((g) => ({ source_name: 'mitre-attack', external_id: g, url: `https://attack.mitre.org/groups/${g}` })));
    }
    expect(sets[0]!.aliases).toContain('Leviathan');
    expect(sets[1]!.aliases).toContain('ZIRCONIUM');
    // Our own transliterations are not handed on as names someone published.
    expect(sets[1]!.aliases).not.toContain('زيركونيوم');
    // Front companies are named in the dataset (and highlighted) but are not the groups' names.
    expect(sets[0]!.aliases).not.toContain('Hainan Xiandun');
    expect(sets[1]!.aliases).not.toContain('Wuhan Xiaoruizhi');
  });

  it('the MSS as an organisation with its names, the Exchange hack as its four CVEs', async () => {
    const objects = (await findingsStix(all, dataset, freshId)).objects;
    const mss = entity('mss');
    expect(byType(objects, 'identity')).toEqual([
      expect.objectContaining({ name: mss.names.en, identity_class: 'organization', x_aliases: [mss.names.ar, mss.names.zh], description: mss.description.en }),
    ]);
    const cves = entity('exchange-hack').cves;
    expect(cves).toHaveLength(4);
    expect(byType(objects, 'vulnerability').map((v) => [v.name, v.external_references])).toEqual(
      cves.map((c) => [c, [{ source_name: 'cve', external_id: c }]]),
    );
  });

  it('attributed-to relationships only where a statement of the dataset says so, citing it', async () => {
    for (const { source, statement } of STATED_ATTRIBUTIONS) {
      const words = dataset.statements.find((s) => s.id === statement)!.attributes.find((a) => a.entity === source)!;
      expect(words.text.en).toBe(`Attributed ${entity(source).names.en} to the MSS.`);
    }
    const objects = (await findingsStix(all, dataset, freshId)).objects;
    const id = (type: string, name: string) => objects.find((o) => o.type === type && o.name === name)!.id;
    const rels = byType(objects, 'relationship');
    expect(rels.map((r) => [r.source_ref, r.relationship_type, r.target_ref])).toEqual([
      [id('intrusion-set', 'APT40'), 'attributed-to', id('identity', entity('mss').names.en)],
      [id('intrusion-set', 'APT31'), 'attributed-to', id('identity', entity('mss').names.en)],
    ]);
    expect(rels[0]!.description).toBe('United Kingdom (Foreign Secretary Dominic Raab; NCSC), 2021-07-19: “Today the UK is also attributing the Chinese Ministry of State Security as being behind activity known by cyber security experts as “APT40” and “APT31”.”');
    expect(rels[0]!.external_references).toEqual([
      { source_name: 'UK Government', description: 'UK and allies hold Chinese state responsible for a pervasive pattern of hacking', url: 'https://gov.uk/government/news/uk-and-allies-hold-chinese-state-responsible-for-a-pervasive-pattern-of-hacking' },
    ]);
  });

  it('only the entities found on the page, and a relationship only when both ends are', async () => {
    const objects = (await findingsStix(page({ findings: [page().findings[0]!] }), dataset, freshId)).objects;
    expect(objects.map((o) => o.type)).toEqual(['report', 'intrusion-set']);
    expect(objects[0]!.description).toBe('Mentions highlighted by Attribution Lens on http://127.0.0.1/story.html (APT40: 1).');
  });

  it('refuses to make a report of nothing', async () => {
    await expect(findingsStix(page({ findings: [] }), dataset, freshId)).rejects.toThrow('no findings');
  });
});
