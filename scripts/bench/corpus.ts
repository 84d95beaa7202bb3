// The benchmark's inputs, all deterministic (seeded): alias sets of 1k, 10k and 100k aliases built from the real
// dataset plus synthetic aliases of realistic shape (Latin and Arabic person, group and place names), and
// English and Arabic news-like text that mixes real dataset names with filler words and sentence structure.
import type { MatchAlias, MatchEntity, MatchIndex } from '../../lib/types';
import { Rng } from './prng';

const ARABIC = /[\u0600-\u06ff]/;

// ---------------------------------------------------------------------------------------------------------
// Alias sets

const GIVEN_LATIN = (
  'Ahmed Ahmad Mohammed Muhammad Ali Hussein Husain Hassan Hasan Karim Kareem Zaid Zeid Omar Umar Mustafa Haider ' +
  'Hayder Abbas Jassim Qasim Kadhim Kazem Salah Saif Mahmoud Yousif Youssef Ibrahim Ismail Hamid Hamed Adel Adil ' +
  'Falah Fadhil Fadel Sadiq Sadeq Nouri Nuri Jaafar Jafar Riyadh Riad Majid Maged Samir Sameer Tariq Tareq Waleed ' +
  'Walid Ammar Amar Muntadhar Safaa Zahraa Zahra Fatima Maryam Noor Huda Sara Rasha Hana Layla Laila Suha Shaima'
).split(' ');
const GIVEN_ARABIC = (
  'أحمد محمد علي حسين حسن كريم زيد عمر مصطفى حيدر عباس جاسم قاسم كاظم صلاح سيف محمود يوسف إبراهيم إسماعيل حامد ' +
  'عادل فلاح فاضل صادق نوري جعفر رياض ماجد سمير طارق وليد عمار منتظر صفاء زهراء فاطمة مريم نور هدى سارة رشا هناء ليلى سهى شيماء'
).split(' ');
// Syllables for surnames and place names that do not exist (so synthetic aliases never collide with filler).
const SYL_LATIN = (
  'ba bu da di fa ha hu ja ka ki ku la lu ma mi mu na nu qa ra ri ru sa si su ta ti wa ya za zu dh sh kh gh ' +
  'bar dar far har jar kar mar nar sar tar bid hid kid mid rid sid wid dun hun mun run sun zun bas kas mas ras'
).split(' ');
const SYL_ARABIC = (
  'ب بو د دي ف ه هو ج ك كي كو ل لو م مي مو ن نو ق ر ري رو س سي سو ت تي و ي ز زو ذ ش خ غ ' +
  'بار دار فار حار جار كار مار نار سار طار بيد حيد كيد ميد ريد سيد دون حون مون رون سون زون باس كاس ماس راس'
).split(' ');
const GROUP_HEADS_LATIN = ['Kataib', "Kata'ib", 'Saraya', "Asa'ib", 'Harakat', 'Liwa', 'Jaish', 'Firqat'];
const GROUP_TAILS_LATIN = ['Brigades', 'Movement', 'Battalion', 'Front', 'Forces', 'Division'];
const GROUP_HEADS_ARABIC = ['كتائب', 'سرايا', 'عصائب', 'حركة', 'لواء', 'جيش', 'فرقة'];
const PLACE_HEADS_LATIN = ['', '', 'Hay', 'Camp', 'Bridge', 'Square'];
const PLACE_HEADS_ARABIC = ['', '', 'حي', 'مخيم', 'جسر', 'ساحة'];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function latinWord(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(SYL_LATIN);
  return cap(w);
}

function arabicWord(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(SYL_ARABIC);
  return w;
}

