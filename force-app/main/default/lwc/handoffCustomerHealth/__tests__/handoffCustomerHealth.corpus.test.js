/** The bad-input corpus (tests/corpus) through the customer-health card, and fast-check over its render path. */
import { createElement } from 'lwc';
import HandoffCustomerHealth from 'c/handoffCustomerHealth';
import { graphql } from 'lightning/graphql';
import * as core from 'c/handoffCore';
import labels from 'c/handoffLabels';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { flushPromises, uiRecord } from '../../../../../test/records';
import { graphqlNode, queryAnswer } from '../../../../../test/graphql';

const { describeCardCorpus } = require('../../../../../../tests/corpus/lwc-cards');

describeCardCorpus({
    createElement,
    Component: HandoffCustomerHealth,
    tag: 'c-handoff-customer-health',
    // The card reads through one GraphQL query: each corpus record reaches it as that query's answer.
    getRecord: { emit: (record) => graphql.emit(queryAnswer('Account', [graphqlNode(record)])) },
    core,
    labels,
    locale: LOCALE,
    timeZone: TIME_ZONE,
    uiRecord,
    flushPromises,
    kind: 'customer-health',
    objectApiName: 'Account',
    props: { showDrivers: true, showIntervention: true, showCsmSentiment: true },
});
