#!/usr/bin/env node
// Builds the <slug>.gold.json files of the Arabic corpus from the surface strings below.
// Spans are never written by hand: every span is found in the text and checked with
// text.slice(start, end) === surface. Run: node test/corpus/ar/make-gold.cjs [--show]
//
// Matching rules used here (they are the gold rules, see README.md):
// - a surface matches at a word start, or after up to three proclitic letters (و ف ب ل ك),
//   so "وكتائب حزب الله" yields the span of "كتائب حزب الله" and "بالبصرة" the span of "البصرة";
//   for لل + noun ("للحشد الشعبي") the surface is written without the lost alef ("حشد الشعبي");
// - a surface must end at a word end;
// - excluded spans ("traps": datelines, lookalikes) are claimed first, then rules with a
//   context string, then every other rule, longest surface first; spans never overlap.
'use strict';
const fs = require('fs');
const path = require('path');

const DIR = __dirname;
const SHOW = process.argv.includes('--show');
const isLetter = (ch) => ch !== undefined && /[\p{L}\p{M}\u0640]/u.test(ch);
const CLITICS = 'وفبلك';

// ---------- entities: id -> [English display name, type] ----------
const E = {
  'per:ali-al-mikdam': ['Ali al-Mikdam', 'person'],
  'per:mustafa-al-kadhimi': ['Mustafa al-Kadhimi', 'person'],
  'per:hadi-al-amiri': ['Hadi al-Amiri', 'person'],
  'per:hisham-al-hashimi': ['Hisham al-Hashimi', 'person'],
  'per:ahmed-hamdawi-oueid': ['Ahmed Hamdawi Oueid al-Kenani', 'person'],
  'per:abu-ali-al-askari': ['Abu Ali al-Askari', 'person'],
  'per:ihab-al-wazni': ['Ihab al-Wazni', 'person'],
  'per:fahem-al-tai': ['Fahem al-Tai', 'person'],
  'per:qasim-muslih': ['Qasim Mahmoud Muslih', 'person'],
  'per:faiq-zaidan': ['Faiq Zaidan', 'person'],
  'per:falih-al-fayyadh': ['Falih al-Fayyadh', 'person'],
  'per:akram-al-kaabi': ['Akram al-Kaabi', 'person'],
  'per:safaa-al-saray': ['Safaa al-Saray', 'person'],
  'per:jeanine-hennis-plasschaert': ['Jeanine Hennis-Plasschaert', 'person'],
  'per:qais-al-khazali': ['Qais al-Khazali', 'person'],
  'per:laith-al-khazali': ['Laith al-Khazali', 'person'],
  'per:husayn-falih-al-lami': ["Husayn Falih 'Aziz al-Lami", 'person'],
  'per:abu-mahdi-al-muhandis': ['Abu Mahdi al-Muhandis', 'person'],
  'per:muqtada-al-sadr': ['Muqtada al-Sadr', 'person'],
  'per:adel-abdul-mahdi': ['Adel Abdul Mahdi', 'person'],
  'per:ali-al-sistani': ['Ali al-Sistani', 'person'],
  'per:reham-yacoub': ['Reham Yacoub', 'person'],
  'per:tahseen-osama': ['Tahseen Osama', 'person'],
  'per:sajjad-al-iraqi': ['Sajjad al-Iraqi', 'person'],
  'per:jamil-al-shammari': ['Jamil al-Shammari', 'person'],
  'per:omar-nizar': ['Omar Nizar', 'person'],
  'per:ahmed-abdul-samad': ['Ahmed Abdul Samad', 'person'],
  'per:safaa-ghali': ['Safaa Ghali', 'person'],
  'grp:iran-aligned-factions': ['Iran-aligned armed factions (collective)', 'group'],
  'grp:badr-organization': ['Badr Organization', 'group'],
  'grp:icssi': ['Iraq Civil Society Solidarity Initiative (ICSSI)', 'group'],
  'grp:cpj': ['Committee to Protect Journalists (CPJ)', 'group'],
  'grp:kataib-hezbollah': ['Kataib Hezbollah (KH)', 'group'],
  'grp:counter-terrorism-service': ['Counter-Terrorism Service (CTS)', 'group'],
  'grp:security-media-cell': ['Security Media Cell', 'group'],
  'grp:supreme-judicial-council': ['Supreme Judicial Council', 'group'],
  'grp:unami': ['UN Assistance Mission for Iraq (UNAMI)', 'group'],
  'grp:ihchr': ['Iraqi High Commission for Human Rights (IHCHR)', 'group'],
  'grp:ohchr': ['UN Office of the High Commissioner for Human Rights (OHCHR)', 'group'],
  'grp:us-treasury': ['US Department of the Treasury', 'group'],
  'grp:asaib-ahl-al-haq': ['Asaib Ahl al-Haq (AAH)', 'group'],
  'grp:pmf': ['Popular Mobilization Forces (PMF)', 'group'],
  'grp:sadrist-movement': ['Sadrist movement', 'group'],
  'grp:saraya-al-salam': ['Saraya al-Salam', 'group'],
  'grp:harakat-al-nujaba': ['Harakat al-Nujaba', 'group'],
  'grp:fatah-alliance': ['Fatah alliance', 'group'],
  'grp:hrw': ['Human Rights Watch', 'group'],
  'grp:tishreen-movement': ['Tishreen movement', 'group'],
  'grp:falcons-cell': ['Falcons Cell (Interior Ministry intelligence)', 'group'],
  'grp:amnesty-international': ['Amnesty International', 'group'],
  'plc:baghdad': ['Baghdad', 'place'],
  'plc:dora': ['Dora (Baghdad)', 'place'],
  'plc:karrada': ['Karrada (Baghdad)', 'place'],
  'plc:ridha-alwan-cafe': ['Ridha Alwan cafe (Karrada, Baghdad)', 'place'],
  'plc:jadriya': ['Jadriya (Baghdad)', 'place'],
  'plc:istanbul': ['Istanbul', 'place'],
  'plc:erbil': ['Erbil', 'place'],
  'plc:karbala': ['Karbala', 'place'],
  'plc:karbala-governorate': ['Karbala Governorate', 'place'],
  'plc:nasiriyah': ['Nasiriyah', 'place'],
  'plc:diwaniyah': ['Diwaniyah', 'place'],
  'plc:zayouna': ['Zayouna (Baghdad)', 'place'],
  'plc:tahrir-square': ['Tahrir Square (Baghdad)', 'place'],
  'plc:najaf': ['Najaf', 'place'],
  'plc:basra': ['Basra', 'place'],
  'plc:basra-governorate': ['Basra Governorate', 'place'],
  'plc:khilani-square': ['Khilani Square (Baghdad)', 'place'],
  'plc:sinak-bridge': ['Sinak Bridge (Baghdad)', 'place'],
  'plc:sadr-city': ['Sadr City (Baghdad)', 'place'],
  'plc:baghdad-airport': ['Baghdad International Airport', 'place'],
  'plc:dhi-qar': ['Dhi Qar (province)', 'place'],
  'plc:habboubi-square': ['Habboubi Square (Nasiriyah)', 'place'],
  'plc:zaytoun-bridge': ['Zaytoun Bridge (Nasiriyah)', 'place'],
  'evt:tishreen-protests': ['October 2019 (Tishreen) protests', 'event'],
  'evt:2019-12-06-khilani-sinak-attack': ['Khilani Square / Sinak Bridge attack (6 Dec 2019)', 'event'],
  'evt:2019-11-28-nasiriyah-bridge-killings': ['Nasiriyah Zaytoun Bridge killings (28 Nov 2019)', 'event'],
};
// entities not (yet) in ID-REGISTRY.md: entityId null. [English name, type]
const N = {
  yarmouk: ['Yarmouk Hospital (Baghdad)', 'place'],
  washingtonInstitute: ['Washington Institute for Near East Policy', 'group'],
  haddad: ['al-Haddad neighbourhood (Karbala)', 'place'],
  consulate: ['Iranian consulate in Karbala', 'place'],
  ibnNafis: ['Ibn al-Nafis Hospital (Baghdad)', 'place'],
  abadi: ['Haider al-Abadi', 'person'],
  advisoryCouncil: ['Iraq Advisory Council', 'group'],
  coalition: ['Global Coalition against ISIS', 'group'],
  isis: ['Islamic State (ISIS)', 'group'],
  afp: ['Agence France-Presse (AFP)', 'group'],
  reuters: ['Reuters', 'group'],
  rusafaCourt: ['Rusafa Criminal Court (Baghdad)', 'group'],
  cassation: ['Federal Court of Cassation', 'group'],
  committee29: ['Committee 29 (Kadhimi-era investigative committee)', 'group'],
  techUniversity: ['University of Technology (Baghdad)', 'group'],
  wadiSalam: ['Wadi al-Salam cemetery (Najaf)', 'place'],
  quds: ['Quds Force (IRGC)', 'group'],
  soleimani: ['Qassem Soleimani', 'person'],
  allawi: ['Mohammed Tawfiq Allawi', 'person'],
  sadrainSquare: ['Sadrain Square (Najaf)', 'place'],
  anbar: ['Anbar (province)', 'place'],
  samira: ['Samira, mother of Ihab al-Wazni', 'person'],
  amman: ['Amman', 'place'],
  junaina: ['al-Junaina (Basra)', 'place'],
  tijari: ['al-Tijari (Commercial) Street (Basra)', 'place'],
  interior: ['Ministry of Interior (Iraq)', 'group'],
  akramSaddam: ['Akram Saddam', 'person'],
  dijla: ['Dijla TV', 'group'],
  bassem: ['Bassem Falih', 'person'],
  sayedDakhil: ['Sayed Dakhil (Dhi Qar)', 'place'],
  kreidi: ['Idris Kreidi', 'person'],
  ahmedAbd: ['Ahmed Mohammed Abd', 'person'],
  dhiQarCourt: ['Dhi Qar Criminal Court', 'group'],
  hadharat: ['al-Hadharat bridge (Nasiriyah)', 'place'],
};

