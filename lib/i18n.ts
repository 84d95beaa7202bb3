// Every string the reader sees, in English and Arabic. A runtime dictionary rather than _locales because
// the reader can choose the UI language in the options, independently of the browser's (_locales holds only
// the manifest's name and description). Plurals follow Intl.PluralRules: Arabic has six forms.
import type { Lang } from './card-model';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Message = string | Plural;

const en = {
  'type.person': 'Person',
  'type.group': 'Group',
  'type.event': 'Event',
  'type.place': 'Place',
  'card.summary': 'Summary',
  'card.facts': 'Key facts',
  'card.cases': 'Cases',
  'card.reports': 'Related reports',
  'card.sources': 'Sources',
  'card.asOf': 'As of {date}',
  'card.sourceCount': { one: '{n} source', other: '{n} sources' },
  'card.notThis': 'Not this one?',
  'card.notThisHelp': 'Stop marking this name on {site} (undo in the toolbar popup)',
  'card.pin': 'Pin',
  'card.unpin': 'Unpin',
  'card.close': 'Close',
  'card.date': 'Date',
  'card.altDate': 'Other sources give {date}',
  'card.places': 'Where',
  'card.victims': 'Victims',
  'card.perpetrators': 'Suspected or accused',
  'card.casualties': 'Figures by source',
  'card.killed': { one: '{n} killed', other: '{n} killed' },
  'card.wounded': { one: '{n} wounded', other: '{n} wounded' },
  'card.legal': 'Legal steps',
  'card.caseStatus': 'Case status',
  'card.within': 'In {place}',
  'card.loading': 'Loading…',
  'card.missing': 'No record for this name.',
  'card.disputed': 'disputed',
  'card.label': '{name}: background',
  'popup.title': 'Backstory',
  'popup.recent': 'Recent cases',
  'popup.onPage': 'On this page',
  'popup.siteOn': 'Marking names on {site}',
  'popup.siteOff': 'Off on {site}',
  'popup.noPage': 'Backstory does not run on this page.',
  'popup.noEntities': 'No names from the dataset on this page.',
  'popup.mentions': { one: '{n} mention', other: '{n} mentions' },
  'popup.ignored': 'Ignored on this site',
  'popup.undo': 'Mark again',
  'popup.search': 'Search names, groups, places',
  'popup.allKinds': 'All kinds',
  'popup.allStatuses': 'All statuses',
  'popup.allYears': 'All years',
  'popup.noCases': 'No case matches.',
  'popup.back': 'Back',
  'popup.options': 'Settings',
  'popup.privacy': 'Everything stays in your browser.',
  'status.alleged': 'Alleged',
  'status.us_sanctions_allegation': 'US sanctions allegation',
  'status.claimed': 'Claimed responsibility',
  'status.arrested': 'Arrested, not charged',
  'status.charged': 'Charged',
  'status.convicted': 'Convicted',
  'status.convicted_in_absentia': 'Convicted in absentia',
  'status.acquitted': 'Acquitted',
  'status.annulled': 'Verdict annulled',
  'status.released_without_charge': 'Released without charge',
  'case.unresolved': 'Unresolved',
  'case.perpetrators_unidentified': 'Perpetrators unidentified',
  'case.charged': 'Charged',
  'case.convicted': 'Convicted',
  'case.convicted_in_absentia': 'Convicted in absentia',
  'case.no_standing_conviction': 'No standing conviction',
  'case.victim_missing': 'Victim still missing',
  'case.released': 'Released',
  'case.not_applicable': '—',
  'kind.protest': 'Protests',
  'kind.killing': 'Killing',
  'kind.assassination': 'Assassination',
  'kind.attempted_assassination': 'Attempted assassination',
  'kind.abduction': 'Abduction',
  'kind.enforced_disappearance': 'Enforced disappearance',
  'kind.massacre': 'Mass killing',
  'kind.attack': 'Attack',
  'kind.arrest': 'Arrest',
  'kind.sanctions': 'Sanctions',
  'kind.report': 'Report',
  'kind.strike': 'Strike',
  'outcome.killed': 'killed',
  'outcome.injured': 'injured',
  'outcome.survived': 'survived',
  'outcome.abducted': 'abducted',
  'outcome.missing': 'still missing',
  'outcome.released': 'released',
  'outcome.released_injured': 'released, injured',
  'outcome.detained': 'detained',
  'outcome.threatened': 'threatened',
  'role.victim': 'victim',
  'role.perpetrator': 'suspected or accused',
  'role.place': 'place',
  'role.subject': 'in court',
  'role.part': 'part of',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;

const ar: Record<MessageKey, Message> = {
  'type.person': 'شخص',
  'type.group': 'جهة',
  'type.event': 'حدث',
  'type.place': 'مكان',
  'card.summary': 'نبذة',
  'card.facts': 'حقائق أساسية',
  'card.cases': 'القضايا',
  'card.reports': 'تقارير ذات صلة',
  'card.sources': 'المصادر',
  'card.asOf': 'حتى {date}',
  'card.sourceCount': { zero: 'لا مصادر', one: 'مصدر واحد', two: 'مصدران', few: '{n} مصادر', many: '{n} مصدرًا', other: '{n} مصدر' },
  'card.notThis': 'ليس هذا؟',
  'card.notThisHelp': 'التوقف عن تمييز هذا الاسم على {site} (يمكن التراجع من نافذة الإضافة)',
  'card.pin': 'تثبيت',
  'card.unpin': 'إلغاء التثبيت',
  'card.close': 'إغلاق',
  'card.date': 'التاريخ',
  'card.altDate': 'مصادر أخرى تذكر {date}',
  'card.places': 'المكان',
  'card.victims': 'الضحايا',
  'card.perpetrators': 'مشتبه بهم أو متهمون',
  'card.casualties': 'الأرقام بحسب المصدر',
  'card.killed': { zero: 'لا قتلى', one: 'قتيل واحد', two: 'قتيلان', few: '{n} قتلى', many: '{n} قتيلًا', other: '{n} قتيل' },
  'card.wounded': { zero: 'لا جرحى', one: 'جريح واحد', two: 'جريحان', few: '{n} جرحى', many: '{n} جريحًا', other: '{n} جريح' },
  'card.legal': 'الإجراءات القضائية',
  'card.caseStatus': 'حالة القضية',
  'card.within': 'في {place}',
  'card.loading': 'جارٍ التحميل…',
  'card.missing': 'لا سجل لهذا الاسم.',
  'card.disputed': 'متنازع عليه',
  'card.label': '{name}: خلفية',
  'popup.title': 'باكستوري',
  'popup.recent': 'أحدث القضايا',
  'popup.onPage': 'في هذه الصفحة',
  'popup.siteOn': 'تمييز الأسماء مفعّل على {site}',
  'popup.siteOff': 'متوقف على {site}',
  'popup.noPage': 'لا تعمل الإضافة على هذه الصفحة.',
  'popup.noEntities': 'لا أسماء من قاعدة البيانات في هذه الصفحة.',
  'popup.mentions': { zero: 'لا ذكر', one: 'ذكر واحد', two: 'ذكران', few: '{n} مرات', many: '{n} مرة', other: '{n} مرة' },
  'popup.ignored': 'متجاهل على هذا الموقع',
  'popup.undo': 'إعادة التمييز',
  'popup.search': 'ابحث في الأسماء والجهات والأماكن',
  'popup.allKinds': 'كل الأنواع',
  'popup.allStatuses': 'كل الحالات',
  'popup.allYears': 'كل السنوات',
  'popup.noCases': 'لا قضية مطابقة.',
  'popup.back': 'رجوع',
  'popup.options': 'الإعدادات',
  'popup.privacy': 'كل شيء يبقى في متصفحك.',
  'status.alleged': 'اتهام غير مثبت',
  'status.us_sanctions_allegation': 'اتهام ضمن عقوبات أمريكية',
  'status.claimed': 'تبنّي المسؤولية',
  'status.arrested': 'اعتُقل دون توجيه تهمة',
  'status.charged': 'وُجّهت إليه تهمة',
  'status.convicted': 'أُدين',
  'status.convicted_in_absentia': 'أُدين غيابيًا',
  'status.acquitted': 'بُرّئ',
  'status.annulled': 'نُقض الحكم',
  'status.released_without_charge': 'أُفرج عنه دون تهمة',
  'case.unresolved': 'لم تُحل',
  'case.perpetrators_unidentified': 'الجناة مجهولون',
  'case.charged': 'وُجّهت تهم',
  'case.convicted': 'صدرت إدانة',
  'case.convicted_in_absentia': 'إدانة غيابية',
  'case.no_standing_conviction': 'لا إدانة قائمة',
  'case.victim_missing': 'الضحية ما زال مفقودًا',
  'case.released': 'أُفرج عنه',
  'case.not_applicable': '—',
  'kind.protest': 'احتجاجات',
  'kind.killing': 'قتل',
  'kind.assassination': 'اغتيال',
  'kind.attempted_assassination': 'محاولة اغتيال',
  'kind.abduction': 'اختطاف',
  'kind.enforced_disappearance': 'إخفاء قسري',
  'kind.massacre': 'قتل جماعي',
  'kind.attack': 'هجوم',
  'kind.arrest': 'اعتقال',
  'kind.sanctions': 'عقوبات',
  'kind.report': 'تقرير',
  'kind.strike': 'ضربة',
  'outcome.killed': 'قُتل',
  'outcome.injured': 'أُصيب',
  'outcome.survived': 'نجا',
  'outcome.abducted': 'اختُطف',
  'outcome.missing': 'ما زال مفقودًا',
  'outcome.released': 'أُفرج عنه',
  'outcome.released_injured': 'أُفرج عنه مصابًا',
  'outcome.detained': 'احتُجز',
  'outcome.threatened': 'تلقى تهديدات',
  'role.victim': 'ضحية',
  'role.perpetrator': 'مشتبه به أو متهم',
  'role.place': 'مكان',
  'role.subject': 'أمام القضاء',
  'role.part': 'جزء من',
};

const dictionaries: Record<Lang, Record<MessageKey, Message>> = { en, ar };

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  let message = dictionaries[lang][key] ?? en[key];
  if (typeof message !== 'string') {
    const n = Number(params.n ?? 0);
    const form = new Intl.PluralRules(lang).select(n);
    message = message[form] ?? message.other;
  }
  return message.replace(/\{(\w+)\}/g, (_, name: string) =>
    params[name] === undefined ? `{${name}}` : typeof params[name] === 'number' ? formatNumber(lang, params[name] as number) : String(params[name]),
  );
}

/** Label for a key built at run time (a status or kind from the data); falls back to the raw value. */
export function label(lang: Lang, prefix: 'status' | 'case' | 'kind' | 'outcome' | 'role' | 'type', value: string): string {
  const key = `${prefix}.${value}` as MessageKey;
  return key in en ? t(lang, key) : value.replace(/_/g, ' ');
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-IQ' : 'en-GB').format(n);
}

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) in the UI language. */
export function formatDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const locale = lang === 'ar' ? 'ar-IQ' : 'en-GB';
  const value = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = d ? 'short' : 'long';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(value);
}

/** The UI language: the reader's choice, else the browser's. */
export function resolveLang(choice: 'auto' | Lang, browserLang: string): Lang {
  if (choice !== 'auto') return choice;
  return browserLang.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
