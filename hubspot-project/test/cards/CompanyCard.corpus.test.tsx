/** The bad-input corpus (tests/corpus) through the CompanyCard, and fast-check over its render path. */
import { CompanyCard } from '../../src/app/cards/CompanyCard';
import { describeHubSpotCorpus } from '../../../tests/corpus/hubspot-cards';
import { renderCard } from './helpers';

afterEach(() => jest.restoreAllMocks());

describeHubSpotCorpus({ card: 'CompanyCard', kinds: ['customer-health'], element: (now) => <CompanyCard now={now} />, renderCard });