// rule: [surface, key, salience, opts]; key is an id from E or a key of N.
// opts.ctx: only the occurrence(s) of surface inside this longer string.
const A = {};

A['agency-mikdam-found-2021-07'] = {
  note: 'Short agency item (dateline بغداد), original test text. Excluded: the dateline بغداد, generic القوات الأمنية / مصادر أمنية, "العاصمة", the month in "تشرين الأول ٢٠١٩". Clitic spans start after the clitic: بالمكدام, فالمكدام -> المكدام; بالكرادة -> الكرادة; لمنظمة بدر -> منظمة بدر. Includes tatweel (بغـــداد), diacritics (مُصطفى الكاظِمي) and the Iraqi spelling علي المگدام.',
  traps: [
    ['بغداد', 'dateline only', 'بغداد - أفادت'],
    ['تشرين الأول', 'month name in a date, not the protests', 'مطلع تشرين الأول ٢٠١٩'],
  ],
  rules: [
    ['علي المكدام', 'per:ali-al-mikdam', 'core'],
    ['علي المگدام', 'per:ali-al-mikdam', 'core'],
    ['المكدام', 'per:ali-al-mikdam', 'coref'],
    ['الدورة', 'plc:dora', 'core'],
    ['بغداد', 'plc:baghdad', 'core'],
    ['بغـــداد', 'plc:baghdad', 'core'],
    ['مقهى رضا علوان', 'plc:ridha-alwan-cafe', 'core'],
    ['الكرادة', 'plc:karrada', 'core'],
    ['الجادرية', 'plc:jadriya', 'core'],
    ['مستشفى اليرموك', 'yarmouk', 'minor'],
    ['مُصطفى الكاظِمي', 'per:mustafa-al-kadhimi', 'core'],
    ['الكاظمي', 'per:mustafa-al-kadhimi', 'coref'],
    ['فصائل مسلحة موالية لإيران', 'grp:iran-aligned-factions', 'core'],
    ['هادي العامري', 'per:hadi-al-amiri', 'core'],
    ['منظمة بدر', 'grp:badr-organization', 'core'],
    ['احتجاجات تشرين', 'evt:tishreen-protests', 'core'],
    ['أربيل', 'plc:erbil', 'core'],
    ['معهد واشنطن', 'washingtonInstitute', 'minor'],
    ['مبادرة التضامن مع المجتمع المدني العراقي', 'grp:icssi', 'core'],
    ['لجنة حماية الصحفيين', 'grp:cpj', 'core'],
  ],
};

