'use client';

import dynamic from 'next/dynamic';

/*
 * The seam for cases imported in this browser: the case routes render these when the slug is not a
 * shipped case. Each loads as its own chunk, so shipped cases' pages carry none of it.
 */
const loading = () => <p className="muted">Opening the imported case…</p>;

export const ImportedBrief = dynamic(() => import('./imported-brief-page').then((module) => module.ImportedBriefPage), { ssr: false, loading });
export const ImportedCaseGate = dynamic(() => import('./imported-case-gate').then((module) => module.ImportedCaseGate), { ssr: false, loading });
export const ImportedStep = dynamic(() => import('./imported-step-page').then((module) => module.ImportedStepPage), { ssr: false });
export const ImportedReport = dynamic(() => import('./imported-report-page').then((module) => module.ImportedReportPage), { ssr: false });
