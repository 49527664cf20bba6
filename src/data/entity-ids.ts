/** The four entity ids of the public contract, without pulling zod into a bundle. */
export const ENTITY_IDS = ['apt40', 'apt31', 'mss', 'exchange-hack'] as const;

export type EntityIdValue = (typeof ENTITY_IDS)[number];

/** True for one of the four entity ids (checks untrusted input). */
export const isEntityId = (v: unknown): v is EntityIdValue => (ENTITY_IDS as readonly unknown[]).includes(v);
