/** The bad-input corpus (tests/corpus) through the lead-score card, and fast-check over its render path. */
import { createElement } from 'lwc';
import HandoffLeadScore from 'c/handoffLeadScore';
import { getRecord } from 'lightning/uiRecordApi';
import * as core from 'c/handoffCore';
import labels from 'c/handoffLabels';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { flushPromises, uiRecord } from '../../../../../test/records';

const { describeCardCorpus } = require('../../../../../../tests/corpus/lwc-cards');

describeCardCorpus({
    createElement,
    Component: HandoffLeadScore,
    tag: 'c-handoff-lead-score',
    getRecord,
    core,
    labels,
    locale: LOCALE,
    timeZone: TIME_ZONE,
    uiRecord,
    flushPromises,
    kind: 'lead-score',
    objectApiName: 'Lead',
    props: { showFactors: true, showIntentSignals: true, showEngagement: true, showNextAction: true, showFeedback: true },
});