/** One synthetic entity and its aliases (name, spelling variants, Arabic name, sometimes a weak surname). */
function syntheticEntity(rng: Rng, n: number): { entity: Omit<MatchEntity, 'id'>; aliases: Array<{ text: string; weak?: boolean }> } {
  const kind = rng.next();
  const aliases: Array<{ text: string; weak?: boolean }> = [];
  if (kind < 0.7) {
    // A person: Given [Middle] al-Surnamei, and an Arabic form.
    const gi = rng.int(GIVEN_LATIN.length);
    const given = GIVEN_LATIN[gi];
    const stem = latinWord(rng, 2 + rng.int(2)).toLowerCase();
    const surname = `al-${cap(stem)}i`;
    const middle = rng.chance(0.4) ? ` ${rng.pick(GIVEN_LATIN)}` : '';
    const name = `${given}${middle} ${surname}`;
    aliases.push({ text: name });
    if (middle) aliases.push({ text: `${given} ${surname}` });
    aliases.push({ text: `${given} ${cap(stem)}i` }); // without the article
    const arStem = arabicWord(rng, 2 + rng.int(2));
    const ar = `${GIVEN_ARABIC[gi % GIVEN_ARABIC.length]} ال${arStem}ي`;
    aliases.push({ text: ar });
    if (rng.chance(0.3)) aliases.push({ text: surname, weak: true });
    if (rng.chance(0.15)) aliases.push({ text: `ال${arStem}ي`, weak: true });
    return { entity: { type: 'person', name, nameAr: ar }, aliases };
  }
  if (kind < 0.85) {
    const core = latinWord(rng, 2 + rng.int(2));
    const name = rng.chance(0.5) ? `${rng.pick(GROUP_HEADS_LATIN)} ${core}` : `${core} ${rng.pick(GROUP_TAILS_LATIN)}`;
    aliases.push({ text: name });
    if (rng.chance(0.3)) aliases.push({ text: `${rng.pick(GROUP_HEADS_LATIN)} al-${core}` });
    const ar = `${rng.pick(GROUP_HEADS_ARABIC)} ${arabicWord(rng, 2 + rng.int(2))}`;
    aliases.push({ text: ar });
    return { entity: { type: 'group', name, nameAr: ar }, aliases };
  }
  const head = rng.pick(PLACE_HEADS_LATIN);
  const core = latinWord(rng, 2 + rng.int(2));
  const name = head ? `${head} ${core}` : `${core}${rng.chance(0.3) ? 'iya' : ''}`;
  aliases.push({ text: name });
  const arHead = rng.pick(PLACE_HEADS_ARABIC);
  const ar = `${arHead ? arHead + ' ' : ''}${arabicWord(rng, 2 + rng.int(2))}`;
  aliases.push({ text: ar });
  return { entity: { type: rng.chance(0.1) ? 'event' : 'place', name: `${name} #${n}`, nameAr: ar }, aliases };
}

/** Every filler word of the texts, lower-cased, as it may appear after a clitic and article are removed. */
function fillerKeys(): Set<string> {
  const keys = new Set<string>();
  const all = [...EN_FILLER, ...EN_OPENERS, ...EN_VERBS, ...EN_UNKNOWN, ...AR_FILLER, ...AR_OPENERS, ...AR_VERBS].flatMap((p) => p.split(/[\s,]+/));
  for (const w of all) {
    const lower = w.toLowerCase();
    keys.add(lower);
    for (const k of [1, 2, 3, 4]) keys.add(lower.slice(k));
  }
  keys.delete('');
  return keys;
}

function clashes(word: string, filler: Set<string>): boolean {
  const w = word.toLowerCase().replace(/^(al|el)$/, '');
  if (!w) return false;
  if (filler.has(w)) return true;
  return ARABIC.test(w) && w.startsWith('ال') && filler.has(w.slice(2));
}

export interface AliasSets {
  real: MatchIndex;
  /** The real aliases used by the 1k set (and so by all sets): the names the texts are written with. */
  core: MatchAlias[];
  sets: Array<{ label: string; size: number; index: MatchIndex }>;
}

/**
 * 1k: a deterministic sample of 1,000 real aliases (the whole dataset if it has fewer, topped up with
 * synthetic ones). 10k and 100k: every real alias plus synthetic ones. Each larger set contains the smaller, so
 * the texts' names are found by every set and the only difference is the size of the index.
 */
