import { LightningElement, api } from 'lwc';
import { cardTranslator } from 'c/handoffCardSupport';

/** A handoff, read-only: what success means, what was promised, what was sold, who is who. */
export default class HandoffDetails extends LightningElement {
    /** A HandoffView from the core. */
    @api view;
    @api showStakeholders = false;
    @api showRisks = false;
    @api showTechnical = false;
    @api showTimeline = false;

    t = cardTranslator();

    get headings() {
        const t = this.t;
        return {
            desiredOutcome: t.t('section.desiredOutcome'),
            successCriteria: t.t('section.successCriteria'),
            commitments: t.t('section.commitments'),
            commercialTerms: t.t('section.commercialTerms'),
            accountSentiment: t.t('section.accountSentiment'),
            stakeholders: t.t('section.stakeholders'),
            objections: t.t('section.objections'),
            competitors: t.t('section.competitors'),
            whyWon: t.t('section.whyWon'),
            knownRisks: t.t('section.knownRisks'),
            technicalNeeds: t.t('section.technicalNeeds'),
            timeline: t.t('section.timeline'),
            review: t.t('section.review'),
        };
    }

    get useCases() {
        const outcome = this.view && this.view.desiredOutcome;
        return outcome && Array.isArray(outcome.useCases) ? outcome.useCases.map((text, index) => ({ key: `use-${index}`, text })) : [];
    }
    get commercial() {
        const terms = this.view.commercial;
        return (terms && terms.detailText) || '';
    }
    get technical() {
        const tech = this.view.technical;
        return (tech && tech.detailText) || '';
    }
    // Confirmed and assumed criteria differ in words, badge colour and icon, never in colour alone.
    get successCriteria() {
        return this.view.successCriteria.map((criterion) => ({
            ...criterion,
            badgeClass: criterion.confirmed ? 'slds-badge slds-theme_success slds-m-left_x-small' : 'slds-badge slds-badge_lightest slds-m-left_x-small',
            iconName: criterion.confirmed ? 'utility:check' : 'utility:question',
            iconVariant: criterion.confirmed ? 'inverse' : undefined,
        }));
    }
    get hasCriteria() {
        return this.view.successCriteria.length > 0;
    }
    get hasCommitments() {
        return this.view.commitments.length > 0;
    }
    get showsStakeholders() {
        return this.showStakeholders && this.view.stakeholders.length > 0;
    }
    get hasObjections() {
        return this.view.objections.length > 0;
    }
    get showsRisks() {
        return this.showRisks && this.view.risks.length > 0;
    }
    get showsTechnical() {
        return this.showTechnical && !!this.technical;
    }
    get showsTimeline() {
        return this.showTimeline && this.view.timeline.length > 0;
    }
    get review() {
        const review = this.view.review;
        return (review && review.detailText) || '';
    }
}
