// ug-CN, rating a case (好差评): the entry and the five levels; the rest shows in Chinese until translated.
export const rating = {
  'entry.rate': 'مۇلازىمەتكە باھا بېرىش',
  'rating.level.verySatisfied': 'بەك رازى',
  'rating.level.satisfied': 'رازى',
  'rating.level.basicallySatisfied': 'ئاساسەن رازى',
  'rating.level.dissatisfied': 'رازى ئەمەس',
  'rating.level.veryDissatisfied': 'بەك نارازى',
  'rating.next': 'كېيىنكى قەدەم',
};
