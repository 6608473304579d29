import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// lib/ is the domain: pure TypeScript that runs in the browser, in Node scripts and in tests alike.
// It must never reach up into the UI layers or pull in a UI framework.
const uiImports = {
  patterns: [
    {
      group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*', '@next/*'],
      message: 'lib/ is framework-free: no React or Next imports.',
    },
    {
      group: ['@/components/*', '@/app/*', '**/components/*', '**/app/*', 'zustand', 'zustand/*'],
      message: 'lib/ must not import from components/, app/ or UI state.',
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'public/excalidraw-assets/**'],
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      'import/no-default-export': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      'import/no-anonymous-default-export': 'off',
    },
  },
  {
    // Next.js and tool configs require default exports.
    files: ['app/**/{page,layout,not-found,error,loading,global-error,template,default}.tsx', '*.config.{ts,mjs}', 'eslint.config.mjs'],
    rules: { 'import/no-default-export': 'off' },
  },
  {
    files: ['lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', uiImports] },
  },
];

export default config;
