/** Writing: validate before anything is written, refuse what a platform would cut, name what to fix. */
export { completenessOf, type Completeness } from './completeness';
export { columnAt, ownColumns, toHubSpotProperties, toSalesforceFields, type ColumnValue, type ColumnValues } from './columns';
export {
  prepareHubSpotWrite,
  prepareSalesforceWrite,
  prepareWrite,
  type HubSpotWrite,
  type PlatformWriteOptions,
  type Prepared,
  type SalesforceWrite,
  type WriteOptions,
} from './prepare';
export {
  acceptHandoff,
  addFeedback,
  returnHandoff,
  saveHandoffDraft,
  setDisposition,
  submitHandoff,
  type ActionOptions,
  type ActionResult,
  type Actor,
  type Disposition,
  type DraftOptions,
  type Feedback,
  type HandoffStatus,
  type ReturnReason,
} from './actions';
export { limitFor } from './size';
