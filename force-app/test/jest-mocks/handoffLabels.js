// In Salesforce, c/handoffLabels maps each catalog key to its custom label, resolved in the user's
// language. Jest cannot resolve custom labels, so the tests get the core's English catalog, keyed
// the same way: the cards then show the same words they show an English-speaking user.
import { en } from 'c/handoffCore';

const labels = Object.freeze({ ...en });

export default labels;
