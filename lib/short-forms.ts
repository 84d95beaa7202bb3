// Short forms derived from an entity's full names, the way reporters refer back to someone after the first
// mention: the surname (al-Tai, Yacoub, الطائي), a distinctive first name (Sajjad, سجاد), the kunya (Abu Fadak,
// أبو فدك), the given name with the father's (جمال جعفر), and for an armed group or party its head word
// (Asaib, العصائب) and acronym. They are weak names: the spotter marks them only on a page that names the entity
// in full, and resolves each to the nearest such name (lib/resolve.ts).
import { aliasKey } from './tokenize';
import { translitKey } from './translit-key';

/** What the derivation needs to know about an entity. */
export interface NamedEntity {
  type: 'person' | 'group' | 'place' | 'event';
  kind?: string;
  /** The display names. */
  names: { en: string; ar?: string };
  /** Full names that mark on their own (display names and strong aliases, patterns already expanded). */
  strong: { en: string[]; ar: string[] };
  /**
   * One-word place names (aliasKey) of the dataset: a person's name with one in it is an epithet or a
   * description (عريس الناصرية "the groom of Nasiriyah", "al-Shammari of Diwaniyah"), not a name to shorten.
   */
  placeNames?: Set<string>;
}

/** Titles and honorifics that may open a name; a name that starts with one yields no first name. */
const TITLES = new Set(
  (
    'sheikh shaikh sayyid sayed sayyed seyyed sayid grand ayatollah imam dr judge mr mrs ms general brigadier ' +
    'maj major gen lt lieutenant col colonel capt captain brig sgt prof professor president minister gov governor ' +
    'secretary-general secretary high un u.n. special envoy spokesman spokesperson commissioner rapporteur ' +
    'الشيخ السيد آية اية المرجع القاضي الدكتور العميد اللواء الفريق الإمام الامام العقيد الرائد النقيب المقدم ' +
    'الحاج الناشط الناشطة الصحفي الصحافي الصحفية المحامي المرشح الأستاذ الاستاذ المصور الطبيب النائب مراسل ' +
    'المراسل شيخ نقيب محافظ وزير مدير رئيس الكوميدي الممثل الشاعر الفنان journalist activist lawyer reporter mp'
  ).split(' '),
);

/** Particles that bind to the next word: a surname or first name that starts with one takes both words. */
const BINDING = new Set('abu abou abd abdul abdel abdal bin ibn bint umm أبو ابو عبد بن ابن بنت أم ام'.split(' '));
const KUNYA = new Set('abu abou أبو ابو'.split(' '));

/**
 * Given names so common that, alone, they identify nobody (and surnames that are such names, which Iraqi
 * father's-name surnames often are): never derived as a short form. A list of the language, not of the data.
 */
const COMMON_GIVEN = new Set(
  (
    'mohammed muhammad mohammad mohamed mohamad muhammed ahmed ahmad ali hussein husayn hussain husain hassan hasan ' +
    'abbas mahmoud mahmud mustafa mostafa omar umar haider haidar hayder karim kareem jasim jassim qasim qassim ' +
    'kadhim kazim kadhum jawad jabbar hadi mahdi mehdi sadiq saad salman salih saleh ibrahim khalil yusuf youssef ' +
    'yousef abdullah abdallah adel adil jafar jaafar hamid majid zaid zeid hamza ismail yasir yasser sami nouri ' +
    'rashid khalid fadhil fadel fadil falih faleh fatima zainab zaynab maryam mariam noor nour sara sarah layla ' +
    'laila hamad hamoud salah salam samir said saeed aziz abdul jamal hashim saddam qassem qasem kasim ' +
    'محمد أحمد احمد علي حسين حسن عباس محمود مصطفى عمر حيدر كريم جاسم قاسم كاظم جواد جبار هادي مهدي صادق سعد سلمان ' +
    'صالح إبراهيم ابراهيم خليل يوسف عبدالله عادل جعفر حامد ماجد زيد حمزة إسماعيل اسماعيل ياسر سامي نوري رشيد خالد ' +
    'فاضل فالح فاطمة زينب مريم نور سارة ليلى حمد صلاح سلام سمير سعيد عزيز'
  ).split(' '),
);

/** The common given names by transliteration key, so that every spelling of one counts (Yussef, Haydar, Omer). */
const COMMON_GIVEN_KEYS = new Set([...COMMON_GIVEN].filter((w) => /^[a-z]+$/.test(w)).map(translitKey));

