// TypeScript and JSX for Jest (the core, the HubSpot cards, cross-part tests). LWC components use
// sfdx-lwc-jest's own transformer.
module.exports = {
  presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript', ['@babel/preset-react', { runtime: 'automatic' }]],
};
