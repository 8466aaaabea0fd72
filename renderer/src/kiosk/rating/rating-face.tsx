// The five levels' faces, drawn here (not emoji: the same on every kiosk font): a round face whose
// mouth bends from a broad smile (非常满意) to a deep frown (非常不满意), with brows for the bad ones.
// Drawn in the current text colour, so high contrast and the level's colour apply.
import type { RatingLevel } from '../../../../domain/rating.ts';

/** The mouth: a quadratic curve from (30,66) to (70,66) through this control point's height. */
const mouth: Readonly<Record<RatingLevel, { y: number; control: number }>> = {
  verySatisfied: { y: 60, control: 88 },
  satisfied: { y: 63, control: 78 },
  basicallySatisfied: { y: 68, control: 68 },
  dissatisfied: { y: 72, control: 62 },
  veryDissatisfied: { y: 74, control: 52 },
};

export function RatingFace({ level }: { level: RatingLevel }) {
  const m = mouth[level];
  const frowning = level === 'dissatisfied' || level === 'veryDissatisfied';
  return (
    <svg className="rating-face" viewBox="0 0 100 100" aria-hidden="true" focusable="false" data-face={level}>
      <circle cx="50" cy="50" r="44" fill="none" stroke="currentColor" strokeWidth="6" />
      <circle cx="35" cy="40" r="5.5" fill="currentColor" />
      <circle cx="65" cy="40" r="5.5" fill="currentColor" />
      {frowning && (
        <>
          <path d={level === 'veryDissatisfied' ? 'M25 26 L42 32' : 'M27 29 L42 31'} stroke="currentColor" strokeWidth="5" strokeLinecap="round" />
          <path d={level === 'veryDissatisfied' ? 'M75 26 L58 32' : 'M73 29 L58 31'} stroke="currentColor" strokeWidth="5" strokeLinecap="round" />
        </>
      )}
      {level === 'verySatisfied' ? (
        <path d={`M28 ${m.y} Q50 ${m.control} 72 ${m.y} Z`} fill="currentColor" stroke="currentColor" strokeWidth="5" strokeLinejoin="round" />
      ) : (
        <path d={`M30 ${m.y} Q50 ${m.control} 70 ${m.y}`} fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round" />
      )}
    </svg>
  );
}