A['agency-wazni-karbala-2021-05'] = {
  note: 'Short agency item (dateline كربلاء), Western digits in dates, original test text. Excluded: the dateline كربلاء, generic مصادر محلية / مسلحون مجهولون. The Security Media Cell wording "ايهاب جواد" and the hamza-less "ايهاب الوزني" are marked as Ihab al-Wazni. "كربلاء" inside "تنسيقية احتجاجات كربلاء" is marked as the city (the committee has no record). والوزني -> الوزني; والناصرية -> الناصرية; والديوانية -> الديوانية.',
  traps: [
    ['كربلاء', 'dateline only', 'كربلاء - اغتال'],
  ],
  rules: [
    ['إيهاب الوزني', 'per:ihab-al-wazni', 'core'],
    ['ايهاب الوزني', 'per:ihab-al-wazni', 'core'],
    ['ايهاب جواد', 'per:ihab-al-wazni', 'core'],
    ['الوزني', 'per:ihab-al-wazni', 'coref'],
    ['كربلاء', 'plc:karbala', 'core'],
    ['محافظة كربلاء', 'plc:karbala-governorate', 'core'],
    ['حي الحداد', 'haddad', 'minor'],
    ['خلية الإعلام الأمني', 'grp:security-media-cell', 'core'],
    ['تظاهرات تشرين', 'evt:tishreen-protests', 'core'],
    ['فاهم الطائي', 'per:fahem-al-tai', 'core'],
    ['الناصرية', 'plc:nasiriyah', 'core'],
    ['الديوانية', 'plc:diwaniyah', 'core'],
    ['القنصلية الإيرانية', 'consulate', 'minor'],
  ],
};

