// The terminal's sealing is the one in lib/ (the reference platform seals its records with it too).
export { keyFile, sealedBox, type SealedBox } from '../../lib/sealed-box.ts';
