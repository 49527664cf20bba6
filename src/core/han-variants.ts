/**
 * Chinese characters written differently in Traditional script (Taiwan, Hong Kong), in
 * Japanese (shinjitai) and in Simplified script (the mainland), folded to the Simplified
 * form so one written alias matches all three: 國家安全廳 / 国家安全庁 / 国家安全厅.
 *
 * The table holds the characters of the names, places and cue words the matcher reads
 * (ministry, bureau, province, city, the places of the ministry's bureaus, hacking and
 * attack words, the element names), each pair "variant, Simplified". Only one-to-one
 * variants are listed: a Traditional character that stands for two Simplified ones in
 * different words (乾 / 干) would fold a word into another.
 */
const PAIRS =
  // the state, the ministry and its offices
  '國国廳厅庁厅門门務务華华電电衛卫衞卫機机構构關关関关聯联黨党軍军員员報报導导' +
  // places of the ministry's bureaus and China's names
  '漢汉東东廣广広广蘇苏慶庆遼辽寧宁臺台灣湾陸陆韓韩鮮鲜區区縣县' +
  // front companies
  '曉晓' +
  // hacking, attacks, flaws, networks, mail servers, espionage
  '駭骇擊击撃击間间諜谍網网絡络腦脑郵邮竊窃資资訊讯惡恶權权險险険险碼码軟软體体' +
  '戶户號号據据証证證证組组織织動动發发発发團团団团計计劃划偵侦檢检調调際际' +
  // the element names that are also the groups' names
  '鉿铪鋯锆釓钆鐵铁鉄铁屬属';

/** Variant code point → Simplified character. */
export const HAN_VARIANTS: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const [from, to] = [chars[i] as string, chars[i + 1] as string];
    if (from !== to) map.set(from.codePointAt(0) as number, to);
  }
  return map;
})();