export function buildAliasSets(real: MatchIndex, sizes = [1_000, 10_000, 100_000]): AliasSets {
  const rng = new Rng(0xa11a5);
  // 1k core: every k-th real alias, so that every entity keeps some of its names.
  const coreTarget = Math.min(sizes[0], real.aliases.length);
  const step = real.aliases.length / coreTarget;
  const core: MatchAlias[] = [];
  const inCore = new Set<number>();
  for (let i = 0; i < coreTarget; i++) {
    const k = Math.floor(i * step);
    core.push(real.aliases[k]);
    inCore.add(k);
  }
  const rest = real.aliases.filter((_, k) => !inCore.has(k));
  const entities: MatchEntity[] = [...real.entities];
  const synthetic: MatchAlias[] = [];
  const seen = new Set(real.aliases.map((a) => a.text.toLowerCase()));
  const filler = fillerKeys();
  const max = sizes[sizes.length - 1];
  let n = 0;
  while (core.length + rest.length + synthetic.length < max) {
    const { entity, aliases } = syntheticEntity(rng, n);
    // A synthetic alias whose word is a filler word (even after a clitic or article) would be found in the
    // filler text: real names do not do that, so such aliases are left out.
    const fresh = aliases.filter((a) => !seen.has(a.text.toLowerCase()) && !a.text.split(/[\s-]+/).some((w) => clashes(w, filler)));
    if (!fresh.length) continue;
    const id = entities.length;
    entities.push({ id: `syn:${n++}`, ...entity });
    for (const a of fresh) {
      seen.add(a.text.toLowerCase());
      synthetic.push({ text: a.text, entity: id, ...(a.weak ? { weak: true } : {}) });
    }
  }
  const sets = sizes.map((size) => {
    const extra = Math.max(0, size - core.length);
    const aliases = [...core, ...rest.slice(0, extra), ...synthetic.slice(0, Math.max(0, extra - rest.length))];
    const label = size >= 1000 ? `${size / 1000}k` : String(size);
    return { label, size: aliases.length, index: { entities, aliases } };
  });
  return { real, core, sets };
}

// ---------------------------------------------------------------------------------------------------------
// Texts

const EN_FILLER = (
  'the government said on statement security forces protesters gathered near square after days of ' +
  'demonstrations against corruption and unemployment officials told reporters that investigation was ' +
  'still under way while families of victims demanded answers from authorities in capital city several ' +
  'activists were arrested during night raids according to rights groups who documented cases of ' +
  'intimidation threats and abductions across southern provinces parliament members called for an ' +
  'independent inquiry into killings but no one has been charged so far the committee report published ' +
  'last month found that armed factions operated checkpoints around the area witnesses described masked ' +
  'men in pickup trucks without plates police later recovered a car burned outside town local journalists ' +
  'covering the protests received messages warning them to stop reporting international observers ' +
  'expressed concern over shrinking space for free expression in the country ahead of elections'
).split(' ');
const EN_OPENERS = ['On Monday', 'Last week', 'In a statement', 'According to officials', 'Earlier this year', 'Meanwhile', 'Since October 2019', 'On Friday', 'In January'];
const EN_VERBS = ['said', 'told reporters', 'denied', 'confirmed', 'was seen', 'was abducted', 'met', 'criticised', 'called for', 'visited'];
const EN_UNKNOWN = ['John Smith', 'Maria Lopez', 'Reuters', 'Agence France-Presse', 'United Nations', 'Human Rights Watch', 'Ministry of Interior', 'Prime Minister', 'Dr Karen Adams', 'BBC Arabic'];

