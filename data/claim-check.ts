// "A suspicion is never written as a fact": a sentence that says a named agent killed, abducted, shot,
// attacked, stormed or burned must carry a status (a fact's `status`) or attribute the claim in the
// sentence itself ("according to HRW", "X said", "accused"). Agents are the dataset's own armed groups,
// state bodies and the people any case names as perpetrators, found in the sentence by the spotting engine,
// so the check sees names the way readers do. A record may allow one text with `reported_speech` (why).
import type { Entity } from './schema';
import type { Spotter } from '../lib/spotter';

const VERB_EN = /\b(killed|killing|assassinated|abducted|kidnapped|shot|attacked|stormed|burned|burnt|set fire|opened fire|fired on)\b/i;
const ATTRIBUTION_EN =
  /\b(according to|said|says|say|saying|told|tells|accused|accuses|accusing|blamed|blames|blaming|alleged|allegedly|alleging|suspected|suspects|reportedly|reported|claimed|claims|charged|convicted|sentenced|acquitted|found guilty|denied|denies|attributed|believed|identified|named|designated|sanctioned|announced|confirmed|acknowledged|admitted|quoted|cited|citing|describes|described|describing|wrote|writes|per)\b/i;
// Arabic: the verb with an optional و/ف before it and a person suffix after; diacritics are stripped first.
const VERB_AR = /(^|[\s،.؛:«"(])[وف]?(قتل|اغتال|اختطف|خطف|هاجم|اقتحم|أحرق|احرق|أطلق\S* النار|اطلق\S* النار)(ت|وا|ا|تا|ن)?(?=$|[\s،.؛:»")])/;
const ATTRIBUTION_AR =
  /(بحسب|حسب|وفق|وفقا|وفقاً|قال|قالت|قالوا|يقول|تقول|أفاد|أفادت|ذكر|ذكرت|اتهم|اتهمت|اتهموا|اتُّهم|يتهم|تتهم|حمّل|حمل|حملت|يشتبه|يُشتبه|مشتبه|أعلن|أعلنت|أكد|أكدت|نفى|نفت|أدين|أدانت|أدانته|حكم|تبنى|تبنت|نقل|نقلت|زعم|زعمت|يزعم|تزعم|مزعوم|صنّف|صنفت|فرضت|عقوبات|اعترف|اعترفت|تصف|يصف|وصف|وصفت|كتب|كتبت|متهم|متهماً|متهما)/;

/** The text attributes what it says ("according to …", "… said", بحسب، قال). */
export const isAttributed = (text: string, lang: 'en' | 'ar') => (lang === 'en' ? ATTRIBUTION_EN : ATTRIBUTION_AR).test(lang === 'ar' ? stripMarks(text) : text);

const stripMarks = (s: string) => s.replace(/[\u064B-\u065F\u0670\u0640]/g, '');

export interface ClaimProblem {
  path: string;
  message: string;
}

/** The agents: armed groups, state bodies and collectives, and every entity a case lists as a perpetrator. */
export function agentIds(entities: Entity[]): Set<string> {
  const agents = new Set<string>();
  for (const e of entities) {
    if (e.type === 'group' && ['armed_faction', 'umbrella', 'collective', 'state_body', 'foreign_government', 'movement'].includes(e.kind)) agents.add(e.id);
    if (e.type === 'event') for (const p of e.perpetrators ?? []) agents.add(p.entity);
  }
  return agents;
}

/** Checks one entity's summary and facts; paths are relative to the record. */
export function checkClaims(entity: Entity, spotter: Spotter, agents: Set<string>): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  const texts: Array<{ path: string; text: { en: string; ar?: string }; status?: string; allowed?: string }> = [
    { path: 'summary', text: entity.summary, allowed: entity.summary.reported_speech },
    ...(entity.facts ?? []).map((f, i) => ({ path: `facts[${i}]`, text: f, status: f.status, allowed: f.reported_speech })),
  ];
  for (const { path, text, status, allowed } of texts) {
    if (status || allowed) continue;
    for (const [lang, sentence] of [
      ...sentences(text.en).map((x) => ['en', x] as const),
      ...sentences(stripMarks(text.ar ?? '')).map((x) => ['ar', x] as const),
    ]) {
      const verb = (lang === 'en' ? VERB_EN : VERB_AR).exec(sentence);
      if (!verb || (lang === 'en' ? ATTRIBUTION_EN : ATTRIBUTION_AR).test(sentence)) continue;
      const at = verb.index + (verb[0].length - verb[0].trimStart().length);
      const agent = spotter
        .spot(sentence)
        .find((m) => agents.has(m.entityId) && m.entityId !== entity.id && (lang === 'en' ? isSubjectEn(sentence, m, at, verb[0].length) : isSubjectAr(sentence, m, at, verb[0].length)));
      if (agent) problems.push({ path: `${path}.${lang}`, message: unattributed(agent.text, sentence) });
    }
  }
  return problems;
}

const unattributed = (agent: string, sentence: string) =>
  `says that ${agent} did violence without a status or an attribution ("according to …", "… said"): "${sentence.length > 120 ? sentence.slice(0, 117) + '…' : sentence}" (give the fact a status, attribute it, or explain a quotation in reported_speech)`;

/**
 * English is subject–verb: the agent stands shortly before the verb, in the same clause ("Saraya al-Salam
 * stormed"), or after "by" ("abducted by Kataib Hezbollah"). A name in another clause or after a preposition
 * ("offices of Badr") is not the doer.
 */
function isSubjectEn(sentence: string, m: { start: number; end: number }, verb: number, length: number): boolean {
  if (m.end <= verb) {
    const between = sentence.slice(m.end, verb);
    return between.length <= 60 && !/[;:]|\b(and|after|before|when|while|which|who|whose|where|because|until|as)\b/i.test(between) && !/\b(of|with|on|against|at|from|to|in|for|near|into)\s+(the\s+)?$/i.test(sentence.slice(0, m.start));
  }
  return /^\s*by\s+(the\s+)?$/i.test(sentence.slice(verb + length, m.start));
}

/** Arabic is mostly verb–subject: the agent follows the verb closely ("اقتحم أنصار الصدر"), or comes after على يد / من قبل. */
function isSubjectAr(sentence: string, m: { start: number; end: number }, verb: number, length: number): boolean {
  if (m.start >= verb + length) {
    const between = sentence.slice(verb + length, m.start);
    return between.length <= 25 && !/[،,؛]|\s(في|على|قرب|مع|من|إلى|الى)\s/.test(` ${between} `) || /(على يد|من قبل|من جانب)\s*$/.test(between);
  }
  return false;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?؟;؛])\s+/).filter((s) => s.trim());
}
