/** The bad-input corpus (tests/corpus) through the DealCard, and fast-check over its render path. */
import { DealCard } from '../../src/app/cards/DealCard';
import { describeHubSpotCorpus } from '../../../tests/corpus/hubspot-cards';
import { renderCard } from './helpers';

afterEach(() => jest.restoreAllMocks());

describeHubSpotCorpus({ card: 'DealCard', kinds: ['deal-risk', 'sales-to-cs'], element: (now) => <DealCard now={now} />, renderCard });