A['court-hashimi-acquittal-2024'] = {
  note: 'Court report, original test text, following the fact sheet: death sentence by the Rusafa Criminal Court (7 May 2023), annulment by the Court of Cassation (31 Jul 2023), acquittal on retrial (early 2024); the Kataib Hezbollah link is reported as an allegation only. Excluded: the dateline بغداد, "محكمة الجنايات المختصة" (unnamed court), "التلفزيون الرسمي", "قانون مكافحة الإرهاب" (a law), generic الشرطة / القضاء / الحكومة. هشام الهاشمى (final alef maqsura) is a spelling variant. للهاشمي -> هاشمي (span after لل); فالهاشمي -> الهاشمي; بكتائب حزب الله -> كتائب حزب الله; لوكالة فرانس برس -> وكالة فرانس برس; للتحالف الدولي لمحاربة داعش -> تحالف الدولي لمحاربة داعش; والكناني -> الكناني. الكتائب (short for Kataib Hezbollah) is coref.',
  traps: [
    ['بغداد', 'dateline only', 'بغداد - قضت'],
  ],
  rules: [
    ['هشام الهاشمي', 'per:hisham-al-hashimi', 'core'],
    ['هشام الهاشمى', 'per:hisham-al-hashimi', 'core'],
    ['الهاشمي', 'per:hisham-al-hashimi', 'coref'],
    ['هاشمي', 'per:hisham-al-hashimi', 'coref', { ctx: 'القضائي للهاشمي' }],
    ['أحمد حمداوي عويد الكناني', 'per:ahmed-hamdawi-oueid', 'core'],
    ['الكناني', 'per:ahmed-hamdawi-oueid', 'coref'],
    ['حمداوي', 'per:ahmed-hamdawi-oueid', 'coref'],
    ['بغداد', 'plc:baghdad', 'core'],
    ['زيونة', 'plc:zayouna', 'core'],
    ['مستشفى ابن النفيس', 'ibnNafis', 'minor'],
    ['حيدر العبادي', 'abadi', 'minor'],
    ['المجلس الاستشاري العراقي', 'advisoryCouncil', 'minor'],
    ['تحالف الدولي لمحاربة داعش', 'coalition', 'minor', { ctx: 'للتحالف الدولي لمحاربة داعش' }],
    ['تنظيم داعش', 'isis', 'minor'],
    ['كتائب حزب الله', 'grp:kataib-hezbollah', 'core'],
    ['الكتائب', 'grp:kataib-hezbollah', 'coref'],
    ['جهاز مكافحة الإرهاب', 'grp:counter-terrorism-service', 'core'],
    ['الدورة', 'plc:dora', 'core'],
    ['مصطفى الكاظمي', 'per:mustafa-al-kadhimi', 'core'],
    ['الكاظمي', 'per:mustafa-al-kadhimi', 'coref'],
    ['وكالة فرانس برس', 'afp', 'minor'],
    ['محكمة جنايات الرصافة', 'rusafaCourt', 'core'],
    ['محكمة التمييز', 'cassation', 'core'],
    ['اللجنة ٢٩', 'committee29', 'minor'],
    ['أبو علي العسكري', 'per:abu-ali-al-askari', 'core'],
  ],
};

