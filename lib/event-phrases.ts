// Event names written as descriptions anchored by a date, derived from each event's kind and date rather than
// listed: "the October 2019 protest movement", "تظاهرات 25 أكتوبر" for a protest wave that began in October
// 2019; "the 6 December massacre", "مجزرة 6 كانون الأول" for a massacre on that day. They are weak names of
// several words: marked only on a page about the dataset's subject (lib/resolve.ts), never on their own.
// Returned as alias patterns ([optional], {a|b}) for lib/alias-expand.ts.

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Both Arabic month series: the Levantine/Iraqi one, which Iraqi media use, and the one used across the region. */
const MONTHS_AR = [
  ['كانون الثاني', 'يناير'],
  ['شباط', 'فبراير'],
  ['آذار', 'مارس'],
  ['نيسان', 'أبريل'],
  ['أيار', 'مايو'],
  ['حزيران', 'يونيو'],
  ['تموز', 'يوليو'],
  ['آب', 'أغسطس'],
  ['أيلول', 'سبتمبر'],
  ['تشرين الأول', 'أكتوبر'],
  ['تشرين الثاني', 'نوفمبر'],
  ['كانون الأول', 'ديسمبر'],
];

const PROTEST_EN = '{protest|protests|protest movement|uprising|revolution|demonstrations}';
const PROTEST_AR = '{تظاهرات|احتجاجات|مظاهرات|انتفاضة|ثورة}';
/** With a day ("تظاهرات 25 أكتوبر") the plain words only: a day of a month is named for its marches. */
const PROTEST_DAY_AR = '{تظاهرات|احتجاجات|مظاهرات}';
const ATTACK_EN: Record<string, string> = {
  massacre: '{massacre|attack|killings|assault}',
  attack: '{attack|assault|raid}',
  strike: '{strike|strikes|airstrike|airstrikes|drone strike}',
};
const ATTACK_AR: Record<string, string> = {
  massacre: '{مجزرة|هجوم|أحداث}',
  attack: '{هجوم|اعتداء|اقتحام}',
  strike: '{ضربة|غارة|غارات}',
};

export interface DatedEvent {
  kind: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
}

/**
 * Date-anchored phrases for an event. A protest wave is named by the month and year it began, or by a day of
 * that month in Arabic ("تظاهرات 25 أكتوبر", the days of a wave being its anniversaries); a massacre, attack or
 * strike by its day and month, the year optional. Other kinds (killings, abductions) are named by their
 * victim, which their aliases already do.
 */
export function deriveEventPhrases(event: DatedEvent): { en: string[]; ar: string[] } {
  const [year, month, day] = event.start.split('-').map(Number);
  if (!month) return { en: [], ar: [] };
  const en = MONTHS_EN[month - 1];
  const ar = `{${MONTHS_AR[month - 1].join('|')}}`;
  if (event.kind === 'protest') {
    const days = Array.from({ length: new Date(Date.UTC(year, month, 0)).getUTCDate() - (day ?? 1) + 1 }, (_, k) => (day ?? 1) + k);
    return {
      en: [`${en} ${year} ${PROTEST_EN}`, `${PROTEST_EN} of ${en} ${year}`],
      ar: [`${PROTEST_AR} ${ar} ${year}`, `${PROTEST_DAY_AR} {${days.join('|')}} ${ar}`],
    };
  }
  const noun = ATTACK_EN[event.kind];
  if (!noun || !day) return { en: [], ar: [] };
  return {
    en: [`{${day} ${en}|${en} ${day}} [${year}] ${noun}`],
    ar: [`${ATTACK_AR[event.kind]} ${day} ${ar} [${year}]`],
  };
}