const AR_FILLER = (
  'قالت الحكومة في بيان إن قوات الأمن تجمعت قرب الساحة بعد أيام من التظاهرات ضد الفساد والبطالة وأضاف ' +
  'المسؤولون أن التحقيق لا يزال جاريا بينما طالبت عائلات الضحايا بإجابات من السلطات في العاصمة وقد اعتقل ' +
  'عدد من الناشطين خلال مداهمات ليلية بحسب منظمات حقوقية وثقت حالات ترهيب وتهديد وخطف في المحافظات الجنوبية ' +
  'ودعا أعضاء في البرلمان إلى تحقيق مستقل في عمليات القتل لكن لم توجه أي تهمة حتى الآن ووجد تقرير اللجنة الذي ' +
  'نشر الشهر الماضي أن فصائل مسلحة أقامت نقاط تفتيش حول المنطقة ووصف شهود رجالا ملثمين في سيارات بلا لوحات'
).split(' ');
const AR_OPENERS = ['يوم الاثنين', 'الأسبوع الماضي', 'وفي بيان', 'وبحسب مسؤولين', 'وفي وقت سابق', 'في غضون ذلك', 'منذ تشرين الأول 2019'];
const AR_VERBS = ['قال', 'أكد', 'نفى', 'التقى', 'انتقد', 'زار', 'دعا', 'اختطف'];
// Clitics as news Arabic writes them before a name: و ف ب ل ك and with the article (وال بال لل …).
const AR_CLITICS = ['و', 'ف', 'ب', 'ل', 'وب', 'ول'];

function sentence(words: string[], rng: Rng, min: number, max: number): string {
  const n = min + rng.int(max - min);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(words));
  return out.join(' ');
}

/** English news-like text of about `bytes` characters, paragraphs separated by blank lines. */
export function englishText(core: MatchAlias[], bytes: number, seed = 1): string {
  const rng = new Rng(seed);
  const names = core.filter((a) => !ARABIC.test(a.text));
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const count = 3 + rng.int(4);
    for (let s = 0; s < count; s++) {
      const name = rng.pick(names).text;
      const form = rng.int(6);
      let text: string;
      if (form === 0) text = `${name} ${rng.pick(EN_VERBS)} ${sentence(EN_FILLER, rng, 6, 18)}`;
      else if (form === 1) text = `${rng.pick(EN_OPENERS)}, ${sentence(EN_FILLER, rng, 4, 12)} ${name} ${sentence(EN_FILLER, rng, 4, 12)}`;
      else if (form === 2) text = `${cap(sentence(EN_FILLER, rng, 8, 20))} in ${rng.pick(names).text}`;
      else if (form === 3) text = `${rng.pick(EN_UNKNOWN)} ${rng.pick(EN_VERBS)} ${sentence(EN_FILLER, rng, 5, 14)}, "${sentence(EN_FILLER, rng, 3, 9)}", ${name}'s office said`;
      else text = cap(sentence(EN_FILLER, rng, 10, 26));
      sentences.push(cap(text) + '.');
    }
    const p = sentences.join(' ');
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

/** Arabic news-like text of about `bytes` characters; names often carry a clitic (وعلي، بالكاظمي). */
export function arabicText(core: MatchAlias[], bytes: number, seed = 2): string {
  const rng = new Rng(seed);
  const names = core.filter((a) => ARABIC.test(a.text));
  const parts: string[] = [];
  let size = 0;
  const withClitic = (name: string) => (rng.chance(0.3) ? rng.pick(AR_CLITICS) + name : name);
  while (size < bytes) {
    const sentences: string[] = [];
    const count = 3 + rng.int(4);
    for (let s = 0; s < count; s++) {
      const form = rng.int(5);
      let text: string;
      if (form === 0) text = `${rng.pick(AR_VERBS)} ${rng.pick(names).text} ${sentence(AR_FILLER, rng, 6, 18)}`;
      else if (form === 1) text = `${rng.pick(AR_OPENERS)}، ${sentence(AR_FILLER, rng, 4, 12)} ${withClitic(rng.pick(names).text)} ${sentence(AR_FILLER, rng, 4, 12)}`;
      else if (form === 2) text = `${sentence(AR_FILLER, rng, 8, 20)} في ${withClitic(rng.pick(names).text)}`;
      else text = sentence(AR_FILLER, rng, 10, 26);
      sentences.push(text + '.');
    }
    const p = sentences.join(' ');
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

/** Paragraphs of English article text with names, for the browser pages. */
export function articleParagraphs(core: MatchAlias[], bytes: number, seed = 3): string[] {
  return englishText(core, bytes, seed).split('\n\n');
}
