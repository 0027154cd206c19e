/**
 * Words for a person's relatives, in the languages the engine reads (English, Spanish, French,
 * German, Dutch, Italian, Portuguese, the Nordic languages with Icelandic, Finnish, Estonian,
 * Lithuanian, Polish, Czech, Hungarian, Romanian, Turkish, Malay and Indonesian, Thai, Japanese and
 * Chinese) and the abbreviations notes use ("dtr", "husb"). One list for the three
 * places a relative says "a private person's name is here": a cue before a name ("his daughter
 * Ann"), a relationship after one ("Bob West (brother)") and a field's label ("Ehemann",
 * "Contactpersoon"). Lower case. Left out: words that are also common English words, names or
 * abbreviations ("make", "far", "mor", "syn", "brat", "pai", "apa", "mari", "nora", "ema", "isa", "ibu", "anak").
 */
export const KIN_WORDS: readonly string[] = [
  // English
  'wife', 'husband', 'spouse', 'partner', 'mother', 'father', 'mom', 'dad', 'son', 'daughter', 'sister', 'brother', 'parent', 'sibling',
  'grandmother', 'grandfather', 'grandson', 'granddaughter', 'grandparent', 'grandchild', 'grandma', 'grandpa',
  'son-in-law', 'daughter-in-law', 'mother-in-law', 'father-in-law', 'brother-in-law', 'sister-in-law',
  'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'stepmom', 'stepdad', 'fiancee', 'fiance', 'girlfriend', 'boyfriend',
  'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'dtr', 'dau', 'husb', 'bro', 'sis',
  // Spanish
  'esposa', 'esposo', 'madre', 'padre', 'hijo', 'hija', 'hermana', 'hermano', 'abuela', 'abuelo', 'nieta', 'nieto',
  'pareja', 'suegra', 'suegro', 'yerno', 'nuera', 'cuñado', 'cuñada', 'tía', 'tío', 'sobrino', 'sobrina', 'mamá', 'papá',
  // French
  'épouse', 'époux', 'mère', 'père', 'fils', 'fille', 'sœur', 'frère', 'grand-mère', 'grand-père',
  'conjoint', 'conjointe', 'compagnon', 'concubin', 'concubine', 'petit-fils', 'petite-fille', 'oncle', 'tante', 'neveu', 'nièce', 'belle-fille', 'gendre',
  // German
  'ehefrau', 'ehemann', 'mutter', 'vater', 'sohn', 'tochter', 'schwester', 'bruder', 'großmutter', 'großvater', 'enkel', 'enkelin',
  'partnerin', 'lebensgefährte', 'lebensgefährtin', 'ehegatte', 'ehegattin', 'onkel', 'neffe', 'nichte', 'schwiegersohn', 'schwiegertochter',
  // Dutch
  'echtgenoot', 'echtgenote', 'moeder', 'vader', 'zoon', 'dochter', 'broer', 'zus', 'kleinzoon', 'kleindochter', 'schoonzoon', 'schoondochter',
  // Italian and Portuguese
  'moglie', 'marito', 'figlio', 'figlia', 'sorella', 'fratello', 'nonna', 'nonno', 'nipote', 'compagno', 'compagna', 'convivente', 'cognato', 'cognata',
  'marido', 'filho', 'filha', 'companheiro', 'companheira', 'mãe', 'irmã', 'irmão', 'avó', 'avô', 'neto', 'neta', 'sogra', 'sogro', 'genro',
  // Swedish, Norwegian and Danish
  'maka', 'maken', 'hustru', 'sambo', 'samboer', 'dotter', 'dottern', 'sonen', 'syster', 'bror', 'mamma', 'pappa', 'barnbarn',
  'kone', 'kona', 'ektemann', 'ektefelle', 'ægtefælle', 'datter', 'datteren', 'sønn', 'søster', 'barnebarn', 'søn', 'sønnen', 'hustruen',
  // Icelandic
  'eiginkona', 'eiginmaður', 'maki', 'sonur', 'dóttir', 'móðir', 'faðir', 'bróðir', 'systir',
  // Finnish
  'puoliso', 'vaimo', 'aviomies', 'tytär', 'poika', 'äiti', 'isä', 'sisar', 'sisko', 'veli',
  // Estonian and Lithuanian
  'abikaasa', 'poeg', 'tütar', 'õde', 'vend', 'lapselaps',
  'sutuoktinis', 'sutuoktinė', 'žmona', 'vyras', 'sūnus', 'dukra', 'duktė', 'motina', 'tėvas', 'brolis', 'sesuo', 'anūkas', 'anūkė',
  // Polish, Czech and Hungarian
  'żona', 'mąż', 'córka', 'matka', 'ojciec', 'siostra', 'wnuk', 'wnuczka',
  'manželka', 'manžel', 'dcera', 'otec', 'sestra', 'bratr', 'vnuk', 'vnučka',
  'feleség', 'férj', 'lánya', 'testvér', 'unoka',
  // Romanian and Turkish (with the possessive Turkish writes after a name: "eşi", "kızı")
  'soţie', 'soție', 'soţ', 'soț', 'fiică', 'fiica', 'fiul', 'mamă', 'tată', 'fratele', 'sora', 'nepot', 'nepoată',
  'eş', 'eşi', 'kızı', 'oğlu', 'annesi', 'babası', 'kardeşi', 'torunu',
  // Malay and Indonesian
  'suami', 'isteri', 'istri', 'ayah', 'bapa', 'adik', 'kakak', 'abang', 'cucu', 'menantu',
];

/**
 * Relatives in scripts written without spaces between words (Thai, Japanese, Chinese): a field's
 * label ("長女", "ลูกสาว") and the word before a name in that script ("長女 宮城 節子"), not a cue
 * before a capitalised name.
 */
export const UNSPACED_KIN_WORDS: readonly string[] = [
  // Thai
  'ลูกสาว', 'ลูกชาย', 'ภรรยา', 'สามี', 'มารดา', 'บิดา', 'หลาน', 'พี่สาว', 'น้องสาว', 'พี่ชาย', 'น้องชาย',
  // Japanese and Chinese (traditional and simplified)
  '長女', '次女', '長男', '次男', '息子', '娘', '妻', '夫', '配偶者', '孫', '嫁',
  '兒子', '儿子', '女兒', '女儿', '妻子', '丈夫', '配偶', '母親', '母亲', '父親', '父亲', '媳婦', '媳妇', '孫子', '孙子',
];

const KIN_WORD_SET: ReadonlySet<string> = new Set(KIN_WORDS);

/** Whether `word` (any case) is one of KIN_WORDS. */
export function isKinWord(word: string): boolean {
  return KIN_WORD_SET.has(word.toLowerCase());
}

const UNSPACED_KIN_WORD_SET: ReadonlySet<string> = new Set(UNSPACED_KIN_WORDS);

/** Whether `word` is one of UNSPACED_KIN_WORDS. */
export function isUnspacedKinWord(word: string): boolean {
  return UNSPACED_KIN_WORD_SET.has(word);
}
