/** The bad-input corpus (tests/corpus) through the deal-risk card, and fast-check over its render path. */
import { createElement } from 'lwc';
import HandoffDealRisk from 'c/handoffDealRisk';
import { getRecord } from 'lightning/uiRecordApi';
import * as core from 'c/handoffCore';
import labels from 'c/handoffLabels';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { flushPromises, uiRecord } from '../../../../../test/records';

const { describeCardCorpus } = require('../../../../../../tests/corpus/lwc-cards');

describeCardCorpus({
    createElement,
    Component: HandoffDealRisk,
    tag: 'c-handoff-deal-risk',
    getRecord,
    core,
    labels,
    locale: LOCALE,
    timeZone: TIME_ZONE,
    uiRecord,
    flushPromises,
    kind: 'deal-risk',
    objectApiName: 'Opportunity',
    props: { showRepForecast: true, showRisks: true },
});
