/** Preview stand-in for lightning/uiObjectInfoApi: which fields the preview user can see and edit. */
import { createWireAdapter } from './wire';

export const getObjectInfo = createWireAdapter((sf, config, card) => sf.getObjectInfo(config, card));