A['analysis-impunity-tishreen-2021-06'] = {
  note: 'Long analysis (June 2021), original test text. Suspicions are worded as such (رجحت تقارير، للاشتباه، اتهامات صادرة عن الحكومة الأمريكية). Excluded: العراق, واشنطن and "الحكومة الأمريكية" (the US government), "القوات الأمريكية", generic قوة أمنية / الشرطة / القضاء / الدولة, "البعثة" and "الساحة" (common-noun anaphora), months in dates (تشرين الأول ٢٠١٩، ٢٥ تشرين الأول، ٥ تشرين الثاني ٢٠١٩، ٢٩ تشرين الثاني ٢٠١٩). Traps: مصطفى (an invented tea-kiosk owner, not Mustafa al-Kadhimi); كربلاء inside "شارع كربلاء" in Amman (a street, not the city; the Amman café scene is invented); مدينة الصدر is marked as the place plc:sadr-city, not as Muqtada al-Sadr; "ساحة الصدرين" is a Najaf square, not al-Sadr. Clitic spans: وبغداد -> بغداد; بالنجف -> النجف; لعصائب أهل الحق -> عصائب أهل الحق; والخزعلي -> الخزعلي; للسراي -> سراي; ورهام يعقوب -> رهام يعقوب (a newspaper spelling of Reham); والوزني -> الوزني; بالحشد -> الحشد; للحشد الشعبي -> حشد الشعبي; وكتائب حزب الله -> كتائب حزب الله; بمجزرة السنك والخلاني -> مجزرة السنك والخلاني. عصائب اهل الحق (no hamza) is a variant. "هيئة الحشد الشعبي" (the official name) is marked whole.',
  traps: [
    ['مصطفى', 'invented tea-kiosk owner, not Mustafa al-Kadhimi', 'يقول مصطفى، صاحب'],
    ['شارع كربلاء', 'a street in Amman, not the city of Karbala', 'في شارع كربلاء بالعاصمة'],
    ['تشرين الأول', 'month name in a date', 'فمنذ الأول من تشرين الأول ٢٠١٩'],
    ['تشرين الأول', 'month name in a date', 'في ٢٥ تشرين الأول'],
    ['تشرين الأول', 'month name in a date', 'بين تشرين الأول ٢٠١٩'],
    ['تشرين الثاني', 'month name in a date', 'في ٥ تشرين الثاني ٢٠١٩'],
    ['تشرين الأول', 'month name in a date', 'يوم ٢٨ تشرين الأول ٢٠١٩'],
    ['تشرين الثاني', 'month name in a date', 'في ٢٩ تشرين الثاني ٢٠١٩'],
    ['تشرين الأول', 'month name in a date', 'منذ تشرين الأول ٢٠١٩ هو'],
  ],
  rules: [
    ['ساحة التحرير', 'plc:tahrir-square', 'core'],
    ['كربلاء', 'plc:karbala', 'core'],
    ['احتجاجات تشرين', 'evt:tishreen-protests', 'core'],
    ['ثورة تشرين', 'evt:tishreen-protests', 'core'],
    ['بغداد', 'plc:baghdad', 'core'],
    ['الناصرية', 'plc:nasiriyah', 'core'],
    ['النجف', 'plc:najaf', 'core'],
    ['البصرة', 'plc:basra', 'core'],
    ['بعثة الأمم المتحدة لمساعدة العراق', 'grp:unami', 'core'],
    ['يونامي', 'grp:unami', 'core'],
    ['المفوضية العليا لحقوق الإنسان', 'grp:ihchr', 'core'],
    ['صفاء السراي', 'per:safaa-al-saray', 'core'],
    ['سراي', 'per:safaa-al-saray', 'coref', { ctx: 'بصورة للسراي' }],
    ['الجامعة التكنولوجية', 'techUniversity', 'minor'],
    ['مقبرة وادي السلام', 'wadiSalam', 'minor'],
    ['ساحة الخلاني', 'plc:khilani-square', 'core'],
    ['جسر السنك', 'plc:sinak-bridge', 'core'],
    ['جينين هينيس-بلاسخارت', 'per:jeanine-hennis-plasschaert', 'core'],
    ['فصائل مسلحة موالية لإيران', 'grp:iran-aligned-factions', 'core'],
    ['مجزرة السنك والخلاني', 'evt:2019-12-06-khilani-sinak-attack', 'core'],
    ['وزارة الخزانة الأمريكية', 'grp:us-treasury', 'core'],
    ['قيس الخزعلي', 'per:qais-al-khazali', 'core'],
    ['عصائب أهل الحق', 'grp:asaib-ahl-al-haq', 'core'],
    ['عصائب اهل الحق', 'grp:asaib-ahl-al-haq', 'core'],
    ['العصائب', 'grp:asaib-ahl-al-haq', 'coref'],
    ['ليث الخزعلي', 'per:laith-al-khazali', 'core'],
    ['الخزعلي', 'per:qais-al-khazali', 'coref'],
    ['حسين فالح اللامي', 'per:husayn-falih-al-lami', 'core'],
    ['هيئة الحشد الشعبي', 'grp:pmf', 'core'],
    ['هيئة الحشد', 'grp:pmf', 'coref'],
    ['الحشد الشعبي', 'grp:pmf', 'core'],
    ['حشد الشعبي', 'grp:pmf', 'core', { ctx: 'للحشد الشعبي' }],
    ['الحشد', 'grp:pmf', 'coref'],
    ['مدينة الصدر', 'plc:sadr-city', 'core'],
    ['أبو مهدي المهندس', 'per:abu-mahdi-al-muhandis', 'core'],
    ['جمال جعفر محمد علي آل إبراهيم', 'per:abu-mahdi-al-muhandis', 'core'],
    ['كتائب حزب الله', 'grp:kataib-hezbollah', 'core'],
    ['فيلق القدس', 'quds', 'minor'],
    ['قاسم سليماني', 'soleimani', 'minor'],
    ['مطار بغداد الدولي', 'plc:baghdad-airport', 'core'],
    ['مقتدى الصدر', 'per:muqtada-al-sadr', 'core'],
    ['الصدر', 'per:muqtada-al-sadr', 'coref'],
    ['التيار الصدري', 'grp:sadrist-movement', 'core'],
    ['محمد توفيق علاوي', 'allawi', 'minor'],
    ['القبعات الزرق', 'grp:saraya-al-salam', 'core'],
    ['سرايا السلام', 'grp:saraya-al-salam', 'core'],
    ['ساحة الصدرين', 'sadrainSquare', 'minor'],
    ['عادل عبد المهدي', 'per:adel-abdul-mahdi', 'core'],
    ['علي السيستاني', 'per:ali-al-sistani', 'core'],
    ['مصطفى الكاظمي', 'per:mustafa-al-kadhimi', 'core'],
    ['الكاظمي', 'per:mustafa-al-kadhimi', 'coref'],
    ['هشام الهاشمي', 'per:hisham-al-hashimi', 'core'],
    ['زيونة', 'plc:zayouna', 'core'],
    ['تحسين أسامة', 'per:tahseen-osama', 'core'],
    ['رهام يعقوب', 'per:reham-yacoub', 'core'],
    ['سجاد العراقي', 'per:sajjad-al-iraqi', 'core'],
    ['ايهاب الوزني', 'per:ihab-al-wazni', 'core'],
    ['الوزني', 'per:ihab-al-wazni', 'coref'],
    ['قاسم محمود مصلح', 'per:qasim-muslih', 'core'],
    ['مصلح', 'per:qasim-muslih', 'coref'],
    ['الأنبار', 'anbar', 'minor'],
    ['فاهم الطائي', 'per:fahem-al-tai', 'core'],
    ['مجلس القضاء الأعلى', 'grp:supreme-judicial-council', 'core'],
    ['وكالة فرانس برس', 'afp', 'minor'],
    ['رويترز', 'reuters', 'minor'],
    ['سميرة', 'samira', 'minor'],
    ['فائق زيدان', 'per:faiq-zaidan', 'core'],
    ['هيومن رايتس ووتش', 'grp:hrw', 'core'],
    ['فالح الفياض', 'per:falih-al-fayyadh', 'core'],
    ['حركة النجباء', 'grp:harakat-al-nujaba', 'core'],
    ['أكرم الكعبي', 'per:akram-al-kaabi', 'core'],
    ['منظمة بدر', 'grp:badr-organization', 'core'],
    ['هادي العامري', 'per:hadi-al-amiri', 'core'],
    ['تحالف الفتح', 'grp:fatah-alliance', 'core'],
    ['عمّان', 'amman', 'minor'],
    ['حراك تشرين', 'grp:tishreen-movement', 'core'],
  ],
};

