/** The bad-input corpus (tests/corpus) through the LeadScoreCard, and fast-check over its render path. */
import { LeadScoreCard } from '../../src/app/cards/LeadScoreCard';
import { describeHubSpotCorpus } from '../../../tests/corpus/hubspot-cards';
import { renderCard } from './helpers';

afterEach(() => jest.restoreAllMocks());

describeHubSpotCorpus({ card: 'LeadScoreCard', kinds: ['lead-score'], element: (now) => <LeadScoreCard now={now} />, renderCard });
