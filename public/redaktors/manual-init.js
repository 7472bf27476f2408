// Before decap-cms.js: the editor starts only when src/editor/init.ts hands it the configuration generated from the schema.
window.CMS_MANUAL_INIT = true;