A['statement-basra-reham-tahseen-2021-08'] = {
  note: 'Human-rights statement by an invented monitor ("مرصد الحريات المدنية في جنوب العراق", the issuer, not marked), original test text. Excluded: the issuer, the dateline البصرة، ١٩ آب, "الحكومة", "المرصد", "للخلية" (common noun). وزارة الداخلية is a minor entity; in "قائد شرطة البصرة" only البصرة (the city) is marked. البصره (final ha) and تحسين اسامة (bare alef) are spelling variants. Clitic spans: بالبصرة -> البصرة; لعصائب أهل الحق -> عصائب أهل الحق; والكاظمي -> الكاظمي; للعصائب -> عصائب (span after لل); وريهام يعقوب -> ريهام يعقوب; لوزارة الداخلية -> وزارة الداخلية. The suspect\'s alleged AAH membership is worded as a suspicion.',
  traps: [
    ['البصرة', 'dateline only', 'البصرة، ١٩ آب'],
  ],
  rules: [
    ['ريهام يعقوب', 'per:reham-yacoub', 'core'],
    ['ريهام', 'per:reham-yacoub', 'coref'],
    ['تحسين أسامة الشحماني', 'per:tahseen-osama', 'core'],
    ['تحسين أسامة', 'per:tahseen-osama', 'core'],
    ['تحسين اسامة', 'per:tahseen-osama', 'core'],
    ['تحسين', 'per:tahseen-osama', 'coref'],
    ['البصرة', 'plc:basra', 'core'],
    ['البصره', 'plc:basra', 'core'],
    ['محافظة البصرة', 'plc:basra-governorate', 'core'],
    ['انتفاضة تشرين', 'evt:tishreen-protests', 'core'],
    ['الجنينة', 'junaina', 'minor'],
    ['مصطفى الكاظمي', 'per:mustafa-al-kadhimi', 'core'],
    ['الكاظمي', 'per:mustafa-al-kadhimi', 'coref'],
    ['الشارع التجاري', 'tijari', 'minor'],
    ['بعثة الأمم المتحدة لمساعدة العراق', 'grp:unami', 'core'],
    ['يونامي', 'grp:unami', 'core'],
    ['خلية الصقور', 'grp:falcons-cell', 'core'],
    ['وزارة الداخلية', 'interior', 'minor'],
    ['عصائب أهل الحق', 'grp:asaib-ahl-al-haq', 'core'],
    ['العصائب', 'grp:asaib-ahl-al-haq', 'coref'],
    ['عصائب', 'grp:asaib-ahl-al-haq', 'coref', { ctx: 'صلة للعصائب' }],
    ['أكرم صدام', 'akramSaddam', 'minor'],
    ['قناة دجلة', 'dijla', 'minor'],
    ['أحمد عبد الصمد', 'per:ahmed-abdul-samad', 'core'],
    ['صفاء غالي', 'per:safaa-ghali', 'core'],
    ['المفوضية العليا لحقوق الإنسان', 'grp:ihchr', 'core'],
    ['مفوضية الأمم المتحدة السامية لحقوق الإنسان', 'grp:ohchr', 'core'],
  ],
};

