/**
 * Words for a person's relatives, in the languages the engine reads (English, Spanish, French,
 * German, Dutch, Italian, Portuguese) and the abbreviations notes use ("dtr", "husb"). One list for
 * the three places a relative says "a private person's name is here": a cue before a name ("his
 * daughter Ann"), a relationship after one ("Bob West (brother)") and a field's label ("Ehemann",
 * "Contactpersoon"). Lower case; each ends in two ASCII letters (find-names keys cue words by their
 * last letters).
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
  // French
  'épouse', 'époux', 'mère', 'père', 'fils', 'fille', 'sœur', 'frère', 'grand-mère', 'grand-père',
  // German
  'ehefrau', 'ehemann', 'mutter', 'vater', 'sohn', 'tochter', 'schwester', 'bruder', 'großmutter', 'großvater', 'enkel', 'enkelin',
  // Dutch
  'echtgenoot', 'echtgenote', 'moeder', 'vader', 'zoon', 'dochter', 'broer', 'zus', 'kleinzoon', 'kleindochter',
  // Italian and Portuguese
  'moglie', 'marito', 'figlio', 'figlia', 'sorella', 'fratello', 'marido', 'filho', 'filha',
];
