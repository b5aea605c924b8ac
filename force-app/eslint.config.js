// ESLint for the Lightning web components: Salesforce's recommended LWC rules. Generated modules
// (the core bundle, the label map) are checked by their generator instead.
const lwcConfig = require('@salesforce/eslint-config-lwc');
const globals = require('globals');

module.exports = [
    { ignores: ['main/default/lwc/handoffCore/**', 'main/default/lwc/handoffLabels/**', 'jest.config.js', 'eslint.config.js'] },
    ...lwcConfig.configs.recommended.map((config) => ({ ...config, files: ['**/*.js'] })),
    {
        files: ['**/__tests__/**/*.js', 'test/**/*.js'],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
        rules: { '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off' },
    },
];
