/** The four entity ids of the public contract, without pulling zod into a bundle. */
export const ENTITY_IDS = ['apt40', 'apt31', 'mss', 'exchange-hack'] as const;
