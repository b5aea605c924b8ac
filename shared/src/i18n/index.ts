/** Every string a card shows, in English and French, and Intl formatting in the user's locale. */
export * from './catalog';
export { en } from './en';
export { fr } from './fr';
export { interpolate, resolveLocale, translator, type DateInput, type Params, type Translator } from './translator';
export * from './fields';
export * from './problems';