/**
 * Arabic names that are also everyday words (طالب "student, demanded", باسم "in the name of", ثائر
 * "revolutionary", جميل "beautiful"): without capitals to tell them apart, they are never a short form alone.
 */
const ARABIC_COMMON_WORDS = new Set(
  (
    'طالب غالي لطيف مشتت ثائر كفاح توفيق تحسين فاهم أمجد مجيد باسم جميل أكرم فائق علاء صفاء سلام كريم نور أمل ' +
    'وفاء جهاد نضال فلاح صباح منير رحيم حميد شهيد سعيد عادل ناصر منصور حكيم رشيد أمين صادق مهدي هادي ليث عزيز ' +
    'نبيل شريف فاضل كامل زاهر زكي راضي سالم غانم حامد محمود مشرق مظلوم ضياء بشير فرج وسام حسام نجاح وعد حبيب ' +
    'خلف عذاب شجاع رسول هدى زعيم بناء حلو عروس عريس شيخ مراسل نائب'
  ).split(' '),
);

/**
 * A common given name or everyday word. `anySpelling` also catches the other romanisations of a listed name
 * (for first names; a surname like Hashimi must not fall to its key's likeness with Hashim).
 */
const isCommon = (word: string, anySpelling: boolean) =>
  isListed(COMMON_GIVEN, word) ||
  (ARABIC.test(word) ? ARABIC_COMMON_WORDS.has(word) || ARABIC_COMMON_WORDS.has(word.replace(/^ال/, '')) : anySpelling && COMMON_GIVEN_KEYS.has(translitKey(bare(word).replace(/[^a-z]/g, ''))));

/**
 * Words that are also ordinary words or adjectives, so useless as a short form even for a page about the
 * entity: nisbas of a country or city (al-Iraqi = "the Iraqi", البغدادي), and group head words that are
 * plain nouns (Movement, حركة).
 */
const GENERIC = new Set(
  (
    'iraqi iraki baghdadi basri najafi karbalai kurdi arabi islami watani shaabi hashd popular people peoples ' +
    'harakat movement organization organisation party alliance coalition bloc front forces force units brigades ' +
    'battalions league national islamic supreme high independent united office committee council ' +
    'العراقي البغدادي البصري النجفي الكربلائي الكردي العربي الإسلامي الاسلامي الوطني الشعبي حركة منظمة تحالف ' +
    'ائتلاف قوات هيئة جبهة حزب كتلة تيار الحركة المنظمة التحالف الائتلاف القوات الهيئة الجبهة الحزب الكتلة مجلس ' +
    'المجلس لجنة اللجنة التيار كردي عربي ' +
    // Nouns for an armed unit or a band ("the army", "the group", "the brigades" name any of them), and the
    // everyday words that open some group names (State of Law, Tribal Mobilisation, Rab Allah).
    'army jaish jaysh group brigade brigades liwa alwiya alwiyat sariya sariyat division battalion company usbat ' +
    'ansar ashab allah state coordination tribal promised الله جيش الجيش جماعة الجماعة لواء اللواء ألوية ' +
    'الألوية الوية سرية السرية فرقة الفرقة كتيبة الكتيبة ' +
    'عصبة العصبة ربع الربع أنصار الأنصار انصار الانصار أصحاب الأصحاب اصحاب'
  ).split(' '),
);

/** The nouns that open an organisation's name (منظمة بدر, حركة النجباء), not a unit's (ربع الله, عصبة الثائرين). */
const ORGANISATION_NOUNS = new Set('منظمة حركة تيار organization organisation movement'.split(' '));

/** Group kinds whose head word and acronym reporters use on their own (Asaib, KH, Badr). */
const GROUP_KINDS = new Set(['armed_faction', 'political', 'umbrella']);

const ARABIC = /[\u0600-\u06FF]/;
const LATIN_ARTICLE = /^(?:al|el|a[dnrstz]|a[dts]h)-/i;

/** The word without its Latin article or Arabic ال, lower-cased: what the lists above hold. */
function bare(word: string): string {
  return word.replace(LATIN_ARTICLE, '').toLowerCase();
}
// A title may be abbreviated with a full stop (Maj. Gen.).
const isListed = (set: Set<string>, word: string) => set.has(word.toLowerCase().replace(/\.$/, '')) || set.has(bare(word));

