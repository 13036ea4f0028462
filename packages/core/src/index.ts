export * from './content/index.ts';
export * from './errors/app-error.ts';
export * from './identity/index.ts';
export * from './learner-model/index.ts';
export * from './skills-graph/index.ts';
export * from './stored-json/parse-stored-json.ts';
export * from './tutor/index.ts';