A['feature-nasiriyah-sajjad-zaytoun-2024-09'] = {
  note: 'Anniversary feature (Sept 2024), original test text. Excluded: the dateline الناصرية, generic "المحافظة"/"المدينة"/"القضاء"/"خلية الأزمة", months in dates (تشرين الثاني ٢٠٢٠، ٢٨ تشرين الثاني ٢٠١٩، ٢٩ تشرين الثاني). Traps: بدر كريم (an invented footballer; بدر is a first name, not the Badr Organization) and "ليلة بدرٍ" (full moon). جسر الزيتون alone is the bridge (place); مجزرة جسر الزيتون / مجزرة الزيتون are the event. ذى قار (alef maqsura) and الناصريه (final ha) are spelling variants. Clitic spans: والناصرية -> الناصرية; للناصرية -> ناصرية (span after لل); بسجاد العراقي -> سجاد العراقي; لسجاد -> سجاد; وبالحشد -> الحشد; وساحة الحبوبي -> ساحة الحبوبي. The in-absentia sentences are not tied to the two men named in the 2020 warrants.',
  traps: [
    ['الناصرية', 'dateline only', 'الناصرية - في'],
    ['بدر', 'invented footballer named Badr, not the Badr Organization', 'يقول بدر كريم'],
    ['بدرٍ', 'common noun: full moon', 'ليلة بدرٍ'],
    ['تشرين الثاني', 'month name in a date', 'وفي تشرين الثاني ٢٠٢٠'],
    ['تشرين الثاني', 'month name in a date', 'فجر ٢٨ تشرين الثاني ٢٠١٩'],
    ['تشرين الثاني', 'month name in a date', 'وفي ٢٩ تشرين الثاني'],
  ],
  rules: [
    ['سجاد العراقي', 'per:sajjad-al-iraqi', 'core'],
    ['سجاد', 'per:sajjad-al-iraqi', 'coref'],
    ['الناصرية', 'plc:nasiriyah', 'core'],
    ['ناصرية', 'plc:nasiriyah', 'core', { ctx: 'الشرقي للناصرية' }],
    ['الناصريه', 'plc:nasiriyah', 'core'],
    ['جسر الزيتون', 'plc:zaytoun-bridge', 'core'],
    ['مجزرة جسر الزيتون', 'evt:2019-11-28-nasiriyah-bridge-killings', 'core'],
    ['مجزرة الزيتون', 'evt:2019-11-28-nasiriyah-bridge-killings', 'core'],
    ['تظاهرات تشرين', 'evt:tishreen-protests', 'core'],
    ['ذي قار', 'plc:dhi-qar', 'core'],
    ['ذى قار', 'plc:dhi-qar', 'core'],
    ['باسم فليح', 'bassem', 'minor'],
    ['ساحة الحبوبي', 'plc:habboubi-square', 'core'],
    ['مصطفى الكاظمي', 'per:mustafa-al-kadhimi', 'core'],
    ['جهاز مكافحة الإرهاب', 'grp:counter-terrorism-service', 'core'],
    ['سيد دخيل', 'sayedDakhil', 'minor'],
    ['الحشد الشعبي', 'grp:pmf', 'core'],
    ['الحشد', 'grp:pmf', 'coref'],
    ['منظمة العفو الدولية', 'grp:amnesty-international', 'core'],
    ['التيار الصدري', 'grp:sadrist-movement', 'core'],
    ['إدريس كريدي', 'kreidi', 'minor'],
    ['أحمد محمد عبد', 'ahmedAbd', 'minor'],
    ['محكمة جنايات ذي قار', 'dhiQarCourt', 'core'],
    ['جسر الحضارات', 'hadharat', 'minor'],
    ['جميل الشمري', 'per:jamil-al-shammari', 'core'],
    ['الشمري', 'per:jamil-al-shammari', 'coref'],
    ['علي السيستاني', 'per:ali-al-sistani', 'core'],
    ['عادل عبد المهدي', 'per:adel-abdul-mahdi', 'core'],
    ['عمر نزار', 'per:omar-nizar', 'core'],
  ],
};

// ---------- engine ----------
function occurrences(text, s) {
  const out = [];
  for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}
function startOk(text, i) {
  // word start, or after 1-3 proclitic letters that themselves start a word
  for (let k = 0; k <= 3; k++) {
    const j = i - k;
    if (j < 0) return false;
    if (k > 0 && !CLITICS.includes(text[j])) return false;
    if (j === 0 || !isLetter(text[j - 1])) return true;
  }
  return false;
}
const endOk = (text, e) => e === text.length || !isLetter(text[e]);

