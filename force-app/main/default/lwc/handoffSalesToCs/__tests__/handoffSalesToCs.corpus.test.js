/** The bad-input corpus (tests/corpus) through the sales-to-cs card, and fast-check over its render path. */
import { createElement } from 'lwc';
import HandoffSalesToCs from 'c/handoffSalesToCs';
import { getRecord } from 'lightning/uiRecordApi';
import * as core from 'c/handoffCore';
import labels from 'c/handoffLabels';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { flushPromises, uiRecord } from '../../../../../test/records';

const { describeCardCorpus } = require('../../../../../../tests/corpus/lwc-cards');

describeCardCorpus({
    createElement,
    Component: HandoffSalesToCs,
    tag: 'c-handoff-sales-to-cs',
    getRecord,
    core,
    labels,
    locale: LOCALE,
    timeZone: TIME_ZONE,
    uiRecord,
    flushPromises,
    kind: 'sales-to-cs',
    objectApiName: 'Opportunity',
    props: { showStakeholders: true, showRisks: true, showTechnical: true, showTimeline: true },
});
