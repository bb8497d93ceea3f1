import enAudits from './en/audits.json';
import enCommon from './en/common.json';
import enFindings from './en/findings.json';
import enRegistry from './en/registry.json';
import enReports from './en/reports.json';
import enSettings from './en/settings.json';
import enPackages from './en/packages.json';
import enBackups from './en/backups.json';
import idAudits from './id/audits.json';
import idCommon from './id/common.json';
import idFindings from './id/findings.json';
import idRegistry from './id/registry.json';
import idReports from './id/reports.json';
import idSettings from './id/settings.json';
import idPackages from './id/packages.json';
import idBackups from './id/backups.json';
import idOmbudsman from './id/ombudsman.json';
import enOmbudsman from './en/ombudsman.json';
import idExcel from './id/excel.json';
import enExcel from './en/excel.json';

/**
 * Translations, one file per area and language. Indonesian is the source language: its keys
 * type `t()`, and a test checks that English has exactly the same keys.
 * To add an area: add id/<area>.json and en/<area>.json and list them here.
 */
export const translations = {
  id: { ...idCommon, ...idRegistry, ...idSettings, ...idFindings, ...idAudits, ...idReports, ...idPackages, ...idBackups, ...idOmbudsman, ...idExcel },
  en: { ...enCommon, ...enRegistry, ...enSettings, ...enFindings, ...enAudits, ...enReports, ...enPackages, ...enBackups, ...enOmbudsman, ...enExcel },
};

export type TranslationShape = (typeof translations)['id'];