/** A name's words: split on spaces, a Latin article kept on its word ("al-Tai" is one word here). */
function wordsOf(name: string): string[] {
  const ws = name.trim().split(/\s+/).filter(Boolean);
  // "Al Hassan", "el Sadr": an article written apart belongs to the next word.
  const out: string[] = [];
  for (let k = 0; k < ws.length; k++) {
    if (/^(?:al|el)$/i.test(ws[k]) && k + 1 < ws.length) out.push(`${ws[k]}-${ws[++k]}`);
    else out.push(ws[k]);
  }
  // "Bahaa al-Din", بهاء الدين: one given name of two words.
  for (let k = out.length - 1; k > 0; k--) if (/^(?:الدين|(?:a[dl]|u[dl])-din|eddine?)$/i.test(out[k])) out.splice(k - 1, 2, `${out[k - 1]} ${out[k]}`);
  return out;
}

/** Lower-case Latin words that may stand inside a name: articles and particles (bin, abu, de). */
const NAME_PARTICLES = new Set('al el bin ibn bint abu abd de del da van von la le'.split(' '));

/**
 * Whether a full name is a description around a name rather than a name: "journalist Muhammad al-Shammari",
 * "al-Shammari of Diwaniyah", محمد الشمري مراسل بغداد اليوم (an office after the name), an epithet of a place
 * (عريس الناصرية). Its words would give no surname or first name of the person.
 */
function descriptive(name: string, placeNames: Set<string> | undefined): boolean {
  const ws = wordsOf(name);
  if (!ARABIC.test(name) && ws.some((w) => /^\p{Ll}/u.test(w) && !LATIN_ARTICLE.test(w) && !NAME_PARTICLES.has(w.toLowerCase()))) return true;
  if (ws.some((w, k) => k > 0 && isListed(TITLES, w))) return true;
  return !!placeNames && ws.some((w) => placeNames.has(aliasKey(w)));
}

/** An Arabic word with the article, as a weak alias must be written to require it in the text (العصائب). */
function withArabicArticle(word: string): string {
  return /^ال/.test(word) ? word : `ال${word}`;
}

function personForms(name: string, out: Set<string>, nomDeGuerre: boolean): void {
  const ws = wordsOf(name);
  if (ws.length < 2 || isListed(TITLES, ws[0])) return;
  const n = ws.length;
  // Surname: the last word, or the last two where a particle binds them (Abu Ragheef, Abdul Mahdi, أبو فراك).
  const surname = n >= 3 && isListed(BINDING, ws[n - 2]) ? `${ws[n - 2]} ${ws[n - 1]}` : ws[n - 1];
  const binds = surname.includes(' ');
  if (!(n === 2 && isListed(BINDING, ws[0])) && !isListed(GENERIC, surname) && (binds ? !isCommon(surname.replace(' ', ''), false) && !isListed(BINDING, ws[n - 1]) : !isCommon(surname, false) && !isListed(BINDING, surname)))
    out.add(surname);
  // Kunya: Abu Fadak (al-Muhammadawi), أبو تقوى (السعيدي). Not of a common given name: Abu Ali, أبو مهدي are what
  // any father of an Ali or a Mahdi is called, so alone they name nobody in particular.
  if (n >= 3 && isListed(KUNYA, ws[0]) && !isCommon(ws[1], true)) out.add(`${ws[0]} ${ws[1]}`);
  // A distinctive first name: Sajjad, Muqtada, سجاد (not Ali, not Abu or Abdul, which bind to what follows).
  if (!isListed(BINDING, ws[0]) && !isCommon(ws[0], true) && !isListed(GENERIC, ws[0]) && !LATIN_ARTICLE.test(ws[0]))
    out.add(ws[0]);
  // Given name with the father's, as Iraqi reporters shorten a long name: Jamal Jaafar, جمال جعفر.
  // Not where both are common given names ("Ali Mohammed", "Hussein Ali" are any number of people), unless it
  // is the real name of someone known by a nom de guerre (Jamal Jaafar, Abu Mahdi al-Muhandis).
  if (n >= 3 && !isListed(BINDING, ws[0]) && !isListed(BINDING, ws[1]) && !LATIN_ARTICLE.test(ws[1]) && !/^ال/.test(ws[1]) && (nomDeGuerre || !(isCommon(ws[0], true) && isCommon(ws[1], true))))
    out.add(`${ws[0]} ${ws[1]}`);
}

