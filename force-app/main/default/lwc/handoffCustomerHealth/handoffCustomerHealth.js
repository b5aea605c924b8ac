import { api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { customerHealthView, parseSalesforceRecord } from 'c/handoffCore';
import { lacksFieldAccess, staleConfig, viewOptions } from 'c/handoffCardSupport';
import { HandoffRecordCard } from 'c/handoffRecordCard';
import { readHealthAnswer } from './healthRecords';

const KIND = 'customer-health';
const HANDOFF = 'sales-to-cs';

/*
 * One request for the account's health and sales' read of it at the latest closed-won handoff.
 * Every Handoff Context field is @optional: a field hidden by field-level security is left out of
 * the answer instead of failing the whole query, and so is the opportunities connection for a
 * user who cannot read opportunities. The account's columns are the customer-health context's,
 * the opportunity's are those a submitted handoff is read from (its snapshot and the CS review);
 * the card's tests hold both lists to the core's registry.
 */
const HEALTH_QUERY = gql`
    query handoffCustomerHealth($accountId: ID) {
        uiapi {
            query {
                Account(where: { Id: { eq: $accountId } }, first: 1) {
                    edges {
                        node {
                            Id
                            HC_Health_Payload__c @optional {
                                value
                            }
                            HC_Health_Schema_Version__c @optional {
                                value
                            }
                            HC_Health_Score__c @optional {
                                value
                            }
                            HC_Health_Band__c @optional {
                                value
                            }
                            HC_Health_Scored_At__c @optional {
                                value
                            }
                            Opportunities(first: 1, where: { IsWon: { eq: true } }, orderBy: { CloseDate: { order: DESC } }) @optional {
                                edges {
                                    node {
                                        Id
                                        HC_Handoff_Submitted_Payload__c @optional {
                                            value
                                        }
                                        HC_Handoff_Status__c @optional {
                                            value
                                        }
                                        HC_Handoff_Reviewed_At__c @optional {
                                            value
                                        }
                                        HC_Handoff_Reviewed_By__c @optional {
                                            value
                                        }
                                        HC_Handoff_Return_Reason__c @optional {
                                            value
                                        }
                                        HC_Handoff_Return_Note__c @optional {
                                            value
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
`;

/**
 * Customer health on an Account: score, band, trend, drivers, intervention, and the health conflict
 * against sales' read of the account in the latest closed-won handoff.
 */
export default class HandoffCustomerHealth extends HandoffRecordCard {
    @api recordId;
    @api objectApiName;
    // Design attributes (Lightning App Builder)
    @api showDrivers = false;
    @api showIntervention = false;
    @api showCsmSentiment = false;
    @api staleDays;

    kind = KIND;
    latestWon;
    failed = false;

    // No query until the record page gives the account's id.
    get healthQuery() {
        return this.recordId ? HEALTH_QUERY : undefined;
    }
    get healthVariables() {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: '$healthQuery', variables: '$healthVariables' })
    wiredHealth({ data, errors }) {
        if (!data && !errors) return; // nothing answered yet
        const answer = readHealthAnswer(data);
        this.record = answer.account;
        this.latestWon = answer.latestWon;
        // A partial answer still shows what was readable; an answer without the account fails when
        // the query itself did (errors, or no data at all).
        this.failed = !answer.account && (!data || (Array.isArray(errors) && errors.length > 0));
        this.loaded = true;
    }

    get title() {
        return this.t.t('health.title');
    }
    // The query answers with no account when sharing hides it, and without the fields when
    // field-level security does: either way the user needs access, not a retry.
    get noAccess() {
        return this.loaded && !this.failed && (!this.record || lacksFieldAccess(this.record, KIND));
    }
    get hasError() {
        return this.loaded && this.failed;
    }

    get viewKey() {
        return [this.record, this.latestWon, this.staleDays];
    }
    buildView() {
        // Sales' read of the account as it stood when the handoff was submitted.
        const handoff = this.latestWon ? parseSalesforceRecord(HANDOFF, this.latestWon, { snapshot: true }) : undefined;
        return customerHealthView(parseSalesforceRecord(KIND, this.record), viewOptions(staleConfig(KIND, this.staleDays)), { handoff });
    }
    get headings() {
        const t = this.t;
        return {
            notices: t.t('section.notices'),
            conflicts: t.t('section.conflicts'),
            drivers: t.t('section.drivers'),
            intervention: t.t('section.intervention'),
            csmSentiment: t.t('section.csmSentiment'),
        };
    }
    get scoreLabel() {
        const score = this.view && this.view.score;
        return score ? this.t.t('score.meterLabel', { title: this.title, value: score.valueText, scale: score.scaleText }) : undefined;
    }
    get showsDrivers() {
        return this.showDrivers && this.view.drivers.length > 0;
    }
    get showsIntervention() {
        return this.showIntervention && !!this.view.intervention;
    }
    get showsCsm() {
        return this.showCsmSentiment && !!this.view.csmSentiment;
    }
}
