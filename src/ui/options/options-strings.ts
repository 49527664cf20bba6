/**
 * Every string of the options page, in English and Arabic. Entity names come from the
 * dataset. The Arabic table has the English one's type, so a missing string fails the build.
 */
import type { Lang, MentionDirection } from '../../messaging/protocol';
import type { CardTrigger } from '../../settings/settings-schema';
import type { SiteInputError } from './site-input';

/** The browsers whose shortcut settings the page explains. */
export type ShortcutBrowser = 'chrome' | 'firefox';

const en = {
  title: 'Attribution Lens settings',
  highlighting: 'Highlighting',
  offSites: 'Sites where highlighting is off',
  offSitesNote: 'A site includes all its subdomains: www.example.com and example.com are one site.',
  noOffSites: 'None: highlighting is on wherever it is on for all sites.',
  remove: (site: string) => `Remove ${site}`,
  removeLabel: 'Remove',
  addSite: 'Site to switch off',
  addSiteHint: 'A site’s name (example.com) or a page’s address.',
  addButton: 'Switch off',
  added: (site: string) => `Highlighting is now off on ${site}.`,
  removed: (site: string) => `Highlighting is on again on ${site}.`,
  alreadyOff: (site: string) => `${site} is already in the list.`,
  siteError: {
    empty: 'Type a site’s name, such as example.com, or paste a page’s address.',
    'not-web': 'Only web addresses (http or https) can be switched off.',
    invalid: 'That is not a site’s name. Type one such as example.com, or paste a page’s address.',
    'shared-suffix': 'Many sites share that ending. Type one site’s name, such as example.co.uk.',
  } satisfies Record<SiteInputError, string>,
  card: 'The card',
  cardTrigger: 'Open the card about a highlight',
  trigger: {
    hover: 'When the pointer rests on it (or it has keyboard focus)',
    click: 'When I click it',
    off: 'Never',
  } satisfies Record<CardTrigger, string>,
  shortcuts: 'Keyboard shortcuts',
  command: {
    next: 'Go to the next highlight and open its card',
    previous: 'Go to the previous highlight and open its card',
  } satisfies Record<MentionDirection, string>,
  commandHeader: 'Action',
  keysHeader: 'Keys',
  noKeys: 'Not set',
  shortcutsUnknown: 'The browser did not say which keys are set.',
  changeShortcuts: {
    chrome: 'To change them, open chrome://extensions/shortcuts (Extensions → Keyboard shortcuts).',
    firefox: 'To change them, open about:addons, choose the gear menu, then Manage Extension Shortcuts.',
  } satisfies Record<ShortcutBrowser, string>,
  openShortcuts: 'Change the shortcuts',
  liveNote: 'Changes are saved at once and apply to open tabs.',
};

export type OptionsStrings = typeof en;

const ar: OptionsStrings = {
  title: 'إعدادات عدسة الإسناد',
  highlighting: 'الإبراز',
  offSites: 'المواقع التي أُوقف فيها الإبراز',
  offSitesNote: 'يشمل الموقع جميع نطاقاته الفرعية: ‏www.example.com و‏example.com موقع واحد.',
  noOffSites: 'لا شيء: الإبراز يعمل حيثما كان يعمل في جميع المواقع.',
  remove: (site) => `إزالة ${site}`,
  removeLabel: 'إزالة',
  addSite: 'موقع لإيقاف الإبراز فيه',
  addSiteHint: 'اسم موقع (example.com) أو عنوان صفحة.',
  addButton: 'أوقِف',
  added: (site) => `أُوقف الإبراز الآن في ${site}.`,
  removed: (site) => `عاد الإبراز إلى ${site}.`,
  alreadyOff: (site) => `${site} موجود في القائمة من قبل.`,
  siteError: {
    empty: 'اكتب اسم موقع، مثل example.com، أو الصق عنوان صفحة.',
    'not-web': 'لا يمكن إيقاف الإبراز إلا في عناوين الويب (http أو https).',
    invalid: 'هذا ليس اسم موقع. اكتب اسماً مثل example.com، أو الصق عنوان صفحة.',
    'shared-suffix': 'هذه النهاية تشترك فيها مواقع كثيرة. اكتب اسم موقع واحد، مثل example.co.uk.',
  },
  card: 'البطاقة',
  cardTrigger: 'افتح البطاقة الخاصة بالإشارة المُبرزة',
  trigger: {
    hover: 'عندما يستقر المؤشر عليها (أو حين تنتقل إليها بلوحة المفاتيح)',
    click: 'عندما أنقر عليها',
    off: 'أبداً',
  },
  shortcuts: 'اختصارات لوحة المفاتيح',
  command: {
    next: 'الانتقال إلى الإشارة المُبرزة التالية وفتح بطاقتها',
    previous: 'الانتقال إلى الإشارة المُبرزة السابقة وفتح بطاقتها',
  },
  commandHeader: 'الإجراء',
  keysHeader: 'المفاتيح',
  noKeys: 'غير مُعيَّنة',
  shortcutsUnknown: 'لم يُخبرنا المتصفح بالمفاتيح المُعيَّنة.',
  changeShortcuts: {
    chrome: 'لتغييرها، افتح chrome://extensions/shortcuts (الإضافات ← اختصارات لوحة المفاتيح).',
    firefox: 'لتغييرها، افتح about:addons، واختر قائمة الترس، ثم «إدارة اختصارات الإضافات».',
  },
  openShortcuts: 'تغيير الاختصارات',
  liveNote: 'تُحفظ التغييرات فوراً وتُطبَّق على علامات التبويب المفتوحة.',
};

const tables: Record<Lang, OptionsStrings> = { en, ar };

/** The options page's strings in a language. */
export const optionsStrings = (lang: Lang): OptionsStrings => tables[lang];
