/** Preview stand-in for lightning/uiRelatedListApi. */
import { createWireAdapter } from './wire';

export const getRelatedListRecords = createWireAdapter((sf, config, card) => sf.getRelatedListRecords(config, card));