let grandTotal = 0, grandCore = 0, failed = false;
const summary = [];
for (const [slug, spec] of Object.entries(A)) {
  const file = path.join(DIR, slug + '.txt');
  const text = fs.readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) throw new Error(slug + ': BOM');
  if (text.includes('\r')) throw new Error(slug + ': CR in text');
  const claimed = []; // [s,e]
  const free = (s, e) => claimed.every(([a, b]) => e <= a || s >= b);
  const claim = (s, e) => claimed.push([s, e]);

  // traps
  const traps = [];
  for (const [surface, reason, ctx] of spec.traps) {
    const occ = occurrences(text, ctx);
    if (occ.length !== 1) { console.error(`${slug}: trap ctx "${ctx}" found ${occ.length}x`); failed = true; continue; }
    const s = occ[0] + ctx.indexOf(surface), e = s + surface.length;
    if (!free(s, e)) { console.error(`${slug}: trap overlap "${ctx}"`); failed = true; continue; }
    claim(s, e);
    traps.push({ surface, reason, span: [s, e] });
  }
  // mentions
  const entries = spec.rules.map(([surface, key, salience, opts]) => ({ surface, key, salience, opts: opts || {}, spans: [] }));
  const order = [...entries.filter((r) => r.opts.ctx), ...entries.filter((r) => !r.opts.ctx).sort((a, b) => b.surface.length - a.surface.length)];
  for (const r of order) {
    let cands;
    if (r.opts.ctx) {
      cands = occurrences(text, r.opts.ctx).map((i) => i + r.opts.ctx.indexOf(r.surface));
      if (!cands.length) { console.error(`${slug}: ctx "${r.opts.ctx}" not found`); failed = true; }
    } else cands = occurrences(text, r.surface);
    for (const s of cands) {
      const e = s + r.surface.length;
      if (!startOk(text, s) || !endOk(text, e) || !free(s, e)) continue;
      claim(s, e);
      r.spans.push([s, e]);
    }
    if (!r.spans.length) { console.error(`${slug}: rule "${r.surface}" matched nothing`); failed = true; }
  }
  const mentions = entries
    .filter((r) => r.spans.length)
    .map((r) => {
      r.spans.sort((a, b) => a[0] - b[0]);
      const [entity, type] = E[r.key] || N[r.key] || [];
      if (!entity) throw new Error(`${slug}: unknown key ${r.key}`);
      for (const [s, e] of r.spans) if (text.slice(s, e) !== r.surface) throw new Error(`${slug}: slice mismatch ${r.surface}`);
      return { surface: r.surface, entity, entityId: E[r.key] ? r.key : null, type, salience: r.salience, count: r.spans.length, spans: r.spans };
    })
    .sort((a, b) => a.spans[0][0] - b.spans[0][0]);
  for (const t of traps) if (text.slice(t.span[0], t.span[1]) !== t.surface) throw new Error(`${slug}: trap slice mismatch`);

  // any "تشرين" neither in a mention nor listed as a trap?
  for (const i of occurrences(text, 'تشرين')) {
    if (free(i, i + 5)) { console.error(`${slug}: unaccounted تشرين at ${i}: ${text.slice(i - 10, i + 20)}`); failed = true; }
  }

  const trapNote = traps.map((t) => `"${t.surface}" [${t.span[0]},${t.span[1]}) ${t.reason}`).join('; ');
  const gold = {
    article: slug + '.txt',
    note: `spans are [start,end) offsets into the UTF-8 decoded text (JS string indices; the text is BMP-only). salience: core = the entity belongs in the bundled dataset; coref = a surname-only or short reference after the full name; minor = a correct entity that is peripheral. entityId = an id from data/ID-REGISTRY.md, or null. A fused proclitic (و ف ب ل ك) is left outside the span, the article ال stays inside; after لل the span starts after لل. ${spec.note} Must NOT be marked (traps): ${trapNote}.`,
    mentions,
  };
  fs.writeFileSync(path.join(DIR, slug + '.gold.json'), JSON.stringify(gold, null, 1) + '\n');
  const total = mentions.reduce((n, m) => n + m.count, 0);
  const core = mentions.filter((m) => m.salience === 'core').reduce((n, m) => n + m.count, 0);
  const coref = mentions.filter((m) => m.salience === 'coref').reduce((n, m) => n + m.count, 0);
  grandTotal += total; grandCore += core;
  summary.push(`${slug}: total ${total}, core ${core}, coref ${coref}, minor ${total - core - coref}, traps ${traps.length}`);

  if (SHOW) {
    const marks = [];
    for (const m of mentions) for (const [s, e] of m.spans) marks.push([s, e, m.salience[0] + ':' + (m.entityId || 'null')]);
    for (const t of traps) marks.push([t.span[0], t.span[1], 'TRAP']);
    marks.sort((a, b) => b[0] - a[0]);
    let out = text;
    for (const [s, e, tag] of marks) out = out.slice(0, s) + '[[' + out.slice(s, e) + '|' + tag + ']]' + out.slice(e);
    console.log('=== ' + slug + '\n' + out);
  }
}
console.log(summary.join('\n'));
console.log(`TOTAL ${grandTotal}, core ${grandCore}`);
if (failed) process.exit(1);
