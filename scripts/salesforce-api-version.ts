/**
 * The one Salesforce API version the project targets. Generated metadata uses it, and a test checks
 * that sfdx-project.json's sourceApiVersion says the same.
 */
export const salesforceApiVersion = '68.0';