/**
 * Whether a group name's word can stand for the group: not a plain noun (Movement, الجيش), an article or particle,
 * a title (Imam) or a common given name (Ali, Mahdi, عباس), which name anyone.
 */
function distinctiveHead(word: string): boolean {
  const plain = word.replace(/^ال/, '');
  return (
    !isListed(GENERIC, word) &&
    !LATIN_ARTICLE.test(word) &&
    !isListed(BINDING, word) &&
    !isListed(TITLES, word) &&
    !isCommon(word, true) &&
    !(ARABIC.test(word) && isListed(COMMON_GIVEN, plain))
  );
}

function groupForms(name: string, out: Set<string>): void {
  const ws = wordsOf(name);
  if (ws.length < 2) return;
  const head = ws[0];
  if (distinctiveHead(head)) out.add(ARABIC.test(head) ? withArabicArticle(head) : head);
  // Acronym of a name whose every word is capitalised (articles and of/for/the aside): Asaib Ahl al-Haq → AAH.
  if (ARABIC.test(name)) return;
  const significant = name.split(/[\s-]+/).filter((w) => w && !/^(?:al|el|of|for|the|and|in)$/i.test(w));
  if (significant.length >= 3 && significant.length <= 6 && significant.every((w) => /^\p{Lu}/u.test(w)))
    out.add(significant.map((w) => w[0].toUpperCase()).join(''));
}

/**
 * An armed faction's head word with a noun that says it is an armed group ("ميليشيا العصائب", "the Asaib
 * militia"): the text itself says what the word is, so these mark on their own. Alias patterns.
 */
export function typedHeadWords(entity: NamedEntity): { en: string[]; ar: string[] } {
  const out = { en: [] as string[], ar: [] as string[] };
  if (entity.type !== 'group' || entity.kind !== 'armed_faction') return out;
  for (const lang of ['en', 'ar'] as const) {
    const forms = new Set<string>();
    const own = entity.names[lang];
    if (own) groupForms(own, forms);
    // A name of two words whose first is a plain noun (منظمة بدر, حركة النجباء): the second is its head, which
    // is too common alone (بدر is also a given name) but says who it is after "militia".
    const ws = own ? wordsOf(own) : [];
    if (ws.length === 2 && ORGANISATION_NOUNS.has(ws[0].toLowerCase()) && distinctiveHead(ws[1])) forms.add(ws[1]);
    for (const head of forms) {
      if (/^\p{Lu}+$/u.test(head)) continue; // the acronym
      if (lang === 'en') out.en.push(`${head} {militia|militias|group|faction|movement}`);
      else out.ar.push(`{ميليشيا|مليشيا|ميليشيات|مليشيات|فصيل|حركة|جماعة} ${head}`);
    }
  }
  return out;
}

/**
 * The derived short forms of an entity, by script, without those that are already one of its full names.
 * People give surnames, kunyas, distinctive first names and given-plus-father's names; armed groups, parties and
 * umbrellas their head word and acronym; places and events none.
 */
export function deriveShortForms(entity: NamedEntity): { en: string[]; ar: string[] } {
  const result = { en: [] as string[], ar: [] as string[] };
  if (entity.type !== 'person' && !(entity.type === 'group' && GROUP_KINDS.has(entity.kind ?? ''))) return result;
  const full = new Set([...entity.strong.en, ...entity.strong.ar].map(aliasKey));
  for (const lang of ['en', 'ar'] as const) {
    const forms = new Set<string>();
    if (entity.type === 'person') {
      const display = wordsOf(entity.names[lang] ?? entity.names.en ?? '');
      const nomDeGuerre = display.length > 1 && isListed(KUNYA, display[0]);
      for (const name of entity.strong[lang])
        if (!(/\p{Lu}{2,}/u.test(name) && !/\p{Ll}/u.test(name)) && !descriptive(name, entity.placeNames)) personForms(name, forms, nomDeGuerre); // not an acronym
    } else {
      // A group's other names are often descriptions ("Khazali Network"): only its own name gives a head word.
      const own = entity.names[lang];
      if (own) groupForms(own, forms);
    }
    for (const form of forms) if (!full.has(aliasKey(form))) result[lang].push(form);
  }
  return result;
}
